"""Writing a report folder: report.html and the CSV of every figure."""

from __future__ import annotations

from html import escape
from pathlib import Path

import pandas as pd

from actionplan.compare.versions import PlanHistory
from actionplan.normalise.models import Document
from actionplan.output.changes_writer import CHANGE_COLUMNS, change_row
from actionplan.output.csv_writer import write_csv
from actionplan.output.files import atomic_write
from actionplan.output.rows import recommendation_columns, recommendation_rows
from actionplan.report import tables
from actionplan.report.charts import (
    COMPLETE,
    LATE,
    MAX_BARS,
    NEUTRAL,
    OPEN,
    RAG_COLOURS,
    bars,
    stacked_bars,
)
from actionplan.report.page import Figure, figure_html, page_html, section, source_link, table_html
from actionplan.report.records import ReportData


def status_figure(data: ReportData) -> Figure:
    """Recommendations by status."""
    frame = tables.statuses(data)
    chart = bars(
        frame["status"].tolist(),
        frame["recommendations"].tolist(),
        [NEUTRAL] * len(frame),
        "Status",
    )
    return Figure(
        chart,
        frame,
        "status.csv",
        "Recommendations by status ('(not given)': the plan prints no status the tool could read).",
    )


def rag_figure(data: ReportData) -> Figure:
    """Recommendations by RAG rating."""
    frame = tables.rags(data)
    colours = [RAG_COLOURS.get(r, OPEN) for r in frame["rag"]]
    chart = bars(frame["rag"].tolist(), frame["recommendations"].tolist(), colours, "RAG rating")
    return Figure(chart, frame, "rag.csv", "Recommendations by RAG rating.")


def agency_figure(data: ReportData) -> Figure:
    """Per agency: complete, open and overdue recommendations."""
    frame = tables.agencies(data)
    # Records without an agency are in the table; as a bar they would dwarf every agency.
    top = frame[frame["agency"] != tables.UNKNOWN].head(MAX_BARS)
    open_ = top["recommendations"] - top["complete"] - top["overdue"]
    chart = stacked_bars(
        top["agency"].tolist(),
        [
            ("complete", top["complete"].tolist(), COMPLETE),
            ("open", open_.clip(lower=0).tolist(), OPEN),
            (f"overdue as of {data.as_of.isoformat()}", top["overdue"].tolist(), LATE),
        ],
        "Recommendations per agency",
    )
    shown = f"the {MAX_BARS} with most recommendations" if len(frame) > MAX_BARS else "all"
    return Figure(
        chart,
        frame,
        "agencies.csv",
        f"Agencies across reviews ({shown}; every agency in the table), sorted by recommendations.",
    )


def quarter_figure(data: ReportData) -> Figure:
    """Target dates by quarter, complete or not."""
    frame = tables.quarters(data)
    chart = stacked_bars(
        frame["quarter"].tolist(),
        [
            ("complete", frame["complete"].tolist(), COMPLETE),
            ("not complete", frame["not_complete"].tolist(), LATE),
        ],
        "Target dates by quarter",
        horizontal=False,
    )
    return Figure(
        chart,
        frame,
        "quarters.csv",
        "Recommendations by the quarter their latest "
        "target date falls in (a year alone counts in its last quarter), and how many "
        "of each are complete.",
    )


def theme_figure(data: ReportData) -> Figure:
    """Recommendations per theme."""
    frame = tables.themes(data)
    chart = bars(
        frame["theme"].tolist(), frame["recommendations"].tolist(), [NEUTRAL] * len(frame), "Themes"
    )
    return Figure(
        chart,
        frame,
        "themes.csv",
        "Recommendations (and reviews) per theme of the "
        "taxonomy; a recommendation may have several themes or none.",
    )


def recurring_html(data: ReportData, out: Path) -> str:
    """Each recurring group with its members linked to their source file and page."""
    if not data.groups:
        return '<p class="empty">No recommendation recurs across reviews.</p>'
    parts = []
    for number, group in enumerate(data.groups, start=1):
        items = []
        for index in group.members:
            rec = data.records.iloc[index]
            link = source_link(rec["source_file"], rec["source_path"], int(rec["page"]), out)
            rec_id = f" {escape(rec['rec_id'])}" if rec["rec_id"] else ""
            items.append(
                f'<li>{escape(rec["recommendation"])}<br><span class="source">'
                f"{escape(rec['review'])}, recommendation{rec_id} — </span>{link}</li>"
            )
        parts.append(
            f'<article class="group" id="group-{number}"><h3>Group {number}: '
            f"{len(group.members)} recommendations from {group.reviews} reviews "
            f"(mean similarity {group.mean_similarity:.2f})</h3><ol>{''.join(items)}</ol>"
            "</article>"
        )
    return "".join(parts)


def slippage_frame(data: ReportData) -> pd.DataFrame:
    """The changes between versions, as changes.csv rows."""
    rows = [change_row(c) for c in data.slippage]
    return pd.DataFrame(rows, columns=list(CHANGE_COLUMNS))


def slippage_html(data: ReportData, frame: pd.DataFrame) -> str:
    """Target dates that moved and statuses that changed between versions of a plan."""
    several = [h for h in data.histories if len(h.versions) > 1]
    if not several:
        return '<p class="empty">No plan was given in more than one version.</p>'
    moved = frame[frame["change"] == "target_date"]
    summary = (
        f"<p>{len(several)} plans were given in more than one version (or as copies); "
        f"{len(frame)} changes between consecutive versions, {len(moved)} target dates moved"
    )
    slips = [int(s) for s in moved["slip_days"] if s != ""]
    if slips:
        summary += (
            f" (by {min(slips)} to {max(slips)} days, median {sorted(slips)[len(slips) // 2]})"
        )
    summary += ".</p>"
    shown = frame[frame["change"].isin(["target_date", "status", "added", "removed"])][
        ["change", "plan_title", "rec_id", "before", "after", "slip_days", "old_file", "new_file"]
    ]
    return (
        summary + table_html(shown) + '<p class="csv">Every change (updates and text too): '
        '<a href="slippage.csv">slippage.csv</a></p>'
    )


def documents_frame(documents: list[Document], histories: list[PlanHistory]) -> pd.DataFrame:
    """Every document given: what became of it and whether its plans are the current versions."""
    current = {id(h.current.doc) for h in histories}
    rows = [
        {
            "source_file": d.source_file,
            "status": d.status,
            "message": d.message,
            "plans": len(d.plans),
            "recommendations": d.recommendation_count,
            "counted": "yes" if id(d) in current else "no (an older version or a copy)",
        }
        for d in documents
    ]
    return pd.DataFrame(
        rows, columns=["source_file", "status", "message", "plans", "recommendations", "counted"]
    )


def recommendations_rows(data: ReportData) -> list[dict[str, object]]:
    """The counted recommendations as recommendations.csv rows, with their themes after the
    contract's columns."""
    rows = []
    for history in data.histories:
        doc = history.current.doc
        current = Document(source_file=doc.source_file, plans=[history.current.plan])
        rows += recommendation_rows(current, data.themes)
    return rows


def write_report(data: ReportData, out: Path, title: str, meta: str) -> Path:
    """Write out/report.html and its CSVs; return the page's path."""
    out.mkdir(parents=True, exist_ok=True)
    figures = {
        "status": status_figure(data),
        "rag": rag_figure(data),
        "agencies": agency_figure(data),
        "quarters": quarter_figure(data),
        "themes": theme_figure(data),
    }
    overview = tables.overview(data)
    recurring = tables.recurring(data)
    by_review = tables.themes_by_review(data)
    slippage = slippage_frame(data)
    documents = documents_frame(data.documents, data.histories)
    csvs = {
        "overview.csv": overview,
        "recurring.csv": recurring,
        "themes_by_review.csv": by_review,
        "slippage.csv": slippage,
        "documents.csv": documents,
        **{f.csv: f.table for f in figures.values()},
    }
    for name, frame in csvs.items():
        rows = [{str(k): v for k, v in row.items()} for row in frame.to_dict("records")]
        write_csv(out / name, [str(c) for c in frame.columns], rows)
    write_csv(
        out / "recommendations.csv",
        recommendation_columns(data.themes),
        recommendations_rows(data),
    )
    sections = [
        (
            "overview",
            "The whole set",
            table_html(overview) + '<p class="csv">Data: '
            '<a href="overview.csv">overview.csv</a> · every recommendation counted, with its '
            'themes: <a href="recommendations.csv">recommendations.csv</a></p>'
            + figure_html(figures["status"])
            + figure_html(figures["rag"]),
        ),
        ("agencies", "Agencies", figure_html(figures["agencies"])),
        ("quarters", "Target dates by quarter", figure_html(figures["quarters"])),
        (
            "recurring",
            "Recurring recommendations",
            recurring_html(data, out)
            + '<p class="csv">Data: <a href="recurring.csv">recurring.csv</a></p>',
        ),
        (
            "themes",
            "Themes",
            figure_html(figures["themes"])
            + "<h3>Themes per review</h3><details><summary>Table</summary>"
            + table_html(by_review)
            + '</details><p class="csv">Data: '
            '<a href="themes_by_review.csv">themes_by_review.csv</a></p>',
        ),
        ("slippage", "Slippage between versions", slippage_html(data, slippage)),
        (
            "documents",
            "Documents",
            table_html(documents)
            + '<p class="csv">Data: <a href="documents.csv">documents.csv</a></p>',
        ),
    ]
    notes = {
        "recurring": f"Groups of recommendations from different reviews whose texts are alike "
        f"(TF-IDF cosine similarity at least {data.threshold:.2f}, average linkage within a "
        "group), largest first.",
        "agencies": "Agencies as printed in each plan's agency column, compared without regard "
        "to case.",
    }
    html_sections = [
        (anchor, heading, section(anchor, heading, body, notes.get(anchor, "")))
        for anchor, heading, body in sections
    ]
    path = out / "report.html"
    with atomic_write(path) as fh:
        fh.write(page_html(title, meta, html_sections))
    return path
