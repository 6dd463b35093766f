"""changes.csv: what changed between two versions of a plan, one row per change."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from actionplan.compare.changes import Change
from actionplan.output.csv_writer import write_csv

CHANGE_COLUMNS = (
    "change", "plan_title", "case_ref", "rec_id", "old_rec_id", "before", "after", "slip_days",
    "update_date", "matched_by", "old_file", "new_file", "old_page", "new_page", "recommendation",
    # Added after the named columns.
    "similarity", "plan_matched_by",
)  # fmt: skip


def change_row(change: Change) -> dict[str, Any]:
    """The CSV row of one change ('' for a missing number)."""

    def blank(value: object) -> object:
        return "" if value is None else value

    return {
        "change": change.change,
        "plan_title": change.plan_title,
        "case_ref": change.case_ref,
        "rec_id": change.rec_id,
        "old_rec_id": change.old_rec_id,
        "before": change.before,
        "after": change.after,
        "slip_days": blank(change.slip_days),
        "update_date": change.update_date,
        "matched_by": change.matched_by,
        "old_file": change.old_file,
        "new_file": change.new_file,
        "old_page": blank(change.old_page),
        "new_page": blank(change.new_page),
        "recommendation": change.recommendation,
        "similarity": "" if change.similarity is None else f"{change.similarity:.3f}",
        "plan_matched_by": change.plan_matched_by,
    }


def write_changes(changes: list[Change], out: Path, *, raw: bool = False) -> Path:
    """Write out/changes.csv (formulas neutralised unless raw) and return its path."""
    path = out / "changes.csv"
    write_csv(path, CHANGE_COLUMNS, (change_row(c) for c in changes), raw=raw)
    return path
