"""Unruled tables: columns from where text starts, rows from rules and from cells starting
together.

A table without cell borders still has the grid the word processor laid out: every cell's text
starts at its column's left edge, and every cell of a row starts on the same line. So columns
are the left edges that a header line's words start at and the lines below keep to; rows start
at a horizontal rule, or where several columns start a new block of text on the same line;
a bold line crossing the columns on its own is a section row; a line crossing them otherwise
(prose) or a wide vertical gap (the footer) ends the table.
"""

from __future__ import annotations

from bisect import bisect_left, bisect_right
from collections.abc import Callable
from dataclasses import dataclass
from functools import cached_property
from itertools import accumulate, pairwise
from typing import Any

from actionplan.extract.grids.grid import Fragment, GridCell
from actionplan.extract.grids.rulings import Segment
from actionplan.extract.text import is_bold
from actionplan.extract.words import extract_words

Word = dict[str, Any]


@dataclass
class TextRow:
    """One printed line of the page as runs of words separated by column-wide gaps."""

    top: float
    bottom: float
    size: float
    segments: list[list[Word]]
    bold: bool


@dataclass(frozen=True)
class Columns:
    """The left edges of an unruled table's columns, ascending, and its right edge.

    Lookups bisect the starts: a scan of them for every word or segment made a line cut into
    many columns cost the square of its words."""

    starts: list[float]
    right: float

    def index(self, x: float, slack: float = 3.0) -> int:
        """The column whose span holds x: the last whose start, less slack, x reaches (the
        first column when x is left of them all)."""
        return max(bisect_right(self.starts, x, key=lambda s: s - slack) - 1, 0)

    def near_start(self, x: float, slack: float = 3.0) -> bool:
        """Whether x is within slack of a column's start. The starts either side of x are the
        nearest, so only they are measured."""
        i = bisect_left(self.starts, x)
        return any(abs(x - s) <= slack for s in self.starts[max(i - 1, 0) : i + 1])

    @cached_property
    def edges(self) -> list[float]:
        """Column boundaries, left to right (kept: every line of a table is fitted to them)."""
        return [*(s - 2.0 for s in self.starts), self.right]


def text_rows(chars: list[dict[str, Any]], gap: float) -> list[TextRow]:
    """The page's lines, each cut into segments where words are more than gap sizes apart."""
    found = extract_words(chars, 3, 3, ("fontname", "size"))
    words = [w for w, _ in found if w["text"].strip()]
    words.sort(key=lambda w: (w["top"], w["x0"]))
    lines: list[list[Word]] = []
    # The last line's [top, bottom] kept as words join it: recomputing it from the line's words
    # for every word made a long line cost the square of its words.
    span = [0.0, 0.0]
    for word in words:
        mid = (word["top"] + word["bottom"]) / 2
        if lines and span[0] <= mid <= span[1]:
            lines[-1].append(word)
            span[0] = min(span[0], word["top"])
            span[1] = max(span[1], word["bottom"])
        else:
            lines.append([word])
            span = [word["top"], word["bottom"]]
    rows = []
    for line in lines:
        line.sort(key=lambda w: w["x0"])
        size = max(w["size"] for w in line)
        segments = [[line[0]]]
        for a, b in pairwise(line):
            if b["x0"] - a["x1"] > gap * size:
                segments.append([])
            segments[-1].append(b)
        rows.append(
            TextRow(
                top=min(w["top"] for w in line),
                bottom=max(w["bottom"] for w in line),
                size=size,
                segments=segments,
                bold=all(is_bold(w["fontname"]) for w in line),
            )
        )
    return rows


def has_columns(chars: list[dict[str, Any]], gap: float = 1.0) -> bool:
    """Whether some line of the page is cut into three or more runs by column-wide gaps, as
    an unruled table's header and rows are and prose is not."""
    return any(len(row.segments) >= 3 for row in text_rows(chars, gap))


def resegment(row: TextRow, columns: Columns, slack: float = 3.0, gap: float = 0.4) -> TextRow:
    """The row with a segment also cut where a word starts at a column's edge after more than
    a word space (gap sizes): text set close to its column's border (an OCR text layer sizes
    words from their line height, so its column gaps are narrow in font sizes) is still two
    cells' text."""
    segments: list[list[Word]] = []
    for segment in row.segments:
        segments.append([segment[0]])
        for a, b in pairwise(segment):
            at_edge = columns.near_start(b["x0"], slack)
            if at_edge and b["x0"] - a["x1"] > gap * row.size:
                segments.append([])
            segments[-1].append(b)
    return TextRow(row.top, row.bottom, row.size, segments, row.bold)


def segment_start(segment: list[Word]) -> float:
    """Where a segment's text starts: at its first word with a letter or digit. A lone symbol
    before it may be OCR's reading of a speck ('©' in an empty gap); a real bullet sits at the
    column's edge anyway."""
    for word in segment:
        if any(ch.isalnum() for ch in word["text"]):
            return word["x0"]
    return segment[0]["x0"]


def fits(row: TextRow, columns: Columns, slack: float = 3.0) -> bool:
    """Every segment starts at a column's edge (or within one) and ends before the next."""
    edges = columns.edges
    for segment in row.segments:
        x0, x1 = segment_start(segment), segment[-1]["x1"]
        col = columns.index(x0, slack)
        if x0 < columns.starts[0] - slack or x1 > edges[col + 1] + slack:
            return False
    return True


def find_header(rows: list[TextRow]) -> tuple[int, Columns] | None:
    """The first line with three or more segments whose starts the next lines keep to."""
    for i, row in enumerate(rows):
        if len(row.segments) < 3:
            continue
        starts = [seg[0]["x0"] for seg in row.segments]
        right = max(w["x1"] for r in rows[i : i + 40] for seg in r.segments for w in seg)
        columns = Columns(starts, right + 2.0)
        below = rows[i + 1 : i + 25]
        aligned = sum(1 for r in below if len(r.segments) >= 2 and fits(r, columns))
        if aligned >= 3:
            return i, refine(columns, rows[i + 1 : i + 60], row)
    return None


BULLETS = frozenset("•▪◦‣●○■□–-*o·")


def refine(columns: Columns, rows: list[TextRow], header: TextRow) -> Columns:
    """Move each column's edge left to where its body text starts (a header may be centred),
    and add a column where body text keeps starting inside one (two header words set close
    together, "Ref Action", over a narrow number column and the text beside it); not where
    text is indented after a bullet, nor through a header word."""
    starts = list(columns.starts)
    inner: list[float] = []
    body = 0
    for row in rows:
        row = resegment(row, columns)
        if not fits(row, columns):
            break
        body += 1
        for before, segment in pairwise([[], *row.segments]):
            x = segment_start(segment)
            col = columns.index(x, slack=12.0)
            starts[col] = min(starts[col], x)
            bulleted = bool(before) and all(set(w["text"]) <= BULLETS for w in before)
            if x > columns.starts[col] + 12.0 and not bulleted:
                inner.append(x)
    cuts_word = word_cutter([w for segment in header.segments for w in segment])
    for xs in cluster_starts(inner):
        x = min(xs)
        if len(xs) >= max(3, body // 4) and not cuts_word(x):
            starts.append(x)
    return Columns(sorted(starts), columns.right)


def word_cutter(words: list[Word]) -> Callable[[float], bool]:
    """A test of whether x falls inside one of the words, clear of its ends by a point: the
    largest end among the words starting before x, by bisection, where asking every word for
    every x cost the square of a long header's words."""
    spans = sorted((w["x0"] + 1, w["x1"] - 1) for w in words)
    starts = [lo for lo, _ in spans]
    reach = list(accumulate((hi for _, hi in spans), max))

    def cuts(x: float) -> bool:
        k = bisect_left(starts, x)
        return k > 0 and reach[k - 1] > x

    return cuts


def cluster_starts(xs: list[float], tolerance: float = 3.0) -> list[list[float]]:
    """Positions grouped where each is within tolerance of the previous."""
    groups: list[list[float]] = []
    for x in sorted(xs):
        if groups and x - groups[-1][-1] <= tolerance:
            groups[-1].append(x)
        else:
            groups.append([x])
    return groups


def is_section(row: TextRow, columns: Columns, next_row_starts: bool = False) -> bool:
    """A bold line alone at the first column that crosses into the next column, or that the
    next line's row follows at once (a short agency name on its own line)."""
    seg = row.segments[0]
    return (
        len(row.segments) == 1
        and row.bold
        and abs(seg[0]["x0"] - columns.starts[0]) <= 3.0
        and len(columns.starts) > 1
        and (seg[-1]["x1"] > columns.starts[1] or next_row_starts)
    )


def region(rows: list[TextRow], first: int, columns: Columns, rules: list[float]) -> list[TextRow]:
    """The table's lines from first on: they fit the columns (or are section rows) and follow
    each other without a gap wider than three lines, unless a rule spans it."""
    out = [rows[first]]
    for prev, row in pairwise(rows[first:]):
        gap = row.top - prev.bottom
        ruled = any(prev.bottom <= y <= row.top for y in rules)
        if gap > 3 * row.size and not ruled:
            break
        if not (fits(row, columns) or is_section(row, columns)):
            break
        out.append(row)
    return out


def block_starts(rows: list[TextRow], columns: Columns) -> list[set[int]]:
    """Per line, the columns in which a new block of text starts there (after a paragraph-sized
    gap, or the column's first text). The gap is measured in the column itself, between line
    middles: OCR sizes each word's box from its own letters, so box edges wander."""
    last: dict[int, tuple[float, float]] = {}
    out = []
    for row in rows:
        started = set()
        for segment in row.segments:
            col = columns.index(segment_start(segment))
            middle = sum(w["top"] + w["bottom"] for w in segment) / (2 * len(segment))
            size = max(w["size"] for w in segment)
            prev = last.get(col)
            if prev is None or middle - prev[0] - (size + prev[1]) / 2 > 0.6 * size:
                started.add(col)
            last[col] = (middle, size)
        out.append(started)
    return out


def row_tops(rows: list[TextRow], columns: Columns, rules: list[float]) -> list[float]:
    """Where rows start: the header line, a rule, a section line, or several columns starting
    together."""
    need = 3 if len(columns.starts) > 4 else 2
    starts = block_starts(rows, columns)
    opens = [len(s) >= need for s in starts]
    sections = [
        is_section(row, columns, i + 1 < len(rows) and opens[i + 1]) for i, row in enumerate(rows)
    ]
    tops = [rows[0].top]
    for i in range(1, len(rows)):
        prev, row = rows[i - 1], rows[i]
        ruled = any(prev.bottom <= y <= row.top for y in rules)
        # A bold line across the columns over plain text is a header row (repeated at the top
        # of a page, above the rest of a row the page break cut).
        header = prev.bold and not row.bold and len(prev.segments) >= need
        if ruled or sections[i] or sections[i - 1] or opens[i] or header:
            tops.append((prev.bottom + row.top) / 2)
    return tops


def find_unruled(
    chars: list[dict[str, Any]],
    rules: list[Segment],
    page_number: int,
    carried: Columns | None,
    top_band: float = 0.0,
    gap: float = 1.0,
) -> tuple[list[Fragment], Columns | None]:
    """The unruled tables on a page, top to bottom, and the last one's columns for the next
    page. A table that goes on from the page before keeps its columns (with or without its
    header printed again) from the first line that fits them; a line above that in the top
    band (a running header seen on too few pages to be furniture) does not stop it. After a
    table ends (prose, a heading, a wide gap) the rest of the page is searched for another."""
    rows = text_rows(chars, gap)
    ys = [s["top"] for s in rules if s["top"] == s["bottom"]]
    fragments: list[Fragment] = []
    columns: Columns | None = None
    start = 0
    if carried is not None:
        lead = 0

        def fitting(i: int) -> bool:
            return fits(resegment(rows[i], carried), carried)

        while lead < len(rows) and rows[lead].bottom <= top_band and not fitting(lead):
            lead += 1
        if lead < len(rows) and fitting(lead):
            fragment, start = unruled_fragment(rows, lead, carried, ys, page_number)
            if fragment is not None:
                fragments.append(fragment)
                columns = carried
    while start < len(rows):
        found = find_header(rows[start:])
        if found is None:
            break
        first, found_columns = found
        fragment, end = unruled_fragment(rows, start + first, found_columns, ys, page_number)
        if fragment is not None:
            fragments.append(fragment)
            columns = found_columns
        start = max(end, start + first + 1)
    return fragments, columns


def unruled_fragment(
    rows: list[TextRow], first: int, columns: Columns, ys: list[float], page_number: int
) -> tuple[Fragment | None, int]:
    """The table whose lines start at rows[first] under these columns, and the index of the
    first line after it."""
    lines = region([resegment(row, columns) for row in rows[first:]], 0, columns, ys)
    end = first + len(lines)
    if len(lines) < 2:
        return None, end
    tops = row_tops(lines, columns, ys)
    bottom = lines[-1].bottom + 2.0
    edges = columns.edges
    row_edges = [*tops, bottom]
    cells = []
    for r, (top, below) in enumerate(pairwise(row_edges)):
        in_row = [ln for ln in lines if top <= (ln.top + ln.bottom) / 2 < below]
        if len(in_row) == 1 and is_section(in_row[0], columns, next_row_starts=True):
            cells.append(GridCell((edges[0], top, edges[-1], below), r, 0, 1, len(edges) - 1))
            continue
        for c, (x0, x1) in enumerate(pairwise(edges)):
            cells.append(GridCell((x0, top, x1, below), r, c))
    bbox = (edges[0], row_edges[0], edges[-1], row_edges[-1])
    return Fragment(page_number, bbox, edges, row_edges, cells, engine="unruled"), end
