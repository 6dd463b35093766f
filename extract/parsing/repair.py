"""Sparse grids repaired: a table whose drawing splits its real columns and rows (background
rectangles per line of text, shading strips, spacer rows) comes back to the grid its text uses.

- A grid column in which no cell holds text or a fill, header included, is no column: it is
  merged into its neighbour (the cells spanning it lose it; cells lying only in it, all empty,
  go).
- A row without any text is a spacer: it goes, unless a merged cell from above spans it.
"""

from __future__ import annotations

from dataclasses import replace

from actionplan.extract.models import Cell, Table


def empty_columns(table: Table) -> set[int]:
    """Grid columns where no cell of their own (one column wide) has text or a fill, and whose
    header is not a header of their own (a spanning header repeats its text)."""
    header = table.header
    used = {c for c, h in enumerate(header) if h.strip() and (c == 0 or h != header[c - 1])}
    for row in table.rows:
        for cell in row.cells:
            if cell.colspan == 1 and (cell.text.strip() or cell.fill):
                used.add(cell.col)
    return set(range(table.n_cols)) - used


def without_columns(table: Table, drop: set[int]) -> Table:
    """The table with the given grid columns taken out of every cell's span."""
    keep = [c for c in range(table.n_cols) if c not in drop]
    new_index = {c: i for i, c in enumerate(keep)}
    rows = []
    for row in table.rows:
        cells = []
        for cell in row.cells:
            span = [
                new_index[c] for c in range(cell.col, cell.col + cell.colspan) if c in new_index
            ]
            if not span:
                continue
            cells.append(replace(cell, col=span[0], colspan=len(span)))
        rows.append(replace(row, cells=cells))
    header = [table.header[c] for c in keep]
    return table.model_copy(update={"n_cols": len(keep), "header": header, "rows": rows})


def spanned_rows(table: Table) -> set[int]:
    """Rows covered by a merged cell starting above them."""
    out: set[int] = set()
    for row in table.rows:
        for cell in row.cells:
            out.update(range(cell.row + 1, cell.row + cell.rowspan))
    return out


def without_blank_rows(table: Table) -> Table:
    """The table without rows that hold no text and that no merged cell spans."""
    spanned = spanned_rows(table)
    blank = {
        r
        for r, row in enumerate(table.rows)
        if r not in spanned and not any(c.text.strip() for c in row.cells)
    }
    if not blank:
        return table
    shift = [0] * (len(table.rows) + 1)
    for r in range(len(table.rows)):
        shift[r + 1] = shift[r] + (r in blank)
    # A blank first row of a continued page is all that was left of the row the break cut:
    # the row under it starts afresh, so the page-top mark goes with the blank row.
    rows = [
        replace(row, cells=[renumber(cell, shift) for cell in row.cells])
        for r, row in enumerate(table.rows)
        if r not in blank
    ]
    return table.model_copy(update={"rows": rows})


def renumber(cell: Cell, shift: list[int]) -> Cell:
    """The cell's row and span once blank rows above or inside it are gone."""
    end = cell.row + cell.rowspan
    row = cell.row - shift[cell.row]
    return replace(cell, row=row, rowspan=(end - shift[end]) - row)


def repair(table: Table) -> Table:
    """The table on the grid its text uses."""
    drop = empty_columns(table)
    if drop and len(drop) < table.n_cols:
        table = without_columns(table, drop)
    return without_blank_rows(table)
