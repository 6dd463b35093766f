"""Records flattened to the rows of the output contract (column names and order are fixed)."""

from __future__ import annotations

import json
from typing import Any

from actionplan.extract.page_ranges import page_ranges
from actionplan.normalise.models import Document
from actionplan.normalise.themes import CompiledTheme, themes_of

RECOMMENDATION_COLUMNS = (
    "source_file", "plan_title", "case_ref", "section", "rec_id", "recommendation", "agency",
    "action", "lead", "target_date", "target_dates", "target_date_text", "progress", "review",
    "rag", "status", "page_start", "page_end",
    # Added after the contract columns.
    "extra", "warnings", "overdue", "last_update", "rag_text", "status_text",
)  # fmt: skip
ACTION_COLUMNS = (
    "source_file", "plan_title", "section", "rec_id", "action_id", "action", "lead",
    "target_date", "target_date_text",
)  # fmt: skip
DOCUMENT_COLUMNS = (
    "source_file", "sha256", "pages", "plans", "recommendations", "status", "message",
    # Added after the contract columns.
    "text_coverage", "ocr_pages", "warnings", "damaged_pages", "parser_fallbacks",
)  # fmt: skip


THEMES_COLUMN = "themes"
"""Added after every other column when a taxonomy of themes is given (convert --themes)."""


def recommendation_columns(themes: list[CompiledTheme] | None = None) -> tuple[str, ...]:
    """The columns of recommendations.csv: the contract's, and themes when a taxonomy is given."""
    return RECOMMENDATION_COLUMNS if themes is None else (*RECOMMENDATION_COLUMNS, THEMES_COLUMN)


def recommendation_rows(
    doc: Document, themes: list[CompiledTheme] | None = None
) -> list[dict[str, Any]]:
    """One row per recommendation of every plan of the document; with a taxonomy, each row's
    themes too ("; "-joined, found in the recommendation's text)."""
    rows = []
    for plan in doc.plans:
        for rec in plan.recommendations:
            row = rec.model_dump(
                exclude={
                    "actions",
                    "extra",
                    "warnings",
                    "target_dates",
                    "progress_updates",
                    "provenance",
                    "rec_label",
                }
            )
            row.update(
                source_file=doc.source_file,
                plan_title=plan.plan_title,
                case_ref=plan.case_ref,
                target_dates=";".join(rec.target_dates),
                extra=json.dumps(rec.extra, ensure_ascii=False) if rec.extra else "",
                warnings="; ".join(rec.warnings),
                overdue="" if rec.overdue is None else str(rec.overdue).lower(),
            )
            if themes is not None:
                row[THEMES_COLUMN] = "; ".join(themes_of(rec.recommendation, themes))
            rows.append({c: row[c] for c in recommendation_columns(themes)})
    return rows


def action_rows(doc: Document) -> list[dict[str, Any]]:
    """One row per action of every recommendation."""
    rows = []
    for plan in doc.plans:
        for rec in plan.recommendations:
            for action in rec.actions:
                row = action.model_dump()
                row.update(
                    source_file=doc.source_file,
                    plan_title=plan.plan_title,
                    section=rec.section,
                    rec_id=rec.rec_id,
                )
                rows.append({c: row[c] for c in ACTION_COLUMNS})
    return rows


def document_row(doc: Document) -> dict[str, Any]:
    """The one row saying what became of the input file."""
    return {
        "source_file": doc.source_file,
        "sha256": doc.sha256,
        "pages": doc.pages,
        "plans": len(doc.plans),
        "recommendations": doc.recommendation_count,
        "status": doc.status,
        "message": doc.message,
        "text_coverage": "" if doc.text_coverage is None else f"{doc.text_coverage:.4f}",
        "ocr_pages": page_ranges(doc.ocr_pages),
        "warnings": "; ".join(doc.warnings),
        "damaged_pages": page_ranges(doc.damaged_pages),
        "parser_fallbacks": doc.parser_fallbacks,
    }
