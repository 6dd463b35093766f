"""A whole extracted PDF to the Document users see."""

from __future__ import annotations

from extract.models import ExtractedDocument
from normalise.models import Document
from normalise.raw_tables import raw_table
from normalise.records import normalise_table


def normalise_document(doc: ExtractedDocument, dayfirst: bool = True) -> Document:
    """Plans from every table that is an action plan; status says what was found."""
    plans = [p for p in (normalise_table(t, dayfirst) for t in doc.tables) if p is not None]
    if plans:
        status, message = "ok", ""
    elif doc.tables:
        status = "no_tables"
        message = f"no action-plan table found; {len(doc.tables)} other table(s) in tables/"
    else:
        status, message = "no_tables", "no table found"
    return Document(
        source_file=doc.source_file,
        sha256=doc.sha256,
        pages=doc.pages,
        status=status,
        message=message,
        plans=plans,
        tables=[raw_table(t) for t in doc.tables],
    )
