"""Drawing a page's marks over its rendered image with pdfplumber's PageImage (pypdfium2
renders, PIL draws): record tints, hatched header and section rows, the cell grid, labels."""

from __future__ import annotations

from typing import Any

from PIL import ImageFont

from actionplan.extract.models import BBox
from actionplan.inspect.marks import TINT_ALPHA, PageMarks, colour_of

GRID = (60, 60, 60, 255)
HEADER = (40, 70, 160)
SECTION = (90, 90, 90)
STRAY = (200, 0, 0)
OTHER_TABLE = (120, 120, 120)
HATCH_STEP = 6.0
"""Distance between hatch lines, in PDF points (so the pattern scales with the resolution)."""


def to_pixels(image: Any, bbox: BBox) -> tuple[float, float, float, float]:
    """A box in PDF points as pixels of the rendered image."""
    x0, top, x1, bottom = bbox
    left, upper = image.bbox[0], image.bbox[1]
    s = image.scale
    return ((x0 - left) * s, (top - upper) * s, (x1 - left) * s, (bottom - upper) * s)


def rgba(colour: tuple[int, int, int], alpha: float) -> tuple[int, int, int, int]:
    """A colour with an opacity between 0 and 1."""
    return (*colour, round(alpha * 255))


def hatch(image: Any, bbox: BBox, colour: tuple[int, int, int], width: int) -> None:
    """Diagonal lines across the box: marks a row as structure (header, section) without hiding
    its text the way a solid fill would."""
    x0, y0, x1, y1 = to_pixels(image, bbox)
    step = HATCH_STEP * image.scale
    height = y1 - y0
    start = x0 - height
    while start < x1:
        # The line from (start, y1) up to (start + height, y0), clipped to x0..x1.
        t0, t1 = max(0.0, x0 - start), min(height, x1 - start)
        if t0 < t1:
            points = [(start + t0, y1 - t0), (start + t1, y1 - t1)]
            image.draw.line(points, fill=rgba(colour, 0.45), width=width)
        start += step


def split_tint(image: Any, bbox: BBox, records: list[int]) -> None:
    """Fill a cell with its record's translucent colour; a merged cell that several records
    share is split into one horizontal band per record, so no record's colour hides another's."""
    x0, top, x1, bottom = bbox
    band = (bottom - top) / len(records)
    for i, record in enumerate(records):
        part = (x0, top + i * band, x1, top + (i + 1) * band)
        image.draw.rectangle(to_pixels(image, part), fill=rgba(colour_of(record), TINT_ALPHA))


def label(image: Any, bbox: BBox, text: str, colour: tuple[int, int, int], right: bool) -> None:
    """A small white-on-colour tag level with the box's top, in the page margin beside it
    (left or right) where there is room, so it hides no printed text; else inside the corner."""
    size = max(9, round(9 * image.scale))
    font = ImageFont.load_default(size=size)
    x0, y0, x1, _ = to_pixels(image, bbox)
    left, upper, right_edge, lower = image.draw.textbbox((0, 0), text, font=font)
    pad = max(1, size // 5)
    w, h = right_edge - left + 2 * pad, lower - upper + 2 * pad
    if right:
        x = x1 + 2 if x1 + 2 + w <= image.annotated.width else x1 - w - 1
    else:
        x = x0 - w - 2 if x0 - w - 2 >= 0 else x0 + 1
    y = y0 + 1
    image.draw.rectangle((x, y, x + w, y + h), fill=rgba(colour, 0.9))
    image.draw.text((x + pad - left, y + pad - upper), text, fill=(255, 255, 255, 255), font=font)


def draw_marks(image: Any, marks: PageMarks, names: list[str]) -> None:
    """Draw the page's marks; names[i] is the tag of record i."""
    width = max(1, round(image.scale))
    for bbox, records in marks.tints:
        split_tint(image, bbox, records)
    for bbox in marks.headers:
        hatch(image, bbox, HEADER, width)
    for bbox in marks.sections:
        hatch(image, bbox, SECTION, width)
    for bbox in marks.stray:
        hatch(image, bbox, STRAY, width)
    for bbox in marks.grid:
        image.draw.rectangle(to_pixels(image, bbox), outline=GRID, width=width)
    for bbox in marks.headers:
        image.draw.rectangle(to_pixels(image, bbox), outline=rgba(HEADER, 1), width=width)
        label(image, bbox, "header", HEADER, right=True)
    for bbox in marks.sections:
        label(image, bbox, "section", SECTION, right=True)
    for bbox in marks.stray:
        image.draw.rectangle(to_pixels(image, bbox), outline=rgba(STRAY, 1), width=2 * width)
        label(image, bbox, "in no record", STRAY, right=True)
    for bbox in marks.other_tables:
        image.draw.rectangle(to_pixels(image, bbox), outline=rgba(OTHER_TABLE, 1), width=width)
        label(image, bbox, "table, not a plan", OTHER_TABLE, right=False)
    for bbox, record in marks.labels:
        label(image, bbox, names[record], colour_of(record), right=False)
