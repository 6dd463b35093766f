"""Text of one column across a recommendation's rows, joined the way it was printed."""

from __future__ import annotations

from dataclasses import dataclass, field

from extract.models import Cell, Line
from normalise.layout import LogicalRow
from normalise.text import join_lines

TERMINAL = (".", "!", "?", ":", ";")


@dataclass
class ColumnText:
    """Printed lines of one column for some rows, with paragraph starts, ready to join."""

    lines: list[str] = field(default_factory=list)
    starts: list[bool] = field(default_factory=list)
    cells: list[Cell] = field(default_factory=list)

    def add(self, lines: list[Line], new_paragraph: bool) -> None:
        """Append a cell's lines; new_paragraph says whether its first line opens a paragraph.
        A word broken over two lines is put back together first."""
        glued = False
        for i, line in enumerate(lines):
            if glued:
                self.lines[-1] += line.text
            else:
                self.lines.append(line.text)
                self.starts.append(new_paragraph if i == 0 else line.new_paragraph)
            glued = line.word_continues

    def text(self) -> str:
        """The joined text: wrapped lines with a space, paragraphs with a newline."""
        return join_lines(self.lines, self.starts) if self.lines else ""


def collect(grid: list[list[Cell | None]], logical: list[LogicalRow], col: int) -> ColumnText:
    """A column's text over logical rows: each row opens a paragraph; the remainder of a row cut
    by a page break joins the text before it as one paragraph unless that text ended a sentence.
    A merged cell spanning several rows is taken once."""
    out = ColumnText()
    seen: set[int] = set()
    for lr in logical:
        first_of_row = True
        for r in lr.rows:
            cell = grid[r][col]
            if cell is None or cell.col != col or id(cell) in seen:
                continue
            seen.add(id(cell))
            if not cell.lines:
                continue
            new_paragraph = first_of_row or out.lines[-1].rstrip().endswith(TERMINAL)
            out.add(cell.lines, new_paragraph)
            out.cells.append(cell)
            first_of_row = False
    return out
