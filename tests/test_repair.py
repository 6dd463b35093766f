"""Sparse grids repaired: empty sub-columns and spacer rows taken out of a stitched table."""

from __future__ import annotations

from actionplan.extract.models import Cell, Line, Row, Table
from actionplan.extract.parsing.repair import repair


def cell(row: int, col: int, text: str = "", colspan: int = 1, fill: str | None = None) -> Cell:
    lines = [Line(text, 0, 0, 1, 1)] if text else []
    return Cell(
        row=row, col=col, colspan=colspan, page=1, bbox=(0, 0, 1, 1), lines=lines, fill=fill
    )


def table(rows: list[list[Cell]], header: list[str]) -> Table:
    return Table(
        n_cols=len(header),
        header=header,
        rows=[Row(page=1, bbox=(0, 0, 1, 1), cells=cells) for cells in rows],
        page_start=1,
        page_end=1,
    )


def test_a_column_that_holds_nothing_is_merged_away() -> None:
    # Background strips drew a sliver column 2 that no text and no header uses.
    sparse = table(
        [
            [cell(0, 0, "1"), cell(0, 1, "Review the pathway", colspan=2), cell(0, 3, "Board")],
            [cell(1, 0, "2"), cell(1, 1, "Train staff"), cell(1, 2), cell(1, 3, "HR")],
        ],
        ["No.", "Action", "Action", "Lead"],
    )
    fixed = repair(sparse)
    assert fixed.n_cols == 3 and fixed.header == ["No.", "Action", "Lead"]
    assert [(c.col, c.colspan) for c in fixed.rows[0].cells] == [(0, 1), (1, 1), (2, 1)]
    assert [c.text for c in fixed.rows[1].cells] == ["2", "Train staff", "HR"]


def test_a_column_of_fills_only_stays() -> None:
    rag = table(
        [
            [cell(0, 0, "1"), cell(0, 1, fill="#00b050")],
            [cell(1, 0, "2"), cell(1, 1, fill="#ff0000")],
        ],
        ["No.", ""],
    )
    assert repair(rag).n_cols == 2


def test_spacer_rows_go_but_rows_inside_a_merged_cell_stay() -> None:
    merged = cell(0, 0, "Recommendation 1")
    merged.rowspan = 3
    spaced = table(
        [
            [merged, cell(0, 1, "1.1 Audit")],
            [cell(1, 1)],
            [cell(2, 1, "1.2 Report")],
            [cell(3, 0), cell(3, 1)],
            [cell(4, 0, "Recommendation 2"), cell(4, 1, "2.1 Train")],
        ],
        ["Recommendation", "Action"],
    )
    fixed = repair(spaced)
    assert len(fixed.rows) == 4
    assert fixed.rows[0].cells[0].rowspan == 3
    assert [c.row for c in fixed.rows[3].cells] == [3, 3]
