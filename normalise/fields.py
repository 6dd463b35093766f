"""Text of one column across a recommendation's rows, joined the way it was printed."""

from __future__ import annotations

from dataclasses import dataclass, field

from actionplan.extract.models import Cell, Line
from actionplan.normalise.layout import LogicalRow
from actionplan.normalise.text import join_lines

TERMINAL = (".", "!", "?", ":", ";")


@dataclass
class ColumnText:
    """Printed lines of one column for some rows, with paragraph starts, ready to join."""

    lines: list[str] = field(default_factory=list)
    starts: list[bool] = field(default_factory=list)
    breaks: list[bool] = field(default_factory=list)
    """Per line: it opens a paragraph or follows a hard line break (an item of a list)."""
    cells: list[Cell] = field(default_factory=list)

    def add(self, lines: list[Line], new_paragraph: bool, new_item: bool) -> None:
        """Append a cell's lines; new_paragraph and new_item say whether its first line opens a
        paragraph or an item. A word broken over two lines is put back together first."""
        glued = False
        for i, line in enumerate(lines):
            if glued:
                self.lines[-1] += line.text
            elif i == 0:
                self.lines.append(line.text)
                self.starts.append(new_paragraph)
                self.breaks.append(new_paragraph or new_item)
            else:
                self.lines.append(line.text)
                self.starts.append(line.new_paragraph)
                self.breaks.append(line.new_paragraph or line.breaks_before)
            glued = line.word_continues

    def extend(self, other: ColumnText) -> None:
        """Append another column's text (its first line opens a paragraph, as collect makes it)."""
        self.lines.extend(other.lines)
        self.starts.extend(other.starts)
        self.breaks.extend(other.breaks)
        self.cells.extend(other.cells)

    def items(self) -> list[str]:
        """The text split where a paragraph or a hard line break starts: one entry per item
        when a cell lists one item per line."""
        out: list[list[str]] = []
        for line, brk in zip(self.lines, self.breaks, strict=True):
            if brk or not out:
                out.append([])
            out[-1].append(line)
        return [t for t in (join_lines(item).strip() for item in out) if t]

    def text(self) -> str:
        """The joined text: wrapped lines with a space, paragraphs with a newline."""
        return join_lines(self.lines, self.starts) if self.lines else ""


def ended_short(before: Cell, after: Cell) -> bool:
    """True when the last line of a cell cut by a page break had room for the first word on the
    next page: the line ended there, and the next page's text starts a new line of its own."""
    last, first = before.lines[-1], after.lines[0]
    padding = max(last.bbox[0] - before.bbox[0], 0.0)
    room = before.bbox[2] - padding - last.bbox[2]
    size = first.bbox[3] - first.bbox[1]
    return room > 0.3 * size + first.first_word_width + 1.0


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
            new_item = bool(out.cells) and ended_short(out.cells[-1], cell)
            out.add(cell.lines, new_paragraph, new_item)
            out.cells.append(cell)
            first_of_row = False
    return out


def field_columns(fields: list[str]) -> dict[str, list[int]]:
    """Columns of each field, in order: a header cell spanning two columns gives its field both."""
    out: dict[str, list[int]] = {}
    for col, name in enumerate(fields):
        out.setdefault(name, []).append(col)
    return out


def collect_field(
    grid: list[list[Cell | None]], logical: list[LogicalRow], cols: list[int]
) -> ColumnText:
    """A field's text over logical rows, from each of its columns in turn."""
    out = ColumnText()
    for col in cols:
        out.extend(collect(grid, logical, col))
    return out
