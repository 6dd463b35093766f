"""Dates as printed in action plans: the seed's own strings, the genre's formats, properties."""

from __future__ import annotations

import re
import string
from datetime import date

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from actionplan.normalise.dates import (
    find_dates,
    infer_dayfirst,
    invalid_dates,
    is_iso,
    latest,
    parse_date,
    period_end,
    period_start,
    repair_note,
)

# (printed text, every ISO date found in order)
CASES: list[tuple[str, list[str]]] = [
    # Excel/InDesign exports print U+2010 hyphens (a Ghana contract-award tracker)
    ("14\u2010Dec\u201011", ["2011-12-14"]),
    ("17\u2010June\u201011", ["2011-06-17"]),
    # numeric, from the seed
    ("30/04/16", ["2016-04-30"]),
    ("31/07/2016", ["2016-07-31"]),
    ("28/2/2017", ["2017-02-28"]),
    ("31/1/2015", ["2015-01-31"]),
    ("31.01.15", ["2015-01-31"]),
    ("28.02.15", ["2015-02-28"]),
    ("30.04.15", ["2015-04-30"]),
    ("6.9.16", ["2016-09-06"]),
    ("Complete 6.9.16 - Recommendation 3 is reliant", ["2016-09-06"]),
    ("Complete 6/9/16 - MAPPA", ["2016-09-06"]),
    ("will be disseminated across Wales by 12.9.16.", ["2016-09-12"]),
    ("Agency action to be reviewed by Serious Case Review Sub Group on 17.07.14", ["2014-07-17"]),
    ("Discussed at maternity managers meeting on 23.05.14", ["2014-05-23"]),
    ("The audit was completed on 07/04/14. COMPLETED", ["2014-04-07"]),
    ("Update 24/12/14. The GP Safeguarding Lead", ["2014-12-24"]),
    ("Update on 24/6/15: Arrangements were made", ["2015-06-24"]),
    ("Update 24/6/15: General guidance", ["2015-06-24"]),
    ("09.10.15 Update Domestic Abuse (DA)", ["2015-10-09"]),
    ("29.09.15  Recommendation 6 is partially delivered", ["2015-09-29"]),
    ("An update will be provided prior to the deadline date of 31/01/15.", ["2015-01-31"]),
    ("30/06/16  31/07/16", ["2016-06-30", "2016-07-31"]),
    ("30/06/16\n31/07/16", ["2016-06-30", "2016-07-31"]),
    ("31/07/2016\n31/07/2016\n31/07/2016", ["2016-07-31"] * 3),
    ("30/06/16  30/06/16", ["2016-06-30", "2016-06-30"]),
    ("6-9-2016", ["2016-09-06"]),
    ("06-09-16", ["2016-09-06"]),
    ("2016-04-30", ["2016-04-30"]),
    ("2016/04/30", ["2016-04-30"]),
    ("2016-04", ["2016-04"]),
    ("06/2016", ["2016-06"]),
    ("01/01/00", ["2000-01-01"]),
    ("01/01/69", ["2069-01-01"]),
    ("01/01/70", ["1970-01-01"]),
    ("31/12/99", ["1999-12-31"]),
    ("29/02/2016", ["2016-02-29"]),
    # day month-name year, from the seed
    ("30 th April 2014", ["2014-04-30"]),
    ("30th April 2014", ["2014-04-30"]),
    ("30th April 2014.", ["2014-04-30"]),
    ("30<sup>th</sup> April 2014", ["2014-04-30"]),
    ("30 <sup>th</sup> September 2014", ["2014-09-30"]),
    ("28 th February 2014", ["2014-02-28"]),
    ("31 st December 2014", ["2014-12-31"]),
    ("31st May 2014  31st May 2014", ["2014-05-31", "2014-05-31"]),
    ("30th September 2014\n30th September 2014", ["2014-09-30", "2014-09-30"]),
    ("Review by 31st July 2014", ["2014-07-31"]),
    ("by 31st July 2014", ["2014-07-31"]),
    ("Review by 31 st July 2014", ["2014-07-31"]),
    ("31 st January 2015", ["2015-01-31"]),
    ("30 th June 2014", ["2014-06-30"]),
    ("30 th November 2014", ["2014-11-30"]),
    ("Completion date: 31 st Janury 2014.", ["2014-01-31"]),
    ("provided a further update on 25 th July 2017.", ["2017-07-25"]),
    ("met personally with the officer on the 25th November 2014.", ["2014-11-25"]),
    ("from 1 st June 2014 SWMPT has split into 2 organizations", ["2014-06-01"]),
    ("10 th September 2014 – update.", ["2014-09-10"]),
    ("Update 6 th January 2015 The new specialist midwife", ["2015-01-06"]),
    ("after 13 th November 2014.", ["2014-11-13"]),
    ("30th of April 2014", ["2014-04-30"]),
    ("30 April, 2014", ["2014-04-30"]),
    ("30-Apr-16", ["2016-04-30"]),
    ("30-Apr-2016", ["2016-04-30"]),
    ("30.Apr.2016", ["2016-04-30"]),
    ("Recommendation 3. April 2016 saw the launch", ["2016-04"]),  # a label, not 3 April
    ("WEDNESDAY 8TH APRIL 2015", ["2015-04-08"]),
    # month-first with a name
    ("April 30, 2014", ["2014-04-30"]),
    ("Dec. 31, 2021", ["2021-12-31"]),
    ("November 13th 2014", ["2014-11-13"]),
    ("the next available training session which is on November 13 th 2014.", ["2014-11-13"]),
    ("November 13 <sup>th</sup> 2014", ["2014-11-13"]),
    # month and year
    ("July 2014", ["2014-07"]),
    ("April 2014", ["2014-04"]),
    ("Apr 2014", ["2014-04"]),
    ("Sept 2014", ["2014-09"]),
    ("Sept. 2014", ["2014-09"]),
    ("SEPTEMBER 2014", ["2014-09"]),
    ("Febuary 2015", ["2015-02"]),
    ("Feburary 2015", ["2015-02"]),
    ("Janaury 2015", ["2015-01"]),
    ("Apirl 2016", ["2016-04"]),
    ("Ocotber 2016", ["2016-10"]),
    ("Decmber 2016", ["2016-12"]),
    ("end of March 2015", ["2015-03"]),
    ("mid-April 2015", ["2015-04"]),
    ("Snapshot audit completed June 2014 of midwives", ["2014-06"]),
    ("In respect of the audit we are going back to October 2013 which", ["2013-10"]),
    ("Strategy was presented to BSCB in July 2016 which", ["2016-07"]),
    ("Apr-16", ["2016-04"]),
    ("July '14", ["2014-07"]),
    ("May 2015", ["2015-05"]),
    ("MAY 2015", ["2015-05"]),
    # ranges
    ("April - June 2016", ["2016-04", "2016-06"]),
    ("delivered June – November 2014", ["2014-06", "2014-11"]),
    ("April to June 2016", ["2016-04", "2016-06"]),
    ("April/May 2016", ["2016-04", "2016-05"]),
    ("November - January 2017", ["2016-11", "2017-01"]),
    ("1st - 30th April 2016", ["2016-04-01", "2016-04-30"]),
    ("30th April - 31st May 2016", ["2016-04-30", "2016-05-31"]),
    ("April 2016 - June 2016", ["2016-04", "2016-06"]),
    # bare years
    ("2015", ["2015"]),
    ("In both 2015 and 2016, West Mercia Police", ["2015", "2016"]),
    ("There is a national standards policy called MAPPAs Guidance 2012 version 4.", ["2012"]),
    ("Mandatory training was rolled out in 2015.", ["2015"]),
    ("Jule 2015 review", ["2015"]),  # June or July? not guessed: the year alone
    ("as they may 2016 teams", ["2016"]),  # lower-case "may" is the verb, not the month
]

NOT_DATES = [
    "Ongoing",
    "Complete",
    "COMPLETED",
    "Autumn 2016",
    "Regional perpetrator programme to be commissioned by PCC in Autumn 2016",
    "Spring 2017",
    "Q3",
    "Q3 2016",
    "Q3 2016/17",
    "rolled out in the last quarter of 2015",
    "first half of 2016",
    "2017/18",
    "2016/17",
    "during 2016-17",
    "2014/2015",
    "Case BDHR/2013-14/02",
    "Page 3 of 12",
    "version 4",
    "ViSOR Standards (version 3) document",
    "in line with Probation Circular 25/7.",
    "discussed 25/07 and the need for timeliness",
    "a new probation Instruction has been issued(PI07/14).updating",
    "almost 100 pages long",
    "10 sessions are due to be delivered",
    "attended by 538 delegates",
    "we will have audited c 20,000 children",
    "a compliance rate of 91.3%",
    "MAPPA level 2 and 3 panels",
    "Lead - Corporate Parent Board",
    "on the 5th June. This will be delivered",
    "by Wednesday 8 th April we will have audited",
    "funding of £2015",
    "the 1990s",
    "1.1 The Corporate Parent Board",
    "3.2 Implementation of National Probation Service Guidance",
    "i) incorporate learning",
    "",
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_find_dates(text: str, expected: list[str]) -> None:
    assert [h.iso for h in find_dates(text)] == expected


@pytest.mark.parametrize("text", NOT_DATES)
def test_not_dates(text: str) -> None:
    assert find_dates(text) == []
    assert parse_date(text) == ""


def test_hit_offsets_and_printed_text() -> None:
    text = "Target: 30th April 2014 then 31/07/16."
    hits = find_dates(text)
    assert [(h.text, h.start, h.end) for h in hits] == [
        ("30th April 2014", 8, 23),
        ("31/07/16", 29, 37),
    ]
    for h in hits:
        assert text[h.start : h.end] == h.text


def test_range_hit_texts() -> None:
    hits = find_dates("being delivered June – November 2014")
    assert [h.text for h in hits] == ["June", "November 2014"]


def test_parse_date_first() -> None:
    assert parse_date("Review by 31st July 2014") == "2014-07-31"
    assert parse_date("30/06/16  31/07/16") == "2016-06-30"
    assert parse_date("Ongoing") == ""


def test_month_first_option() -> None:
    assert parse_date("04/30/2016", dayfirst=False) == "2016-04-30"
    assert parse_date("04/30/2016") == ""
    assert parse_date("05/06/2016", dayfirst=False) == "2016-05-06"
    # Named months do not depend on the option.
    assert parse_date("30th April 2014", dayfirst=False) == "2014-04-30"


@pytest.mark.parametrize(
    ("text", "invalid"),
    [
        ("31/02/2015", ["31/02/2015"]),
        ("29/02/2015", ["29/02/2015"]),
        ("31.04.16", ["31.04.16"]),
        ("30th Febuary 2016", ["30th Febuary 2016"]),
        ("04/30/2016", ["04/30/2016"]),
        ("31/07/2016", []),
        ("Ongoing", []),
    ],
)
def test_invalid_dates(text: str, invalid: list[str]) -> None:
    assert invalid_dates(text) == invalid
    if invalid:
        assert find_dates(text) == []


def test_infer_dayfirst() -> None:
    assert infer_dayfirst(["30/04/16", "5/6/16"]) is True
    assert infer_dayfirst(["04/30/16"]) is False
    assert infer_dayfirst(["05/06/16", "30th April 2014"]) is None
    assert infer_dayfirst(["30/04/16", "04/30/16"]) is None


@pytest.mark.parametrize(
    ("isos", "expected"),
    [
        (["2016-04-30", "2016-06-30", "2016-07-31"], "2016-07-31"),
        (["2014-07", "2014-07-15"], "2014-07"),  # July 2014 ends after the 15th
        (["2014-07", "2014-07-31"], "2014-07-31"),  # tie: the more precise wins
        (["2014-07-31", "2014-07"], "2014-07-31"),
        (["2014", "2014-12-30"], "2014"),
        (["2015-01-01", "2014"], "2015-01-01"),
        (["", "not a date", "2016-02-30"], ""),
        ([], ""),
    ],
)
def test_latest(isos: list[str], expected: str) -> None:
    assert latest(isos) == expected


def test_periods() -> None:
    assert period_start("2014-07") == date(2014, 7, 1)
    assert period_end("2014-07") == date(2014, 7, 31)
    assert period_end("2016-02") == date(2016, 2, 29)
    assert period_end("2014") == date(2014, 12, 31)
    assert period_end("2014-07-15") == date(2014, 7, 15)
    assert period_end("2014-13") is None
    assert is_iso("2014") and is_iso("2014-07") and is_iso("2014-07-31")
    assert not is_iso("2014-7") and not is_iso("31/07/2014") and not is_iso("")


# --- properties ---------------------------------------------------------------------------

MONTH_NAMES = [
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December",
]
MONTH_ABBR = ["Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"]
MISSPELT = {1: "Janury", 2: "Febuary", 9: "Septmber"}


def ordinal(day: int) -> str:
    if day in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


def _day(d: date) -> str:
    return d.isoformat()


def _month(d: date) -> str:
    return d.isoformat()[:7]


# Each style: (formatter, precision of the printed date).
STYLES = {
    "d/m/yy": (lambda d: f"{d.day}/{d.month}/{d.year % 100:02d}", _day),
    "d/m/yyyy": (lambda d: f"{d.day}/{d.month}/{d.year}", _day),
    "dd/mm/yyyy": (lambda d: f"{d.day:02d}/{d.month:02d}/{d.year}", _day),
    "dd/mm/yy": (lambda d: f"{d.day:02d}/{d.month:02d}/{d.year % 100:02d}", _day),
    "d.m.yy": (lambda d: f"{d.day}.{d.month}.{d.year % 100:02d}", _day),
    "dd.mm.yy": (lambda d: f"{d.day:02d}.{d.month:02d}.{d.year % 100:02d}", _day),
    "d-m-yyyy": (lambda d: f"{d.day}-{d.month}-{d.year}", _day),
    "iso": (lambda d: d.isoformat(), _day),
    "30th April 2014": (
        lambda d: f"{d.day}{ordinal(d.day)} {MONTH_NAMES[d.month - 1]} {d.year}",
        _day,
    ),
    "30 th April 2014": (
        lambda d: f"{d.day} {ordinal(d.day)} {MONTH_NAMES[d.month - 1]} {d.year}",
        _day,
    ),
    "30<sup>th</sup> April 2014": (
        lambda d: f"{d.day}<sup>{ordinal(d.day)}</sup> {MONTH_NAMES[d.month - 1]} {d.year}",
        _day,
    ),
    "30th April 2014.": (
        lambda d: f"{d.day}{ordinal(d.day)} {MONTH_NAMES[d.month - 1]} {d.year}.",
        _day,
    ),
    "30 Apr 2014": (lambda d: f"{d.day} {MONTH_ABBR[d.month - 1]} {d.year}", _day),
    "30-Apr-16": (lambda d: f"{d.day}-{MONTH_ABBR[d.month - 1]}-{d.year % 100:02d}", _day),
    "31st Janury 2014": (
        lambda d: (
            f"{d.day}{ordinal(d.day)} {MISSPELT.get(d.month, MONTH_NAMES[d.month - 1])} {d.year}"
        ),
        _day,
    ),
    "April 30, 2014": (lambda d: f"{MONTH_NAMES[d.month - 1]} {d.day}, {d.year}", _day),
    "Dec. 31, 2021": (lambda d: f"{MONTH_ABBR[d.month - 1]}. {d.day}, {d.year}", _day),
    "November 13th 2014": (
        lambda d: f"{MONTH_NAMES[d.month - 1]} {d.day}{ordinal(d.day)} {d.year}",
        _day,
    ),
    "Review by 31st July 2014": (
        lambda d: f"Review by {d.day}{ordinal(d.day)} {MONTH_NAMES[d.month - 1]} {d.year}",
        _day,
    ),
    "April 2014": (lambda d: f"{MONTH_NAMES[d.month - 1]} {d.year}", _month),
    "Apr 2014": (lambda d: f"{MONTH_ABBR[d.month - 1]} {d.year}", _month),
    "Sept. 2014": (lambda d: f"{MONTH_ABBR[d.month - 1]}. {d.year}", _month),
    "end of March 2015": (lambda d: f"end of {MONTH_NAMES[d.month - 1]} {d.year}", _month),
    "2014": (lambda d: str(d.year), lambda d: str(d.year)),
}
TWO_DIGIT = {"d/m/yy", "dd/mm/yy", "d.m.yy", "dd.mm.yy", "30-Apr-16"}

CONTEXT_BEFORE = ["", "Update ", "Target: ", "Complete ", "Lead - Corporate Parent Board\n"]
CONTEXT_AFTER = ["", " COMPLETED", "\nOngoing", ": update", " - NPS Wales"]


@settings(max_examples=500)
@given(
    style=st.sampled_from(sorted(STYLES)),
    data=st.data(),
    before=st.sampled_from(CONTEXT_BEFORE),
    after=st.sampled_from(CONTEXT_AFTER),
)
def test_round_trip(style: str, data: st.DataObject, before: str, after: str) -> None:
    # Two-digit years only reach 1970-2069 (00-69 -> 20xx, 70-99 -> 19xx).
    low, high = (1970, 2069) if style in TWO_DIGIT else (1900, 2099)
    d = data.draw(st.dates(min_value=date(low, 1, 1), max_value=date(high, 12, 31)))
    fmt, precision = STYLES[style]
    text = before + fmt(d) + after
    assert [h.iso for h in find_dates(text)] == [precision(d)], (style, text)
    assert parse_date(text) == precision(d)


@given(d=st.dates(min_value=date(1900, 1, 1), max_value=date(2099, 12, 31)))
def test_round_trip_month_first(d: date) -> None:
    assert parse_date(f"{d.month:02d}/{d.day:02d}/{d.year}", dayfirst=False) == d.isoformat()


ISO_RE = re.compile(r"[0-9]{4}(-[0-9]{2}(-[0-9]{2})?)?")
TOKENS = [*"0123456789/.-–, '\n", "st", "nd", "th", "<sup>", "</sup>", "April", "Sept", "Janury"]
TOKENS += ["May", "may", "June", "Autumn", "Q3", "of", "to", "and", "2016", "2017/18", "31", "12"]
DATEISH = st.lists(st.sampled_from(TOKENS), max_size=20).map("".join)


def _check_hits(text: str, dayfirst: bool) -> None:
    hits = find_dates(text, dayfirst=dayfirst)
    last_end = 0
    for h in hits:
        assert ISO_RE.fullmatch(h.iso), h
        assert is_iso(h.iso), h
        assert text[h.start : h.end] == h.text
        assert h.start >= last_end, hits  # in order, never overlapping
        last_end = h.end
    assert parse_date(text, dayfirst=dayfirst) == (hits[0].iso if hits else "")
    assert all(isinstance(s, str) for s in invalid_dates(text, dayfirst=dayfirst))


@settings(max_examples=500)
@given(text=st.text(max_size=200), dayfirst=st.booleans())
def test_never_raises_on_any_text(text: str, dayfirst: bool) -> None:
    _check_hits(text, dayfirst)


@settings(max_examples=500)
@given(text=DATEISH, dayfirst=st.booleans())
def test_never_raises_on_dateish_text(text: str, dayfirst: bool) -> None:
    _check_hits(text, dayfirst)


@given(isos=st.lists(st.dates().map(lambda d: d.isoformat()[: [4, 7, 10][d.day % 3]])))
def test_latest_is_a_maximum(isos: list[str]) -> None:
    best = latest(isos)
    if not isos:
        assert best == ""
        return
    assert best in isos
    best_end = period_end(best)
    assert best_end is not None
    assert all((period_end(i) or best_end) <= best_end for i in isos)


# --- OCR repair (issue 16) ------------------------------------------------------------------

# (text as OCR printed it, ISO date read, the hit's printed text)
OCR_REPAIRED: list[tuple[str, str, str]] = [
    ('30" April 2014', "2014-04-30", '30" April 2014'),
    ("30° April 2014", "2014-04-30", "30° April 2014"),
    ("30º April 2014", "2014-04-30", "30º April 2014"),
    ("Review by 31* May 2014", "2014-05-31", "31* May 2014"),
    ("31* January 2015", "2015-01-31", "31* January 2015"),
    ("31% May 2014", "2014-05-31", "31% May 2014"),
    ("30” April 2014", "2014-04-30", "30” April 2014"),
    ("3° April 2014", "2014-04-03", "3° April 2014"),
    ("goth April 2014", "2014-04-30", "goth April 2014"),
    ("315t May 2014", "2014-05-31", "315t May 2014"),
    ("3lst May 2014", "2014-05-31", "3lst May 2014"),
    ("2Oth April 2014", "2014-04-20", "2Oth April 2014"),
    ("l5th April 2014", "2014-04-15", "l5th April 2014"),
    ("|5th June 2015", "2015-06-15", "|5th June 2015"),
    ("Ist May 2014", "2014-05-01", "Ist May 2014"),
    ("lst May 2014", "2014-05-01", "lst May 2014"),
    ("22na April 2014", "2014-04-22", "22na April 2014"),
    ("22n d April 2014", "2014-04-22", "22n d April 2014"),
    ("Bth June 2015", "2015-06-08", "Bth June 2015"),
    ("1O April 2014", "2014-04-10", "1O April 2014"),
    ("gth June 2015", "2015-06-09", "gth June 2015"),  # 3th is no ordinal: g is a 9 here
    ("O1/04/2014", "2014-04-01", "O1/04/2014"),
    ("3O/O4/2O14", "2014-04-30", "3O/O4/2O14"),
    ("3l.03.2015", "2015-03-31", "3l.03.2015"),
    ("3l-Mar-15", "2015-03-31", "3l-Mar-15"),
    ("30th April 2O14", "2014-04-30", "30th April 2O14"),
    ("April 3Oth 2014", "2014-04-30", "April 3Oth 2014"),
    ("April 2O14", "2014-04", "April 2O14"),
    # read before the ordinary patterns, which would take "01/01/20" and "Apr-20" out of them
    ("01/01/20O0", "2000-01-01", "01/01/20O0"),
    ("30-Apr-2O14", "2014-04-30", "30-Apr-2O14"),
    ("Apr-2O14", "2014-04", "Apr-2O14"),
    ("Review by goth Septmber 2014.", "2014-09-30", "goth Septmber 2014"),
    ("Target: 30° April 2014 - COMPLETED", "2014-04-30", "30° April 2014"),
]


@pytest.mark.parametrize(("text", "iso", "printed"), OCR_REPAIRED)
def test_ocr_confusions_are_repaired_and_marked(text: str, iso: str, printed: str) -> None:
    (hit,) = find_dates(text)
    assert (hit.iso, hit.text, hit.repaired) == (iso, printed, True)
    assert text[hit.start : hit.end] == printed
    assert repair_note(hit) == f"date {printed!r} read as {iso} (OCR repair)"
    assert invalid_dates(text) == []


def test_repair_note_of_the_issue() -> None:
    (hit,) = find_dates("goth April 2014")
    assert repair_note(hit) == "date 'goth April 2014' read as 2014-04-30 (OCR repair)"


def test_repaired_end_of_a_range() -> None:
    hits = find_dates("1st - 3Oth April 2016")
    assert [(h.iso, h.repaired) for h in hits] == [("2016-04-01", False), ("2016-04-30", True)]
    hits = find_dates("30th April - 3lst May 2016")
    assert [(h.iso, h.repaired) for h in hits] == [("2016-04-30", False), ("2016-05-31", True)]


# Ordinary words next to a month or a year, and look-alikes that cannot be one day: no repair,
# the text reads as it would without it. (text, ISO dates read)
OCR_NOT_REPAIRED: list[tuple[str, list[str]]] = [
    ("good April", []),
    ("good April 2014", ["2014-04"]),
    ("Gold 2014", ["2014"]),
    ("sole 2015", ["2015"]),
    ("Is April 2014", ["2014-04"]),  # "15" only with a real digit or an agreeing suffix
    ("lo April 2014", ["2014-04"]),
    ("so May 2014", ["2014-05"]),
    ("In April 2014", ["2014-04"]),
    ("lost May 2014", ["2014-05"]),  # 10st: the suffix disagrees
    ("35t May 2014", ["2014-05"]),  # 3st: the suffix disagrees
    ("1gth May 2014", ["2014-05"]),  # the 13th or the 19th
    ("goth Febuary 2014", ["2014-02"]),  # neither 30 nor 90 February
    ("O° April 2014", ["2014-04"]),  # a mark needs a real digit
    ("Is/Is/2014", []),
    ("lO/lO/l0", []),  # every numeric field needs a real digit
    ("3l/O2/2015", []),  # the 31st of February
    ("April Is 2015", ["2015"]),
    ("Sold 2O14", []),  # a bare year is never repaired
    ("|30/04/16", ["2016-04-30"]),  # a ruling before a date, read as printed
    ("30/04/16Ongoing", ["2016-04-30"]),  # glued to the next word, read as printed
]


@pytest.mark.parametrize(("text", "isos"), OCR_NOT_REPAIRED)
def test_words_and_ambiguous_lookalikes_are_not_repaired(text: str, isos: list[str]) -> None:
    hits = find_dates(text)
    assert [h.iso for h in hits] == isos
    assert not any(h.repaired for h in hits)
    assert all(repair_note(h) == "" for h in hits)


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_printed_dates_are_never_repaired(text: str, expected: list[str]) -> None:
    assert not any(h.repaired for h in find_dates(text))


# One OCR confusion of the day or its suffix. Digits with one look-alike only; "g" stands for
# both 3 and 9, so a "3" misread as "g" may leave two days ("1gth").
DIGIT_LOOKALIKES = {"0": "Oo", "1": "lI|", "5": "Ss", "8": "B", "3": "g"}
SUFFIX_CONFUSIONS = {"st": ["5t", "s t"], "nd": ["na", "n d"], "rd": ["r d"], "th": ["t h"]}
MARKS = ["°", "º", '"', "”", "″"]


def _days_read(day: str, suffix: str, d: date) -> set[int]:
    """Days of d's month that a day printed with "g" can be, its ordinal agreeing."""
    last = period_end(d.isoformat()[:7])
    assert last is not None
    days = {int(day.replace("g", digit)) for digit in "39"}
    return {n for n in days if 1 <= n <= last.day and ordinal(n) == suffix}


@settings(max_examples=400)
@given(
    d=st.dates(min_value=date(1990, 1, 1), max_value=date(2069, 12, 31)),
    data=st.data(),
    before=st.sampled_from(CONTEXT_BEFORE),
    after=st.sampled_from(CONTEXT_AFTER),
    abbreviated=st.booleans(),
)
def test_one_ocr_confusion_reads_back_to_the_date(
    d: date, data: st.DataObject, before: str, after: str, abbreviated: bool
) -> None:
    day, suffix = str(d.day), ordinal(d.day)
    choices = [("digit", i) for i, ch in enumerate(day) if ch in DIGIT_LOOKALIKES]
    choices += [("suffix", 0), ("mark", 0)]
    kind, i = data.draw(st.sampled_from(choices))
    if kind == "digit":
        day = day[:i] + data.draw(st.sampled_from(DIGIT_LOOKALIKES[day[i]])) + day[i + 1 :]
        printed_suffix = suffix
    elif kind == "suffix":
        printed_suffix = data.draw(st.sampled_from(SUFFIX_CONFUSIONS[suffix]))
    else:
        printed_suffix = data.draw(st.sampled_from(MARKS))
    month = (MONTH_ABBR if abbreviated else MONTH_NAMES)[d.month - 1]
    text = f"{before}{day}{printed_suffix} {month} {d.year}{after}"
    hits = find_dates(text)
    assert len(hits) == 1, text
    if "g" in day and len(_days_read(day, suffix, d)) > 1:
        # "1gth": the 13th or the 19th; no day is guessed, the month stands.
        assert (hits[0].iso, hits[0].repaired) == (d.isoformat()[:7], False), text
        return
    assert (hits[0].iso, hits[0].repaired) == (d.isoformat(), True), text
    assert repair_note(hits[0]).startswith("date "), text


@settings(max_examples=300)
@given(d=st.dates(min_value=date(1990, 1, 1), max_value=date(2069, 12, 31)), data=st.data())
def test_one_ocr_confusion_in_a_numeric_date(d: date, data: st.DataObject) -> None:
    fields = [f"{d.day:02d}", f"{d.month:02d}", str(d.year)]
    # Only a field that keeps a real digit: "l/04/2014" is not repaired.
    spots = [
        (f, i)
        for f, field in enumerate(fields)
        for i, ch in enumerate(field)
        if ch in "0158" and any(c.isdigit() for j, c in enumerate(field) if j != i)
    ]
    if not spots:
        return
    f, i = data.draw(st.sampled_from(spots))
    field = fields[f]
    fields[f] = field[:i] + data.draw(st.sampled_from(DIGIT_LOOKALIKES[field[i]])) + field[i + 1 :]
    sep = data.draw(st.sampled_from("/.-"))
    text = sep.join(fields)
    hits = find_dates(text)
    assert [(h.iso, h.repaired) for h in hits] == [(d.isoformat(), True)], text


OCR_WORD_LETTERS = "OolI|SsBgtThHnNdDaArRstxyeuLbG"
# The only words that can be a repaired day: look-alikes with an agreeing letter suffix.
DAY_WORD_RE = re.compile(r"[OolI|SsBg]{1,2}(?:[sS5]\s?[tT]|[nN]\s?[dDaA]|[rR]\s?[dD]|[tT]\s?[hH])")


@settings(max_examples=500)
@given(
    word=st.one_of(
        st.text(alphabet=OCR_WORD_LETTERS, min_size=1, max_size=6),
        st.text(alphabet=string.ascii_letters, min_size=1, max_size=8),
    ),
    month=st.sampled_from(MONTH_NAMES + MONTH_ABBR),
    year=st.integers(1990, 2069),
    before_month=st.booleans(),
)
def test_words_beside_a_month_are_no_day(
    word: str, month: str, year: int, before_month: bool
) -> None:
    text = f"{word} {month} {year}" if before_month else f"{month} {word} {year}"
    for hit in find_dates(text):
        if hit.repaired:
            assert DAY_WORD_RE.fullmatch(word), (text, hit)
    # Without a year there is nothing to repair into a date.
    no_year = f"{word} {month}" if before_month else f"{month} {word}"
    assert not any(h.repaired for h in find_dates(no_year)), no_year


@pytest.mark.parametrize(
    ("text", "iso", "repaired"),
    [
        ("A|BTH January 1990", "1990-01", False),  # a "|" inside a word starts no day
        ("|5th May 2016", "2016-05-15", True),  # a "|" opening a day is a misread "1"
        ("|30/04/16", "2016-04-30", False),  # a ruling before a date
    ],
)
def test_a_bar_starts_a_day_only_at_the_start_of_a_word(
    text: str, iso: str, repaired: bool
) -> None:
    (hit,) = find_dates(text)
    assert (hit.iso, hit.repaired) == (iso, repaired)
