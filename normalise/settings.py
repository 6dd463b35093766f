"""The user's choices that normalising depends on."""

from __future__ import annotations

from dataclasses import dataclass, field
from datetime import date


@dataclass(frozen=True)
class NormaliseSettings:
    """How to read dates, and the day that 'overdue' is judged on."""

    dayfirst: bool | None = None
    """True: 04/05/2016 is 4 May; False: April 5; None: day-first unless the document's own
    numeric dates prove month-first (a second field over 12 and none first)."""
    as_of: date = field(default_factory=date.today)
