"""The contract rows with typed values, for the formats that have types (XLSX, SQLite, Parquet,
JSON Lines).

Values come from output.rows, the source of truth for what a row holds, so every format carries
exactly the records of the CSVs; only the representation changes: numbers stay numbers and
`overdue` becomes a boolean or null instead of the CSV's `true`/`false`/empty.
"""

from __future__ import annotations

import re
from datetime import date
from typing import Any, Literal

from actionplan.normalise.models import Document
from actionplan.output.rows import action_rows, document_row, recommendation_rows

FULL_DATE = re.compile(r"\d{4}-\d{2}-\d{2}")

Kind = Literal["text", "int", "float", "bool", "date"]

KINDS: dict[str, Kind] = {
    "page_start": "int",
    "page_end": "int",
    "pages": "int",
    "plans": "int",
    "recommendations": "int",
    "parser_fallbacks": "int",
    "overdue": "bool",
    "text_coverage": "float",
    # ISO 8601 at the printed precision: only XLSX turns the full ones into real dates, because
    # no date type holds "2014-07" or "2014" without inventing a day.
    "target_date": "date",
    "last_update": "date",
}


def kind(column: str) -> Kind:
    """How a column is typed (text unless KINDS says otherwise)."""
    return KINDS.get(column, "text")


def typed(row: dict[str, Any]) -> dict[str, Any]:
    """A contract row with overdue as True, False or None, text_coverage as a number or None."""
    out = dict(row)
    if "overdue" in out:
        out["overdue"] = {"true": True, "false": False, "": None}[out["overdue"]]
    if "text_coverage" in out:
        out["text_coverage"] = float(out["text_coverage"]) if out["text_coverage"] else None
    return out


def recommendation_records(docs: list[Document]) -> list[dict[str, Any]]:
    """Typed rows of recommendations.csv, in its order."""
    return [typed(row) for doc in docs for row in recommendation_rows(doc)]


def action_records(docs: list[Document]) -> list[dict[str, Any]]:
    """Typed rows of actions.csv, in its order."""
    return [typed(row) for doc in docs for row in action_rows(doc)]


def document_records(docs: list[Document]) -> list[dict[str, Any]]:
    """Typed rows of documents.csv, in its order."""
    return [typed(document_row(doc)) for doc in docs]


def full_date(text: str) -> date | None:
    """The date of a full ISO date (YYYY-MM-DD); None for a partial date (2014-07, 2014) or ''."""
    if not FULL_DATE.fullmatch(text):
        return None
    try:
        return date.fromisoformat(text)
    except ValueError:
        return None
