"""actionplan.read_pdf: one PDF to a Document, raising typed errors for a file it cannot read."""

from __future__ import annotations

from datetime import date
from typing import Any, Literal

from actionplan.errors import error_for, not_found
from actionplan.extract.scans.ocr import OCR_MODES, OcrMode
from actionplan.extract.settings import Engine, ExtractSettings
from actionplan.inputs import display
from actionplan.normalise.models import Document
from actionplan.pipeline import Options, convert
from actionplan.sources import Source, on_disk, payload

DateOrder = Literal["dmy", "mdy"]


def make_options(
    *,
    engine: Engine | None = None,
    ocr: OcrMode = "auto",
    date_order: DateOrder | None = None,
    as_of: date | None = None,
    password: str | None = None,
    settings: ExtractSettings | dict[str, Any] | None = None,
) -> Options:
    """The pipeline's options from read_pdf's keywords, checked (a ValueError for a value
    outside its set, a pydantic ValidationError for bad settings)."""
    if ocr not in OCR_MODES:
        raise ValueError(f"ocr must be 'auto', 'on' or 'off', not {ocr!r}")
    if date_order not in (None, "dmy", "mdy"):
        raise ValueError(f"date_order must be 'dmy', 'mdy' or None, not {date_order!r}")
    if isinstance(settings, ExtractSettings):
        settings = settings.model_dump()
    # Validated as a whole, so a wrong engine= is refused as a wrong settings field is.
    extract = ExtractSettings.model_validate(
        {**(settings or {}), **({"engine": engine} if engine is not None else {})}
    )
    return Options(
        dayfirst=None if date_order is None else date_order == "dmy",
        as_of=as_of or date.today(),
        password=password,
        engine=extract.engine,
        ocr=ocr,
        settings=extract,
    )


def read_pdf(
    source: Source,
    *,
    engine: Engine | None = None,
    ocr: OcrMode = "auto",
    date_order: DateOrder | None = None,
    as_of: date | None = None,
    password: str | None = None,
    settings: ExtractSettings | dict[str, Any] | None = None,
) -> Document:
    """Read one action-plan PDF into a Document.

    source: a path (str or Path), the PDF's bytes, or a binary file object.
    engine: who finds table grids ('auto', 'pdfplumber', 'camelot'); None: settings.engine.
    ocr: 'auto' (OCR scanned pages when the tools are installed), 'on' or 'off'.
    date_order: how to read 04/05/2016, 'dmy' or 'mdy'; None: day-first unless the
        document's own dates prove month-first.
    as_of: the day `overdue` is judged on (default: today).
    password: for an encrypted PDF.
    settings: the extract tolerances, an ExtractSettings or a dict of its fields.

    Raises an actionplan.errors.ActionplanError subclass for a file that cannot be read
    (PdfNotFound, NotAPdf, EncryptedPdf, CorruptPdf, NoPages, NeedsOcr, OcrFailed,
    OutOfMemory). A PDF without a plan table is no error: its status is 'no_tables'.
    """
    options = make_options(
        engine=engine,
        ocr=ocr,
        date_order=date_order,
        as_of=as_of,
        password=password,
        settings=settings,
    )
    data, name = payload(source)
    with on_disk(data) as path:
        if not path.exists():
            raise not_found(path)
        try:
            doc = convert(path, options)
        except Exception as err:
            typed = error_for(err, bool(password))
            if typed is None:
                raise  # a bug of ours, not the file's: its own traceback says most
            raise typed from err
    doc.source_file = name
    doc.source_path = display(data) if not isinstance(data, bytes) else ""
    return doc
