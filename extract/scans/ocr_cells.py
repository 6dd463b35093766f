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
import os
import subprocess
from collections.abc import Iterator
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass
from pathlib import Path

import numpy as np
import pdfplumber
import pikepdf
import pypdfium2 as pdfium
from pdfminer.fontmetrics import FONT_METRICS
from PIL import Image

from actionplan.extract.scans.ocr_plugin import ocr_view, stretch_contrast
from actionplan.extract.scans.scan_overlay import DeviceMap

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
INK_STEP = 64
"""Grey levels a pixel must stand off its cell's ground (the median) to be a mark: text on
paper or on a fill does, a flat fill's noise does not."""
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
        # One thread each: canvases are read side by side, one per core (Tesseract's own
        # OpenMP threads gain little and would fight over the cores).
        env={**os.environ, "OMP_THREAD_LIMIT": "1"},
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
            box = (int(row["left"]), int(row["top"]), int(row["width"]), int(row["height"]))
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
    ground = int(np.median(cell))
    marks = np.count_nonzero(np.abs(cell.astype(np.int16) - ground) >= INK_STEP)
    if marks < MIN_INK * (DPI / 72) ** 2:
        # Only paper or a fill: a grey RAG cell's scanner noise, stretched, reads as a letter.
        return np.full_like(cell, 255)
    if ground < 128:
        cell = 255 - cell
    return stretch_contrast(cell)


@dataclass
class Canvas:
    """Cells of one page stacked on a white image for one Tesseract call."""

    image: np.ndarray
    placed: list[Crop]
    first: int
    """Index of the first placed crop in the page's crops."""


def canvases(view: np.ndarray, crops: list[tuple[slice, slice]]) -> list[Canvas]:
    """The page's cell crops stacked on canvases at most MAX_CANVAS high, far apart."""
    out: list[Canvas] = []
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
        image = np.full((height + MARGIN, width), 255, np.uint8)
        for c in placed:
            part = on_white(view[c.rows, c.cols])
            image[c.top : c.top + part.shape[0], MARGIN : MARGIN + part.shape[1]] = part
        out.append(Canvas(image, placed, start))
        start += len(placed)
    return out


def place_lines(canvas: Canvas, lines: list[tuple], found: list[list[tuple]]) -> None:
    """Give each line read on a canvas to the crop it lies in, in the view's pixels."""
    for text, (left, top, w, h) in lines:
        middle = top + h / 2
        for i, c in enumerate(canvas.placed):
            if c.top - GAP / 2 <= middle < c.top + (c.rows.stop - c.rows.start) + GAP / 2:
                box = (c.cols.start + left - MARGIN, c.rows.start + top - c.top, w, h)
                found[canvas.first + i].append((text, box))
                break


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


@dataclass
class PageRead:
    """A page's cells as canvases to read, and what maps the view's pixels back to the page."""

    canvases: list[Canvas]
    crops: int
    where: DeviceMap
    height: float


def page_canvases(page: pdfium.PdfPage, cells: list[Box]) -> PageRead:
    """The page's cells, each cropped from a 300 dpi view of the page, stacked on canvases."""
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
    return PageRead(canvases(view, crops), len(crops), where, height)


def page_words(read: PageRead, lines: list[list[tuple]]) -> list[Word]:
    """The words of the cells, from the lines read on each of the page's canvases."""
    found: list[list[tuple]] = [[] for _ in range(read.crops)]
    for canvas, canvas_lines in zip(read.canvases, lines, strict=True):
        place_lines(canvas, canvas_lines, found)
    words = []
    for cell in found:
        for text, (left, top, w, h) in cell:
            x0, y1 = read.where.to_page(left, top + h)
            x1, y0 = read.where.to_page(left + w, top)
            words.append(
                Word(
                    text,
                    (
                        min(x0, x1),
                        read.height - max(y0, y1),
                        max(x0, x1),
                        read.height - min(y0, y1),
                    ),
                )
            )
    return words


def read_pages(
    document: pdfium.PdfDocument, grids: dict[int, list[Box]], jobs: int
) -> Iterator[tuple[int, list[Word]]]:
    """(page, words of its cells) for each page, in order. Pages are rendered one at a time
    (PDFium is not thread-safe) while up to `jobs` Tesseract processes read the canvases
    already made; at most two pages a job wait, so memory stays bounded."""
    with ThreadPoolExecutor(max_workers=max(jobs, 1)) as pool:
        waiting: list[tuple[int, PageRead, list[Future]]] = []
        for n, cells in grids.items():
            read = page_canvases(document[n - 1], cells)
            waiting.append(
                (n, read, [pool.submit(tesseract_lines, c.image) for c in read.canvases])
            )
            while len(waiting) > 2 * max(jobs, 1):
                n0, read0, futures = waiting.pop(0)
                yield n0, page_words(read0, [f.result() for f in futures])
        for n0, read0, futures in waiting:
            yield n0, page_words(read0, [f.result() for f in futures])


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


def reread_cells(path: Path, pages: list[int], jobs: int = 1) -> bool:
    """Replace, in the PDF at path (in place), the OCR text layer of each scanned page that has
    a ruled table by one whose table text is read cell by cell, `jobs` canvases at a time; True
    when any page changed."""
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
        for n, words in read_pages(document, {n: grids[n] for n in kept}, jobs):
            layers[n] = kept[n] + words
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
    xobjects = page.resources.get("/XObject")
    if xobjects is None:
        return
    for name, xobject in xobjects.items():
        if str(name).startswith("/OCR-"):
            xobject.write(b"")
