"""index.html of `actionplan inspect`: each page image beside the records taken from it.

One self-contained file: inline CSS, relative links to the page PNGs beside it, no script, so
it opens from disk in any browser. Every piece of document text goes through html.escape.
"""

from __future__ import annotations

from dataclasses import dataclass
from html import escape

from actionplan.inspect.marks import TINT_ALPHA, colour_of
from actionplan.normalise.models import Document, Recommendation

RAG_COLOURS = {"Red": "#d62728", "Amber": "#f0a30a", "Green": "#2ca02c", "Blue": "#1f77b4"}

CSS = """
* { box-sizing: border-box; }
body { margin: 0; font: 14px/1.45 system-ui, -apple-system, "Segoe UI", sans-serif;
  color: #222; background: #fafafa; }
header.doc { padding: 14px 24px; background: #fff; border-bottom: 1px solid #ddd; }
header.doc h1 { margin: 0 0 6px; font-size: 20px; }
.facts { display: flex; flex-wrap: wrap; gap: 4px 22px; margin: 0; }
.facts div { display: flex; gap: 6px; }
.facts dt { color: #666; } .facts dd { margin: 0; font-weight: 600; }
.plans { margin: 6px 0 0; padding-left: 20px; }
.legend { display: flex; flex-wrap: wrap; gap: 4px 18px; margin-top: 8px; color: #444; }
.key { display: inline-block; width: 22px; height: 13px; border: 1px solid #3c3c3c;
  vertical-align: -2px; margin-right: 5px; }
.k-header { background: repeating-linear-gradient(-45deg, #2846a0aa 0 1px, #fff 1px 6px); }
.k-section { background: repeating-linear-gradient(-45deg, #5a5a5aaa 0 1px, #fff 1px 6px); }
.k-stray { background: repeating-linear-gradient(-45deg, #c80000aa 0 1px, #fff 1px 6px);
  border: 2px solid #c80000; }
nav.pages { margin-top: 8px; } nav.pages a { margin-right: 8px; }
.status-ok { color: #1d7a1d; } .status-no_tables { color: #9a6700; }
.status-error { color: #c80000; }
section.page { display: grid; grid-template-columns: minmax(0, max-content) minmax(360px, 1fr);
  gap: 20px; padding: 16px 24px; border-bottom: 1px solid #ddd; }
section.page h2 { grid-column: 1 / -1; margin: 0; font-size: 16px; }
figure { margin: 0; position: sticky; top: 8px; align-self: start; }
figure img { display: block; max-width: 100%; height: auto; background: #fff;
  border: 1px solid #bbb; box-shadow: 0 1px 4px #0002; }
.records { min-width: 0; }
.none { color: #777; font-style: italic; }
details.rec { background: #fff; border: 1px solid #ccc; border-left: 6px solid var(--c);
  border-radius: 4px; margin: 0 0 10px; padding: 6px 10px; }
details.rec summary { cursor: pointer; }
.swatch { display: inline-block; width: 16px; height: 16px; border: 2px solid var(--c);
  background: var(--t); vertical-align: -3px; margin-right: 4px; }
.name { font-weight: 600; }
.meta { color: #555; }
.rag { display: inline-block; padding: 0 6px; border-radius: 8px; color: #fff;
  font-size: 12px; }
dl.fields { display: grid; grid-template-columns: max-content minmax(0, 1fr);
  gap: 3px 12px; margin: 8px 0 2px; }
dl.fields dt { color: #666; }
dl.fields dd { margin: 0; white-space: pre-line; overflow-wrap: anywhere; }
.empty { color: #aaa; }
.warnings { margin: 0; padding-left: 18px; color: #7a4b00; }
.warn { background: #fff4ce; }
"""


@dataclass(frozen=True)
class PageImage:
    """One page's PNG as index.html links it."""

    number: int
    src: str
    """File name relative to index.html."""
    width: int
    height: int


def record_name(rec: Recommendation, index: int) -> str:
    """A record's short name: its number as printed, or its position when it has none."""
    return rec.rec_id or f"#{index + 1}"


def record_pages(rec: Recommendation) -> set[int]:
    """The pages a record's rows were printed on."""
    pages = {p.page for p in rec.provenance}
    if rec.page_start:
        pages.update(range(rec.page_start, (rec.page_end or rec.page_start) + 1))
    return pages


def colour_style(index: int) -> str:
    """CSS variables for a record's colour and its tint as drawn over white on the image."""
    r, g, b = colour_of(index)
    return f"--c: rgb({r}, {g}, {b}); --t: rgba({r}, {g}, {b}, {TINT_ALPHA})"


def field_row(label: str, text: str, css: str = "") -> str:
    """One dt/dd pair; an empty value shows as a dash, so a missing field is visible."""
    value = escape(text) if text.strip() else '<span class="empty">—</span>'
    cls = f' class="{css}"' if css else ""
    return f"<dt>{escape(label)}</dt><dd{cls}>{value}</dd>"


def rag_badge(rec: Recommendation) -> str:
    """The RAG colour as a coloured badge, or nothing."""
    if not rec.rag:
        return ""
    return f'<span class="rag" style="background: {RAG_COLOURS[rec.rag]}">{escape(rec.rag)}</span>'


def page_span(rec: Recommendation) -> str:
    """'page 3' or 'pages 3–4', linking to the page sections."""
    pages = sorted(record_pages(rec))
    if not pages:
        return ""
    first, last = pages[0], pages[-1]
    if first == last:
        return f'<a href="#page-{first}">page {first}</a>'
    return f'<a href="#page-{first}">pages {first}</a>–<a href="#page-{last}">{last}</a>'


def one_line(text: str) -> str:
    """A cell's printed lines on one line, ' · ' between them."""
    return " · ".join(line.strip() for line in text.splitlines() if line.strip())


def record_fields(rec: Recommendation) -> str:
    """The record's fields as a definition list; optional columns only when they hold text."""
    date = rec.target_date
    if rec.target_date_text.strip() and rec.target_date_text.strip() != date:
        date = "\n".join(filter(None, [date, f"printed: {one_line(rec.target_date_text)}"]))
    rag: str = rec.rag
    if rec.rag_text.strip() and rec.rag_text.strip() != rag:
        rag = "\n".join(filter(None, [rag, f"printed: {one_line(rec.rag_text)}"]))
    status = rec.status.replace("_", " ") + ("  · overdue" if rec.overdue else "")
    rows = [
        field_row("section", rec.section),
        field_row("recommendation", rec.recommendation),
        field_row("agency", rec.agency),
        field_row("action", rec.action),
        field_row("lead", rec.lead),
        field_row("target date", date),
        field_row("RAG", rag),
        field_row("status", status),
    ]
    rows += [field_row(n, t) for n, t in (("progress", rec.progress), ("review", rec.review)) if t]
    rows += [field_row(f"extra: {name}", text) for name, text in rec.extra.items() if text]
    if rec.warnings:
        items = "".join(f"<li>{escape(w)}</li>" for w in rec.warnings)
        rows.append(f'<dt>warnings</dt><dd class="warn"><ul class="warnings">{items}</ul></dd>')
    else:
        rows.append(field_row("warnings", ""))
    return f'<dl class="fields">{"".join(rows)}</dl>'


def record_card(rec: Recommendation, index: int, first_page: bool) -> str:
    """One record, open on the first page it is printed on and folded on the pages it runs on
    to (so the text is not repeated in full beside every page)."""
    warn = f" · {len(rec.warnings)} warning(s)" if rec.warnings else ""
    more = "" if first_page else " · continued"
    summary = (
        f'<span class="swatch"></span><span class="name">Recommendation '
        f"{escape(record_name(rec, index))}</span> "
        f'<span class="meta">{page_span(rec)}{more}{warn}</span> {rag_badge(rec)}'
    )
    anchor = f' id="rec-{index + 1}"' if first_page else ""
    opened = " open" if first_page else ""
    return (
        f'<details class="rec"{anchor}{opened} style="{colour_style(index)}">'
        f"<summary>{summary}</summary>{record_fields(rec)}</details>"
    )


def page_section(page: PageImage, records: list[Recommendation]) -> str:
    """A page image beside the records printed on it."""
    cards = []
    for index, rec in enumerate(records):
        pages = record_pages(rec)
        if page.number in pages:
            cards.append(record_card(rec, index, first_page=page.number == min(pages)))
    body = "".join(cards) or '<p class="none">No records on this page.</p>'
    alt = f"Page {page.number} with the detected tables drawn over it"
    return (
        f'<section class="page" id="page-{page.number}"><h2>Page {page.number}</h2>'
        f'<figure><img src="{escape(page.src)}" width="{page.width}" height="{page.height}" '
        f'alt="{escape(alt)}"></figure><div class="records">{body}</div></section>'
    )


def document_header(document: Document, engine: str, pages: list[PageImage]) -> str:
    """File name, counts, status and plans of the document, the legend and the page links."""
    status = escape(document.status) + (f": {escape(document.message)}" if document.message else "")
    facts = [
        ("pages", str(document.pages)),
        ("plans", str(len(document.plans))),
        ("recommendations", str(document.recommendation_count)),
        ("engine", engine),
    ]
    coverage = getattr(document, "text_coverage", None)
    if coverage is not None:
        facts.append(("text coverage", f"{coverage:.1%}"))
    items = "".join(f"<div><dt>{escape(k)}</dt><dd>{escape(v)}</dd></div>" for k, v in facts)
    items += f'<div><dt>status</dt><dd class="status-{escape(document.status)}">{status}</dd></div>'
    plans = "".join(
        f"<li>{escape(plan.plan_title or 'untitled plan')} — pages {plan.page_start}–"
        f"{plan.page_end}, {len(plan.recommendations)} recommendation(s)</li>"
        for plan in document.plans
    )
    legend = (
        '<div class="legend"><span><span class="key" style="background: rgba(31, 119, 180, '
        f"{TINT_ALPHA})\"></span>a recommendation's cells, one colour each</span>"
        '<span><span class="key k-header"></span>header rows</span>'
        '<span><span class="key k-section"></span>section rows</span>'
        '<span><span class="key k-stray"></span>table text in no record</span>'
        '<span><span class="key"></span>detected cell</span></div>'
    )
    links = " ".join(f'<a href="#page-{p.number}">{p.number}</a>' for p in pages)
    return (
        f'<header class="doc"><h1>{escape(document.source_file)}</h1><dl class="facts">{items}'
        f'</dl><ul class="plans">{plans}</ul>{legend}<nav class="pages">Pages: {links}</nav>'
        "</header>"
    )


def render_index(document: Document, engine: str, pages: list[PageImage]) -> str:
    """The whole index.html."""
    records = [rec for plan in document.plans for rec in plan.recommendations]
    sections = "".join(page_section(page, records) for page in pages)
    title = f"actionplan inspect: {document.source_file}"
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{CSS}</style></head><body>"
        f"{document_header(document, engine, pages)}<main>{sections}</main></body></html>\n"
    )
