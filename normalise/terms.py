"""Timescales in a target column that are periods or standing terms rather than dates.

``dates.find_dates`` reads dates; a target column also holds periods, read here at the precision
that is true whatever the plan's conventions are, each with a note saying how it was read:

- A period of calendar years ("2016-2020", "2016 – 2020"): its end year, "2020".
- A financial or academic year ("2021-22", "2021/22", "2017/2018", "financial year 2021-22"):
  the year it ends in, "2022". That is true whether the year ends in March, June or August, so
  no month and no day are invented.
- A period followed by a word it qualifies ("the FY2023 budget timeline", "2016-2020 strategy")
  is not a timescale and gives nothing.
- A financial year named by one year ("FY2023", "FY 23", "by end of FY2023"): "2023", the year
  it is named after (most plans name a financial year by the year it ends in; the note says so).
- A calendar quarter or half ("Q3 2021", "third quarter of 2021", "H1 2020", "first half of
  2016"): its last month, "2021-09", "2020-06".
- A quarter of a financial year ("Q3 2021/22"): no date, because which months it covers depends
  on the month the year starts; the note says so.
- Standing terms give no date and no note: Ongoing, Annually, Quarterly, Monthly, As required,
  Immediate, Continuous, TBC, N/A, Complete, and these joined by "and", "/" or ",".

``target_hits`` merges these with the dates ``find_dates`` sees, in printed order; text that
``find_dates`` reads as dates ("2016 to 2020", "April 2016 - March 2017") is left to it.

A date ``find_dates`` could only read by repairing OCR look-alikes ("goth April 2014") is noted
too ("date 'goth April 2014' read as 2014-04-30 (OCR repair)"), so the reader checks it by eye.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from actionplan.normalise.dates import DateHit, find_dates, repair_note

__all__ = ["Timescale", "is_standing_term", "read_timescale", "target_hits"]

_YEAR = r"(?:19|20)[0-9]{2}"
_DASH = r"[-–—‐‑/]"
_EDGE_L = r"(?<![\w/.£$€-])"
# A period that qualifies a following word ("the FY2023 budget timeline", "2016-2020
# strategy") names that thing, not a timescale.
_EDGE_R = r"(?![\w%/])(?!\s+(?!(?:and|or|to|then|onwards?|at\s+the\s+latest)\b)[A-Za-z])"

_QUARTER_RE = re.compile(
    rf"{_EDGE_L}(?:Q(?P<q>[1-4])|quarter\s+(?P<qn>[1-4])"
    r"|(?P<qo>first|second|third|fourth|last|final)\s+quarter(?:\s+of)?)"
    rf"\s*,?\s*(?P<y>{_YEAR})(?P<fy>\s*{_DASH}\s*(?:{_YEAR}|[0-9]{{2}}))?{_EDGE_R}",
    re.IGNORECASE,
)
_HALF_RE = re.compile(
    rf"{_EDGE_L}(?:H(?P<h>[12])|(?P<ho>first|second)\s+half(?:\s+of)?)\s*,?\s*(?P<y>{_YEAR})"
    rf"(?!\s*{_DASH}\s*[0-9]){_EDGE_R}",
    re.IGNORECASE,
)
_FY_ONE_RE = re.compile(
    rf"{_EDGE_L}(?:FY|F/Y)\s*'?(?P<y>{_YEAR}|[0-9]{{2}})(?!\s*{_DASH}\s*[0-9]){_EDGE_R}",
    re.IGNORECASE,
)
_YEARS_RE = re.compile(
    rf"{_EDGE_L}(?:(?P<fylabel>FY|F/Y|financial\s+year|academic\s+year|fiscal\s+year)\s*)?"
    rf"(?P<a>{_YEAR})\s*(?P<dash>{_DASH})\s*(?P<b>{_YEAR}|[0-9]{{2}}){_EDGE_R}",
    re.IGNORECASE,
)
_QUARTER_ORDINALS = {"first": 1, "second": 2, "third": 3, "fourth": 4, "last": 4, "final": 4}

_STANDING = (
    r"on[\s-]?going|continuous(?:ly)?|continual(?:ly)?|annual(?:ly)?|bi[\s-]?annual(?:ly)?"
    r"|yearly|quarterly|monthly|weekly|daily|termly|six[\s-]monthly|regularly|rolling"
    r"|every\s+(?:year|quarter|month)|each\s+(?:year|quarter|month)"
    r"|as\s+(?:and\s+when\s+)?(?:required|needed|necessary|appropriate)|when\s+required"
    r"|immediate(?:ly)?|with\s+immediate\s+effect|now|in\s+place|throughout"
    r"|complete[d]?|done|achieved|n\s*/\s*a|not\s+applicable|tbc|tba|tbd|to\s+be\s+confirmed"
)
_STANDING_RE = re.compile(rf"(?:(?:to\s+be\s+)?reviewed\s+|review(?:ed)?\s+)?(?:{_STANDING})", re.I)
_JOINERS_RE = re.compile(r"\s*(?:[,/;&+\n]|\s[-–—]\s|\band\b|\bthen\b)\s*", re.IGNORECASE)


@dataclass(frozen=True)
class Timescale:
    """What a target text says: dates and periods in printed order, and how periods were read."""

    hits: list[DateHit]
    notes: list[str]


def is_standing_term(text: str) -> bool:
    """True when the text is only standing terms ("Ongoing", "Annually / as required")."""
    if _STANDING_RE.fullmatch(text.strip(" .()-–\n")):
        return True
    parts = [p.strip(" .()-–") for p in _JOINERS_RE.split(text)]
    parts = [p for p in parts if p]
    return bool(parts) and all(_STANDING_RE.fullmatch(p) for p in parts)


def _end_year(a: int, b: str) -> int | None:
    """The second year of "2021-22" / "2016-2020" as a full year, or None if it is not later."""
    year = int(b) if len(b) == 4 else (a // 100) * 100 + int(b)
    if len(b) == 2 and year <= a:
        year += 100
    return year if a < year <= a + 30 else None


def _periods(text: str) -> list[tuple[DateHit, str]]:
    """Every period in the text with its note."""
    found: list[tuple[DateHit, str]] = []
    taken: list[tuple[int, int]] = []

    def add(m: re.Match[str], iso: str, note: str) -> None:
        if any(s < m.end() and m.start() < e for s, e in taken):
            return
        taken.append((m.start(), m.end()))
        found.append((DateHit(iso, m.group(), m.start(), m.end()), note))

    for m in _QUARTER_RE.finditer(text):
        quarter = int(m["q"] or m["qn"] or _QUARTER_ORDINALS[m["qo"].lower()])
        if m["fy"]:
            taken.append((m.start(), m.end()))
            found.append(
                (
                    DateHit("", m.group(), m.start(), m.end()),
                    f"timescale {m.group()!r} is a quarter of a financial year: no date given, "
                    "as its months depend on when that year starts",
                )
            )
            continue
        iso = f"{m['y']}-{quarter * 3:02d}"
        add(m, iso, f"timescale {m.group()!r} read as the quarter ending {iso}")
    for m in _HALF_RE.finditer(text):
        half = 1 if (m["h"] == "1" or (m["ho"] or "").lower() == "first") else 2
        iso = f"{m['y']}-{half * 6:02d}"
        add(m, iso, f"timescale {m.group()!r} read as the half-year ending {iso}")
    for m in _FY_ONE_RE.finditer(text):
        year = m["y"] if len(m["y"]) == 4 else f"20{m['y']}"
        add(m, year, f"timescale {m.group()!r} read as the financial year ending in {year}")
    for m in _YEARS_RE.finditer(text):
        a = int(m["a"])
        end = _end_year(a, m["b"])
        if end is None:
            continue
        if m["fylabel"] or end == a + 1:
            label = " ".join((m["fylabel"] or "").lower().split())
            kind = {"": "financial or academic year", "fy": "financial year"}.get(
                label.replace("f/y", "fy"), label
            )
            note = f"timescale {m.group()!r} read as a {kind} ending in {end} (month not printed)"
        else:
            note = f"timescale {m.group()!r} read as a period ending {end}"
        add(m, str(end), note)
    return found


def read_timescale(text: str, *, dayfirst: bool = True) -> Timescale:
    """Dates and periods of a target text in printed order, with a note for each period read
    and each date read by OCR repair.

    A period that holds a date ``find_dates`` reads replaces it ("H2 2020" is 2020-12, not
    2020); one that only overlaps a date is left to ``find_dates``. Periods that give no date
    (a quarter of a financial year) give a note and no hit.
    """
    dates = find_dates(text, dayfirst=dayfirst)
    hits = list(dates)
    notes: list[str] = []
    for hit, note in _periods(text):
        inside = [d for d in dates if hit.start <= d.start and d.end <= hit.end]
        if any(d.start < hit.end and hit.start < d.end for d in dates if d not in inside):
            continue
        hits = [h for h in hits if h not in inside]
        if hit.iso:
            hits.append(hit)
        if note not in notes:  # the same term printed for several actions is noted once
            notes.append(note)
    hits.sort(key=lambda h: h.start)
    for hit in hits:
        note = repair_note(hit)
        if note and note not in notes:
            notes.append(note)
    return Timescale(hits, notes)


def target_hits(text: str, *, dayfirst: bool = True) -> list[DateHit]:
    """Dates and periods of a target text, in printed order (see ``read_timescale``)."""
    return read_timescale(text, dayfirst=dayfirst).hits
