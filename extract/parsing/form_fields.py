"""Filled form fields read as printed text.

A plan made as a fillable form keeps its cell text in the fields' values (/V of each widget
annotation) and draws it from the widget's own appearance, outside the page's content stream:
the page parsers see the ruled table and its header, but empty cells. Each visible text or
choice field's value is laid out here inside the widget's rectangle, as characters in the
parsers' shape, so it lands in the cell under the field like any printed text.

The value is wrapped to the rectangle's width with Helvetica's widths and shrunk until it fits
its height: the aim is every word in the right cell, not the viewer's exact rendering.
"""

from __future__ import annotations

import re
from typing import Any

from pdfminer.fontmetrics import FONT_METRICS
from pdfminer.pdftypes import PDFStream, resolve1
from pdfminer.psparser import LIT
from pdfminer.utils import Matrix, apply_matrix_pt, decode_text

from actionplan.extract.parsing.parse_page import PageObject

WIDGET = LIT("Widget")
TEXT_FIELDS = (LIT("Tx"), LIT("Ch"))
"""Text and choice fields; buttons hold states (/Off, /Yes), not text, and signatures none."""
HIDDEN = 2 | 32
"""Annotation flags Hidden and NoView: not shown on the page."""
PASSWORD = 1 << 13
"""Field flag of a password field, whose value is not shown."""
MAX_PARENTS = 32
"""Field tree levels searched for an inherited value (a loop in /Parent ends the search)."""

FONT = "Helvetica"
WIDTHS: dict[str, int] = FONT_METRICS[FONT][1]
AVERAGE_WIDTH = 556
"""Helvetica's width of a digit, for characters it has no width for (thousandths of the size)."""
AUTO_SIZE = 12.0
"""The size a field whose appearance says 0 ("auto") starts from."""
MIN_SIZE = 3.0
PADDING = 2.0
"""The inset a viewer leaves between a field's border and its text."""
LEADING = 1.15

SIZE = re.compile(rb"([0-9.]+)\s+Tf\b")
COLOUR = re.compile(rb"((?:[0-9.]+\s+){1,4})(g|rg|k)\b")


def field_chars(page: Any, printed: list[PageObject]) -> list[PageObject]:
    """Characters for the values of the page's filled text and choice fields (a pdfplumber
    Page), in the parsers' shape. A field whose rectangle already holds printed characters
    (a form flattened into the page but its fields kept) adds nothing."""
    annots = resolve1(page.page_obj.annots)
    if not isinstance(annots, list):
        return []
    matrix = page_matrix(page.page_obj.mediabox, page.page_obj.rotate)
    chars: list[PageObject] = []
    for ref in annots:
        widget = resolve1(ref)
        if not isinstance(widget, dict) or resolve1(widget.get("Subtype")) is not WIDGET:
            continue
        if as_int(widget.get("F")) & HIDDEN:
            continue
        text = field_text(widget)
        box = page_box(widget.get("Rect"), matrix, page)
        if not text or box is None or any(inside(c, box) for c in printed):
            continue
        size, colour = appearance(inherited(widget, "DA"))
        chars += layout(text, box, size, colour, page.initial_doctop)
    return chars


def inherited(widget: dict[str, Any], key: str) -> Any:
    """A field attribute, from the widget or the nearest field above it that has it (a widget
    may be only the visible part of a field whose value its /Parent holds)."""
    node: Any = widget
    seen: set[int] = set()
    for _ in range(MAX_PARENTS):
        if not isinstance(node, dict) or id(node) in seen:
            return None
        seen.add(id(node))
        if key in node:
            return resolve1(node[key])
        node = resolve1(node.get("Parent"))
    return None


def field_text(widget: dict[str, Any]) -> str:
    """The value a text or choice field shows ('' for other fields, passwords, no value); a
    choice shows the display name its /Opt pairs with the value."""
    if inherited(widget, "FT") not in TEXT_FIELDS or as_int(inherited(widget, "Ff")) & PASSWORD:
        return ""
    value = inherited(widget, "V")
    values = value if isinstance(value, list) else [value]
    shown = {text_of(pair[0]): text_of(pair[1]) for pair in option_pairs(widget)}
    texts = [text_of(v) for v in values]
    return ", ".join(shown.get(t, t) for t in texts if t).strip()


def option_pairs(widget: dict[str, Any]) -> list[list[Any]]:
    """A choice field's [export value, display name] options."""
    options = inherited(widget, "Opt")
    if not isinstance(options, list):
        return []
    pairs = [resolve1(o) for o in options]
    return [p for p in pairs if isinstance(p, list) and len(p) == 2]


def text_of(value: Any) -> str:
    """A PDF text string (or text stream) as text; '' for anything else."""
    value = resolve1(value)
    if isinstance(value, PDFStream):
        value = value.get_data()
    return decode_text(value) if isinstance(value, bytes) else ""


def as_int(value: Any) -> int:
    """An integer entry (flags), 0 when absent or not an integer."""
    value = resolve1(value)
    return value if isinstance(value, int) and not isinstance(value, bool) else 0


def appearance(da: Any) -> tuple[float, tuple[float, ...]]:
    """The font size (0: auto) and text colour a field's default appearance string sets."""
    if not isinstance(da, bytes):
        return 0.0, (0.0,)
    size = SIZE.findall(da)
    colour = COLOUR.findall(da)
    try:
        found = float(size[-1]) if size else 0.0
        values = tuple(float(v) for v in colour[-1][0].split()) if colour else (0.0,)
    except ValueError:
        return 0.0, (0.0,)
    return found, values


def page_matrix(mediabox: Any, rotate: int) -> Matrix:
    """The matrix pdfminer's interpreter starts a page with (PDFPageInterpreter.process_page),
    so a rectangle in default user space lands where text printed there lands."""
    x0, y0, x1, y1 = mediabox
    if rotate == 90:
        return (0, -1, 1, 0, -y0, x1)
    if rotate == 180:
        return (-1, 0, 0, -1, x1, y1)
    if rotate == 270:
        return (0, 1, -1, 0, y1, -x0)
    return (1, 0, 0, 1, -x0, -y0)


def page_box(rect: Any, matrix: Matrix, page: Any) -> tuple[float, float, float, float] | None:
    """A widget's /Rect as (x0, top, x1, bottom) in pdfplumber's page space, as pdfplumber's
    Page.process_object places a character; None for a rectangle that is not four numbers."""
    rect = resolve1(rect)
    if not isinstance(rect, list) or len(rect) != 4:
        return None
    numbers = [resolve1(v) for v in rect]
    if not all(isinstance(v, int | float) and not isinstance(v, bool) for v in numbers):
        return None
    a, b, c, d = (float(v) for v in numbers)
    corners = [apply_matrix_pt(matrix, (x, y)) for x in (a, c) for y in (b, d)]
    xs, ys = [p[0] for p in corners], [p[1] for p in corners]
    mb_x0, mb_top = page.mediabox[:2]
    height = float(page.height)
    return (
        min(xs) + mb_x0,
        (height - max(ys)) + mb_top,
        max(xs) + mb_x0,
        (height - min(ys)) + mb_top,
    )


def inside(char: PageObject, box: tuple[float, float, float, float]) -> bool:
    """The character's centre lies in the box."""
    x = (char["x0"] + char["x1"]) / 2
    y = (char["top"] + char["bottom"]) / 2
    return box[0] <= x <= box[2] and box[1] <= y <= box[3]


def width_of(text: str, size: float) -> float:
    """Printed width of text in Helvetica at size."""
    return sum(WIDTHS.get(ch, AVERAGE_WIDTH) for ch in text) * size / 1000


def wrap(text: str, width: float, size: float) -> list[str]:
    """The text's lines broken at spaces to fit width (a word wider than that broken where it
    must), its own line breaks kept."""
    lines: list[str] = []
    for paragraph in text.splitlines():
        line = ""
        for word in paragraph.split(" "):
            candidate = f"{line} {word}" if line else word
            if width_of(candidate, size) <= width:
                line = candidate
                continue
            if line:
                lines.append(line)
            line = word
            while len(line) > 1 and width_of(line, size) > width:
                cut = max(1, longest_fit(line, width, size))
                lines.append(line[:cut])
                line = line[cut:]
        lines.append(line)
    return lines


def longest_fit(text: str, width: float, size: float) -> int:
    """How many of the text's first characters fit in width."""
    used = 0.0
    for i, ch in enumerate(text):
        used += WIDTHS.get(ch, AVERAGE_WIDTH) * size / 1000
        if used > width:
            return i
    return len(text)


def layout(
    text: str,
    box: tuple[float, float, float, float],
    size: float,
    colour: tuple[float, ...],
    doctop: float,
) -> list[PageObject]:
    """The text's characters set in lines from the box's top left, shrunk until they fit."""
    x0, top, x1, bottom = box
    width = max(x1 - x0 - 2 * PADDING, 1.0)
    height = max(bottom - top - 2 * PADDING, 1.0)
    size = size or AUTO_SIZE
    lines = wrap(text, width, size)
    while size > MIN_SIZE and len(lines) * size * LEADING > height:
        size = max(size * 0.9, MIN_SIZE)
        lines = wrap(text, width, size)
    chars: list[PageObject] = []
    for number, line in enumerate(lines):
        line_top = top + PADDING + number * size * LEADING
        x = x0 + PADDING
        for ch in line:
            advance = WIDTHS.get(ch, AVERAGE_WIDTH) * size / 1000
            chars.append(
                {
                    "text": ch,
                    "fontname": FONT,
                    "size": size,
                    "upright": True,
                    "x0": x,
                    "x1": x + advance,
                    "top": line_top,
                    "bottom": line_top + size,
                    "doctop": doctop + line_top,
                    "non_stroking_color": colour,
                }
            )
            x += advance
    return chars
