"""Timescales that are periods or standing terms: their end at the printed precision, a note."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from actionplan.extract.grids.grid import Fragment, GridCell
from actionplan.extract.models import ExtractedDocument, Line
from actionplan.extract.settings import ExtractSettings
from actionplan.extract.stitch import stitch
from actionplan.normalise.dates import find_dates
from actionplan.normalise.document import normalise_document
from actionplan.normalise.terms import is_standing_term, read_timescale

CASES = [
    # issue 15
    ("2016-2020", ["2020"], "period ending 2020"),
    ("2021-22", ["2022"], "financial or academic year ending in 2022"),
    ("Q3 2021/22", [], "quarter of a financial year"),
    ("by end of FY2023", ["2023"], "financial year ending in 2023"),
    # more of the genre
    ("2016 – 2020", ["2020"], "period ending 2020"),
    ("2017/18", ["2018"], "ending in 2018"),
    ("2017/2018", ["2018"], "ending in 2018"),
    ("Financial year 2021-22", ["2022"], "financial year ending in 2022"),
    ("FY 2022/23", ["2023"], "financial year ending in 2023"),
    ("Q3 2021", ["2021-09"], "quarter ending 2021-09"),
    ("Last quarter of 2015", ["2015-12"], "quarter ending 2015-12"),
    ("H1 2020", ["2020-06"], "half-year ending 2020-06"),
    ("First half of 2016", ["2016-06"], "half-year ending 2016-06"),
    # dates are find_dates' own, with no note
    ("31/03/2017", ["2017-03-31"], ""),
    ("April – June 2016", ["2016-04", "2016-06"], ""),
    ("2016 to 2020", ["2016", "2020"], ""),
    ("Phase 1: 2016-2018; phase 2 by 30/06/2019", ["2018", "2019-06-30"], "period ending 2018"),
    # not periods
    ("£2015-16 budget", [], ""),
    ("2016-2056", [], ""),  # forty years is no plan's timescale
]


@pytest.mark.parametrize(("text", "dates", "note"), CASES)
def test_timescales(text: str, dates: list[str], note: str) -> None:
    read = read_timescale(text)
    assert [h.iso for h in read.hits] == dates
    if note:
        assert len(read.notes) == 1 and note in read.notes[0]
        assert repr(read.hits[0].text if read.hits else "")  # the printed text is kept
    else:
        assert read.notes == []


@pytest.mark.parametrize(
    "text",
    ["Ongoing", "ONGOING", "Annually", "As required", "Ongoing / as required", "Quarterly",
     "Immediate", "With immediate effect", "TBC", "N/A", "Complete", "Ongoing – reviewed annually",
     "Monthly and as required"],
)  # fmt: skip
def test_standing_terms_give_no_date_and_no_note(text: str) -> None:
    assert is_standing_term(text)
    assert read_timescale(text).hits == [] and read_timescale(text).notes == []


@pytest.mark.parametrize("text", ["Ongoing from April 2017", "Year 2", "Autumn 2016", ""])
def test_not_only_standing_terms(text: str) -> None:
    assert not is_standing_term(text)


@given(start=st.integers(1990, 2060), length=st.integers(1, 12), sep=st.sampled_from("-/–"))
def test_a_period_gives_its_end_year(start: int, length: int, sep: str) -> None:
    end = start + length
    full = read_timescale(f"{start}{sep}{end}")
    short = read_timescale(f"{start}{sep}{end % 100:02d}")
    assert [h.iso for h in full.hits] == [str(end)]
    assert [h.iso for h in short.hits] == [str(end)]
    assert len(full.notes) == 1


@given(text=st.text(max_size=40))
def test_hits_are_dates_or_periods_in_printed_order(text: str) -> None:
    read = read_timescale(text)
    starts = [h.start for h in read.hits]
    assert starts == sorted(starts)
    assert all(text[h.start : h.end] == h.text and h.iso for h in read.hits)
    # Every date find_dates reads is kept, or lies inside a period read in its place.
    for d in find_dates(text):
        assert any(h.start <= d.start and d.end <= h.end for h in read.hits)


def test_a_term_printed_for_each_action_is_noted_once() -> None:
    """A recommendation's timescale joins its actions' terms: one note per distinct reading."""
    read = read_timescale("2021-22\n2021-22\n2016-2020", dayfirst=True)
    assert [h.iso for h in read.hits] == ["2022", "2022", "2020"]
    assert len(read.notes) == 2


# --- OCR repair notes (issue 16) ------------------------------------------------------------


def test_a_date_read_by_ocr_repair_is_noted() -> None:
    read = read_timescale("goth April 2014")
    assert [h.iso for h in read.hits] == ["2014-04-30"]
    assert read.notes == ["date 'goth April 2014' read as 2014-04-30 (OCR repair)"]


def test_repair_notes_sit_with_period_notes_and_are_given_once() -> None:
    read = read_timescale('30" April 2014\nQ3 2015\n30" April 2014\n31/07/2016')
    assert [h.iso for h in read.hits] == ["2014-04-30", "2015-09", "2014-04-30", "2016-07-31"]
    assert read.notes == [
        "timescale 'Q3 2015' read as the quarter ending 2015-09",
        "date '30\" April 2014' read as 2014-04-30 (OCR repair)",
    ]


def test_a_printed_date_has_no_repair_note() -> None:
    assert read_timescale("30th April 2014").notes == []
    assert read_timescale("good April 2014").notes == []


def _cell(text: str, x0: float, x1: float, top: float, row: int, col: int) -> GridCell:
    cell = GridCell((x0, top, x1, top + 30), row, col)
    cell.lines = [Line(text, x0 + 2, top + 2, x0 + 2 + 5 * len(text), top + 11, 9.0, bold=row == 0)]
    return cell


def test_the_repair_note_reaches_the_records_warnings() -> None:
    """A scanned plan's misread target date: read, and the record says how."""
    edges = [40.0, 120.0, 400.0, 480.0, 560.0]
    rows = [
        ["No.", "Action", "Lead", "Target date"],
        ["1", "Review the pathway", "Board", "goth April 2014"],
        ["2", "Train staff", "Trust", "31/07/2016"],
    ]
    cells = [
        _cell(text, edges[c], edges[c + 1], 60.0 + 30 * r, r, c)
        for r, texts in enumerate(rows)
        for c, text in enumerate(texts)
    ]
    row_edges = [60.0 + 30 * r for r in range(len(rows) + 1)]
    fragment = Fragment(1, (edges[0], 60.0, edges[-1], row_edges[-1]), edges, row_edges, cells)
    tables = stitch([(1, fragment)], 10.0, ExtractSettings())
    extracted = ExtractedDocument(source_file="x.pdf", sha256="0" * 64, pages=1, tables=tables)
    (plan,) = normalise_document(extracted).plans
    first, second = plan.recommendations
    assert first.target_date == "2014-04-30"
    assert [a.target_date for a in first.actions] == ["2014-04-30"]
    assert "date 'goth April 2014' read as 2014-04-30 (OCR repair)" in first.warnings
    assert second.target_date == "2016-07-31"
    assert not any("OCR repair" in w for w in second.warnings)
