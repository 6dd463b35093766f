"""One table to one plan: recommendations with their fields, actions, dates, RAG and status."""

from __future__ import annotations

from datetime import date
from itertools import pairwise

from actionplan.extract.models import Cell, Table
from actionplan.normalise.actions import build_actions
from actionplan.normalise.caseref import find_case_ref
from actionplan.normalise.dates import invalid_dates, latest, period_end
from actionplan.normalise.fields import collect, collect_field, field_columns
from actionplan.normalise.headers import header_scores, map_headers, phases_as_actions
from actionplan.normalise.layout import Group, group_rows, origin_text
from actionplan.normalise.models import Plan, ProgressUpdate, Provenance, Rag, Recommendation
from actionplan.normalise.numbering import is_action_label_line, split_rec_label
from actionplan.normalise.rag import rag_from_fill, rag_from_text
from actionplan.normalise.status import decide_status
from actionplan.normalise.terms import is_standing_term, read_timescale
from actionplan.normalise.updates import last_update, progress_updates

MAIN_FIELDS = ("recommendation", "action")
DETAIL_FIELDS = ("agency", "lead", "target_date", "progress", "review", "rag", "status")


def is_plan(fields: list[str], header: list[str]) -> bool:
    """An action table: rows of recommendations, actions, measures, tasks or milestones (a main
    text column) with an owner, a timescale or a status beside them; a column headed
    "Recommendation" is enough on its own."""
    if any(f in MAIN_FIELDS for f in fields) and any(f in DETAIL_FIELDS for f in fields):
        return True
    return any(
        f == "recommendation" and header_scores(h)["recommendation"] >= 4
        for f, h in zip(fields, header, strict=True)
    )


def header_names(header: list[str]) -> list[str]:
    """Column names for output: the printed header, or 'column N' where none was printed."""
    return [" ".join(h.split()) or f"column {i + 1}" for i, h in enumerate(header)]


PROVENANCE_FIELDS = set(Provenance.model_fields)
"""The fields set of every Provenance made here (all of them given): one set shared, not one
per cell of every record (a 3,000-page plan has some fifty thousand)."""


def provenance(name: str, cell: Cell) -> Provenance:
    """Where a field's cell was printed. Built without validation from the cell's own page and
    box (the box's floats as they are: a tuple per cell less)."""
    bbox = cell.bbox
    if not all(type(v) is float for v in bbox):
        bbox = (float(bbox[0]), float(bbox[1]), float(bbox[2]), float(bbox[3]))
    return Provenance.model_construct(PROVENANCE_FIELDS, field=name, page=cell.page, bbox=bbox)


def rag_of(grid: list[list[Cell | None]], group: Group, cols: list[int]) -> tuple[Rag, str]:
    """(RAG colour, RAG cell text): the cell's words if they name a colour, else its fill."""
    text = collect_field(grid, group.logical, cols).text()
    rag = rag_from_text(text)
    if not rag:
        fills = (cell.fill for c in cols for r in group.rows if (cell := grid[r][c]) is not None)
        rag = next((found for fill in fills if (found := rag_from_fill(fill))), "")
    return rag, text


def label_of(printed: str, rest: str) -> str:
    """The label part of a recommendation cell: what split_rec_label took off the front."""
    if not printed:
        return ""
    at = printed.find(rest) if rest else len(printed)
    return printed[: at if at >= 0 else 0].strip()


def warnings_for(
    rec: Recommendation, date_text: str, dayfirst: bool, periods_noted: bool
) -> list[str]:
    """What a reader should check by eye in this record. A target text of standing terms
    ("Ongoing", "Annually") has no date to miss; a period read is noted by read_timescale."""
    out = []
    if rec.recommendation and not rec.rec_id:
        out.append("no recommendation number")
    unread = not rec.target_dates and not periods_noted and not is_standing_term(date_text)
    if date_text.strip() and unread:
        out.append(f"no date in target text {' '.join(date_text.split())!r}")
    for bad in invalid_dates(date_text, dayfirst=dayfirst):
        out.append(f"impossible date {bad!r}")
    out.extend(f"unmapped column {name!r}" for name, text in rec.extra.items() if text)
    return out


def build_recommendation(
    table: Table,
    grid: list[list[Cell | None]],
    group: Group,
    fields: list[str],
    names: list[str],
    dayfirst: bool,
    as_of: date,
) -> Recommendation:
    """Merge a group's rows into one record."""
    columns = field_columns(fields)
    collected = {
        name: collect_field(grid, group.logical, cols)
        for name, cols in columns.items()
        if name != "extra"
    }
    extras = {names[c]: collect(grid, group.logical, c) for c in columns.get("extra", [])}
    text = {name: column.text() for name, column in collected.items()}
    extra = {name: column.text() for name, column in extras.items()}
    phases = columns.get("action", [])
    if len({names[c] for c in phases}) > 1:
        # Actions by phase ("Before the event" | "During" | "After"): each phase's text under
        # its header, so the record still says when each action happens.
        parts = [(names[c], collect(grid, group.logical, c).text()) for c in phases]
        text["action"] = "\n".join(f"{name}: {part}" for name, part in parts if part)
    rec_id, recommendation = split_rec_label(text.get("recommendation", ""))
    label = label_of(text.get("recommendation", ""), recommendation)
    if "rec_id" in text:
        rec_id, title = split_rec_label(text["rec_id"])
        rec_id = rec_id or text["rec_id"].strip().rstrip(".")
        label = text["rec_id"].strip()
        if rec_id != label.rstrip(".") and any(ch.isalpha() for ch in title):
            # "5 - Enhanced maternity dataset": the title printed with the id opens the text.
            recommendation = f"{title}\n{recommendation}".strip()
    elif "recommendation" not in text:
        # A table of actions only ("1.1 Assess data assets ..."): the action's number is the id.
        rec_id = split_rec_label(text.get("action", ""))[0]
    date_text = text.get("target_date", "")
    timescale = read_timescale(date_text, dayfirst=dayfirst)
    dates = list(dict.fromkeys(h.iso for h in timescale.hits))
    rag, rag_text = rag_of(grid, group, columns.get("rag", []))
    status_text = text.get("status", "")
    if "rag" not in columns and "status" in columns:
        # A status column is the plan's only rating: its colour words or fill are the RAG.
        rag = rag_of(grid, group, columns["status"])[0]
    decision = decide_status(
        status_text, text.get("progress", ""), text.get("review", ""), rag_text, rag
    )
    pages = [table.rows[r].page for r in group.rows if any(c.lines for c in table.rows[r].cells)]
    rec = Recommendation(
        section=text.get("section") or group.section,
        rec_id=rec_id,
        rec_label=label,
        recommendation=recommendation,
        target_date=latest(dates),
        target_dates=dates,
        target_date_text=date_text,
        rag=rag,
        rag_text=rag_text,
        status_text=status_text,
        status=decision.status,
        page_start=min(pages, default=0),
        page_end=max(pages, default=0),
        extra=extra,
        provenance=[
            provenance(name, cell)
            for name, column in (
                *collected.items(),
                *(("extra:" + k, v) for k, v in extras.items()),
            )
            for cell in column.cells
        ],
        actions=build_actions(grid, group, columns, rec_id, dayfirst),
        agency=text.get("agency", ""),
        action=text.get("action", ""),
        lead=text.get("lead", ""),
        progress=text.get("progress", ""),
        review=text.get("review", ""),
    )
    rec.warnings = [
        *warnings_for(rec, date_text, dayfirst, bool(timescale.notes)),
        *timescale.notes,
        *decision.warnings,
    ]
    rec.warnings += [
        f"row cut by the page break before page {page} joined to the row above (check the join)"
        for page in group.joined_pages
    ]
    updates = progress_updates(rec.progress, dayfirst)
    rec.progress_updates = [ProgressUpdate(date=u.date, text=u.text) for u in updates]
    rec.last_update = last_update(updates)
    rec.overdue = is_overdue(rec, as_of)
    return rec


def is_overdue(rec: Recommendation, as_of: date) -> bool | None:
    """The latest target date (the end of its period) is before as_of and the work is not
    complete; None when no target date was printed."""
    end = period_end(rec.target_date) if rec.target_date else None
    if end is None:
        return None
    return end < as_of and rec.status != "complete"


def widen_spans(header: list[str], fields: list[str]) -> list[str]:
    """A header cell spanning several columns ("ACTIONS" over two) gives its field to all."""
    out = list(fields)
    for col in range(1, len(out)):
        if out[col] == "extra" and header[col] and header[col] == header[col - 1]:
            out[col] = out[col - 1]
    return out


MERGED_SHARE = 0.75


def theme_column(table: Table, grid: list[list[Cell | None]], fields: list[str]) -> int | None:
    """A main text column not headed as a review's recommendations (Objective, Goal) whose
    cells are each merged over, or printed once above, several rows that carry an action of
    their own: it heads those rows as a theme does, so it is read as their section. (A review's
    recommendation owning several action rows stays one record: its header says so.)"""
    if "recommendation" not in fields or "action" not in fields:
        return None
    col, action = fields.index("recommendation"), fields.index("action")
    if header_scores(table.header[col])["recommendation"] >= 4:
        return None
    rows = [r for r, row in enumerate(grid) if (cell := row[action]) is not None and cell.row == r]
    rows = [r for r in rows if (cell := grid[r][action]) is not None and cell.text.strip()]
    heads = {id(cell) for r in rows if (cell := grid[r][col]) is not None and cell.text.strip()}
    if len(rows) >= 2 and len(heads) < MERGED_SHARE * len(rows):
        return col
    return None


UNHEADED_DETAIL_WORDS = 5


def unheaded_actions(table: Table, grid: list[list[Cell | None]], fields: list[str]) -> list[str]:
    """A column printed without a header whose cells are mostly numbered items ("1. Advocate
    for crop diversification") is the action column, when a timescale, owner or status column
    sits beside it (a timeline of activities under a "Year" or "Timeframe" band)."""
    details = [h for h, f in zip(table.header, fields, strict=True) if f in DETAIL_FIELDS]
    if any(f in MAIN_FIELDS for f in fields) or not details:
        return fields
    if any(len(h.split()) > UNHEADED_DETAIL_WORDS for h in details):
        # A sentence over the columns is the rest of a row taken for a header, not a header.
        return fields
    for col, (header, name) in enumerate(zip(table.header, fields, strict=True)):
        if name != "extra" or header.strip():
            continue
        texts = [t for r in range(len(grid)) if (t := origin_text(grid, r, col))]
        numbered = sum(1 for t in texts if split_rec_label(t)[0] or is_action_label_line(t))
        if len(texts) >= 3 and numbered * 2 >= len(texts):
            return ["action" if c == col else f for c, f in enumerate(fields)]
    return fields


def normalise_table(table: Table, dayfirst: bool, as_of: date) -> Plan | None:
    """The plan held by a table, or None when the table is not an action plan."""
    fields = widen_spans(table.header, map_headers(table.header))
    grid = table.grid()
    if not is_plan(fields, table.header):
        fields = phases_as_actions(table.header, fields)
    if not is_plan(fields, table.header):
        fields = unheaded_actions(table, grid, fields)
    if not is_plan(fields, table.header):
        return None
    names = header_names(table.header)
    theme = theme_column(table, grid, fields)
    if theme is not None and "section" not in fields:
        fields[theme] = "section"
    recs = [
        build_recommendation(table, grid, group, fields, names, dayfirst, as_of)
        for group in group_rows(table, fields)
    ]
    if "section" in fields:
        # A theme column printed once (or merged) heads the rows below it.
        for prev, rec in pairwise(recs):
            rec.section = rec.section or prev.section
    return Plan(
        plan_title=table.title,
        case_ref=find_case_ref(table.title, table.preamble, table.text_before),
        page_start=table.page_start,
        page_end=table.page_end,
        columns=dict(zip(names, fields, strict=True)),
        recommendations=recs,
    )
