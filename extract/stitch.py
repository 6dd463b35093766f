"""Page fragments to logical tables: a table that runs on over pages becomes one, its repeated
header rows dropped; the text between tables becomes the next table's title and preamble."""

from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher

from actionplan.extract.grids.grid import Fragment, GridCell, nearest_index
from actionplan.extract.headings import title_and_preamble
from actionplan.extract.joins import (
    IDENTITY,
    ColumnMap,
    align,
    opens_with_header,
    separating_line,
    text_size,
)
from actionplan.extract.models import Cell, Line, Row, Table
from actionplan.extract.parsing.repair import repair
from actionplan.extract.settings import ExtractSettings


@dataclass
class Building:
    """A logical table while fragments are still being added to it."""

    col_edges: list[float]
    title: str
    preamble: str
    header: list[str]
    header_rows: int
    engine: str = "pdfplumber"
    rows: list[Row] = field(default_factory=list)
    page_start: int = 0
    page_end: int = 0
    foot: float = 0.0
    """The bottom of the table's last row on its last page."""
    text_size: float = 0.0
    """The usual size of the table's text, to tell footnotes under it from prose."""
    notes: list[str] = field(default_factory=list)
    """Page joins made or refused on weaker evidence, for the reader to check."""
    text_before: str = ""
    """All text printed since the table before (or the document's start): a cover page too."""

    def to_table(self) -> Table:
        """The finished table."""
        return Table(
            title=self.title,
            preamble=self.preamble,
            text_before=self.text_before,
            n_cols=len(self.col_edges) - 1,
            header=self.header,
            header_rows=self.header_rows,
            rows=self.rows,
            page_start=self.page_start,
            page_end=self.page_end,
            engine=self.engine,
            notes=self.notes,
        )


HEADER_LIKENESS = 0.9


def collapse(text: str) -> str:
    """Whitespace-insensitive form for comparing header texts."""
    return " ".join(text.split()).lower()


def cell_text(cell: GridCell) -> str:
    """The cell's text on one line: printed lines joined by a space, broken words glued."""
    return "".join(line.text + ("" if line.word_continues else " ") for line in cell.lines).strip()


def row_texts(
    fragment: Fragment, row: int, col_edges: list[float], cmap: ColumnMap = IDENTITY
) -> list[str]:
    """Text per master column for one grid row of a fragment; spanning cells repeat."""
    out = [""] * (len(col_edges) - 1)
    for cell in fragment.cells:
        if cell.row <= row < cell.row + cell.rowspan:
            c0, c1 = column_span(cell, col_edges, cmap)
            for c in range(c0, c1):
                out[c] = cell_text(cell)
    return out


def column_span(
    cell: GridCell, col_edges: list[float], cmap: ColumnMap = IDENTITY
) -> tuple[int, int]:
    """First and past-last master column the cell covers."""
    c0 = nearest_index(col_edges, cmap(cell.bbox[0]))
    c1 = max(nearest_index(col_edges, cmap(cell.bbox[2])), c0 + 1)
    return c0, c1


def header_height(fragment: Fragment, first: int) -> int:
    """Grid rows the header takes: a header cell spanning two rows ("Resources" over
    "needed" beside a tall "Actions") makes a two-row header."""
    spans = [c.rowspan for c in fragment.cells if c.row == first]
    return min(max(spans, default=1), max(fragment.n_rows - first - 1, 1))


def header_texts(
    fragment: Fragment,
    first: int,
    height: int,
    col_edges: list[float],
    cmap: ColumnMap = IDENTITY,
) -> list[str]:
    """Header text per column over the header's rows, each cell's text once."""
    rows = [row_texts(fragment, r, col_edges, cmap) for r in range(first, first + height)]
    out = []
    for parts in zip(*rows, strict=True):
        out.append(" ".join(dict.fromkeys(p for p in parts if p)))
    return out


def is_repeated_header(texts: list[str], header: list[str]) -> bool:
    """A continuation page's first row that repeats the header's text (near enough: an OCR
    text layer misreads a letter here and there), column by column, or word by word where a
    column rule of the header was not seen on that page and two header cells read as one."""
    pairs = [(collapse(a), collapse(b)) for a, b in zip(texts, header, strict=False) if a or b]
    if pairs and sum(same_text(a, b) for a, b in pairs) >= 0.8 * len(pairs):
        return True
    # A cell spanning two columns gives its text to both: counted once.
    return same_words(" ".join(dict.fromkeys(texts)), " ".join(dict.fromkeys(header)))


def same_words(row: str, header: str) -> bool:
    """The header's words, near enough, make up the row: at least four in five of them are
    there, and the row holds little else (a body row that names a column is longer)."""
    want, have = collapse(header).split(), collapse(row).split()
    if len(want) < 3 or len(have) > 1.25 * len(want):
        return False
    words = set(have)
    found = sum(w in words or any(same_text(w, h) for h in have) for w in want)
    return found >= 0.8 * len(want)


def same_text(a: str, b: str) -> bool:
    """Equal, or equal but for a letter in ten. The two bounds of SequenceMatcher's ratio that
    cost less (the lengths alone, then the letters shared in any order) rule out most pairs
    first: each row of a long table is compared with its header, word by word."""
    if a == b:
        return True
    total = len(a) + len(b)
    if 2 * min(len(a), len(b)) < HEADER_LIKENESS * total:
        return False
    matcher = SequenceMatcher(None, a, b, autojunk=False)
    return matcher.quick_ratio() >= HEADER_LIKENESS and matcher.ratio() >= HEADER_LIKENESS


def add_rows(
    table: Building,
    fragment: Fragment,
    first_row: int,
    continuing: bool,
    cmap: ColumnMap = IDENTITY,
) -> None:
    """Append the fragment's grid rows from first_row on, as Rows with global cell indices."""
    offset = len(table.rows) - first_row
    for r in range(first_row, fragment.n_rows):
        top, bottom = fragment.row_edges[r], fragment.row_edges[r + 1]
        cells = []
        for cell in fragment.cells:
            if cell.row != r:
                continue
            c0, c1 = column_span(cell, table.col_edges, cmap)
            cells.append(
                Cell(
                    row=r + offset,
                    col=c0,
                    rowspan=cell.rowspan,
                    colspan=c1 - c0,
                    page=fragment.page,
                    bbox=cell.bbox,
                    lines=cell.lines,
                    fill=cell.fill,
                )
            )
        cells.sort(key=lambda c: c.col)
        table.rows.append(
            Row(
                page=fragment.page,
                bbox=(fragment.col_edges[0], top, fragment.col_edges[-1], bottom),
                cells=cells,
                page_top=continuing and r == first_row,
            )
        )
    table.page_end = fragment.page
    table.foot = fragment.row_edges[-1]


def start_table(fragment: Fragment, lines_above: list[Line], body: float) -> Building:
    """A new logical table from its first fragment: leading full-width rows are captions,
    the next row is the header."""
    title, preamble = title_and_preamble(lines_above, body)
    first = 0
    while first < fragment.n_rows - 1:
        texts = row_texts(fragment, first, fragment.col_edges)
        starts = [c for c in fragment.cells if c.row == first]
        if len(starts) == 1 and starts[0].colspan == fragment.n_cols:
            caption = texts[0]
            if not title:
                title = caption
            elif caption:
                preamble = f"{preamble}\n{caption}".strip()
            first += 1
            continue
        break
    height = header_height(fragment, first)
    table = Building(
        col_edges=fragment.col_edges,
        title=title,
        preamble=preamble,
        header=header_texts(fragment, first, height, fragment.col_edges),
        header_rows=height,
        page_start=fragment.page,
        engine=fragment.engine,
        text_size=text_size(c for c in fragment.cells if c.row >= first + height),
        text_before="\n".join(line.text for line in lines_above),
    )
    add_rows(table, fragment, first + height, continuing=False)
    return table


def stitch(
    stream: list[tuple[int, Line | Fragment]], body: float, settings: ExtractSettings
) -> list[Table]:
    """Walk the document's text lines and table fragments in reading order into tables."""
    tables: list[Building] = []
    pending: list[tuple[int, Line]] = []
    current: Building | None = None
    for page, item in stream:
        if isinstance(item, Line):
            pending.append((page, item))
            continue
        cmap = None
        if current is not None and page == current.page_end + 1:
            # Text beside the table's own rows (a word overflowing its cell) does not
            # separate it from what follows.
            between = [
                ln for pg, ln in pending if not (pg == current.page_end and ln.top < current.foot)
            ]
            cmap = continuation(current, item, between, body, settings)
        if current is not None and cmap is not None:
            height = min(current.header_rows, item.n_rows)
            texts = header_texts(item, 0, height, current.col_edges, cmap)
            first = height if is_repeated_header(texts, current.header) else 0
            if cmap.moved:
                current.notes.append(
                    f"page {page}: the table goes on with its columns moved "
                    f"{cmap.shift:+.1f} pt, scale {cmap.scale:.3f}"
                )
            add_rows(current, item, first, continuing=True, cmap=cmap)
        else:
            current = start_table(item, [ln for _, ln in pending], body)
            tables.append(current)
        pending = []
    return [repair(t.to_table()) for t in tables if t.rows]


def continuation(
    table: Building,
    fragment: Fragment,
    between: list[Line],
    body: float,
    settings: ExtractSettings,
) -> ColumnMap | None:
    """The column map when a fragment that opens the page after the table's last continues it:
    its columns fit the table's (as printed, shifted or scaled), and nothing but footnotes and
    margin lines lies between; a header row of its own makes it a new table unless it repeats
    the table's header. A plausible continuation refused is noted on the table."""
    cmap = align(fragment.col_edges, table.col_edges, settings.stitch_tolerance)
    if cmap is None:
        return None
    height = min(table.header_rows, fragment.n_rows)
    repeated = is_repeated_header(
        header_texts(fragment, 0, height, table.col_edges, cmap), table.header
    )
    if not repeated and opens_with_header(fragment):
        return None
    blocker = separating_line(between, table.text_size, body)
    if blocker is None:
        return cmap
    if not repeated:
        table.notes.append(
            f"page {fragment.page}: a table without a header fits the columns of the table "
            f"above, but {blocker.text[:60]!r} printed between them starts a new table"
        )
    return None
