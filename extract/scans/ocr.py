"""Scanned pages: a text layer added by OCRmyPDF/Tesseract, the table rulings and fills found in
the page image, and the file read again as if it had been born digital."""

from __future__ import annotations

import logging
import shutil
import tempfile
from pathlib import Path
from typing import Literal, get_args

from actionplan.extract.document import extract_pdf, sha256_of
from actionplan.extract.errors import ExtractError, NeedsOcr
from actionplan.extract.models import ExtractedDocument
from actionplan.extract.page_ranges import page_ranges
from actionplan.extract.parsing.passwords import open_with_password, raised_any
from actionplan.extract.scans.ocr_tools import unavailable_reason
from actionplan.extract.settings import ExtractSettings

OcrMode = Literal["auto", "on", "off"]
OCR_MODES: tuple[OcrMode, ...] = get_args(OcrMode)
"""auto: OCR scanned pages when the tools are installed; on: OCR them, and fail a file that
needs it when the tools are missing; off: never (scanned pages are reported, not read)."""


def extract_with_ocr(
    path: Path,
    settings: ExtractSettings | None = None,
    password: str | None = None,
    mode: OcrMode = "auto",
    jobs: int = 1,
    keep: Path | None = None,
) -> ExtractedDocument:
    """Every table of the PDF, reading scanned pages by OCR as the mode allows. With `keep`,
    a file that was OCRed is also copied there as read: levelled, with its text layer and the
    rulings found in its images (what `inspect` draws over)."""
    extracted: ExtractedDocument | None
    try:
        extracted = extract_pdf(path, settings, password)
        scanned = extracted.scanned_pages
    except NeedsOcr as err:
        extracted, scanned = None, err.pages
    if not scanned or mode == "off":
        if extracted is None:
            raise NeedsOcr(
                f"scanned page(s) without text ({page_ranges(scanned)}): needs OCR", scanned
            )
        return extracted
    missing = unavailable_reason()
    if missing is not None:
        if extracted is None or mode == "on":
            raise ExtractError(
                f"scanned page(s) without text ({page_ranges(scanned)}): {missing}", "ocr_failed"
            )
        return extracted
    # OpenCV and OCRmyPDF: loaded only for scans.
    from actionplan.extract.scans.deskew import level_scans
    from actionplan.extract.scans.ocr_cells import reread_cells
    from actionplan.extract.scans.scan_overlay import draw_image_rulings

    settings = settings or ExtractSettings()
    if settings.engine == "auto":
        # The scan's rulings are drawn from its image already; camelot's lattice would look for
        # them in the same image again, at the cost of a gigabyte of address space, and OCR's
        # stray characters make the coverage that calls it in a poor signal.
        settings = settings.model_copy(update={"engine": "pdfplumber"})
    with tempfile.TemporaryDirectory(prefix="actionplan-ocr-") as tmp:
        target = Path(tmp) / "ocr.pdf"
        add_text_layer(path, target, password, jobs, Path(tmp))
        level_scans(target, scanned)
        grey = draw_image_rulings(target, scanned)
        reread_cells(target, scanned, jobs)
        read = extract_pdf(target, settings)
        if keep is not None:
            shutil.copyfile(target, keep)
    original_damage = extracted.damaged_pages if extracted is not None else []
    return read.model_copy(
        update={
            "source_file": path.name,
            "sha256": sha256_of(path),
            "ocr_pages": scanned,
            "grey_pages": grey,
            # The OCR copy was rewritten by qpdf, which may keep what it could of a damaged
            # stream: the damage is the original's.
            "damaged_pages": sorted({*read.damaged_pages, *original_damage}),
        }
    )


def add_text_layer(source: Path, target: Path, password: str | None, jobs: int, tmp: Path) -> None:
    """target: source with its scanned pages given an OCR text layer (pages that have text are
    left as they are)."""
    # Imported on demand: it is heavy, and most plans need no OCR.
    import pikepdf

    from actionplan.extract.scans.ocrmypdf_import import ocrmypdf

    quiet = logging.getLogger("ocrmypdf")
    quiet.setLevel(logging.ERROR)
    quiet.propagate = False
    opened = open_with_password(
        lambda given: pikepdf.open(source, password=given),
        password,
        raised_any(pikepdf.PasswordError),
    )
    with opened as pdf:
        if pdf.is_encrypted:
            # OCRmyPDF refuses any encrypted input, even one that opens without a password;
            # the decrypted copy never leaves the temp folder.
            plain = tmp / "decrypted.pdf"
            pdf.save(plain)
            source = plain
    try:
        ocrmypdf.ocr(
            source,
            target,
            language=["eng"],
            skip_text=True,
            oversample=300,
            output_type="pdf",
            optimize=0,
            jobs=max(jobs, 1),
            progress_bar=False,
            plugins=["actionplan.extract.scans.ocr_plugin"],
        )
    except ocrmypdf.exceptions.ExitCodeException as err:
        detail = " ".join(str(err).split())[:160] or type(err).__name__
        raise ExtractError(f"OCR failed ({detail})", "ocr_failed") from err
