"""What changed between two versions of a plan: one Change per difference of a paired
recommendation (its text, status, RAG, latest target date, a new dated progress update), and
one per recommendation added or removed."""

from __future__ import annotations

from dataclasses import dataclass
from difflib import SequenceMatcher

from actionplan.compare.matching import PlanMatch, RecMatch
from actionplan.compare.similarity import plain, same_text, text_of
from actionplan.compare.thresholds import UPDATE_SAME
from actionplan.normalise.dates import period_end
from actionplan.normalise.models import Recommendation

KINDS = ("added", "removed", "text", "status", "rag", "target_date", "update")
"""Every kind of change, a paired recommendation's in the order they are listed."""


@dataclass(frozen=True)
class Change:
    """One difference between the old and the new version of a recommendation."""

    change: str
    """One of KINDS."""
    plan_title: str
    case_ref: str
    rec_id: str
    """The new version's rec_id ('' when removed)."""
    old_rec_id: str
    """The old version's rec_id ('' when added)."""
    before: str = ""
    after: str = ""
    slip_days: int | None = None
    """For target_date: days from the old date to the new one, each taken at the end of the
    period it names ('2019-03' is 31 March); None when either side has no date."""
    update_date: str = ""
    """For update: the new update's ISO date."""
    matched_by: str = ""
    similarity: float | None = None
    old_page: int | None = None
    new_page: int | None = None
    recommendation: str = ""
    """The new text (the old one when removed), to read the change in context."""
    plan_matched_by: str = ""
    old_file: str = ""
    new_file: str = ""


def slip(before: str, after: str) -> int | None:
    """Days a target date moved (negative: brought forward); None if either is not a date."""
    old, new = period_end(before) if before else None, period_end(after) if after else None
    if old is None or new is None:
        return None
    return (new - old).days


def new_updates(old: Recommendation, new: Recommendation) -> list[tuple[str, str]]:
    """(date, text) of the new version's dated updates that the old version does not print."""
    return [
        (u.date, u.text)
        for u in new.progress_updates
        if not any(
            o.date == u.date
            and SequenceMatcher(None, plain(o.text), plain(u.text)).ratio() >= UPDATE_SAME
            for o in old.progress_updates
        )
    ]


def rec_changes(plan: PlanMatch, match: RecMatch) -> list[Change]:
    """The changes of one recommendation: added, removed, or each field that differs."""
    shown = plan.new or plan.old
    assert shown is not None
    rec = match.new or match.old
    assert rec is not None

    def change(
        kind: str,
        before: str = "",
        after: str = "",
        slip_days: int | None = None,
        update_date: str = "",
    ) -> Change:
        return Change(
            change=kind,
            plan_title=shown.plan_title,
            case_ref=shown.case_ref,
            rec_id=match.new.rec_id if match.new else "",
            old_rec_id=match.old.rec_id if match.old else "",
            before=before,
            after=after,
            matched_by=match.matched_by,
            similarity=match.similarity,
            old_page=match.old.page_start if match.old else None,
            new_page=match.new.page_start if match.new else None,
            recommendation=text_of(rec),
            plan_matched_by=plan.matched_by,
            old_file=plan.old_file,
            new_file=plan.new_file,
            slip_days=slip_days,
            update_date=update_date,
        )

    old, new = match.old, match.new
    if old is None:
        return [change("added")]
    if new is None:
        return [change("removed")]
    out = []
    if not same_text(text_of(old), text_of(new)):
        out.append(change("text", text_of(old), text_of(new)))
    if old.status != new.status:
        out.append(change("status", old.status, new.status))
    if old.rag != new.rag:
        out.append(change("rag", old.rag, new.rag))
    if old.target_date != new.target_date:
        days = slip(old.target_date, new.target_date)
        out.append(change("target_date", old.target_date, new.target_date, slip_days=days))
    for date, text in new_updates(old, new):
        out.append(change("update", "", text, update_date=date))
    return out


def changes(plans: list[PlanMatch]) -> list[Change]:
    """Every change of the paired plans, plan by plan, recommendation by recommendation."""
    return [c for plan in plans for match in plan.recs for c in rec_changes(plan, match)]
