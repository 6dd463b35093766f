"""Any stitched table as rows of text under its own column names, plan or not."""

from __future__ import annotations

from actionplan.extract.models import Table
from actionplan.normalise.fields import ColumnText
from actionplan.normalise.models import RawTable
from actionplan.normalise.records import header_names


def raw_table(table: Table) -> RawTable:
    """The table's rows, one text per column; a merged cell's text in its first place. A row the
    page break cut is one row: the first row of a continued page whose first column is empty
    goes on the row above it, each cell's text after a line break."""
    rows: list[list[str]] = []
    for row in table.rows:
        texts = [""] * table.n_cols
        for cell in row.cells:
            column = ColumnText()
            column.add(cell.lines, new_paragraph=True, new_item=True)
            texts[cell.col] = column.text()
        if row.page_top and rows and not texts[0] and any(texts):
            rows[-1] = [
                f"{a}\n{b}" if a and b else a or b for a, b in zip(rows[-1], texts, strict=True)
            ]
            continue
        rows.append(texts)
    return RawTable(
        title=table.title,
        page_start=table.page_start,
        page_end=table.page_end,
        columns=header_names(table.header),
        rows=rows,
    )
