"""recommendations.csv, actions.csv and documents.csv: UTF-8 (with a BOM for Excel if asked),
RFC 4180 quoting, formulas neutralised.

A spreadsheet opening a CSV runs any cell that starts with `=`, `+`, `-` or `@` as a formula
(`=HYPERLINK(...)`, `=cmd|' /C calc'!A0`), and published PDFs and their file names are not
trusted input. Such a cell, or one starting with a tab or carriage return, is written with a
leading `'` (the OWASP rule), which spreadsheets show as text; `raw` turns this off for readers
that are not spreadsheets. JSON, JSONL, Parquet, SQLite and XLSX (whose cells are typed as text)
keep every value exact.
"""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from actionplan.normalise.models import Document
from actionplan.normalise.themes import CompiledTheme
from actionplan.output.files import atomic_write
from actionplan.output.rows import (
    ACTION_COLUMNS,
    DOCUMENT_COLUMNS,
    action_rows,
    document_row,
    recommendation_columns,
    recommendation_rows,
)

FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def neutralise(value: Any) -> Any:
    """A text value a spreadsheet would run as a formula, prefixed with `'`; others as they are."""
    if isinstance(value, str) and value.startswith(FORMULA_STARTS):
        return f"'{value}"
    return value


def write_csv(
    path: Path,
    columns: Sequence[str],
    rows: Iterable[dict[str, Any]],
    *,
    bom: bool = False,
    raw: bool = False,
) -> None:
    """One CSV with a header row; every field quoted where RFC 4180 needs it.

    bom: start with a UTF-8 byte-order mark, without which Excel reads UTF-8 as the local code
    page and garbles accented text; off by default because other readers may keep it as text.
    raw: write values exactly, formulas included (see the module's docstring).
    """
    if not raw:
        rows = ({k: neutralise(v) for k, v in row.items()} for row in rows)
    with atomic_write(path, encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(columns), lineterminator="\r\n")
        writer.writerow({c: c if raw else neutralise(c) for c in columns})
        writer.writerows(rows)


def write_csvs(
    docs: list[Document],
    out: Path,
    *,
    excel_bom: bool = False,
    raw: bool = False,
    themes: list[CompiledTheme] | None = None,
) -> None:
    """The three contract CSVs for the documents, in the order given (with a taxonomy, a themes
    column at the end of recommendations.csv)."""
    write_csv(
        out / "recommendations.csv",
        recommendation_columns(themes),
        (row for d in docs for row in recommendation_rows(d, themes)),
        bom=excel_bom,
        raw=raw,
    )
    write_csv(
        out / "actions.csv",
        ACTION_COLUMNS,
        (row for d in docs for row in action_rows(d)),
        bom=excel_bom,
        raw=raw,
    )
    write_csv(
        out / "documents.csv",
        DOCUMENT_COLUMNS,
        (document_row(d) for d in docs),
        bom=excel_bom,
        raw=raw,
    )
