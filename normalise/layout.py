"""A table's physical rows grouped into section rows and recommendations.

Rows are grouped by the page's structure, not by wording: a full-width cell is a section row;
a row whose recommendation cell is empty (or covered by a merged cell from above) belongs to the
recommendation above; a page-top row that continues the row cut by the page break joins it.
"""

from __future__ import annotations

from dataclasses import dataclass, field

from actionplan.extract.models import Cell, Table
from actionplan.normalise.numbering import is_action_label_line, split_rec_label


@dataclass
class LogicalRow:
    """One table row as written: a physical row plus its continuations on later pages."""

    rows: list[int]
    """Indices into Table.rows."""


@dataclass
class Group:
    """The rows of one recommendation, and the section it sits under."""

    section: str
    logical: list[LogicalRow] = field(default_factory=list)
    joined_pages: list[int] = field(default_factory=list)
    """Pages whose first row was taken as the rest of a row the page break cut."""

    @property
    def rows(self) -> list[int]:
        """Every physical row index of the recommendation, in order."""
        return [r for lr in self.logical for r in lr.rows]


def origin_text(grid: list[list[Cell | None]], r: int, c: int) -> str:
    """Text of the cell at (r, c) if it starts in row r; '' when empty or merged from above."""
    cell = grid[r][c] if c < len(grid[r]) else None
    if cell is None or cell.row != r:
        return ""
    return cell.text.strip()


def section_text(table: Table, r: int) -> str | None:
    """The text of a section row (one cell across the full width), or None."""
    cells = table.rows[r].cells
    if len(cells) == 1 and cells[0].colspan >= table.n_cols and table.n_cols > 1:
        return " ".join(cells[0].text.split())
    return None


def repeats_header(table: Table, r: int) -> bool:
    """The row prints the table's header again (a header repeated over each block of rows,
    mid-page): four in five of its cells say what the header says, whitespace aside."""
    texts = [""] * table.n_cols
    for cell in table.rows[r].cells:
        texts[cell.col] = " ".join(cell.text.split()).lower()
    header = [" ".join(h.split()).lower() for h in table.header]
    pairs = [(a, b) for a, b in zip(texts, header, strict=False) if a or b]
    return len(pairs) >= 2 and sum(a == b for a, b in pairs) >= 0.8 * len(pairs)


def row_is_empty(grid: list[list[Cell | None]], r: int) -> bool:
    """No text starts in this row."""
    return not any(origin_text(grid, r, c) for c in range(len(grid[r])))


def starts_with_action(grid: list[list[Cell | None]], r: int, col: int | None) -> bool:
    """True when the row's action cell opens with a numbered action: a new row, not a carry-over."""
    if col is None:
        return False
    text = origin_text(grid, r, col)
    return bool(text) and is_action_label_line(text.splitlines()[0])


def key_column(fields: list[str]) -> int | None:
    """The column that opens a new recommendation: a number column, else the recommendation."""
    for name in ("rec_id", "recommendation"):
        if name in fields:
            return fields.index(name)
    return None


def id_column(grid: list[list[Cell | None]], fields: list[str]) -> int | None:
    """The column whose cells open with the row's number ("5 - Enhanced maternity dataset",
    "1.2 Acquire data"): the number column if there is one, else the recommendation column,
    else the action column, when most of its cells start with a label."""
    for name in ("rec_id", "recommendation", "action"):
        if name in fields:
            col = fields.index(name)
            return col if name == "rec_id" or uses_labels(grid, col) else None
    return None


def row_id(grid: list[list[Cell | None]], r: int, col: int | None) -> str:
    """The number a row's cell in the id column opens with, or ''."""
    if col is None:
        return ""
    text = origin_text(grid, r, col)
    return split_rec_label(text)[0] if text else ""


def uses_labels(grid: list[list[Cell | None]], col: int) -> bool:
    """True when most key cells of the table open with a number label ("Recommendation 2")."""
    texts = [origin_text(grid, r, col) for r in range(len(grid))]
    texts = [t for t in texts if t]
    labelled = sum(1 for t in texts if split_rec_label(t)[0])
    return bool(texts) and labelled * 2 >= len(texts)


def runs_on(text: str) -> bool:
    """Text that opens mid-sentence: its first letter is lower case, no label or bullet before
    it."""
    stripped = text.lstrip()
    if not (stripped and stripped[0].isalpha() and stripped[0].islower()):
        return False
    first_line = stripped.splitlines()[0]
    return not split_rec_label(stripped)[0] and not is_action_label_line(first_line)


def opens_text(text: str) -> bool:
    """Text that starts something: a capital letter or a digit, not a bullet or lower case."""
    stripped = text.lstrip()
    return bool(stripped) and (stripped[0].isupper() or stripped[0].isdigit())


SHORT_SHARE = 0.4


def short_columns(grid: list[list[Cell | None]]) -> list[int]:
    """Columns whose cells are short (owners, partners, dates, ids): their typical text is at
    most 0.4 of the longest column's, so a page break rarely cuts them."""
    lengths: dict[int, list[int]] = {}
    for r, row in enumerate(grid):
        for c in range(len(row)):
            if text := origin_text(grid, r, c):
                lengths.setdefault(c, []).append(len(text))
    typical = {c: sorted(v)[len(v) // 2] for c, v in lengths.items()}
    longest = max(typical.values(), default=0)
    return [c for c, n in typical.items() if n <= SHORT_SHARE * longest]


def starts_fresh(grid: list[list[Cell | None]], r: int, main: int | None, short: list[int]) -> bool:
    """A page-top row of a table without a recommendation column that begins a row of its own:
    its main text starts something, and so does one of its short cells (the rest of a cut row
    is the overflow of long cells: the short owner, partner and date cells finished on the page
    before)."""
    if main is None or not opens_text(origin_text(grid, r, main)):
        return False
    return any(opens_text(origin_text(grid, r, c)) for c in short if c != main)


def group_rows(table: Table, fields: list[str]) -> list[Group]:
    """Recommendations of the table, each with its logical rows, sections carried down."""
    grid = table.grid()
    key_col = key_column(fields)
    labelled = (
        key_col is not None and fields[key_col] == "recommendation" and uses_labels(grid, key_col)
    )
    action_col = fields.index("action") if "action" in fields else None
    detail_cols = [c for c, f in enumerate(fields) if f in ("lead", "target_date")]
    short_cols = short_columns(grid)
    ids_col = id_column(grid, fields)
    groups: list[Group] = []
    section = ""
    last_id = ""
    for r in range(len(table.rows)):
        title = section_text(table, r)
        if title is not None:
            section = title
            continue
        if row_is_empty(grid, r) or repeats_header(table, r):
            continue
        key = origin_text(grid, r, key_col) if key_col is not None else ""
        opens = bool(key) and (not labelled or bool(split_rec_label(key)[0]))
        if (
            table.rows[r].page_top
            and key_col is None
            and starts_fresh(grid, r, action_col, short_cols)
        ):
            opens = True
        if table.rows[r].page_top and runs_on(key):
            # "reduce the unequal impact of ...": a sentence going on from the page before.
            opens = False
        number = row_id(grid, r, ids_col)
        # A page-top row that carries a number of its own is a new row, not the rest of the
        # row the page break cut (unless it repeats that row's number).
        opens = opens or (table.rows[r].page_top and bool(number and number != last_id))
        last_id = number or last_id
        current = groups[-1] if groups and groups[-1].section == section else None
        if current is not None and table.rows[r].page_top and not opens:
            # A page-top row goes on the row the page break cut, unless it is a row of its own:
            # its recommendation cell is not running on, and it opens a numbered action with its
            # own lead or date.
            own_row = (
                not key
                and starts_with_action(grid, r, action_col)
                and (not detail_cols or any(origin_text(grid, r, c) for c in detail_cols))
            )
            if own_row:
                current.logical.append(LogicalRow([r]))
            else:
                current.logical[-1].rows.append(r)
                current.joined_pages.append(table.rows[r].page)
        elif current is None or opens or key_col is None:
            groups.append(Group(section=section, logical=[LogicalRow([r])]))
        else:
            current.logical.append(LogicalRow([r]))
    return groups
