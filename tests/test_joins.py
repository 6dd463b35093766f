"""Page joins from evidence on both sides of the break, on small synthetic fragments."""

from __future__ import annotations

from difflib import SequenceMatcher

from hypothesis import given
from hypothesis import strategies as st

from actionplan.extract.grids.grid import Fragment, GridCell
from actionplan.extract.joins import align, is_minor, opens_with_header, separating_line
from actionplan.extract.models import ExtractedDocument, Line, LooseLine
from actionplan.extract.settings import ExtractSettings
from actionplan.extract.stitch import HEADER_LIKENESS, same_text, stitch
from actionplan.normalise.document import normalise_document
from actionplan.normalise.models import Document

EDGES = [40.0, 120.0, 400.0, 480.0, 560.0]


def line(text: str, top: float, size: float = 9.0, bold: bool = False, x0: float = 42.0) -> Line:
    return Line(text, x0, top, x0 + 5 * len(text), top + size, size, bold=bold)


def fragment(
    page: int,
    rows: list[list[str]],
    edges: list[float] = EDGES,
    top: float = 60.0,
    bold_first: bool = False,
    size: float = 9.0,
) -> Fragment:
    """A ruled fragment: one row of cells per list, '' for an empty cell."""
    row_edges = [top + 30 * i for i in range(len(rows) + 1)]
    cells = []
    for r, texts in enumerate(rows):
        for c, text in enumerate(texts):
            cell = GridCell((edges[c], row_edges[r], edges[c + 1], row_edges[r + 1]), r, c)
            if text:
                cell.lines = [
                    line(text, row_edges[r] + 2, size, bold_first and r == 0, edges[c] + 2)
                ]
            cells.append(cell)
    bbox = (edges[0], row_edges[0], edges[-1], row_edges[-1])
    return Fragment(page, bbox, list(edges), row_edges, cells)


HEADER = ["No.", "Action", "Lead", "Target date"]
FIRST = fragment(
    1,
    [HEADER, ["1", "Review the pathway", "Board", "31/03/2021"], ["2", "Train staff on", "", ""]],
    bold_first=True,
)


def test_columns_fit_as_printed_shifted_or_scaled() -> None:
    assert align(EDGES, EDGES, 4.0) is not None
    shifted = align([x + 5 for x in EDGES], EDGES, 4.0)
    assert shifted is not None and shifted.moved and abs(shifted(45.0) - 40.0) < 0.01
    scaled = align([40 + (x - 40) * 0.96 for x in EDGES], EDGES, 4.0)
    assert scaled is not None and abs(scaled(40 + 520 * 0.96) - 560) < 0.01
    # A different table: a column boundary where the table has none.
    assert align([40.0, 250.0, 560.0], EDGES, 4.0) is None
    # Too far off to be the same table moved by a page margin.
    assert align([x + 40 for x in EDGES], EDGES, 4.0) is None


def test_footnotes_are_minor_and_headings_and_prose_are_not() -> None:
    assert is_minor(line("10. See resources.data.gov.", 700, size=7.0), 9.0, 10.0)
    assert is_minor(line("* Encouraged where funding allows", 700, size=9.0), 9.0, 10.0)
    assert not is_minor(line("Action 3. Data Maturity", 100, size=14.0, bold=True), 9.0, 10.0)
    prose = line("In 2021 agencies should continue to take steps", 100, size=10.0)
    assert not is_minor(prose, 9.0, 10.0)
    assert separating_line([line("1. A note", 700, 7.0), prose], 9.0, 10.0) is prose


def test_header_row_told_from_a_continuation_row() -> None:
    assert opens_with_header(FIRST)
    rest = fragment(2, [["", "", "", "and managers"], ["3", "Audit files", "QA lead", "2022"]])
    assert not opens_with_header(rest)


def body(page: int, rows: list[list[str]], **kw) -> Fragment:
    return fragment(page, rows, **kw)


def test_continuation_after_footnotes_is_joined() -> None:
    rest = body(2, [["", "", "", "for non-member agencies"], ["3", "Audit files", "QA", "2022"]])
    stream = [(1, FIRST), (1, line("1. See the guidance.", 700, size=7.0)), (2, rest)]
    (table,) = stitch(stream, 10.0, ExtractSettings())
    assert table.page_end == 2 and len(table.rows) == 4
    assert table.rows[2].page_top and table.rows[2].cells[3].text == "for non-member agencies"


def test_continuation_with_shifted_columns_is_joined_and_noted() -> None:
    rest = body(2, [["3", "Audit files", "QA", "2022"]], edges=[x + 6 for x in EDGES])
    (table,) = stitch([(1, FIRST), (2, rest)], 10.0, ExtractSettings())
    assert [c.col for c in table.rows[-1].cells] == [0, 1, 2, 3]
    assert any("columns moved -6.0 pt" in n for n in table.notes)


def test_a_heading_between_keeps_tables_apart_and_says_so() -> None:
    rest = body(2, [["3", "Audit files", "QA", "2022"], ["4", "Report", "Chair", "2023"]])
    heading = line("Agency Action Plan", 40, size=14.0, bold=True)
    first, second = stitch([(1, FIRST), (2, heading), (2, rest)], 10.0, ExtractSettings())
    assert second.title == "Agency Action Plan"
    assert any("starts a new table" in n for n in first.notes)


def test_a_new_header_starts_a_new_table() -> None:
    other = body(
        2, [["Ref", "Measure", "Owner", "Deadline"], ["A1", "Map", "Ops", "2022"]], bold_first=True
    )
    first, second = stitch([(1, FIRST), (2, other)], 10.0, ExtractSettings())
    assert second.header == ["Ref", "Measure", "Owner", "Deadline"] and first.notes == []


def test_repeated_header_is_dropped() -> None:
    again = body(2, [HEADER, ["3", "Audit files", "QA", "2022"]], bold_first=True)
    (table,) = stitch([(1, FIRST), (2, again)], 10.0, ExtractSettings())
    assert len(table.rows) == 3 and table.rows[2].cells[0].text == "3"


def document(stream: list, loose: list[LooseLine] = ()) -> Document:
    tables = stitch(stream, 10.0, ExtractSettings())
    extracted = ExtractedDocument(
        source_file="x.pdf", sha256="0" * 64, pages=2, tables=tables, loose_lines=list(loose)
    )
    return normalise_document(extracted)


CUT = body(2, [["", "", "", "for non-member agencies"], ["3", "Audit files", "QA", "2022"]])


def test_coverage_falls_when_a_continuation_is_not_joined(monkeypatch) -> None:
    whole = document([(1, FIRST), (2, CUT)])
    assert whole.text_coverage == 1.0
    monkeypatch.setattr("actionplan.extract.stitch.continuation", lambda *args: None)
    cut = document([(1, FIRST), (2, CUT)])
    assert cut.text_coverage is not None and cut.text_coverage < 0.8
    assert cut.uncovered_pages == [2]
    (plan,) = cut.plans
    assert any("page(s) 2" in w for w in plan.warnings)
    assert any("page(s) 2" in w for w in plan.recommendations[-1].warnings)


def loose(text: str, page: int, top: float, x0: float, size: float = 9.0) -> LooseLine:
    return LooseLine(
        page=page, bbox=(x0, top, x0 + 4 * len(text), top + size), text=text, size=size
    )


def test_text_left_in_a_column_under_the_table_is_lost_but_footnotes_and_prose_are_not() -> None:
    foot = FIRST.bbox[3]
    footnote = loose("1. See the guidance at data.gov for details", 1, foot + 20, 42, size=6.5)
    in_column = loose("and managers", 1, foot + 4, 122)
    prose = loose(
        "In 2021 agencies should continue to take the necessary steps to include",
        1,
        foot + 30,
        42,
        size=9.0,
    )
    kept = document([(1, FIRST)], [footnote, prose])
    assert kept.text_coverage == 1.0
    lost = document([(1, FIRST)], [in_column, footnote])
    assert lost.text_coverage is not None and lost.text_coverage < 1.0
    assert lost.uncovered_pages == [1]


@given(
    a=st.text(alphabet="abcdeé -", max_size=14),
    b=st.text(alphabet="abcdeé -", max_size=14),
)
def test_same_text_is_sequence_matchers_ratio_whatever_bound_rules_a_pair_out(
    a: str, b: str
) -> None:
    """same_text rules pairs out by cheaper upper bounds first: never a different answer."""
    plain = a == b or SequenceMatcher(None, a, b, autojunk=False).ratio() >= HEADER_LIKENESS
    assert same_text(a, b) == plain


def test_same_text_near_and_far() -> None:
    assert same_text("responsible", "responsib1e")  # one letter in eleven misread
    assert not same_text("timescale", "timescaie")  # one in nine: too many
    assert not same_text("action", "actions taken")
    assert not same_text("", "a")
