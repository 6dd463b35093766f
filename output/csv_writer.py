"""recommendations.csv, actions.csv and documents.csv: UTF-8 (with a BOM for Excel if asked),
RFC 4180 quoting."""

from __future__ import annotations

import csv
from collections.abc import Iterable, Sequence
from pathlib import Path
from typing import Any

from normalise.models import Document
from output.files import atomic_write
from output.rows import (
    ACTION_COLUMNS,
    DOCUMENT_COLUMNS,
    RECOMMENDATION_COLUMNS,
    action_rows,
    document_row,
    recommendation_rows,
)


def write_csv(
    path: Path, columns: Sequence[str], rows: Iterable[dict[str, Any]], *, bom: bool = False
) -> None:
    """One CSV with a header row; every field quoted where RFC 4180 needs it.

    bom: start with a UTF-8 byte-order mark, without which Excel reads UTF-8 as the local code
    page and garbles accented text; off by default because other readers may keep it as text.
    """
    with atomic_write(path, encoding="utf-8-sig" if bom else "utf-8", newline="") as fh:
        writer = csv.DictWriter(fh, fieldnames=list(columns), lineterminator="\r\n")
        writer.writeheader()
        writer.writerows(rows)


def write_csvs(docs: list[Document], out: Path, *, excel_bom: bool = False) -> None:
    """The three contract CSVs for the documents, in the order given."""
    write_csv(
        out / "recommendations.csv",
        RECOMMENDATION_COLUMNS,
        (row for d in docs for row in recommendation_rows(d)),
        bom=excel_bom,
    )
    write_csv(
        out / "actions.csv",
        ACTION_COLUMNS,
        (row for d in docs for row in action_rows(d)),
        bom=excel_bom,
    )
    write_csv(
        out / "documents.csv", DOCUMENT_COLUMNS, (document_row(d) for d in docs), bom=excel_bom
    )
