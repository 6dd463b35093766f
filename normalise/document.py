"""A whole extracted PDF to the Document users see."""

from __future__ import annotations

from actionplan.extract.models import ExtractedDocument, Table
from actionplan.extract.page_ranges import page_ranges
from actionplan.normalise.adjacent import adjacent_loss, stray_loss
from actionplan.normalise.caseref import find_code
from actionplan.normalise.coverage import (
    Coverage,
    combine,
    output_text,
    table_coverage,
    with_unread_pages,
)
from actionplan.normalise.dates import infer_dayfirst
from actionplan.normalise.merge_checks import PlanChecks, check_plan, document_warnings
from actionplan.normalise.models import DocStatus, Document, Plan
from actionplan.normalise.ocr_ids import repair_ids
from actionplan.normalise.raw_tables import raw_table
from actionplan.normalise.records import normalise_table
from actionplan.normalise.settings import NormaliseSettings


def resolve_dayfirst(doc: ExtractedDocument, choice: bool | None) -> bool:
    """The user's date order, else day-first unless the document's dates prove month-first."""
    if choice is not None:
        return choice
    texts = (cell.text for t in doc.tables for row in t.rows for cell in row.cells)
    return infer_dayfirst(texts) is not False


def note_loss(plan: Plan, lost: Coverage, where: str) -> None:
    """Say on the plan and its last record where text printed by the table was lost."""
    if not lost.pages or not plan.recommendations:
        return
    note = f"text {where} on page(s) {page_ranges(list(lost.pages))} is in no record"
    plan.warnings.append(note)
    plan.recommendations[-1].warnings.append(note)


def note_structure(plan: Plan, found: PlanChecks) -> None:
    """Say on the records (and, for a skip, on the plan) where rows may be merged or lost."""
    for merged in found.merged:
        plan.recommendations[merged.index].warnings.append(merged.warning)
    for skip in found.skips:
        plan.recommendations[skip.index].warnings.append(skip.warning)
        plan.warnings.append(skip.plan_warning)


def inherit_case_refs(pairs: list[tuple[Table, Plan | None]]) -> None:
    """A plan whose own title and intro print no reference code is of the review the plan before
    it names ("Single Agency Action Plans" after the joint plan of DHR-ABC-2016-02)."""
    last = ""
    for table, plan in pairs:
        if plan is None:
            continue
        if any(find_code(t) for t in (table.title, table.preamble, table.text_before)):
            last = plan.case_ref
        elif last:
            plan.case_ref = last


def note_lost_colour(plans: list[Plan], grey_pages: list[int]) -> None:
    """A record with a RAG column but no RAG read, on a page scanned in greyscale, says that
    the colour was not there to read: a fill's grey does not tell Red from Green."""
    grey = set(grey_pages)
    for plan in plans:
        if "rag" not in plan.columns.values():
            continue
        for rec in plan.recommendations:
            pages = set(range(rec.page_start, rec.page_end + 1))
            if not rec.rag and pages & grey:
                rec.warnings.append(
                    f"RAG not read: page(s) {page_ranges(sorted(pages & grey))} scanned without "
                    "colour (greyscale), so a RAG shown as a colour cannot be known"
                )


def normalise_document(
    doc: ExtractedDocument, settings: NormaliseSettings | None = None
) -> Document:
    """Plans from every table that is an action plan; status says what was found."""
    settings = settings or NormaliseSettings()
    dayfirst = resolve_dayfirst(doc, settings.dayfirst)
    pairs = [(t, normalise_table(t, dayfirst, settings.as_of)) for t in doc.tables]
    inherit_case_refs(pairs)
    plans = [p for _, p in pairs if p is not None]
    if doc.ocr_pages:
        for read in plans:
            ids = repair_ids([r.rec_id for r in read.recommendations])
            for rec, rec_id in zip(read.recommendations, ids, strict=True):
                rec.rec_id = rec_id
    tables = [(t, p is not None) for t, p in pairs]
    parts = []
    for table, plan in pairs:
        if plan is None:
            continue
        parts.append(table_coverage(table, plan))
        output = output_text(plan)
        lost = adjacent_loss(table, tables, doc.loose_lines, output)
        stray = stray_loss(table, doc.loose_lines, output)
        parts += [lost, stray]
        note_loss(plan, lost, "printed after the table")
        note_loss(plan, stray, "printed among the table's rows but in no cell")
        plan.warnings = [*table.notes, *plan.warnings]
    note_lost_colour(plans, doc.grey_pages)
    # After the OCR id repair: a misread id ("l" for "1") would look like a skip.
    checks = [check_plan(plan) for plan in plans]
    for plan, found in zip(plans, checks, strict=True):
        note_structure(plan, found)
    table_pages = {c.page for t, p in pairs if p for row in t.rows for c in row.cells if c.text}
    coverage = with_unread_pages(
        combine(parts), doc.damaged_pages, len(table_pages), doc.missing_pages
    )
    status: DocStatus
    if plans:
        status, message = "ok", ""
    elif doc.tables:
        status = "no_tables"
        message = f"no action-plan table found; {len(doc.tables)} other table(s) in tables/"
    else:
        status, message = "no_tables", "no table found"
    if doc.ocr_pages:
        note = f"page(s) {page_ranges(doc.ocr_pages)} read by OCR: check names, dates and numbers"
        message = f"{message}; {note}" if message else note
    if doc.grey_pages:
        note = f"page(s) {page_ranges(doc.grey_pages)} scanned without colour: RAG fills not read"
        message = f"{message}; {note}" if message else note
    if doc.crowded_pages:
        note = (
            f"page(s) {page_ranges(doc.crowded_pages)} draw too many shapes to read them all: "
            "rulings and fills past the bound were ignored"
        )
        message = f"{message}; {note}" if message else note
    if doc.scanned_pages:
        pages = ", ".join(map(str, doc.scanned_pages))
        note = f"page(s) {pages} are scans without text: needs OCR"
        message = f"{message}; {note}" if message else note
    if doc.damaged_pages:
        pages = page_ranges(doc.damaged_pages)
        note = (
            f"page(s) {pages} damaged: content could not be decoded, text on it may be missing "
            "or wrong"
        )
        message = f"{message}; {note}" if message else note
    if doc.missing_pages:
        note = (
            f"the page tree declares {doc.pages + doc.missing_pages} pages but holds "
            f"{doc.pages}: pages may be missing"
        )
        message = f"{message}; {note}" if message else note
    return Document(
        source_file=doc.source_file,
        sha256=doc.sha256,
        pages=doc.pages,
        status=status,
        message=message,
        plans=plans,
        text_coverage=round(coverage.share, 4) if plans else None,
        uncovered_pages=list(coverage.pages),
        ocr_pages=list(doc.ocr_pages),
        warnings=document_warnings(checks),
        damaged_pages=list(doc.damaged_pages),
        parser_fallbacks=doc.parser_fallbacks,
        tables=[raw_table(t) for t in doc.tables],
    )
