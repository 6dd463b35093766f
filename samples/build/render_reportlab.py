"""Render a :class:`model.Document` straight to PDF with reportlab's platypus.

Some plans are not Word exports: case-management and board-reporting systems draw them with a
PDF library. reportlab draws a table's grid as stroked lines (LibreOffice draws thin filled
rectangles), fills cells with ``BACKGROUND`` rectangles, and splits a long row across pages by
splitting every cell's paragraphs (``splitInRow``): the part on the next page is a new physical
row whose short cells are empty.

Only plans whose rec-level cells are left empty on later rows (``continuation="empty"``) are
supported: vertical ``SPAN``s cannot be split across pages.
"""

from __future__ import annotations

from pathlib import Path
from xml.sax.saxutils import escape

from model import Document, Plan, paragraphs, parse_paragraph
from render_docx import A4_LONG_CM, A4_SHORT_CM, column_widths, rec_level_value
from reportlab.lib import colors
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.pdfgen.canvas import Canvas
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    LongTable,
    PageTemplate,
    Paragraph,
    Spacer,
    TableStyle,
)

BULLET = "• "
FONT_FAMILIES = {
    "Helvetica": ("Helvetica", "Helvetica-Bold"),
    "Times-Roman": ("Times-Roman", "Times-Bold"),
}
CELL_PAD_PT = 4.0


def rl_markup(markup: str) -> str:
    """One paragraph of model markup as reportlab paragraph markup."""
    out = []
    for run in parse_paragraph(markup):
        if run.brk:
            out.append("<br/>")
            continue
        text = escape(run.text)
        if run.sup:
            text = f"<super>{text}</super>"
        if run.italic:
            text = f"<i>{text}</i>"
        if run.bold:
            text = f"<b>{text}</b>"
        out.append(text)
    return "".join(out)


class Styles:
    """The paragraph styles of one document."""

    def __init__(self, doc: Document) -> None:
        regular, bold = FONT_FAMILIES[doc.font]
        size = doc.size_pt
        self.cell = ParagraphStyle(
            "cell",
            fontName=regular,
            fontSize=size,
            leading=size * 1.22,
            spaceAfter=doc.cell_space_after_pt,
        )
        self.bullet = ParagraphStyle("bullet", parent=self.cell, leftIndent=8, firstLineIndent=-8)
        self.title = ParagraphStyle(
            "title",
            fontName=bold,
            fontSize=doc.title_size_pt,
            leading=doc.title_size_pt * 1.25,
            spaceAfter=6,
        )
        self.intro = ParagraphStyle(
            "intro", fontName=regular, fontSize=size + 1, leading=(size + 1) * 1.25, spaceAfter=8
        )
        self.bold_font = bold
        self.regular_font = regular


def cell_flowables(markup: str, styles: Styles) -> list[Flowable]:
    """The paragraphs of one cell."""
    out: list[Flowable] = []
    for para in paragraphs(markup):
        style = styles.bullet if para.startswith(BULLET) else styles.cell
        out.append(Paragraph(rl_markup(para), style))
    return out


def _hex(fill: str) -> colors.Color:
    return colors.HexColor(f"#{fill}")


def plan_table(doc: Document, plan: Plan, styles: Styles) -> LongTable:
    """The plan's table: header row, section rows spanning all columns, one row per physical row."""
    if plan.continuation != "empty":
        raise ValueError("the reportlab renderer needs continuation='empty'")
    ncols = len(plan.columns)
    data: list[list[object]] = [
        [cell_flowables(f"<b>{c.header}</b>", styles) for c in plan.columns]
    ]
    commands: list[tuple[object, ...]] = [
        ("GRID", (0, 0), (-1, -1), 0.5, colors.black),
        ("VALIGN", (0, 0), (-1, -1), "TOP"),
        ("LEFTPADDING", (0, 0), (-1, -1), CELL_PAD_PT),
        ("RIGHTPADDING", (0, 0), (-1, -1), CELL_PAD_PT),
        ("TOPPADDING", (0, 0), (-1, -1), 3),
        ("BOTTOMPADDING", (0, 0), (-1, -1), 1),
    ]
    if plan.header_fill:
        commands.append(("BACKGROUND", (0, 0), (-1, 0), _hex(plan.header_fill)))
    rag_col = next((i for i, c in enumerate(plan.columns) if c.key == "rag"), None)
    section = ""
    for rec in plan.recs:
        if rec.section and rec.section != section:
            section = rec.section
            row = len(data)
            data.append([cell_flowables(f"<b>{section}</b>", styles)] + [""] * (ncols - 1))
            commands.append(("SPAN", (0, row), (-1, row)))
            if plan.section_fill:
                commands.append(("BACKGROUND", (0, row), (-1, row), _hex(plan.section_fill)))
        for i, row_data in enumerate(rec.rows or [{}]):
            cells: list[object] = []
            for column in plan.columns:
                if column.key in plan.rec_level:
                    value = rec_level_value(plan, rec, column.key) if i == 0 else ""
                else:
                    value = row_data.get(column.key, "")
                cells.append(cell_flowables(value, styles))
            if i == 0 and rag_col is not None and plan.rag_mode == "fill" and rec.rag_fill:
                row = len(data)
                commands.append(("BACKGROUND", (rag_col, row), (rag_col, row), _hex(rec.rag_fill)))
            data.append(cells)
    widths = [w * cm for w in column_widths(doc, plan)]
    return LongTable(
        data,
        colWidths=widths,
        repeatRows=1 if plan.header_repeat else 0,
        splitByRow=0,  # split inside the row at the foot of the page, as Word does
        splitInRow=1,
        hAlign="LEFT",
        style=TableStyle(commands),
    )


def _page_size(doc: Document) -> tuple[float, float]:
    if doc.landscape:
        return A4_LONG_CM * cm, A4_SHORT_CM * cm
    return A4_SHORT_CM * cm, A4_LONG_CM * cm


def _numbered_canvas(doc: Document, styles: Styles) -> type[Canvas]:
    """A canvas class that draws the running header and a "Page X of Y" footer on every page.

    Pages are held back until the end so that Y (the page count) is known.
    """
    width, height = _page_size(doc)
    top, right, _bottom, left = doc.margins_cm

    class NumberedCanvas(Canvas):
        def __init__(self, *args: object, **kwargs: object) -> None:
            super().__init__(*args, **kwargs)
            self._saved: list[dict[str, object]] = []

        def showPage(self) -> None:  # reportlab's name
            self._saved.append(dict(self.__dict__))
            self._startPage()

        def save(self) -> None:
            total = len(self._saved)
            for state in self._saved:
                self.__dict__.update(state)
                self._furniture(total)
                super().showPage()
            super().save()

        def _furniture(self, total: int) -> None:
            size = doc.size_pt
            if doc.page_header:
                self.setFont(styles.bold_font, size + 1)
                y = height - (top - 0.9) * cm
                if doc.page_header_align == "right":
                    self.drawRightString(width - right * cm, y, doc.page_header)
                elif doc.page_header_align == "left":
                    self.drawString(left * cm, y, doc.page_header)
                else:
                    self.drawCentredString(width / 2, y, doc.page_header)
            self.setFont(styles.regular_font, size)
            y = 1.0 * cm
            if doc.footer_left:
                self.drawString(left * cm, y, doc.footer_left)
            if doc.page_numbers:
                self.drawRightString(width - right * cm, y, f"Page {self._pageNumber} of {total}")

    return NumberedCanvas


def render_pdf(doc: Document, path: Path) -> None:
    """Write the document's PDF to ``path`` (deterministic bytes: reportlab invariant mode)."""
    styles = Styles(doc)
    width, height = _page_size(doc)
    top, right, bottom, left = doc.margins_cm
    frame = Frame(
        left * cm,
        bottom * cm,
        width - (left + right) * cm,
        height - (top + bottom) * cm,
        leftPadding=0,
        rightPadding=0,
        topPadding=0,
        bottomPadding=0,
        id="body",
    )
    template = BaseDocTemplate(
        str(path),
        pagesize=(width, height),
        leftMargin=left * cm,
        rightMargin=right * cm,
        topMargin=top * cm,
        bottomMargin=bottom * cm,
        title=doc.plans[0].title,
        author="",
        creator="",
        producer="",
        invariant=1,
        pageCompression=1,
    )
    template.addPageTemplates([PageTemplate(id="page", frames=[frame])])
    story: list[Flowable] = []
    for i, plan in enumerate(doc.plans):
        if i:
            story.append(Spacer(1, 12))
        story.append(Paragraph(rl_markup(plan.title), styles.title))
        story.append(Paragraph(rl_markup(plan.intro), styles.intro))
        story.append(plan_table(doc, plan, styles))
    template.build(story, canvasmaker=_numbered_canvas(doc, styles))
