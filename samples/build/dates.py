"""Day-first date reading for target-date cells, to ISO 8601 at the printed precision."""

from __future__ import annotations

import re

MONTHS = [
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
]

_MONTH_WORD = r"[A-Za-z]{3,9}\.?"
DATE_RE = re.compile(
    r"\b(?P<d1>\d{1,2})[/.](?P<m1>\d{1,2})[/.](?P<y1>\d{4}|\d{2})\b"
    rf"|\b(?P<d2>\d{{1,2}})(?:st|nd|rd|th)?\s*(?:of\s+)?(?P<m2>{_MONTH_WORD}),?\s+(?P<y2>\d{{4}})\b"
    rf"|\b(?P<m3>{_MONTH_WORD}),?\s+(?P<y3>\d{{4}})\b"
    r"|\b(?P<y4>(?:19|20)\d{2})\b"
)


def month_number(word: str) -> int | None:
    """Month number of a month word, tolerant of abbreviations and misspellings ("Janury")."""
    word = word.rstrip(".").lower()
    for number, name in enumerate(MONTHS, start=1):
        if word[:3] == name[:3] and (name.startswith(word) or _near(word, name)):
            return number
    return None


def _near(word: str, name: str) -> bool:
    """True when ``word`` is ``name`` with at most one letter dropped, added or changed."""
    if abs(len(word) - len(name)) > 1:
        return False
    if len(word) == len(name):
        return sum(a != b for a, b in zip(word, name, strict=True)) <= 1
    short, long_ = sorted((word, name), key=len)
    return any(long_[:i] + long_[i + 1 :] == short for i in range(len(long_)))


def _year(text: str) -> int:
    value = int(text)
    return value + 2000 if len(text) == 2 else value


def find_dates(text: str) -> list[str]:
    """Every date in ``text`` as ISO (YYYY-MM-DD, YYYY-MM or YYYY), in order, repeats dropped."""
    found: list[str] = []
    for m in DATE_RE.finditer(text):
        iso = None
        if m["d1"]:
            iso = f"{_year(m['y1']):04d}-{int(m['m1']):02d}-{int(m['d1']):02d}"
        elif m["d2"]:
            month = month_number(m["m2"])
            if month:
                iso = f"{int(m['y2']):04d}-{month:02d}-{int(m['d2']):02d}"
        elif m["m3"]:
            month = month_number(m["m3"])
            if month:
                iso = f"{int(m['y3']):04d}-{month:02d}"
        elif m["y4"]:
            iso = m["y4"]
        if iso and iso not in found:
            found.append(iso)
    return found


def latest(isos: list[str]) -> str:
    """The latest of some ISO dates of mixed precision ("" for none)."""
    if not isos:
        return ""
    return max(isos, key=lambda iso: tuple(int(p) for p in iso.split("-")))
