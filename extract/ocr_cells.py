"""A second look at table cells that OCR left empty although ink is printed in them.

Tesseract's page layout analysis drops a lone short word as a speck: the '1' alone in a narrow
'No.' column is the common case, and with it the recommendation's number. Once the grid is
known, each such cell is read again on its own (as one block of text) and what is read is
added to the page's text layer, placed where Tesseract saw it.
"""

from __future__ import annotations

import csv
import io
import subprocess
from pathlib import Path

import numpy as np
import pikepdf
import pypdfium2 as pdfium
from pdfminer.fontmetrics import FONT_METRICS
from PIL import Image

from extract.image_rulings import ImageSettings, ink_mask
from extract.models import ExtractedDocument
from extract.ocr_plugin import ocr_view
from extract.scan_overlay import DeviceMap

DPI = 300
INSET = 2.0
"""Points trimmed off each side of a cell: its rulings are not ink of its own."""
MIN_INK = 3.0
"""Square points of dark pixels a cell must hold to be read again: a lone '1' has about 8,
a speck of dust under 1."""
MIN_CONFIDENCE = 40.0
FONT = "Helvetica"
FONT_KEY = "/FActionplanOcr"


def empty_cells(doc: ExtractedDocument, pages: list[int]) -> dict[int, list[tuple]]:
    """Per scanned page, the bboxes (top-left origin, points) of table cells with no text."""
    wanted = set(pages)
    out: dict[int, list[tuple]] = {}
    for table in doc.tables:
        for row in table.rows:
            for cell in row.cells:
                if cell.page in wanted and not cell.text.strip():
                    out.setdefault(cell.page, []).append(cell.bbox)
    return out


def read_block(image: np.ndarray) -> list[tuple[str, tuple[int, int, int, int]]]:
    """Words Tesseract reads in an image taken as one block: (text, (left, top, w, h))."""
    buffer = io.BytesIO()
    Image.fromarray(image).save(buffer, format="PNG", dpi=(DPI, DPI))
    done = subprocess.run(
        ["tesseract", "stdin", "stdout", "--psm", "6", "--dpi", str(DPI), "-l", "eng", "tsv"],
        input=buffer.getvalue(),
        capture_output=True,
        timeout=60,
        check=False,
    )
    rows = csv.DictReader(io.StringIO(done.stdout.decode("utf-8", "replace")), delimiter="\t")
    words = []
    for row in rows:
        text = (row.get("text") or "").strip()
        if text and float(row.get("conf") or -1) >= MIN_CONFIDENCE:
            box = tuple(int(row[k]) for k in ("left", "top", "width", "height"))
            words.append((text, box))
    return words


def text_op(text: str, x: float, y: float, width: float, height: float) -> str:
    """Invisible text (render mode 3) filling the box whose bottom-left is (x, y)."""
    size = max(height, 1.0)
    natural = sum(FONT_METRICS[FONT][1].get(ch, 556) for ch in text) * size / 1000
    scale = 100.0 * width / natural if natural else 100.0
    escaped = text.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
    return f"BT 3 Tr {FONT_KEY} {size:.2f} Tf {scale:.1f} Tz {x:.2f} {y:.2f} Td ({escaped}) Tj ET"


def cell_words(page: pdfium.PdfPage, bboxes: list[tuple]) -> list[str]:
    """Text operators for the words read in the inked cells among bboxes."""
    bitmap = page.render(scale=DPI / 72)
    rgb = np.asarray(bitmap.to_pil().convert("RGB"))
    where = DeviceMap(page, rgb.shape[1], rgb.shape[0])
    height = page.get_height()
    view = ocr_view(rgb, DPI)
    # Ink as the rulings finder sees it: a coloured fill (a RAG cell) is none.
    ink = ink_mask(rgb, ImageSettings())
    ops = []
    k = DPI / 72
    for x0, top, x1, bottom in bboxes:
        # Cell bboxes have the top-left origin; the device map works in PDF space.
        (ax, ay) = where.to_device(x0 + INSET, height - (top + INSET))
        (bx, by) = where.to_device(x1 - INSET, height - (bottom - INSET))
        rows, cols = slice(min(ay, by), max(ay, by)), slice(min(ax, bx), max(ax, bx))
        if np.count_nonzero(ink[rows, cols]) < MIN_INK * k * k:
            continue
        for text, (left, wtop, w, h) in read_block(view[rows, cols]):
            if not any(ch.isalnum() for ch in text):
                continue  # a speck read as punctuation
            px0, py1 = min(ax, bx) + left, min(ay, by) + wtop + h
            x, y = where.to_page(px0, py1)
            ops.append(text_op(text, x, y, w / k, h / k))
    return ops


def read_empty_cells(path: Path, doc: ExtractedDocument, pages: list[int]) -> bool:
    """Add to the PDF at path (in place) the text read in inked, empty cells of the scanned
    pages; True when anything was added."""
    todo = empty_cells(doc, pages)
    if not todo:
        return False
    document = pdfium.PdfDocument(path)
    try:
        found = {n: cell_words(document[n - 1], boxes) for n, boxes in todo.items()}
    finally:
        document.close()
    found = {n: ops for n, ops in found.items() if ops}
    if not found:
        return False
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        font = pdf.make_indirect(
            pikepdf.Dictionary(
                Type=pikepdf.Name.Font,
                Subtype=pikepdf.Name.Type1,
                BaseFont=pikepdf.Name("/" + FONT),
                Encoding=pikepdf.Name.WinAnsiEncoding,
            )
        )
        for number, ops in found.items():
            page = pdf.pages[number - 1]
            page.add_resource(font, pikepdf.Name.Font, pikepdf.Name(FONT_KEY))
            page.contents_add(pikepdf.Stream(pdf, "\n".join(ops).encode("latin-1", "replace")))
        pdf.save(path)
    return True
