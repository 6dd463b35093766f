"""Timescales that are periods or standing terms: their end at the printed precision, a note."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from normalise.dates import find_dates
from normalise.terms import is_standing_term, read_timescale

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
