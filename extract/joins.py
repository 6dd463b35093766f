"""Whether a table fragment that opens a page continues the table that ended the page before,
decided from evidence on both sides of the break: the fragments' column geometry, what is
printed between them (footnotes and page furniture do not separate a table, a heading or prose
does) and whether the new fragment opens with a header row of its own."""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass
from statistics import median

from actionplan.extract.grids.grid import Fragment, GridCell
from actionplan.extract.models import Line

MAX_SHIFT = 14.0
"""A continued table may sit this many points left or right of where it was (page margins of
odd and even pages, a printer's shrink-to-fit)."""
MAX_SCALE = 0.08
"""...and be scaled by up to this much (a page printed to fit)."""
MINOR_SIZE = 0.92
"""Text this much smaller than the table's own is a footnote or a source note, not prose."""
_FOOTNOTE_RE = re.compile(r"^\s*(?:\(?\d{1,3}[.)]?|[*†‡§¹²³⁴⁵⁶⁷⁸⁹⁰]+|[a-z]\))\s+\S")


@dataclass(frozen=True)
class ColumnMap:
    """Where a fragment's x positions fall on its table: x * scale + shift."""

    scale: float = 1.0
    shift: float = 0.0

    def __call__(self, x: float) -> float:
        return x * self.scale + self.shift

    @property
    def moved(self) -> bool:
        """The fragment is not where the table's columns are: shifted or scaled."""
        return abs(self.shift) > 0.5 or abs(self.scale - 1.0) > 0.002


IDENTITY = ColumnMap()


def align(edges: list[float], table_edges: list[float], tolerance: float) -> ColumnMap | None:
    """The map putting every column edge of a fragment on one of the table's edges, its outer
    edges on the table's outer edges: as printed, shifted, or scaled; None when none does."""
    left, right = table_edges[0], table_edges[-1]
    candidates = [IDENTITY, ColumnMap(1.0, left - edges[0]), ColumnMap(1.0, right - edges[-1])]
    width = edges[-1] - edges[0]
    if width > 0:
        scale = (right - left) / width
        candidates.append(ColumnMap(scale, left - edges[0] * scale))
    for cmap in candidates:
        if abs(cmap.scale - 1.0) > MAX_SCALE or abs(cmap(edges[0]) - edges[0]) > MAX_SHIFT:
            continue
        if abs(cmap(edges[0]) - left) > tolerance or abs(cmap(edges[-1]) - right) > tolerance:
            continue
        if all(min(abs(cmap(x) - e) for e in table_edges) <= tolerance for x in edges):
            return cmap
    return None


def text_size(cells: Iterable[GridCell]) -> float:
    """The usual size of a fragment's text."""
    sizes = [line.size for cell in cells for line in cell.lines]
    return median(sizes) if sizes else 0.0


def is_minor(line: Line, table_size: float, body: float) -> bool:
    """A footnote, source note or stray margin line: smaller than the table's text, or opening
    with a footnote marker, and never a heading."""
    if line.bold or line.size >= body * 1.15:
        return False
    if table_size and line.size <= table_size * MINOR_SIZE:
        return True
    return bool(_FOOTNOTE_RE.match(line.text)) and line.size <= max(table_size, body)


def separating_line(lines: list[Line], table_size: float, body: float) -> Line | None:
    """The first line between two fragments that keeps them apart (a heading, a paragraph of
    prose), or None when only footnotes and margin lines lie between."""
    return next((ln for ln in lines if not is_minor(ln, table_size, body)), None)


def row_is_bold(fragment: Fragment, row: int) -> bool | None:
    """Whether the text starting in a grid row is mostly bold (None for a row without text)."""
    lines = [ln for c in fragment.cells if c.row == row for ln in c.lines]
    if not lines:
        return None
    return sum(len(ln.text) for ln in lines if ln.bold) * 2 > sum(len(ln.text) for ln in lines)


def row_fills(fragment: Fragment, row: int) -> set[str | None]:
    """The fills of the cells starting in a grid row."""
    return {c.fill for c in fragment.cells if c.row == row}


HEADER_CELL_WORDS = 8


def opens_with_header(fragment: Fragment) -> bool:
    """The fragment's first row stands apart from the rows under it as a header does: bold over
    plain text, or short texts shaded differently from every row below them. A single cell
    across the table (a section or caption row) is no header."""
    starts = [c for c in fragment.cells if c.row == 0]
    if fragment.n_rows < 2 or len(starts) < 2:
        return False
    first = row_is_bold(fragment, 0)
    below = [row_is_bold(fragment, r) for r in range(1, fragment.n_rows)]
    below = [b for b in below if b is not None]
    if first and below and not any(below):
        return True
    fills = row_fills(fragment, 0)
    if len(fills) != 1 or None in fills:
        return False
    if any(sum(len(ln.text.split()) for ln in c.lines) > HEADER_CELL_WORDS for c in starts):
        return False
    return all(not (row_fills(fragment, r) & fills) for r in range(1, fragment.n_rows))
