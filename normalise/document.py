"""A whole extracted PDF to the Document users see."""

from __future__ import annotations

from extract.models import ExtractedDocument
from normalise.models import Document
from normalise.records import normalise_table


def normalise_document(doc: ExtractedDocument, dayfirst: bool = True) -> Document:
    """Plans from every table that is an action plan; status says what was found."""
    plans = [p for p in (normalise_table(t, dayfirst) for t in doc.tables) if p is not None]
    if plans:
        status, message = "ok", ""
    elif doc.tables:
        status, message = "no_tables", f"{len(doc.tables)} table(s) found, none an action plan"
    else:
        status, message = "no_tables", "no table found"
    return Document(
        source_file=doc.source_file,
        sha256=doc.sha256,
        pages=doc.pages,
        status=status,
        message=message,
        plans=plans,
    )
