"""Dates as printed in action plans, read into ISO 8601 at the printed precision.

Plans mix every style a council officer can type: 30/04/16, 31.01.15, "30th April 2014",
"30 th April 2014" (a superscript ordinal split off by text extraction), "July 2014",
"Review by 31st July 2014", "31st Janury 2014", ranges ("June – November 2014") and several
dates in one cell. A date is only ever given at the precision it was printed with: "July 2014"
is "2014-07", never a guessed day.

Decisions the rest of the pipeline relies on:

- Day-first by default (UK). ``dayfirst=False`` only changes all-numeric dates (04/30/2016).
- Two-digit years: 00-69 -> 20xx, 70-99 -> 19xx. Four-digit years must be 1900-2099.
- A bare year ("2015") is a date only when it is a whole token: not "2017/18", "2016-17",
  "2013-14" (financial/academic years give no date at all), not "BDHR/2013", "£2015", "2015%",
  "20,000", "2015a".
- Seasons, quarters and halves with a year ("Autumn 2016", "Q3 2016", "last quarter of 2015",
  "first half of 2016") give no date: they are not a day, a month or a calendar year.
- Unicode hyphens (U+2010-U+2012) are read as "-": "14‐Dec‐11" -> 2011-12-14.
- A day and month without a year ("5th June", "25/7") give no date.
- Impossible dates (31/02/2015, "30th Febuary 2016") give no hit; ``invalid_dates`` reports them.
- Ranges give both ends: "April - June 2016" -> 2016-04, 2016-06; "1st - 30th April 2016" ->
  2016-04-01, 2016-04-30. When the start month is after the end month ("November - January
  2017") the start is in the year before (2016-11). The first end's ``text`` is the printed
  start alone ("April").
- ``latest`` compares periods by their END: "2014" counts as 2014-12-31 and "2014-07" as
  2014-07-31; on a tie the more precise date is returned.

OCR repair (scanned plans). OCR misreads ordinals and digits: "30th April 2014" comes out as
'30" April 2014', "30° April 2014", "goth April 2014", "315t May 2014" (31st), "Ist" (1st),
"22na"/"22n d" (22nd), "O1/04/2014", "3l.03.2015". Such a date is read, and its hit marked
``repaired`` (``repair_note`` words the warning), only when the printed text needs a repair to
be that date and the rest of the date is unambiguous. A date printed right never needs one, so
born-digital plans read exactly as they did before. The rules:

- Digit look-alikes: O o -> 0; l I | -> 1; S s -> 5; B -> 8; g -> 3 or 9 (both are tried).
- Broken ordinal suffixes: "5t" -> st, "na" -> nd, a space inside any suffix ("n d", "t h"),
  and a degree sign, masculine ordinal, quote, asterisk or per cent sign glued to the day
  (° º ˚ " “ ” ″ ' ’ * %) in place of the superscript ("31* May 2014", "31% May 2014").
  (Capitals, "30TH", and a split-off suffix, "30 th", are no repair.)
- A repaired day needs a month name (read as above, fuzzy spellings included) after it
  ("goth April 2014") or before it ("April 3Oth 2014"), and a year; a repaired numeric date
  needs the whole d/m/y shape with one separator ("3O/O4/2O14"), each of its three fields
  holding at least one real digit. A four-character year may be repaired ("2O14") when it
  holds at least two real digits; a repaired year alone after a month name gives the month
  ("April 2O14" -> 2014-04). A bare year is never repaired.
- A day printed without any real digit ("Ist", "goth") counts only with a letter suffix that
  agrees with it: "Ist" is 1st, but "Is April 2014", "lost May 2014" and "good April 2014" give
  no day. A letter suffix must agree with the day whenever a repair is made ("35t" is no day).
- The repaired day must exist in that month, and every way of reading the look-alikes must
  give the same date ("1gth" could be the 13th or the 19th: no day). When the repair fails, the
  text is read as it would be without repair ("goth Febuary 2014" -> 2014-02).
- A repaired date is never reported by ``invalid_dates``: it is a reading, not a printed date.
- A repair is tried before the ordinary pattern it repairs, which could otherwise read a
  shorter, wrong date out of the misread text ("01/01/20O0" is not 2020-01-01). A repaired date
  may end a range ("1st - 3Oth April 2016"); the range's start is then read as printed.
"""

from __future__ import annotations

import calendar
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from datetime import date
from functools import lru_cache

__all__ = [
    "DateHit",
    "find_dates",
    "infer_dayfirst",
    "invalid_dates",
    "is_iso",
    "latest",
    "parse_date",
    "period_end",
    "period_start",
    "repair_note",
]


@dataclass(frozen=True)
class DateHit:
    """One date found in a text."""

    iso: str
    """ISO 8601 at the printed precision: "2016-04-30", "2014-07" or "2014"."""
    text: str
    """The matched substring as printed."""
    start: int
    """Offset of the match in the input string."""
    end: int
    repaired: bool = False
    """True when OCR look-alikes or a broken ordinal suffix were repaired to read it."""


# --- month names --------------------------------------------------------------------------

_MONTHS = (
    "january",
    "february",
    "march",
    "april",
    "may",
    "june",
    "july",
    "august",
    "september",
    "october",
    "november",
    "december",
)


def _osa_distance(a: str, b: str) -> int:
    """Optimal string alignment distance: Levenshtein plus adjacent transpositions.

    Transpositions matter because typists swap letters ("Apirl", "Janaury") as often as they
    drop them ("Febuary").
    """
    prev2: list[int] = []
    prev = list(range(len(b) + 1))
    for i in range(1, len(a) + 1):
        cur = [i] + [0] * len(b)
        for j in range(1, len(b) + 1):
            cost = 0 if a[i - 1] == b[j - 1] else 1
            cur[j] = min(prev[j] + 1, cur[j - 1] + 1, prev[j - 1] + cost)
            if i > 1 and j > 1 and a[i - 1] == b[j - 2] and a[i - 2] == b[j - 1]:
                cur[j] = min(cur[j], prev2[j - 2] + 1)
        prev2, prev = prev, cur
    return prev[len(b)]


@lru_cache(maxsize=4096)
def _month_number(word: str) -> int | None:
    """Month 1-12 for a month name, abbreviation or near-miss spelling; None otherwise.

    Accepted: any prefix of at least three letters ("Sep", "Sept", "Janu"), and words of four or
    more letters within one edit (two for names longer than five letters) of exactly one month
    that shares their first two letters ("Janury", "Febuary", "Ocotber"). Lower-case "may" is
    the verb far more often than the month, so only "May"/"MAY" count.
    """
    w = word.lower()
    if len(w) < 3 or not w.isascii() or not w.isalpha():
        return None
    if w == "may" and word[0] == "m":
        return None
    for i, name in enumerate(_MONTHS):
        if name.startswith(w):
            return i + 1
    if len(w) < 4:
        return None
    best: list[int] = []
    best_dist = 99
    for i, name in enumerate(_MONTHS):
        if name[:2] != w[:2] or name == "may":
            continue
        dist = _osa_distance(w, name)
        limit = 1 if len(name) <= 5 else 2
        if dist > limit:
            continue
        if dist < best_dist:
            best, best_dist = [i + 1], dist
        elif dist == best_dist:
            best.append(i + 1)
    # Ties ("Jule": June or July?) are not guessed.
    return best[0] if len(best) == 1 else None


# --- patterns -------------------------------------------------------------------------------
# Each pattern is tried with .match() at a candidate position (the start of a word), in
# priority order; the first that matches AND validates wins and the scan resumes after it.

_FLAGS = re.IGNORECASE | re.VERBOSE

# Ordinal suffix, possibly split off ("30 th") or still marked up ("30<sup>th</sup>").
_ORD = r"(?:\s*(?:<sup>\s*)?(?:st|nd|rd|th)(?![A-Za-z])(?:\s*</sup>)?)?"
_MON = r"(?P<mon>[A-Za-z]{3,10})(?![A-Za-z])\.?"
# A year after a month name: four digits, or two digits written '16 / -16 / /16 (see _year).
_YEAR = r"(?P<year>'?[0-9]{2}|[0-9]{4})(?![0-9])(?!\s*(?:st|nd|rd|th)(?![A-Za-z]))(?![/\-–][0-9])"

# Between day and month: spaces, "-" or "/" ("30-Apr-16"), or a dot glued to the month
# ("30.Apr.2016"). "Recommendation 3. April 2016 ..." is a label and a month, not 3 April.
_DAY_MONTH_SEP = r"(?:\s+of)?(?:\.(?=[A-Za-z])|[\s\-/]*)"

_SEASON_RE = re.compile(
    r"""(?:spring|summer|autumn|fall|winter|q[1-4]|quarter\s*[1-4]
        |(?:first|second|third|fourth|final|last|1st|2nd|3rd|4th)\s+(?:quarter|half))
        (?:\s+of)?(?:\s+the)?[\s,]*
        (?:(?:19|20)[0-9]{2}(?:\s?[/\-–]\s?[0-9]{2,4})?|'[0-9]{2})(?![0-9])""",
    _FLAGS,
)
_ISO_RE = re.compile(
    r"(?P<y>[0-9]{4})(?P<sep>[-/])(?P<m>[0-9]{1,2})(?P=sep)(?P<d>[0-9]{1,2})(?![0-9])"
)
# "2016/17", "2013-14", "2014/2015" (financial years) and "2016-04" (ISO year-month).
_YEAR_PAIR_RE = re.compile(
    r"(?P<a>(?:19|20)[0-9]{2})(?P<sp1>\s?)(?P<sep>[/\-–])(?P<sp2>\s?)(?P<b>[0-9]{4}|[0-9]{2})(?![0-9])"
)
_NUM_RE = re.compile(
    r"(?<![0-9][/.\-])(?P<a>[0-9]{1,2})(?P<sep>[/.\-])(?P<b>[0-9]{1,2})(?P=sep)"
    r"(?P<c>[0-9]{4}|[0-9]{2})(?![0-9])(?![/.\-][0-9])"
)
# Numeric month/year: "06/2016", "6-2016" (four-digit year only: "25/07" is a circular number).
_NUM_MY_RE = re.compile(
    r"(?<![0-9][/.\-])(?P<m>[0-9]{1,2})(?P<sep>[/\-])(?P<y>[0-9]{4})(?![0-9])(?![/.\-][0-9])"
)
_DMY_RE = re.compile(
    r"(?P<day>[0-9]{1,2})" + _ORD + _DAY_MONTH_SEP + _MON + r"(?P<s2>,?[\s\-/]*)" + _YEAR,
    _FLAGS,
)
_MDY_RE = re.compile(
    _MON + r"\s*(?P<day>[0-9]{1,2})(?![0-9])" + _ORD + r"(?:,\s*|\s+)(?P<year>[0-9]{4})(?![0-9])",
    _FLAGS,
)
_MY_RE = re.compile(_MON + r"(?P<s2>,?[\s\-/]*)" + _YEAR, _FLAGS)
_BARE_YEAR_RE = re.compile(
    r"(?<![£$€#/\\])(?<![0-9][.,])(?P<year>(?:19|20)[0-9]{2})"
    r"(?![0-9A-Za-z])(?![/\-–.,][0-9])(?!\s*%)(?!\+)"
)
# The open end of a range: "1st", "1st April", "April".
_PART_DM_RE = re.compile(r"(?P<day>[0-9]{1,2})" + _ORD + _DAY_MONTH_SEP + _MON, _FLAGS)
_PART_D_RE = re.compile(r"(?P<day>[0-9]{1,2})(?![0-9])" + _ORD, _FLAGS)
_PART_M_RE = re.compile(_MON, _FLAGS)
_CONN_RE = re.compile(r"\s*(?:-|–|—|to|until|till|and|&)\s*", re.IGNORECASE)
_CONN_MONTH_RE = re.compile(r"\s*(?:-|–|—|/|to|until|till|and|&)\s*", re.IGNORECASE)
_CONN_DAY_RE = re.compile(r"\s*(?:-|–|—|to)\s*", re.IGNORECASE)
_CANDIDATE_RE = re.compile(r"(?<![A-Za-z0-9])[A-Za-z0-9]")
# A scan's "|" can be a misread "1" opening a day ("|5th"); the digit after it stays a candidate
# of its own, so "|30/04/16" still reads when the "|" is a ruling. A "|" inside a word ("A|BTH")
# is a misread letter: what follows it starts no date.
_SCAN_START_RE = re.compile(
    r"(?<![A-Za-z0-9])(?<![A-Za-z0-9]\|)[A-Za-z0-9]|(?<![A-Za-z0-9|])\|(?=[A-Za-z0-9])"
)

# --- OCR look-alikes (see the module docstring) ---------------------------------------------

_LOOKALIKES: dict[str, tuple[int, ...]] = {
    "O": (0,),
    "o": (0,),
    "l": (1,),
    "I": (1,),
    "|": (1,),
    "S": (5,),
    "s": (5,),
    "B": (8,),
    # "g" is a misread "3" ("goth" for "30th") as often as a "9"; both are tried and a reading
    # stands only when one of them gives a date.
    "g": (3, 9),
}
_D = r"[0-9OolI|SsBg]"
# A broken ordinal suffix: letters misread ("5t", "na"), split by a space ("n d"), or the whole
# superscript read as a mark glued to the day.
_OCR_ORD = (
    r"(?:\s?(?P<suf>[sS5]\s?[tT]|[nN]\s?[dDaA]|[rR]\s?[dD]|[tT]\s?[hH])(?![A-Za-z])"
    r"|(?P<mark>[°º˚\"“”″'’*%]))?"
)
_OCR_DAY = rf"(?P<day>{_D}{{1,2}})" + _OCR_ORD
_OCR_YEAR_LOOKAHEAD = r"(?![0-9])(?!\s*(?i:st|nd|rd|th)(?![A-Za-z]))(?![/\-–][0-9])"
_OCR_DMY_RE = re.compile(
    _OCR_DAY
    + _DAY_MONTH_SEP
    + _MON
    + rf"(?P<s2>,?[\s\-/]*)(?P<year>'?[0-9]{{2}}|[0-9]{{4}}|{_D}{{4}}(?![A-Za-z|]))"
    + _OCR_YEAR_LOOKAHEAD,
)
_OCR_MDY_RE = re.compile(
    _MON + r"\s*" + _OCR_DAY + rf"(?:,\s*|\s+)(?P<year>[0-9]{{4}}|{_D}{{4}})(?![0-9A-Za-z|])",
)
_OCR_MY_RE = re.compile(
    _MON + rf"(?P<s2>,?[\s\-/]*)(?P<year>{_D}{{4}})(?![0-9A-Za-z|])(?![/\-–][0-9])"
)
_OCR_NUM_RE = re.compile(
    rf"(?<!{_D}[/.\-])(?P<a>{_D}{{1,2}})(?P<sep>[/.\-])(?P<b>{_D}{{1,2}})(?P=sep)"
    rf"(?P<c>{_D}{{4}}|{_D}{{2}})(?![0-9A-Za-z|])(?![/.\-][0-9])"
)


# --- validation helpers ---------------------------------------------------------------------


def _two_digit_year(yy: int) -> int:
    """00-69 -> 2000s, 70-99 -> 1900s: plans are from the 2000s, older references are rarer."""
    return 2000 + yy if yy < 70 else 1900 + yy


def _year(text: str, seps: str) -> int | None:
    """Year from a printed year after a month name; None when it cannot be a year.

    Two-digit years count only when glued on with "-" or "/" ("30-Apr-16", "Apr-16") or written
    with an apostrophe ("July '14"): "30th April - 31" must not read as 2031.
    """
    if text.startswith("'"):
        return _two_digit_year(int(text[1:]))
    if len(text) == 2:
        if seps in ("-", "/"):
            return _two_digit_year(int(text))
        return None
    year = int(text)
    return year if 1900 <= year <= 2099 else None


def _numeric_year(text: str) -> int | None:
    if len(text) == 2:
        return _two_digit_year(int(text))
    year = int(text)
    return year if 1900 <= year <= 2099 else None


def _valid_day(year: int, month: int, day: int) -> bool:
    return 1 <= month <= 12 and 1 <= day <= calendar.monthrange(year, month)[1]


def _iso_day(year: int, month: int, day: int) -> str:
    return f"{year:04d}-{month:02d}-{day:02d}"


def _iso_month(year: int, month: int) -> str:
    return f"{year:04d}-{month:02d}"


# --- the scanner ----------------------------------------------------------------------------


@dataclass(frozen=True)
class _Result:
    """What one pattern made of the text at a position."""

    end: int
    hits: tuple[DateHit, ...] = ()
    invalid: str = ""
    """The printed text when it looked like a date but cannot be one (31/02/2015)."""


def _hit(text: str, iso: str, start: int, end: int) -> DateHit:
    return DateHit(iso=iso, text=text[start:end], start=start, end=end)


def _try_season(text: str, pos: int, dayfirst: bool) -> _Result | None:
    m = _SEASON_RE.match(text, pos)
    return _Result(end=m.end()) if m else None


def _try_iso(text: str, pos: int, dayfirst: bool) -> _Result | None:
    m = _ISO_RE.match(text, pos)
    if not m:
        return None
    y, mo, d = int(m["y"]), int(m["m"]), int(m["d"])
    if 1900 <= y <= 2099 and _valid_day(y, mo, d):
        return _Result(end=m.end(), hits=(_hit(text, _iso_day(y, mo, d), pos, m.end()),))
    return _Result(end=m.end(), invalid=m.group())


def _try_year_pair(text: str, pos: int, dayfirst: bool) -> _Result | None:
    m = _YEAR_PAIR_RE.match(text, pos)
    if not m:
        return None
    a, b = int(m["a"]), m["b"]
    following = (a + 1) % 100 if len(b) == 2 else a + 1
    if int(b) == following:
        return _Result(end=m.end())  # financial / academic year: deliberately no date
    if m["sep"] == "-" and not m["sp1"] and not m["sp2"] and len(b) == 2 and 1 <= int(b) <= 12:
        return _Result(end=m.end(), hits=(_hit(text, _iso_month(a, int(b)), pos, m.end()),))
    return _Result(end=m.end())  # "2015-2018", "2016/05"?: not a date we can name


def _try_numeric(text: str, pos: int, dayfirst: bool) -> _Result | None:
    m = _NUM_RE.match(text, pos)
    if not m:
        return None
    a, b = int(m["a"]), int(m["b"])
    day, month = (a, b) if dayfirst else (b, a)
    year = _numeric_year(m["c"])
    if year is not None and _valid_day(year, month, day):
        return _Result(end=m.end(), hits=(_hit(text, _iso_day(year, month, day), pos, m.end()),))
    return _Result(end=m.end(), invalid=m.group())


def _try_numeric_month_year(text: str, pos: int, dayfirst: bool) -> _Result | None:
    m = _NUM_MY_RE.match(text, pos)
    if not m:
        return None
    month, year = int(m["m"]), int(m["y"])
    if 1 <= month <= 12 and 1900 <= year <= 2099:
        return _Result(end=m.end(), hits=(_hit(text, _iso_month(year, month), pos, m.end()),))
    return None  # "25/2016" is some other kind of number


def _try_dmy(text: str, pos: int, dayfirst: bool) -> _Result | None:
    m = _DMY_RE.match(text, pos)
    if not m:
        return None
    month = _month_number(m["mon"])
    if month is None:
        return None
    year = _year(m["year"], m["s2"].strip())
    if year is None:
        return None
    day = int(m["day"])
    if not _valid_day(year, month, day):
        return _Result(end=m.end(), invalid=m.group())
    return _Result(end=m.end(), hits=(_hit(text, _iso_day(year, month, day), pos, m.end()),))


def _try_mdy(text: str, pos: int, dayfirst: bool) -> _Result | None:
    m = _MDY_RE.match(text, pos)
    if not m:
        return None
    month = _month_number(m["mon"])
    year = _year(m["year"], "")
    if month is None or year is None:
        return None
    day = int(m["day"])
    if not _valid_day(year, month, day):
        return _Result(end=m.end(), invalid=m.group())
    return _Result(end=m.end(), hits=(_hit(text, _iso_day(year, month, day), pos, m.end()),))


def _try_my(text: str, pos: int, dayfirst: bool) -> _Result | None:
    m = _MY_RE.match(text, pos)
    if not m:
        return None
    month = _month_number(m["mon"])
    year = _year(m["year"], m["s2"].strip())
    if month is None or year is None:
        return None
    return _Result(end=m.end(), hits=(_hit(text, _iso_month(year, month), pos, m.end()),))


# --- OCR repair (see the module docstring) --------------------------------------------------


def _lookalike_readings(printed: str) -> set[int]:
    """Every number the printed digits and look-alikes can stand for ("3O" -> {30}, "1g" ->
    {13, 19})."""
    options = [_LOOKALIKES.get(ch, (int(ch),) if ch.isdigit() else ()) for ch in printed]
    readings = {0}
    for digits in options:
        readings = {10 * r + d for r in readings for d in digits}
    return readings


def _real_digits(printed: str) -> int:
    return sum(ch.isdigit() for ch in printed)


def _ocr_year(printed: str, seps: str) -> tuple[int, bool] | None:
    """(year, repaired) from a year after a month name, look-alikes allowed in four-character
    years holding at least two real digits; None when it is no year or more than one."""
    if printed.isdigit() or printed.startswith("'"):
        year = _year(printed, seps)
        return None if year is None else (year, False)
    if len(printed) != 4 or _real_digits(printed) < 2:
        return None
    years = {y for y in _lookalike_readings(printed) if 1900 <= y <= 2099}
    return (years.pop(), True) if len(years) == 1 else None


def _ordinal_suffix(day: int) -> str:
    if day in (11, 12, 13):
        return "th"
    return {1: "st", 2: "nd", 3: "rd"}.get(day % 10, "th")


_SUFFIX_LETTERS = str.maketrans({"5": "s", "a": "d"})


def _ocr_days(m: re.Match[str]) -> tuple[set[int], bool]:
    """(candidate days, repaired) for a day matched by ``_OCR_DAY``: every day 1-31 its
    look-alikes can stand for whose ordinal agrees with a letter suffix, if one was printed. A day
    with no real digit needs such a suffix: "Ist" is 1st, "Is" is a word."""
    printed = m["day"]
    suffix = m["suf"] or ""
    letters = "".join(suffix.split()).lower().translate(_SUFFIX_LETTERS)
    if not _real_digits(printed) and not letters:
        return set(), False
    days = {d for d in _lookalike_readings(printed) if 1 <= d <= 31}
    repaired = (
        not printed.isdigit()
        or bool(m["mark"])
        or (bool(suffix) and suffix.lower() not in ("st", "nd", "rd", "th"))
    )
    if letters:
        days = {d for d in days if _ordinal_suffix(d) == letters}
    return days, repaired


def _one_day(
    days: set[int], year: int, month: int, text: str, pos: int, end: int
) -> _Result | None:
    """The repaired reading when exactly one candidate day exists in the month."""
    valid = {d for d in days if _valid_day(year, month, d)}
    if len(valid) != 1:
        return None
    iso = _iso_day(year, month, valid.pop())
    return _Result(end=end, hits=(DateHit(iso, text[pos:end], pos, end, repaired=True),))


def _try_ocr_dmy(text: str, pos: int, dayfirst: bool) -> _Result | None:
    m = _OCR_DMY_RE.match(text, pos)
    if not m:
        return None
    month = _month_number(m["mon"])
    year = _ocr_year(m["year"], m["s2"].strip())
    if month is None or year is None:
        return None
    days, repaired = _ocr_days(m)
    if not (repaired or year[1]):
        return None  # nothing to repair: the ordinary patterns have had their say
    return _one_day(days, year[0], month, text, pos, m.end())


def _try_ocr_mdy(text: str, pos: int, dayfirst: bool) -> _Result | None:
    m = _OCR_MDY_RE.match(text, pos)
    if not m:
        return None
    month = _month_number(m["mon"])
    year = _ocr_year(m["year"], "")
    if month is None or year is None:
        return None
    days, repaired = _ocr_days(m)
    if not (repaired or year[1]):
        return None
    return _one_day(days, year[0], month, text, pos, m.end())


def _try_ocr_my(text: str, pos: int, dayfirst: bool) -> _Result | None:
    m = _OCR_MY_RE.match(text, pos)
    if not m:
        return None
    month = _month_number(m["mon"])
    year = _ocr_year(m["year"], m["s2"].strip())
    if month is None or year is None or not year[1]:
        return None
    iso = _iso_month(year[0], month)
    return _Result(end=m.end(), hits=(DateHit(iso, m.group(), pos, m.end(), repaired=True),))


def _try_ocr_numeric(text: str, pos: int, dayfirst: bool) -> _Result | None:
    m = _OCR_NUM_RE.match(text, pos)
    if not m:
        return None
    fields = (m["a"], m["b"], m["c"])
    # A real digit in every field keeps words and labels ("lO/lO/lO") out.
    if all(f.isdigit() for f in fields) or not all(_real_digits(f) for f in fields):
        return None
    if len(m["c"]) == 2:
        years = {_two_digit_year(y) for y in _lookalike_readings(m["c"])}
    else:
        years = {y for y in _lookalike_readings(m["c"]) if 1900 <= y <= 2099}
    found = {
        (y, mo, d)
        for a in _lookalike_readings(m["a"])
        for b in _lookalike_readings(m["b"])
        for y in years
        for d, mo in [(a, b) if dayfirst else (b, a)]
        if _valid_day(y, mo, d)
    }
    if len(found) != 1:
        return None
    iso = _iso_day(*found.pop())
    return _Result(end=m.end(), hits=(DateHit(iso, m.group(), pos, m.end(), repaired=True),))


_SINGLE: tuple[Callable[[str, int, bool], _Result | None], ...] = (
    _try_iso,
    _try_year_pair,
    # Each OCR repair is tried before the pattern it repairs, because that pattern can read a
    # shorter, wrong date out of the misread text ("01/01/20O0" as 01/01/20, "Apr-2O14" as
    # Apr-20). They give a reading only when a repair was needed, so a date printed right is
    # always read by the ordinary pattern and never marked repaired.
    _try_ocr_numeric,
    _try_numeric,
    _try_numeric_month_year,
    _try_ocr_dmy,
    _try_dmy,
    _try_ocr_mdy,
    _try_mdy,
    _try_ocr_my,
    _try_my,
)


def _single_at(text: str, pos: int, dayfirst: bool) -> _Result | None:
    """The first single (non-range) date reading at pos."""
    for attempt in _SINGLE:
        res = attempt(text, pos, dayfirst)
        if res is not None:
            return res
    return None


def _try_range(text: str, pos: int, dayfirst: bool) -> _Result | None:
    """A range whose start lacks what the end supplies: "April - June 2016", "1st - 30th April
    2016", "30th April - 31st May 2016"."""
    for part_re, conn_re, kind in (
        (_PART_DM_RE, _CONN_RE, "dm"),
        (_PART_M_RE, _CONN_MONTH_RE, "m"),
        (_PART_D_RE, _CONN_DAY_RE, "d"),
    ):
        p = part_re.match(text, pos)
        if not p:
            continue
        month = _month_number(p["mon"]) if kind != "d" else None
        if kind != "d" and month is None:
            continue
        c = conn_re.match(text, p.end())
        if not c:
            continue
        rest = _single_at(text, c.end(), dayfirst)
        if rest is None or len(rest.hits) != 1:
            continue
        end_hit = rest.hits[0]
        parts = [int(x) for x in end_hit.iso.split("-")]
        if kind == "d":
            if len(parts) != 3:
                continue
            y, mo, d = parts[0], parts[1], int(p["day"])
            if d >= parts[2] or not _valid_day(y, mo, d):
                continue
            start_iso = _iso_day(y, mo, d)
        elif kind == "dm":
            if len(parts) != 3:
                continue
            d = int(p["day"])
            assert month is not None
            y = parts[0] if (month, d) <= (parts[1], parts[2]) else parts[0] - 1
            if not _valid_day(y, month, d):
                continue
            start_iso = _iso_day(y, month, d)
        else:
            if len(parts) < 2:
                continue
            assert month is not None
            y = parts[0] if month <= parts[1] else parts[0] - 1
            start_iso = _iso_month(y, month)
        return _Result(end=rest.end, hits=(_hit(text, start_iso, pos, p.end()), end_hit))
    return None


def _try_bare_year(text: str, pos: int, dayfirst: bool) -> _Result | None:
    m = _BARE_YEAR_RE.match(text, pos)
    if not m:
        return None
    return _Result(end=m.end(), hits=(_hit(text, m["year"], pos, m.end()),))


_ATTEMPTS: tuple[Callable[[str, int, bool], _Result | None], ...] = (
    _try_season,
    *_SINGLE,
    _try_range,
    _try_bare_year,
)


_HYPHENS = str.maketrans({"\u2010": "-", "\u2011": "-", "\u2012": "-"})
"""Unicode hyphens (Excel and InDesign print "14‐Dec‐11" with U+2010) read as '-', one
character for one, so offsets into the printed text stay right."""


@lru_cache(maxsize=1024)
def _scan(text: str, dayfirst: bool) -> tuple[tuple[DateHit, ...], tuple[str, ...]]:
    # Cached: a record's texts are scanned for its dates, actions and updates alike.
    text = text.translate(_HYPHENS)
    hits: list[DateHit] = []
    invalid: list[str] = []
    cursor = 0
    for cand in _SCAN_START_RE.finditer(text):
        pos = cand.start()
        if pos < cursor:
            continue
        for attempt in _ATTEMPTS:
            res = attempt(text, pos, dayfirst)
            if res is None:
                continue
            hits.extend(res.hits)
            if res.invalid:
                invalid.append(res.invalid)
            cursor = res.end
            break
    return tuple(hits), tuple(invalid)


# --- public API -----------------------------------------------------------------------------


def find_dates(text: str, *, dayfirst: bool = True) -> list[DateHit]:
    """Every date in the text, in order of appearance.

    Each hit carries the ISO date at its printed precision ("2016-04-30", "2014-07", "2014"),
    the printed text and its offsets, and whether OCR look-alikes were repaired to read it.
    Never raises; text that is not a date gives no hit.
    """
    return list(_scan(text, dayfirst)[0])


def parse_date(text: str, *, dayfirst: bool = True) -> str:
    """ISO date of the first date in text, or ''."""
    hits = find_dates(text, dayfirst=dayfirst)
    return hits[0].iso if hits else ""


def repair_note(hit: DateHit) -> str:
    """The warning for a date read by OCR repair: "date 'goth April 2014' read as 2014-04-30
    (OCR repair)"; '' for a date read as printed."""
    if not hit.repaired:
        return ""
    return f"date {' '.join(hit.text.split())!r} read as {hit.iso} (OCR repair)"


def invalid_dates(text: str, *, dayfirst: bool = True) -> list[str]:
    """Printed dates that cannot exist ("31/02/2015", "30th Febuary 2016"), for warnings.

    Under ``dayfirst=True``, a month-first date such as "04/30/2016" is reported here too.
    """
    return list(_scan(text, dayfirst)[1])


def infer_dayfirst(texts: Iterable[str]) -> bool | None:
    """Whether a document's all-numeric dates are day-first, as far as they prove it.

    A first field over 12 proves day-first (30/04/16), a second field over 12 proves month-first
    (04/30/16). Returns True or False when the evidence points one way only, None when there is
    none or it conflicts (callers then keep the day-first default).
    """
    day_first = month_first = False
    for text in texts:
        for cand in _CANDIDATE_RE.finditer(text):
            m = _NUM_RE.match(text, cand.start())
            if not m:
                continue
            a, b = int(m["a"]), int(m["b"])
            if a > 12 >= b >= 1:
                day_first = True
            elif b > 12 >= a >= 1:
                month_first = True
    if day_first == month_first:
        return None
    return day_first


_ISO_FULL_RE = re.compile(r"([0-9]{4})(?:-([0-9]{2})(?:-([0-9]{2}))?)?")


def _iso_parts(iso: str) -> tuple[int, int | None, int | None] | None:
    m = _ISO_FULL_RE.fullmatch(iso)
    if not m:
        return None
    y = int(m[1])
    mo = int(m[2]) if m[2] else None
    d = int(m[3]) if m[3] else None
    if y < 1 or (mo is not None and not 1 <= mo <= 12):
        return None
    if d is not None and (mo is None or not _valid_day(y, mo, d)):
        return None
    return y, mo, d


def is_iso(iso: str) -> bool:
    """True for a valid ISO date at one of the three precisions: YYYY, YYYY-MM, YYYY-MM-DD."""
    return _iso_parts(iso) is not None


def period_start(iso: str) -> date | None:
    """First day of the period an ISO date names ("2014-07" -> 2014-07-01); None if invalid."""
    parts = _iso_parts(iso)
    if parts is None:
        return None
    y, mo, d = parts
    return date(y, mo or 1, d or 1)


def period_end(iso: str) -> date | None:
    """Last day of the period an ISO date names ("2014-07" -> 2014-07-31); None if invalid."""
    parts = _iso_parts(iso)
    if parts is None:
        return None
    y, mo, d = parts
    if mo is None:
        return date(y, 12, 31)
    if d is None:
        return date(y, mo, calendar.monthrange(y, mo)[1])
    return date(y, mo, d)


def latest(isos: list[str]) -> str:
    """The latest of ISO dates of mixed precision, or '' for none.

    Periods compare by their END, so "2014-07" counts as 2014-07-31 and "2014" as 2014-12-31: a
    target of "July 2014" is not met until July is over. On a tie the more precise date wins
    ("2014-07-31" over "2014-07"). Empty or invalid strings are ignored.
    """
    best = ""
    best_key: tuple[date, int] | None = None
    for iso in isos:
        end = period_end(iso)
        if end is None:
            continue
        key = (end, len(iso))
        if best_key is None or key > best_key:
            best, best_key = iso, key
    return best
