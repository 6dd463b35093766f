"""`actionplan inspect`: see what was extracted from a PDF, page by page.

One PNG per page with the detected tables drawn over it, and an index.html that shows each
page image beside the records taken from it, so an analyst can check a conversion by eye.
"""

from __future__ import annotations

import ctypes
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pypdfium2
import pypdfium2.raw as pdfium_c

from actionplan.extract.document import open_pdf
from actionplan.extract.models import Table
from actionplan.extract.parsing.passwords import open_with_password
from actionplan.extract.scans.ocr import OcrMode, extract_with_ocr
from actionplan.extract.settings import Engine, ExtractSettings
from actionplan.inspect.draw import draw_marks
from actionplan.inspect.html import PageImage, record_name, render_index
from actionplan.inspect.marks import CellKey, cell_owners, page_marks
from actionplan.normalise.document import normalise_document
from actionplan.normalise.settings import NormaliseSettings
from actionplan.output.paths import atomic_path

Point = tuple[float, float]
SUBPIXELS = 64
"""pdfium maps points to whole device pixels: map onto a grid this much finer than a point."""


def display_mapping(page: pypdfium2.PdfPage, offset: Point) -> Callable[[float, float], Point]:
    """Page-space points (pdfium's: unrotated, origin bottom-left) to pdfplumber's coordinates
    (as displayed, /Rotate applied, origin top-left), which the extracted tables are in."""
    width, height = page.get_size()
    size_x, size_y = round(width * SUBPIXELS), round(height * SUBPIXELS)
    dx, dy = ctypes.c_int(), ctypes.c_int()

    def mapping(x: float, y: float) -> Point:
        pdfium_c.FPDF_PageToDevice(
            page.raw, 0, 0, size_x, size_y, 0, x, y, ctypes.byref(dx), ctypes.byref(dy)
        )
        return offset[0] + dx.value / SUBPIXELS, offset[1] + dy.value / SUBPIXELS

    return mapping


def to_box(mapping: Callable[[float, float], Point], box: tuple) -> dict[str, float]:
    """A pdfium (left, bottom, right, top) box as pdfplumber's x0/top/x1/bottom."""
    left, bottom, right, top = box
    (ax, ay), (bx, by) = mapping(left, bottom), mapping(right, top)
    return {"x0": min(ax, bx), "top": min(ay, by), "x1": max(ax, bx), "bottom": max(ay, by)}


def page_text_and_rules(
    page: pypdfium2.PdfPage, offset: Point
) -> tuple[list[dict[str, Any]], list[dict[str, Any]]]:
    """The page's text runs (x0, top, x1, bottom, text) and the top and bottom edges of its
    drawn shapes, which is all inspect needs to find the header rows again. Read with pdfium,
    which renders the page anyway: a second pdfminer parse would double the time taken."""
    mapping = display_mapping(page, offset)
    textpage = page.get_textpage()
    runs = []
    for i in range(textpage.count_rects()):
        box = textpage.get_rect(i)
        runs.append({**to_box(mapping, box), "text": textpage.get_text_bounded(*box)})
    textpage.close()
    rules = []
    for obj in page.get_objects(filter=[pdfium_c.FPDF_PAGEOBJ_PATH], max_depth=0):
        box = to_box(mapping, obj.get_bounds())
        rules.append({"x0": box["x0"], "x1": box["x1"], "top": box["top"]})
        rules.append({"x0": box["x0"], "x1": box["x1"], "top": box["bottom"]})
    return runs, rules


def render_page(
    page: Any,
    marks_source: tuple[list[Table], dict[CellKey, list[int]]],
    text_and_rules: tuple[list[dict[str, Any]], list[dict[str, Any]]],
    names: list[str],
    resolution: int,
    target: Path,
) -> PageImage:
    """Render one pdfplumber page, draw its marks, save it as target; what index.html needs."""
    tables, owners = marks_source
    image = page.to_image(resolution=resolution, antialias=True)
    marks = page_marks(page.page_number, tables, owners, *text_and_rules)
    draw_marks(image, marks, names)
    with atomic_path(target) as tmp:
        # quantize=False: a 256-colour palette bands the translucent tints.
        image.save(tmp, format="PNG", quantize=False)
    width, height = image.annotated.size
    return PageImage(number=page.page_number, src=target.name, width=width, height=height)


def pdfium_rejected(err: BaseException) -> bool:
    """PDFium refused the password (the only load error it tells apart by code)."""
    return getattr(err, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD


def inspect_pdf(
    path: Path,
    out: Path,
    *,
    engine: Engine = "auto",
    password: str | None = None,
    resolution: int = 72,
    ocr: OcrMode = "auto",
) -> Path:
    """Write one PNG per page with the detected tables drawn over it, and out/index.html showing
    each page image beside the records taken from it; return the index.html path.

    The PDF is extracted once and that result normalised, so the picture shows exactly the
    tables and records a conversion with the same engine gives; scanned pages are read by OCR
    as `ocr` allows (see extract.ocr.OCR_MODES), and drawn from the copy OCR read (out/ocr.pdf).
    Raises what extract_pdf raises for a file it cannot read (ExtractError and others:
    extract.errors.classify turns any of them into the user's one line).
    """
    out.mkdir(parents=True, exist_ok=True)
    # A scan is drawn as it was read: the OCRed copy, levelled, with the rulings found in it.
    read_copy = out / "ocr.pdf"
    read_copy.unlink(missing_ok=True)
    extracted = extract_with_ocr(
        path, ExtractSettings(engine=engine), password, ocr, keep=read_copy
    )
    if read_copy.exists():
        path, password = read_copy, None
    document = normalise_document(extracted, NormaliseSettings())
    records = [rec for plan in document.plans for rec in plan.recommendations]
    source = (extracted.tables, cell_owners(records))
    names = [record_name(rec, i) for i, rec in enumerate(records)]
    digits = max(3, len(str(extracted.pages)))
    pages: list[PageImage] = []
    pdfium_doc = open_with_password(
        lambda given: pypdfium2.PdfDocument(path, password=given), password, pdfium_rejected
    )
    try:
        with open_pdf(path, password) as pdf:
            for page, pdfium_page in zip(pdf.pages, pdfium_doc, strict=True):
                offset = (page.cropbox[0], page.cropbox[1])
                found = page_text_and_rules(pdfium_page, offset)
                target = out / f"page-{page.page_number:0{digits}d}.png"
                pages.append(render_page(page, source, found, names, resolution, target))
                # Both libraries keep every page's objects until closed: free them as we go.
                page.close()
                pdfium_page.close()
    finally:
        pdfium_doc.close()
    index = out / "index.html"
    with atomic_path(index) as tmp:
        tmp.write_text(render_index(document, engine, pages), encoding="utf-8")
    return index
