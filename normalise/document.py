"""A whole extracted PDF to the Document users see."""

from __future__ import annotations

from extract.models import ExtractedDocument
from normalise.coverage import combine, table_coverage
from normalise.dates import infer_dayfirst
from normalise.models import Document
from normalise.raw_tables import raw_table
from normalise.records import normalise_table
from normalise.settings import NormaliseSettings


def resolve_dayfirst(doc: ExtractedDocument, choice: bool | None) -> bool:
    """The user's date order, else day-first unless the document's dates prove month-first."""
    if choice is not None:
        return choice
    texts = (cell.text for t in doc.tables for row in t.rows for cell in row.cells)
    return infer_dayfirst(texts) is not False


def normalise_document(
    doc: ExtractedDocument, settings: NormaliseSettings | None = None
) -> Document:
    """Plans from every table that is an action plan; status says what was found."""
    settings = settings or NormaliseSettings()
    dayfirst = resolve_dayfirst(doc, settings.dayfirst)
    pairs = [(t, normalise_table(t, dayfirst, settings.as_of)) for t in doc.tables]
    plans = [p for _, p in pairs if p is not None]
    coverage = combine([table_coverage(t, p) for t, p in pairs if p is not None])
    if plans:
        status, message = "ok", ""
    elif doc.tables:
        status = "no_tables"
        message = f"no action-plan table found; {len(doc.tables)} other table(s) in tables/"
    else:
        status, message = "no_tables", "no table found"
    if doc.scanned_pages:
        pages = ", ".join(map(str, doc.scanned_pages))
        note = f"page(s) {pages} are scans without text: needs OCR"
        message = f"{message}; {note}" if message else note
    return Document(
        source_file=doc.source_file,
        sha256=doc.sha256,
        pages=doc.pages,
        status=status,
        message=message,
        plans=plans,
        text_coverage=round(coverage.share, 4) if plans else None,
        uncovered_pages=list(coverage.pages),
        tables=[raw_table(t) for t in doc.tables],
    )
