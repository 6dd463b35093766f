"""DIR/tables/<file>-<n>.csv: every stitched table under its own column names, named by the
document's path in the batch without its suffix (tables/f1/plan-1.csv), so that files of one
name in two folders keep their tables apart."""

from __future__ import annotations

from pathlib import Path

from actionplan.normalise.models import Document
from actionplan.output.csv_writer import write_csv


def write_tables(
    docs: list[Document], out: Path, *, excel_bom: bool = False, raw: bool = False
) -> None:
    """One CSV per table of each document, numbered from 1 in document order."""
    for doc in docs:
        stem = Path(doc.source_file).with_suffix("")
        for n, table in enumerate(doc.tables, start=1):
            columns = unique(table.columns)
            rows = (dict(zip(columns, row, strict=True)) for row in table.rows)
            path = out / "tables" / stem.parent / f"{stem.name}-{n}.csv"
            write_csv(path, columns, rows, bom=excel_bom, raw=raw)


def unique(names: list[str]) -> list[str]:
    """Column names made distinct ("Date", "Date (2)") so no column is lost."""
    seen: dict[str, int] = {}
    out = []
    for name in names:
        seen[name] = seen.get(name, 0) + 1
        out.append(name if seen[name] == 1 else f"{name} ({seen[name]})")
    return out
