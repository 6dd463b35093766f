"""Dated progress updates inside a progress cell ("Update 24/6/15: ...", "09.10.15 Update ...",
"Complete 6.9.16 - ...", "10th September 2014 – update").

An update starts where a date opens a line or sentence, alone or after one of the few words
that introduce an update; the update runs to the next such start. Text before the first one is
not an update (it stays in the progress field, as all text does).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from actionplan.normalise.dates import DateHit, find_dates, latest

# Words that may stand before the date of an update: "Update 24/6/15", "Completed on 6.9.16".
LEAD_IN = re.compile(
    r"^(?:(?:progress\s+)?update[ds]?|complete[ds]?|closed|progress|review(?:ed)?|as\s+(?:at|of))?"
    r"(?:\s+on)?\s*[:\-–—]?\s*$",
    re.IGNORECASE,
)
BOUNDARY = re.compile(r"(?:^|\n|(?<=[.!?])\s+)")


@dataclass(frozen=True)
class Update:
    """One dated update: the ISO date and the update's text (date included, as printed)."""

    date: str
    text: str


def update_starts(text: str, hits: list[DateHit]) -> list[tuple[int, DateHit]]:
    """(offset where the update begins, its date) for dates that open a line or sentence."""
    boundaries = [m.end() for m in BOUNDARY.finditer(text)]
    out = []
    for hit in hits:
        start = max((b for b in boundaries if b <= hit.start), default=0)
        if LEAD_IN.match(text[start : hit.start]) and (not out or start > out[-1][0]):
            out.append((start, hit))
    return out


def progress_updates(text: str, dayfirst: bool = True) -> list[Update]:
    """The dated updates of a progress text, in printed order."""
    starts = update_starts(text, find_dates(text, dayfirst=dayfirst))
    updates = []
    for i, (start, hit) in enumerate(starts):
        end = starts[i + 1][0] if i + 1 < len(starts) else len(text)
        updates.append(Update(hit.iso, " ".join(text[start:end].split())))
    return updates


def last_update(updates: list[Update]) -> str:
    """The latest update's date, or ''."""
    return latest([u.date for u in updates])
