"""Text printed next to a plan table, in its columns, that no record holds: the rest of a
table that stitching failed to join is lost text, not prose; so is text printed among the
table's rows but in none of its cells (a word overflowing its cell).

After a plan table ends (on its last page, below its last row, and at the top of the next page)
every printed thing is accounted for, in reading order, until the first heading or the first
line of prose: a line that sits inside one of the table's columns, in the table's own font size,
is table text left out; so is every cell of another table that starts there, inside the plan's
width, without a heading of its own. Footnotes (smaller text) and prose (lines running across
the column boundaries) are what they look like, and end the search.
"""

from __future__ import annotations

from dataclasses import dataclass
from statistics import median

from actionplan.extract.models import BBox, LooseLine, Table
from actionplan.normalise.coverage import Coverage, squeeze

SIZE_SLACK = 0.08
"""A line within this share of the table's text size is in the table's size."""
EDGE_SLACK = 2.0
"""Points a line may cross a column edge and still sit inside the column."""
OUTER_SLACK = 8.0
"""...and a continuation may sit a few points left or right of the table (columns moved)."""
HEADING_RATIO = 1.15


@dataclass(frozen=True)
class Band:
    """Where a table is printed: its column edges and the foot of its last row."""

    edges: tuple[float, ...]
    last_page: int
    foot: float
    size: float


def band_of(table: Table) -> Band | None:
    """The table's columns on its last page, from its cells there."""
    last = [row for row in table.rows if row.page == table.page_end]
    if not last:
        return None
    edges = sorted({round(x, 1) for row in last for c in row.cells for x in (c.bbox[0], c.bbox[2])})
    sizes = [ln.size for row in table.rows for c in row.cells for ln in c.lines if ln.size]
    return Band(
        tuple(edges), table.page_end, max(row.bbox[3] for row in last), median(sizes or [0])
    )


def inside_column(bbox: BBox, edges: tuple[float, ...]) -> bool:
    """The line lies between the table's outer edges and crosses no inner column edge."""
    x0, _, x1, _ = bbox
    if x0 < edges[0] - OUTER_SLACK or x1 > edges[-1] + OUTER_SLACK:
        return False
    return not any(x0 + EDGE_SLACK < e < x1 - EDGE_SLACK for e in edges[1:-1])


def table_sized(line: LooseLine, band: Band) -> bool:
    """The line's font size is the table text's."""
    return band.size > 0 and abs(line.size - band.size) <= band.size * SIZE_SLACK + 0.25


def is_heading(line: LooseLine, band: Band) -> bool:
    """A heading ends the table's surroundings: bold, or larger than its text."""
    return line.bold or (band.size > 0 and line.size >= band.size * HEADING_RATIO)


def after(page: int, top: float, band: Band) -> bool:
    """The position lies after the table: below its foot on its last page, or on the next."""
    return (page == band.last_page and top >= band.foot - 1) or page == band.last_page + 1


def adjacent_loss(
    table: Table, tables: list[tuple[Table, bool]], lines: list[LooseLine], output: str
) -> Coverage:
    """Text printed after the table in its columns (loose lines, or the cells of a following
    table that is not a plan) that the plan's output does not hold: found and total
    characters, and the pages where some went missing. ``tables`` pairs every table of the
    document with whether it became a plan."""
    band = band_of(table)
    if band is None:
        return Coverage(0, 0, ())
    items: list[tuple[int, float, LooseLine | tuple[Table, bool]]] = [
        (line.page, line.bbox[1], line) for line in lines if after(line.page, line.bbox[1], band)
    ]
    items += [
        (other.page_start, other.rows[0].bbox[1], (other, plan))
        for other, plan in tables
        if other is not table
        and other.rows
        and after(other.page_start, other.rows[0].bbox[1], band)
    ]
    items.sort(key=lambda item: (item[0], item[1]))
    found = total = 0
    pages: set[int] = set()
    for page, _, item in items:
        texts = left_out(item, band)
        if texts is None:
            break
        for text in map(squeeze, texts):
            total += len(text)
            if text in output:
                found += len(text)
            elif text:
                pages.add(page)
        if isinstance(item, tuple):
            break
    return Coverage(found, total, tuple(sorted(pages)))


def left_out(item: LooseLine | tuple[Table, bool], band: Band) -> list[str] | None:
    """The texts of one thing printed after the table that belong in its columns ([] for a
    footnote), or None when it ends the table's surroundings (a heading, prose, a plan or a
    table of its own)."""
    if isinstance(item, tuple):
        other, plan = item
        if plan or other.title or not within(other, band):
            return None
        return [*other.header, *(c.text for row in other.rows for c in row.cells)]
    if is_heading(item, band):
        return None
    if band.size and item.size < band.size * (1 - SIZE_SLACK) - 0.25:
        return []
    if not inside_column(item.bbox, band.edges) or not table_sized(item, band):
        return None
    return [item.text]


def within(table: Table, band: Band) -> bool:
    """The other table is printed inside the plan table's width."""
    x0 = min(row.bbox[0] for row in table.rows)
    x1 = max(row.bbox[2] for row in table.rows)
    return x0 >= band.edges[0] - 10 and x1 <= band.edges[-1] + 10


def stray_loss(table: Table, lines: list[LooseLine], output: str) -> Coverage:
    """Text printed among the table's rows on any of its pages, inside its width, that is in no
    cell and that the plan's output does not hold."""
    spans: dict[int, tuple[float, float, float, float]] = {}
    for row in table.rows:
        x0, top, x1, bottom = row.bbox
        old = spans.get(row.page, (x0, top, x1, bottom))
        spans[row.page] = (min(old[0], x0), min(old[1], top), max(old[2], x1), max(old[3], bottom))
    found = total = 0
    pages: set[int] = set()
    for line in lines:
        span = spans.get(line.page)
        if span is None:
            continue
        middle = (line.bbox[1] + line.bbox[3]) / 2
        if not (span[1] < middle < span[3] and line.bbox[0] < span[2] and line.bbox[2] > span[0]):
            continue
        text = squeeze(line.text)
        total += len(text)
        if text in output:
            found += len(text)
        elif text:
            pages.add(line.page)
    return Coverage(found, total, tuple(sorted(pages)))
