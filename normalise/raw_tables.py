"""Any stitched table as rows of text under its own column names, plan or not."""

from __future__ import annotations

from extract.models import Table
from normalise.fields import ColumnText
from normalise.models import RawTable
from normalise.records import header_names


def raw_table(table: Table) -> RawTable:
    """The table's physical rows, one text per column; a merged cell's text in its first place."""
    rows = []
    for row in table.rows:
        texts = [""] * table.n_cols
        for cell in row.cells:
            column = ColumnText()
            column.add(cell.lines, new_paragraph=True, new_item=True)
            texts[cell.col] = column.text()
        rows.append(texts)
    return RawTable(
        title=table.title,
        page_start=table.page_start,
        page_end=table.page_end,
        columns=header_names(table.header),
        rows=rows,
    )
