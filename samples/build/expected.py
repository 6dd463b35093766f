"""The expected output rows (the output contract) of a sample, derived from the rendered data."""

from __future__ import annotations

import re
from dataclasses import dataclass

from dates import find_dates, latest
from model import Plan, Rec, paragraphs, plain, strip_tags

REC_FIELDS = (
    "source_file",
    "plan_title",
    "case_ref",
    "section",
    "rec_id",
    "recommendation",
    "agency",
    "action",
    "lead",
    "target_date",
    "target_dates",
    "target_date_text",
    "progress",
    "review",
    "rag",
    "status",
    "page_start",
    "page_end",
)
ACTION_FIELDS = (
    "source_file",
    "plan_title",
    "section",
    "rec_id",
    "action_id",
    "action",
    "lead",
    "target_date",
    "target_date_text",
)

#: An action label at the start of a line: "1.1", "2.3.", "i)", "(ii)", "a)".
ACTION_LABEL_RE = re.compile(r"^(?:(\d+\.\d+)\.?|\(?([ivx]+|[a-z])\))\s+(.*)$", re.DOTALL)
LEAD_LABEL_RE = re.compile(r"^\s*Leads?\s*[-–:]\s*", re.IGNORECASE)
STATUS_RE = re.compile(
    r"\b(complete|completed|closed|achieved|ongoing|in progress|on track|underway)\b",
    re.IGNORECASE,
)
COMPLETE_WORDS = {"complete", "completed", "closed", "achieved"}


def status_of(text: str) -> str:
    """ "complete", "ongoing" or "" from the last status word of ``text``."""
    words = STATUS_RE.findall(text)
    if not words:
        return ""
    return "complete" if words[-1].lower() in COMPLETE_WORDS else "ongoing"


def target_dates(plan: Plan, text: str) -> list[str]:
    """Every date of a target-date text, in order, repeats dropped.

    A plan with hand-given ``date_truth`` takes each line's dates from it (a line missing from
    it is an error); otherwise :func:`dates.find_dates` reads them.
    """
    if not plan.date_truth:
        return find_dates(text)
    found: list[str] = []
    for line in text.split("\n"):
        if not line.strip():
            continue
        if line not in plan.date_truth:
            raise ValueError(f"{plan.title!r}: no date truth for target line {line!r}")
        found.extend(iso for iso in plan.date_truth[line] if iso not in found)
    return found


def drop_lead_label(text: str) -> str:
    """A lead without its leading "Lead -" / "Leads -" / "Lead:" label."""
    return LEAD_LABEL_RE.sub("", text, count=1).strip()


def column_text(plan: Plan, rec: Rec, key: str) -> str:
    """All text of one column for a recommendation, its physical rows in order."""
    if plan.column(key) is None:
        return ""
    if key in plan.rec_level:
        return plain(rec.cells.get(key, ""))
    parts = [plain(row.get(key, "")) for row in rec.rows]
    return "\n".join(p for p in parts if p)


@dataclass
class ActionItem:
    """One numbered action as read from a physical row."""

    action_id: str
    lines: list[tuple[str, bool]]  # (text, starts a new paragraph)
    lead: str = ""
    date_text: str = ""

    def text(self) -> str:
        """The action text: paragraphs joined with newlines, line breaks with spaces."""
        out = ""
        for i, (line, new_para) in enumerate(self.lines):
            if i:
                out += "\n" if new_para else " "
            out += line
        return out.strip()


def row_items(action_markup: str) -> list[ActionItem]:
    """The labelled action items of one action cell (text before the first label is not one)."""
    items: list[ActionItem] = []
    for para in paragraphs(action_markup):
        for j, line_markup in enumerate(para.split("<br>")):
            line = strip_tags(line_markup)
            if not line:
                continue
            m = ACTION_LABEL_RE.match(line)
            if m:
                items.append(ActionItem(m[1] or m[2], [(m[3].strip(), True)]))
            elif items:
                items[-1].lines.append((line, j == 0))
    return items


def rec_actions(plan: Plan, rec: Rec) -> list[ActionItem]:
    """The numbered actions of a recommendation with their own lead and date text.

    Within a physical row, a lead cell with one paragraph per action (or a date cell with one
    line per action) gives each action its own; otherwise the whole cell is shared.
    """
    if plan.column("lead") is not None and "lead" in plan.rec_level:
        raise ValueError("sample plans keep the lead column per physical row")
    has_lead = plan.column("lead") is not None
    has_target = plan.column("target") is not None
    actions: list[ActionItem] = []
    for full_row in rec.rows:
        row = {
            "action": full_row.get("action", ""),
            "lead": full_row.get("lead", "") if has_lead else "",
            "target": full_row.get("target", "") if has_target else "",
        }
        items = row_items(row["action"])
        if not items:
            continue
        lead_paras = [strip_tags(p) for p in paragraphs(row.get("lead", ""))]
        lead_paras = [p for p in lead_paras if p]
        date_lines = [
            strip_tags(x) for p in paragraphs(row.get("target", "")) for x in p.split("<br>")
        ]
        date_lines = [d for d in date_lines if d]
        for k, item in enumerate(items):
            if len(lead_paras) == len(items):
                item.lead = lead_paras[k]
            else:
                item.lead = plain(row.get("lead", ""))
            if len(date_lines) == len(items):
                item.date_text = date_lines[k]
            else:
                item.date_text = plain(row.get("target", ""))
            item.lead = drop_lead_label(item.lead)
        actions.extend(items)
    return actions


def expected_rows(
    source_file: str, plan: Plan, spans: dict[int, tuple[int, int]]
) -> tuple[list[dict[str, object]], list[dict[str, object]]]:
    """The recommendation rows and action rows of one plan."""
    recs: list[dict[str, object]] = []
    actions: list[dict[str, object]] = []
    for index, rec in enumerate(plan.recs):
        date_text = column_text(plan, rec, "target")
        dates = target_dates(plan, date_text)
        progress = column_text(plan, rec, "progress")
        review = column_text(plan, rec, "review")
        rag_text = rec.rag if plan.rag_mode == "text" else ""
        if rec.status_truth is not None:
            status = rec.status_truth
        else:
            status = status_of("\n".join((progress, review, rag_text)))
        lead = column_text(plan, rec, "lead")
        action = column_text(plan, rec, "action")
        page_start, page_end = spans[index]
        row: dict[str, object] = {
            "source_file": source_file,
            "plan_title": plan.title,
            "case_ref": plan.case_ref,
            "section": rec.section,
            "rec_id": rec.rec_id,
            "recommendation": plain(rec.text),
            "agency": column_text(plan, rec, "agency"),
            "action": action,
            "lead": lead,
            "target_date": latest(dates),
            "target_dates": ";".join(dates),
            "target_date_text": date_text,
            "progress": progress,
            "review": review,
            "rag": rec.rag if plan.rag_mode != "none" else "",
            "status": status,
            "page_start": page_start,
            "page_end": page_end,
        }
        assert tuple(row) == REC_FIELDS
        recs.append(row)

        items = rec_actions(plan, rec)
        if not items:
            items = [ActionItem(rec.rec_id, [(action, True)], drop_lead_label(lead), date_text)]
        for item in items:
            item_dates = target_dates(plan, item.date_text)
            actions.append(
                {
                    "source_file": source_file,
                    "plan_title": plan.title,
                    "section": rec.section,
                    "rec_id": rec.rec_id,
                    "action_id": item.action_id,
                    "action": item.text(),
                    "lead": item.lead,
                    "target_date": latest(item_dates),
                    "target_date_text": item.date_text,
                }
            )
    return recs, actions
