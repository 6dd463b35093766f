"""OCR that respects the grid: once a scanned page's rulings are known, the text of every table
cell is read again on its own, so no line of text runs across a column border.

Tesseract reads a whole page by its own layout analysis; in a tight table it joins lines of
neighbouring cells that stand at slightly different heights into one ('toto bebe written
written', 'Rating RAG', a recommendation's label read in the middle of the agency's text), and
it drops a lone short word as a speck (the '1' alone in a 'No.' column). Here each cell's part
of the page image, trimmed of its rulings, is placed on a white canvas of its own row, far from
every other cell, and the canvas is read in one Tesseract call per page. The page's first OCR
layer is then replaced: its words outside the tables are kept, the tables' words are the ones
read cell by cell. Pages without a grid keep the whole-page reading.
"""

from __future__ import annotations

import csv
import io
import subprocess
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pdfplumber
import pikepdf
import pypdfium2 as pdfium
from pdfminer.fontmetrics import FONT_METRICS
from PIL import Image

from extract.ocr_plugin import ocr_view, stretch_contrast
from extract.scan_overlay import DeviceMap

DPI = 300
INSET = 0.5
"""Points trimmed off each side of a cell: its rulings are not ink of its own."""
GAP = 40
"""White pixels between two cells on the canvas: more than any line spacing."""
MARGIN = 20
MAX_CANVAS = 12000
"""Pixels of canvas height per Tesseract call: very tall images slow it down."""
MIN_CELL = 6.0
"""Points: a cell lower or narrower than this is a sliver between two rulings, not a cell."""
MIN_INK = 3.0
"""Square points of dark pixels a cell must hold to be read: a lone '1' has about 8, a speck
of dust under 1."""
FONT = "Helvetica"
FONT_KEY = "/FActionplanOcr"
GRID = {"vertical_strategy": "lines", "horizontal_strategy": "lines", "snap_tolerance": 3}

Box = tuple[float, float, float, float]
"""x0, top, x1, bottom in points, top-left origin."""


@dataclass(frozen=True)
class Word:
    """A word read, with its box in points (top-left origin)."""

    text: str
    box: Box


def text_op(text: str, x: float, y: float, width: float, height: float) -> str:
    """Invisible text (render mode 3) filling the box whose bottom-left is (x, y)."""
    size = max(height, 1.0)
    natural = sum(FONT_METRICS[FONT][1].get(ch, 556) for ch in text) * size / 1000
    scale = 100.0 * width / natural if natural else 100.0
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return f"BT 3 Tr {FONT_KEY} {size:.2f} Tf {scale:.1f} Tz {x:.2f} {y:.2f} Td ({escaped}) Tj ET"


def tesseract_lines(image: np.ndarray) -> list[tuple[str, tuple[int, int, int, int]]]:
    """Lines Tesseract reads in an image taken as one block: (text, (left, top, w, h)), the
    words of a line joined by single spaces (placed one by one, their gaps would be too narrow
    for a reader to see a space)."""
    buffer = io.BytesIO()
    Image.fromarray(image).save(buffer, format="PNG", dpi=(DPI, DPI))
    done = subprocess.run(
        ["tesseract", "stdin", "stdout", "--psm", "6", "--dpi", str(DPI), "-l", "eng", "tsv"],
        input=buffer.getvalue(),
        capture_output=True,
        timeout=300,
        check=False,
    )
    # No quoting: a word that starts with a quote mark is a word, not a quoted field.
    rows = csv.DictReader(
        io.StringIO(done.stdout.decode("utf-8", "replace")),
        delimiter="\t",
        quoting=csv.QUOTE_NONE,
    )
    lines: dict[tuple[str, str, str], list[tuple[str, tuple[int, int, int, int]]]] = {}
    for row in rows:
        text = (row.get("text") or "").strip()
        # A speck read as punctuation is no word.
        if text and float(row.get("conf") or -1) >= 0 and any(ch.isalnum() for ch in text):
            box = tuple(int(row[k]) for k in ("left", "top", "width", "height"))
            key = (row["block_num"], row["par_num"], row["line_num"])
            lines.setdefault(key, []).append((text, box))
    out = []
    for words in lines.values():
        x0 = min(b[0] for _, b in words)
        y0 = min(b[1] for _, b in words)
        x1 = max(b[0] + b[2] for _, b in words)
        y1 = max(b[1] + b[3] for _, b in words)
        out.append((" ".join(t for t, _ in words), (x0, y0, x1 - x0, y1 - y0)))
    return out


@dataclass(frozen=True)
class Crop:
    """One cell's part of the view, and where it came from."""

    rows: slice
    cols: slice
    top: int
    """Where the crop starts on the canvas."""


def on_white(cell: np.ndarray) -> np.ndarray:
    """A cell's image as dark text on white, by its own levels: on a canvas of many cells the
    ground of a shaded header cell would otherwise pass for ink, and white text on a dark fill
    reads only once turned round."""
    if int(cell.max()) - int(cell.min()) < 32:
        return np.full_like(cell, 255)  # no ink, only paper or fill
    if np.median(cell) < 128:
        cell = 255 - cell
    return stretch_contrast(cell)


def read_cells(view: np.ndarray, crops: list[tuple[slice, slice]]) -> list[list[tuple]]:
    """Per crop, the lines read in it: (text, (left, top, w, h)) in the view's pixels."""
    found: list[list[tuple]] = [[] for _ in crops]
    start = 0
    while start < len(crops):
        placed: list[Crop] = []
        height = MARGIN
        for rows, cols in crops[start:]:
            h = rows.stop - rows.start
            if placed and height + h > MAX_CANVAS:
                break
            placed.append(Crop(rows, cols, height))
            height += h + GAP
        width = max(c.cols.stop - c.cols.start for c in placed) + 2 * MARGIN
        canvas = np.full((height + MARGIN, width), 255, np.uint8)
        for c in placed:
            part = on_white(view[c.rows, c.cols])
            canvas[c.top : c.top + part.shape[0], MARGIN : MARGIN + part.shape[1]] = part
        for text, (left, top, w, h) in tesseract_lines(canvas):
            middle = top + h / 2
            for i, c in enumerate(placed):
                if c.top - GAP / 2 <= middle < c.top + (c.rows.stop - c.rows.start) + GAP / 2:
                    box = (c.cols.start + left - MARGIN, c.rows.start + top - c.top, w, h)
                    found[start + i].append((text, box))
                    break
        start += len(placed)
    return found


def grid_cells(plumber_page: pdfplumber.page.Page) -> list[Box]:
    """Cells of the page's ruled tables (header cells too), from the rulings drawn into it.
    Where a ruling is missing in part, the finder gives a cell that holds smaller ones: only
    the smallest are kept, and what lies in the larger one outside them keeps its first
    reading."""
    cells = [cell for table in plumber_page.find_tables(GRID) for cell in table.cells]
    # A sliver between two rulings a hair apart holds no line of text.
    cells = [c for c in cells if c[3] - c[1] >= MIN_CELL and c[2] - c[0] >= MIN_CELL]
    return [c for c in cells if not any(o != c and holds(c, o) for o in cells)]


def holds(outer: Box, inner: Box, slack: float = 1.0) -> bool:
    """Whether one box lies inside another."""
    return (
        outer[0] - slack <= inner[0]
        and outer[1] - slack <= inner[1]
        and inner[2] <= outer[2] + slack
        and inner[3] <= outer[3] + slack
    )


def inside(box: Box, cells: list[Box]) -> bool:
    """Whether a box's centre lies in one of the cells."""
    x, y = (box[0] + box[2]) / 2, (box[1] + box[3]) / 2
    return any(c[0] <= x <= c[2] and c[1] <= y <= c[3] for c in cells)


def page_words(page: pdfium.PdfPage, cells: list[Box]) -> list[Word]:
    """The words of the cells, each cell read on its own."""
    bitmap = page.render(scale=DPI / 72)
    rgb = np.asarray(bitmap.to_pil().convert("RGB"))
    where = DeviceMap(page, rgb.shape[1], rgb.shape[0])
    height = page.get_height()
    view = ocr_view(rgb, DPI)
    k = DPI / 72
    crops = []
    for x0, top, x1, bottom in cells:
        (ax, ay) = where.to_device(x0 + INSET, height - (top + INSET))
        (bx, by) = where.to_device(x1 - INSET, height - (bottom - INSET))
        rows = slice(max(min(ay, by), 0), max(ay, by))
        cols = slice(max(min(ax, bx), 0), max(ax, bx))
        if rows.stop - rows.start < 4 or cols.stop - cols.start < 4:
            continue
        if np.count_nonzero(view[rows, cols] < 128) < MIN_INK * k * k:
            continue
        crops.append((rows, cols))
    words = []
    for read in read_cells(view, crops):
        for text, (left, top, w, h) in read:
            x0, y1 = where.to_page(left, top + h)
            x1, y0 = where.to_page(left + w, top)
            words.append(
                Word(text, (min(x0, x1), height - max(y0, y1), max(x0, x1), height - min(y0, y1)))
            )
    return words


def outside_words(plumber_page: pdfplumber.page.Page, cells: list[Box]) -> list[Word]:
    """The first OCR layer's text outside every cell (titles, intros, footers, a section band
    the grid did not close), a line at a time so the spaces between its words are kept."""
    words = [
        w
        for w in plumber_page.extract_words()
        if not inside((w["x0"], w["top"], w["x1"], w["bottom"]), cells)
    ]
    lines: list[list[dict]] = []
    for w in sorted(words, key=lambda w: (round(w["top"]), w["x0"])):
        last = lines[-1][-1] if lines else None
        height = w["bottom"] - w["top"]
        if (
            last is not None
            and abs(last["top"] - w["top"]) <= height / 2
            and 0 <= w["x0"] - last["x1"] <= height
        ):
            lines[-1].append(w)
        else:
            lines.append([w])
    return [
        Word(
            " ".join(w["text"] for w in line),
            (
                line[0]["x0"],
                min(w["top"] for w in line),
                line[-1]["x1"],
                max(w["bottom"] for w in line),
            ),
        )
        for line in lines
    ]


def reread_cells(path: Path, pages: list[int]) -> bool:
    """Replace, in the PDF at path (in place), the OCR text layer of each scanned page that has
    a ruled table by one whose table text is read cell by cell; True when any page changed."""
    layers: dict[int, list[Word]] = {}
    with pdfplumber.open(path) as plumbed:
        grids = {n: grid_cells(plumbed.pages[n - 1]) for n in pages}
        kept = {
            n: outside_words(plumbed.pages[n - 1], cells) for n, cells in grids.items() if cells
        }
    if not kept:
        return False
    document = pdfium.PdfDocument(path)
    try:
        for n, words in kept.items():
            layers[n] = words + page_words(document[n - 1], grids[n])
        heights = {n: document[n - 1].get_height() for n in layers}
    finally:
        document.close()
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        font = pdf.make_indirect(
            pikepdf.Dictionary(
                Type=pikepdf.Name.Font,
                Subtype=pikepdf.Name.Type1,
                BaseFont=pikepdf.Name("/" + FONT),
                Encoding=pikepdf.Name.WinAnsiEncoding,
            )
        )
        for number, words in layers.items():
            page = pdf.pages[number - 1]
            drop_ocr_layer(page)
            page.add_resource(font, pikepdf.Name.Font, pikepdf.Name(FONT_KEY))
            ops = [
                text_op(
                    w.text,
                    w.box[0],
                    heights[number] - w.box[3],
                    w.box[2] - w.box[0],
                    w.box[3] - w.box[1],
                )
                for w in words
            ]
            page.contents_add(pikepdf.Stream(pdf, "\n".join(ops).encode("cp1252", "replace")))
        pdf.save(path)
    return True


def drop_ocr_layer(page: pikepdf.Page) -> None:
    """Empty the text layer OCRmyPDF grafted onto the page (a form XObject named /OCR-...)."""
    xobjects = page.resources.get("/XObject", {})
    for name, xobject in xobjects.items():
        if str(name).startswith("/OCR-"):
            xobject.write(b"")
