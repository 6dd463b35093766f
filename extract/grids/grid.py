"""Ruled tables on one page: cells from drawn lines and rectangles, placed on a row/column grid."""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from dataclasses import dataclass, field
from typing import Any

from pdfplumber.table import TableFinder

from actionplan.extract.grids.rulings import (
    Segment,
    closing_lines,
    ruling_segments,
    side_lines,
    split,
)
from actionplan.extract.grids.sizes import snap_sizes
from actionplan.extract.models import Line
from actionplan.extract.settings import ExtractSettings

BBox = tuple[float, float, float, float]


@dataclass(slots=True)
class GridCell:
    """A drawn cell on one page, with its place and span on the fragment's grid."""

    bbox: BBox
    row: int
    col: int
    rowspan: int = 1
    colspan: int = 1
    chars: list[dict[str, Any]] = field(default_factory=list)
    lines: list[Line] = field(default_factory=list)
    fill: str | None = None


@dataclass
class Fragment:
    """The part of a table drawn on one page."""

    page: int
    bbox: BBox
    col_edges: list[float]
    row_edges: list[float]
    cells: list[GridCell]
    engine: str = "pdfplumber"
    placed: tuple[list[dict[str, Any]], list[GridCell | None]] | None = field(
        default=None, repr=False, compare=False
    )
    """(a character list, the cell under each one's centre): see cells_under()."""

    @property
    def n_cols(self) -> int:
        """Grid columns on this page."""
        return len(self.col_edges) - 1

    @property
    def n_rows(self) -> int:
        """Grid rows on this page."""
        return len(self.row_edges) - 1


def cluster(values: list[float], tolerance: float) -> list[float]:
    """Sorted representatives of values, merging those within tolerance of the previous one."""
    out: list[float] = []
    for v in sorted(values):
        if out and v - out[-1] <= tolerance:
            continue
        out.append(v)
    return out


def nearest_index(edges: list[float], value: float) -> int:
    """Index of the edge closest to value, the first of equally close ones; edges ascend.

    It is asked for every cell, so it bisects: a scan of the edges made a table whose columns
    come from the words of one long line cost the square of them. The closest edge is the
    nearest on one side of value or the other; equally close ones before it (a repeated edge)
    are walked back over, as a scan would have kept the first."""
    k = bisect_left(edges, value)
    if k == len(edges) or (k > 0 and abs(edges[k - 1] - value) <= abs(edges[k] - value)):
        k -= 1
    distance = abs(edges[k] - value)
    while k > 0 and abs(edges[k - 1] - value) == distance:
        k -= 1
    return k


def table_settings(
    settings: ExtractSettings, vertical: list[Segment], horizontal: list[Segment]
) -> dict[str, Any]:
    """pdfplumber table-finder settings for ruled tables, on our snapped ruling segments."""
    return {
        "vertical_strategy": "explicit",
        "horizontal_strategy": "explicit",
        "explicit_vertical_lines": vertical,
        "explicit_horizontal_lines": horizontal,
        "snap_tolerance": settings.snap_tolerance,
        "join_tolerance": settings.join_tolerance,
        "edge_min_length": settings.edge_min_length,
        "intersection_tolerance": settings.intersection_tolerance,
    }


def find_fragments(page: Any, page_number: int, settings: ExtractSettings) -> list[Fragment]:
    """Every ruled table drawn on the page, top to bottom, with at least two columns."""
    vertical, horizontal = split(ruling_segments(page))
    vertical += side_lines(vertical, horizontal)
    horizontal += closing_lines(vertical, horizontal)
    if len(vertical) < 2 or len(horizontal) < 2:
        return []
    fragments = []
    # With both strategies explicit, pdfplumber's table finder reads only the lines given.
    finder = TableFinder(page, table_settings(settings, vertical, horizontal))
    for found in finder.tables:
        cells = [
            c
            for c in found.cells
            if c[2] - c[0] >= settings.min_cell_size and c[3] - c[1] >= settings.min_cell_size
        ]
        fragment = build_fragment(cells, page_number, settings)
        if fragment is not None and fragment.n_cols >= 2:
            fragments.append(fragment)
    fragments.sort(key=lambda f: (f.bbox[1], f.bbox[0]))
    return fragments


def build_fragment(
    cells: list[BBox], page_number: int, settings: ExtractSettings
) -> Fragment | None:
    """Place cell boxes on the grid of all their edges; a span counts the grid lines crossed."""
    if not cells:
        return None
    col_edges = cluster([x for c in cells for x in (c[0], c[2])], settings.min_column_width)
    row_edges = cluster([y for c in cells for y in (c[1], c[3])], settings.min_row_height)
    if len(col_edges) < 2 or len(row_edges) < 2:
        return None
    grid_cells = []
    for x0, top, x1, bottom in sorted(cells, key=lambda c: (c[1], c[0])):
        c0, c1 = nearest_index(col_edges, x0), nearest_index(col_edges, x1)
        r0, r1 = nearest_index(row_edges, top), nearest_index(row_edges, bottom)
        if c1 <= c0 or r1 <= r0:
            continue
        grid_cells.append(
            GridCell(
                bbox=(x0, top, x1, bottom),
                row=r0,
                col=c0,
                rowspan=r1 - r0,
                colspan=c1 - c0,
            )
        )
    bbox = (col_edges[0], row_edges[0], col_edges[-1], row_edges[-1])
    return Fragment(page_number, bbox, col_edges, row_edges, grid_cells)


OUTSIDE = GridCell(bbox=(0.0, 0.0, 0.0, 0.0), row=-1, col=-1)
"""Stands for 'not inside the fragment at all' where a cell or None (a grid hole) is expected."""


def locate_all(fragment: Fragment, chars: list[dict[str, Any]]) -> list[GridCell | None]:
    """For each character, the cell under its centre: None in a hole of the grid, OUTSIDE when
    not in the fragment."""
    x0, top, x1, bottom = fragment.bbox
    cols, rows = fragment.col_edges, fragment.row_edges
    last_col, last_row = len(cols) - 2, len(rows) - 2
    grid: list[list[GridCell | None]] = [[None] * (last_col + 1) for _ in range(last_row + 1)]
    for cell in fragment.cells:
        for r in range(cell.row, cell.row + cell.rowspan):
            for c in range(cell.col, cell.col + cell.colspan):
                grid[r][c] = cell
    out: list[GridCell | None] = []
    for char in chars:
        x = (char["x0"] + char["x1"]) / 2
        y = (char["top"] + char["bottom"]) / 2
        if not (x0 <= x <= x1 and top <= y <= bottom):
            out.append(OUTSIDE)
            continue
        c = bisect_right(cols, x) - 1
        r = bisect_right(rows, y) - 1
        out.append(grid[r if r < last_row else last_row][c if c < last_col else last_col])
    return out


def cells_under(fragment: Fragment, chars: list[dict[str, Any]]) -> list[GridCell | None]:
    """locate_all(), kept on the fragment: the auto engine's coverage check and assign_chars
    ask it of the same page's characters."""
    if fragment.placed is None or fragment.placed[0] is not chars:
        fragment.placed = (chars, locate_all(fragment, chars))
    return fragment.placed[1]


def assign_chars(chars: list[dict[str, Any]], fragments: list[Fragment]) -> list[dict[str, Any]]:
    """Put each character into the cell under its centre, the first fragment's that has one,
    unless it is OCR's reading of a ruling (then it is dropped); return the rest."""
    snap_sizes(chars)
    if not fragments:
        return list(chars)
    found = [(f, cell_locator(f), cells_under(f, chars)) for f in fragments]
    for fragment in fragments:
        fragment.placed = None  # assigned for good: let the characters go
    free = []
    for i, char in enumerate(chars):
        bar = char["text"] in RULING_GLYPHS  # is_ruling_glyph's first test, once per character
        for fragment, where, cells in found:
            if bar and is_ruling_glyph(char, fragment, where):
                break
            cell = cells[i]
            if cell is not None and cell is not OUTSIDE:
                cell.chars.append(char)
                break
        else:
            free.append(char)
    return free


def cell_locator(fragment: Fragment) -> dict[tuple[int, int], GridCell]:
    """Grid position -> the cell covering it."""
    where: dict[tuple[int, int], GridCell] = {}
    for cell in fragment.cells:
        for r in range(cell.row, cell.row + cell.rowspan):
            for c in range(cell.col, cell.col + cell.colspan):
                where[(r, c)] = cell
    return where


RULING_GLYPHS = frozenset("|¦│!lI[]")
"""What OCR reads a vertical ruling as."""
RULING_SLACK = 1.5
RULING_REACH = 6.0


def is_ruling_glyph(
    char: dict[str, Any], fragment: Fragment, where: dict[tuple[int, int], GridCell]
) -> bool:
    """A bar-like character centred on one of the fragment's column rulings: OCR's reading of
    the line itself, not text (cell padding keeps real text clear of the rulings). Where a cell
    spans the column boundary (a section row) no ruling is drawn, and an 'l' there is a letter."""
    if char["text"] not in RULING_GLYPHS:
        return False
    # A ruling read as a glyph may poke out just above or below the table's drawn top or foot.
    y = (char["top"] + char["bottom"]) / 2
    if not fragment.bbox[1] - RULING_REACH <= y <= fragment.bbox[3] + RULING_REACH:
        return False
    x = (char["x0"] + char["x1"]) / 2
    edges = fragment.col_edges
    edge = nearest_index(edges, x)
    if abs(edges[edge] - x) > RULING_SLACK:
        return False
    row = min(max(bisect_right(fragment.row_edges, y) - 1, 0), fragment.n_rows - 1)
    col = min(max(bisect_right(edges, x) - 1, 0), fragment.n_cols - 1)
    cell = where.get((row, col))
    return cell is None or not cell.col < edge < cell.col + cell.colspan


def coverage(chars: list[dict[str, Any]], fragments: list[Fragment]) -> float:
    """Share of the characters inside the fragments that fall into a cell: below 1 when the
    grid has holes (missing rulings), the measured signal for trying another engine."""
    inside = placed = 0
    for fragment in fragments:
        for cell in cells_under(fragment, chars):
            if cell is not OUTSIDE:
                inside += 1
                placed += cell is not None
    return placed / inside if inside else 1.0
