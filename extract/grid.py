"""Ruled tables on one page: cells from drawn lines and rectangles, placed on a row/column grid."""

from __future__ import annotations

from bisect import bisect_right
from dataclasses import dataclass, field
from typing import Any

from pdfplumber.table import TableFinder

from extract.rulings import Segment, closing_lines, ruling_segments, split
from extract.settings import ExtractSettings
from extract.text import TextLine

BBox = tuple[float, float, float, float]


@dataclass
class GridCell:
    """A drawn cell on one page, with its place and span on the fragment's grid."""

    bbox: BBox
    row: int
    col: int
    rowspan: int = 1
    colspan: int = 1
    chars: list[dict[str, Any]] = field(default_factory=list)
    lines: list[TextLine] = field(default_factory=list)
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
    """Index of the edge closest to value."""
    return min(range(len(edges)), key=lambda i: abs(edges[i] - value))


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


class Locator:
    """A fragment's grid, set up once to find the cell under many points."""

    def __init__(self, fragment: Fragment) -> None:
        self.x0, self.top, self.x1, self.bottom = fragment.bbox
        self.cols = fragment.col_edges
        self.rows = fragment.row_edges
        self.last_col = fragment.n_cols - 1
        self.last_row = fragment.n_rows - 1
        self.where: dict[tuple[int, int], GridCell] = {}
        """Grid position -> the cell covering it."""
        for cell in fragment.cells:
            for r in range(cell.row, cell.row + cell.rowspan):
                for c in range(cell.col, cell.col + cell.colspan):
                    self.where[(r, c)] = cell

    def find_all(self, points: list[tuple[float, float]]) -> list[tuple[bool, GridCell | None]]:
        """For each point: (inside the fragment, the cell under it or None for a grid hole)."""
        x0, top, x1, bottom = self.x0, self.top, self.x1, self.bottom
        cols, rows, where = self.cols, self.rows, self.where
        last_col, last_row = self.last_col, self.last_row
        out: list[tuple[bool, GridCell | None]] = []
        for x, y in points:
            if not (x0 <= x <= x1 and top <= y <= bottom):
                out.append(OUTSIDE)
                continue
            c = bisect_right(cols, x) - 1
            r = bisect_right(rows, y) - 1
            row = r if r < last_row else last_row
            col = c if c < last_col else last_col
            out.append((True, where.get((row, col))))
        return out


OUTSIDE: tuple[bool, GridCell | None] = (False, None)


def centres(chars: list[dict[str, Any]]) -> list[tuple[float, float]]:
    """The middle of each character's box, which decides the cell it belongs to."""
    return [((c["x0"] + c["x1"]) / 2, (c["top"] + c["bottom"]) / 2) for c in chars]


def assign_chars(chars: list[dict[str, Any]], fragments: list[Fragment]) -> list[dict[str, Any]]:
    """Put each character into the cell under its centre, the first fragment's that has one;
    return the rest."""
    for char in chars:
        # Words split where the size changes; a rotated page's sizes differ in the 7th digit.
        char["size"] = round(char["size"], 2)
    if not fragments:
        return list(chars)
    points = centres(chars)
    found = [Locator(f).find_all(points) for f in fragments]
    free = []
    for i, char in enumerate(chars):
        for cells in found:
            cell = cells[i][1]
            if cell is not None:
                cell.chars.append(char)
                break
        else:
            free.append(char)
    return free


def coverage(chars: list[dict[str, Any]], fragments: list[Fragment]) -> float:
    """Share of the characters inside the fragments that fall into a cell: below 1 when the
    grid has holes (missing rulings), the measured signal for trying another engine."""
    if not fragments:
        return 1.0
    points = centres(chars)
    inside = placed = 0
    for fragment in fragments:
        for within, cell in Locator(fragment).find_all(points):
            inside += within
            placed += cell is not None
    return placed / inside if inside else 1.0
