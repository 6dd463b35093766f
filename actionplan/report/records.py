"""The rows a report counts: the current version of every plan (see
:mod:`actionplan.compare.versions`), one row per recommendation, with its review, quarter,
overdue flag as of the report's day, and themes."""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from datetime import date

import pandas as pd

from actionplan.compare.changes import Change, changes
from actionplan.compare.matching import match_plans
from actionplan.compare.recurring import Group, recurring_groups
from actionplan.compare.similarity import squash, text_of
from actionplan.compare.thresholds import RECURRING_THRESHOLD
from actionplan.compare.versions import PlanHistory, plan_histories
from actionplan.normalise.dates import period_end
from actionplan.normalise.models import Document, Recommendation
from actionplan.normalise.records import is_overdue
from actionplan.normalise.themes import CompiledTheme, themes_of

RECORD_COLUMNS = (
    "review", "source_file", "source_path", "plan_title", "case_ref", "section", "rec_id",
    "recommendation", "agency", "status", "rag", "target_date", "quarter", "overdue",
    "page", "themes", "versions",
)  # fmt: skip


@dataclass
class ReportData:
    """Everything a report shows, before it is drawn."""

    as_of: date
    documents: list[Document]
    histories: list[PlanHistory]
    records: pd.DataFrame
    """One row per recommendation of each plan's current version (RECORD_COLUMNS)."""
    themes: list[CompiledTheme]
    groups: list[Group]
    """Recurring groups; members index records' rows."""
    threshold: float
    slippage: list[Change] = field(default_factory=list)
    """Changes between consecutive versions of every plan printed more than once."""


def review_of(case_ref: str, source_file: str) -> str:
    """The review a plan belongs to: its case reference, or else the document printing it."""
    return squash(case_ref) or source_file


def quarter_of(iso: str) -> str:
    """'2021 Q3' for a target date (the quarter its period ends in); '' without one."""
    end = period_end(iso) if iso else None
    return f"{end.year} Q{(end.month - 1) // 3 + 1}" if end else ""


def agency_name(text: str) -> str:
    """An agency as printed, spacing made single and trailing punctuation dropped."""
    return re.sub(r"[\s.,;:]+$", "", squash(text))


def record_row(
    history: PlanHistory, rec: Recommendation, as_of: date, themes: list[CompiledTheme]
) -> dict[str, object]:
    """The row of one current recommendation."""
    version = history.current
    plan, doc = version.plan, version.doc
    text = text_of(rec)
    return {
        "review": review_of(plan.case_ref, doc.source_file),
        "source_file": doc.source_file,
        "source_path": doc.source_path,
        "plan_title": plan.plan_title,
        "case_ref": plan.case_ref,
        "section": rec.section,
        "rec_id": rec.rec_id,
        "recommendation": text,
        "agency": agency_name(rec.agency),
        "status": rec.status,
        "rag": rec.rag,
        "target_date": rec.target_date,
        "quarter": quarter_of(rec.target_date),
        "overdue": is_overdue(rec, as_of),
        "page": rec.page_start,
        "themes": "; ".join(themes_of(rec.recommendation, themes)),
        "versions": len(history.versions),
    }


def slippage_of(histories: list[PlanHistory]) -> list[Change]:
    """The changes from each version of a plan to the next."""
    out: list[Change] = []
    for history in histories:
        for old, new in zip(history.versions, history.versions[1:], strict=False):
            pairs = match_plans(
                [(old.doc.source_file, old.plan)], [(new.doc.source_file, new.plan)]
            )
            out.extend(changes(pairs))
    return out


def report_data(
    documents: list[Document],
    as_of: date,
    themes: list[CompiledTheme],
    threshold: float = RECURRING_THRESHOLD,
) -> ReportData:
    """The report's data for the documents (failed ones are listed, not counted)."""
    histories = plan_histories(documents)
    rows = [
        record_row(history, rec, as_of, themes)
        for history in histories
        for rec in history.current.plan.recommendations
    ]
    records = pd.DataFrame(rows, columns=list(RECORD_COLUMNS))
    records["overdue"] = records["overdue"].astype("boolean")
    groups = recurring_groups(
        records["recommendation"].tolist(), records["review"].tolist(), threshold
    )
    return ReportData(
        as_of=as_of,
        documents=documents,
        histories=histories,
        records=records,
        themes=themes,
        groups=groups,
        threshold=threshold,
        slippage=slippage_of(histories),
    )
