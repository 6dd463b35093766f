"""Render a :class:`structure_model.Doc` three ways: reportlab drawing, python-docx exported by
LibreOffice Writer, and HTML printed by headless Chromium."""

from __future__ import annotations

import html
import re
import shutil
import subprocess
import tempfile
from datetime import datetime
from pathlib import Path
from xml.sax.saxutils import escape

from docx import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.text import WD_BREAK
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt, RGBColor
from docx.text.paragraph import Paragraph as DocxParagraph
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import ParagraphStyle
from reportlab.lib.units import cm
from reportlab.platypus import (
    BaseDocTemplate,
    Flowable,
    Frame,
    PageBreak,
    PageTemplate,
    Paragraph,
    Spacer,
)
from structure_model import Cell, Doc, Footnotes, Heading, Para, Row, Table
from structure_model import PageBreak as MPageBreak

RL_FONTS = {
    "sans": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "serif": ("Times-Roman", "Times-Bold", "Times-Italic"),
    "narrow": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
    "dejavu": ("Helvetica", "Helvetica-Bold", "Helvetica-Oblique"),
}
DOCX_FONTS = {
    "sans": "Arial",
    "serif": "Times New Roman",
    "narrow": "Liberation Sans Narrow",
    "dejavu": "DejaVu Sans",
}
CSS_FONTS = {
    "sans": "'Liberation Sans', Arial, sans-serif",
    "serif": "'Liberation Serif', 'Times New Roman', serif",
    "narrow": "'Liberation Sans Narrow', sans-serif",
    "dejavu": "'DejaVu Sans', sans-serif",
}
FIXED = datetime(2024, 3, 1, 9, 0, 0)


def page_size(doc: Doc) -> tuple[float, float]:
    return landscape(A4) if doc.landscape else A4


def text_width(doc: Doc) -> float:
    w, _ = page_size(doc)
    return w - (doc.margins_cm[1] + doc.margins_cm[3]) * cm


def col_widths(doc: Doc, table: Table) -> list[float]:
    total = text_width(doc) * table.scale
    return [f * total for f in table.widths]


def _hexcol(h: str):
    return colors.HexColor("#" + h)


# ---- reportlab -------------------------------------------------------------------------------


def rl_markup(text: str) -> list[str]:
    """Paragraphs of reportlab markup for one cell."""
    out = []
    for para in text.split("\n"):
        s = escape(para)
        s = re.sub(r"\^(\d+)", r"<super>\1</super>", s)
        s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
        out.append(s)
    return out


PAD_X, PAD_Y = 4.0, 3.0


class GTable(Flowable):
    """A table drawn cell by cell: rules, fills with white gaps, or nothing; rows split."""

    def __init__(
        self,
        doc: Doc,
        table: Table,
        rows: list[Row],
        header: Row | None,
        styles: dict,
        split_parts: dict | None = None,
    ) -> None:
        super().__init__()
        self.doc, self.table, self.rows, self.header = doc, table, rows, header
        self.styles = styles
        self.widths = col_widths(doc, table)
        # per row: list of per-cell lists of flowables
        self.parts = split_parts or {}

    def _cell_flow(self, row: Row, ci: int, cell: Cell):
        key = (id(row), ci)
        if key in self.parts:
            return self.parts[key]
        style = self.styles["head"] if row.kind == "header" else self.styles["cell"]
        if cell.bold or row.kind == "section":
            style = self.styles["bold"]
        if cell.colour:
            style = ParagraphStyle(
                f"c{cell.colour}{style.name}", parent=style, textColor=_hexcol(cell.colour)
            )
        if row.kind == "header" and self.table.header_colour:
            style = ParagraphStyle("hc", parent=style, textColor=_hexcol(self.table.header_colour))
        if not cell.text or cell.merge_up:
            return []
        return [Paragraph(p, style) for p in rl_markup(cell.text)]

    def _row_height(self, row: Row, flows=None) -> float:
        h = 0.0
        for ci, cell in enumerate(row.cells):
            fl = flows[ci] if flows else self._cell_flow(row, ci, cell)
            ch = sum(f.wrap(self.widths[ci] - 2 * PAD_X, 1e6)[1] for f in fl)
            h = max(h, ch)
        return h + 2 * PAD_Y

    def _all_rows(self) -> list[Row]:
        return ([self.header] if self.header else []) + self.rows

    def wrap(self, aw, ah):
        self.heights = [self._row_height(r) for r in self._all_rows()]
        self.width = sum(self.widths)
        self.height = sum(self.heights)
        return self.width + self.table.shift_pt, self.height

    def split(self, aw, ah):
        rows = self._all_rows()
        heights = [self._row_height(r) for r in rows]
        used = 0.0
        n = 0
        for h in heights:
            if used + h > ah:
                break
            used += h
            n += 1
        head_n = 1 if self.header else 0
        if n <= head_n and not (n == head_n and rows[n:] and rows[n].can_split):
            return []
        if n == len(rows):
            return [self]
        nxt = rows[n]
        first_rows = rows[head_n:n]
        rest_rows = rows[n:]
        new_parts_a, new_parts_b = dict(self.parts), dict(self.parts)
        avail = ah - used - 2 * PAD_Y
        if nxt.can_split and nxt.kind == "body" and avail > 20:
            leading = self.styles["cell"].leading
            for _try in range(6):  # no cell may carry a single widowed line over the page
                a_cells, b_cells = [], []
                ok = False
                widow = False
                for ci, cell in enumerate(nxt.cells):
                    fl = self._cell_flow(nxt, ci, cell)
                    width = self.widths[ci] - 2 * PAD_X
                    a, b = _split_flows(fl, width, avail)
                    a_cells.append(a)
                    b_cells.append(b)
                    ok = ok or bool(a)
                    if b and sum(f.wrap(width, 1e6)[1] for f in b) < 1.5 * leading:
                        widow = True
                if not widow:
                    break
                avail -= leading
            if ok and any(b_cells):
                ra = Row(
                    [
                        Cell(fill=c.fill, para_fill=c.para_fill, merge_up=c.merge_up)
                        for c in nxt.cells
                    ],
                    nxt.rec,
                    True,
                    nxt.fill,
                    "body",
                )
                rb = Row(
                    [Cell(fill=c.fill, para_fill=c.para_fill) for c in nxt.cells],
                    nxt.rec,
                    True,
                    nxt.fill,
                    "body",
                )
                for ci in range(len(nxt.cells)):
                    new_parts_a[(id(ra), ci)] = a_cells[ci]
                    new_parts_b[(id(rb), ci)] = b_cells[ci]
                first_rows = [*first_rows, ra]
                rest_rows = [rb, *rows[n + 1 :]]
        if not first_rows:
            return []
        part_a = GTable(self.doc, self.table, first_rows, self.header, self.styles, new_parts_a)
        header_b = self.header if self.table.header_mode == "repeat" else None
        part_b = GTable(self.doc, self.table, rest_rows, header_b, self.styles, new_parts_b)
        return [part_a, part_b]

    def draw(self):
        c = self.canv
        rows = self._all_rows()
        heights = [self._row_height(r) for r in rows]
        y = self.height
        style = self.table.style
        gap = self.table.gap_pt
        x0 = self.table.shift_pt
        for ri, (row, h) in enumerate(zip(rows, heights, strict=True)):
            top = y
            bottom = y - h
            # fills
            if row.kind == "header" and self.table.header_fill:
                c.setFillColor(_hexcol(self.table.header_fill))
                g = gap if style in ("fills", "zebra") else 0
                if style == "fills":
                    x = x0
                    for w in self.widths:
                        c.rect(x + g / 2, bottom + g / 2, w - g, h - g, stroke=0, fill=1)
                        x += w
                else:
                    c.rect(x0, bottom + g / 2, sum(self.widths), h - g, stroke=0, fill=1)
            if row.fill:
                c.setFillColor(_hexcol(row.fill))
                g = gap if style in ("fills", "zebra") else 0
                c.rect(x0, bottom + g / 2, sum(self.widths), h - g, stroke=0, fill=1)
            x = x0
            for w, cell in zip(self.widths, row.cells, strict=True):
                if cell.fill:
                    c.setFillColor(_hexcol(cell.fill))
                    g = gap if style in ("fills", "zebra") else 0
                    c.rect(x + g / 2, bottom + g / 2, w - g, h - g, stroke=0, fill=1)
                if cell.para_fill:
                    c.setFillColor(_hexcol(cell.para_fill))
                    c.rect(
                        x + PAD_X - 1,
                        bottom + PAD_Y - 1,
                        w - 2 * PAD_X + 2,
                        h - 2 * PAD_Y + 2,
                        stroke=0,
                        fill=1,
                    )
                x += w
            # text
            x = x0
            for ci, (w, cell) in enumerate(zip(self.widths, row.cells, strict=True)):
                yy = top - PAD_Y
                for f in self._cell_flow(row, ci, cell):
                    _fw, fh = f.wrap(w - 2 * PAD_X, 1e6)
                    f.drawOn(c, x + PAD_X, yy - fh)
                    yy -= fh
                x += w
            # rules
            if style == "grid":
                c.setStrokeColor(colors.black)
                c.setLineWidth(0.5)
                x = x0
                for cell, w in zip(row.cells, self.widths, strict=True):
                    c.line(x, bottom, x, top)
                    if not cell.merge_up:
                        c.line(x, top, x + w, top)
                    x += w
                c.line(x, bottom, x, top)
                # the bottom rule: drawn by the next row's top unless it merges up
                if ri + 1 == len(rows):  # other bottoms are the next row's top rule
                    c.line(x0, bottom, x0 + sum(self.widths), bottom)
            y = bottom


def _split_flows(flows, width, avail):
    a, b = [], []
    used = 0.0
    for i, f in enumerate(flows):
        _, h = f.wrap(width, 1e6)
        if used + h <= avail:
            a.append(f)
            used += h
            continue
        parts = f.split(width, avail - used)
        if len(parts) == 2:
            a.append(parts[0])
            b.append(parts[1])
        else:
            b.append(f)
        b.extend(flows[i + 1 :])
        return a, b
    return a, b


class FootRule(Flowable):
    def wrap(self, aw, ah):
        return aw, 6

    def draw(self):
        self.canv.setLineWidth(0.5)
        self.canv.line(0, 4, 120, 4)


def render_reportlab(doc: Doc, path: Path) -> None:
    regular, bold, italic = RL_FONTS[doc.font]
    size = doc.size
    styles = {
        "cell": ParagraphStyle("cell", fontName=regular, fontSize=size, leading=size * 1.2),
        "bold": ParagraphStyle("bold", fontName=bold, fontSize=size, leading=size * 1.2),
        "head": ParagraphStyle("head", fontName=bold, fontSize=size, leading=size * 1.2),
    }
    pw, ph = page_size(doc)
    top, right, bottom, left = (m * cm for m in doc.margins_cm)

    def footer(canvas, _doc):
        if doc.footer:
            canvas.setFont(regular, 7.5)
            canvas.drawString(left, bottom / 2, doc.footer)
            canvas.drawRightString(pw - right, bottom / 2, f"Page {canvas.getPageNumber()}")

    tmpl = BaseDocTemplate(
        str(path),
        pagesize=(pw, ph),
        leftMargin=left,
        rightMargin=right,
        topMargin=top,
        bottomMargin=bottom,
        title=doc.title or doc.stem,
        author="Invented sample",
        creator="actionplan samples",
        invariant=1,
    )
    frame = Frame(left, bottom, pw - left - right, ph - top - bottom, 0, 0, 0, 0)
    tmpl.addPageTemplates([PageTemplate("p", [frame], onPage=footer)])
    story = []
    for block in doc.blocks:
        if isinstance(block, Heading):
            st = ParagraphStyle(
                "h",
                fontName=bold,
                fontSize=block.size,
                leading=block.size * 1.25,
                spaceBefore=4,
                spaceAfter=6,
            )
            story.append(Paragraph(escape(block.text), st))
        elif isinstance(block, Para):
            s = block.size or size
            st = ParagraphStyle(
                "p",
                fontName=italic if block.italic else regular,
                fontSize=s,
                leading=s * 1.3,
                spaceAfter=6,
                spaceBefore=4,
            )
            story.append(Paragraph(rl_markup(block.text)[0], st))
        elif isinstance(block, Footnotes):
            story.append(Spacer(1, 6))
            story.append(FootRule())
            st = ParagraphStyle(
                "fn", fontName=regular, fontSize=block.size, leading=block.size * 1.2, spaceAfter=1
            )
            for i, note in enumerate(block.notes, 1):
                story.append(Paragraph(f"<super>{i}</super> {escape(note)}", st))
        elif isinstance(block, MPageBreak):
            story.append(PageBreak())
        elif isinstance(block, Table):
            tstyles = styles
            if block.size:
                s = block.size
                tstyles = {
                    "cell": ParagraphStyle("cell2", fontName=regular, fontSize=s, leading=s * 1.2),
                    "bold": ParagraphStyle("bold2", fontName=bold, fontSize=s, leading=s * 1.2),
                    "head": ParagraphStyle("head2", fontName=bold, fontSize=s, leading=s * 1.2),
                }
            header = block.header if block.header_mode != "none" else None
            story.append(GTable(doc, block, block.rows, header, tstyles))
    tmpl.build(story)


# ---- docx -> LibreOffice ------------------------------------------------------------------------


def _set(el, tag, **attrs):
    child = el.find(qn(tag))
    if child is None:
        child = OxmlElement(tag)
        el.append(child)
    for k, v in attrs.items():
        child.set(qn(k), str(v))
    return child


def _shd(fill: str):
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    return shd


def _add_runs(par, text: str, size: float, bold=False, colour=""):
    for piece in re.split(r"(\^\d+|\*\*.+?\*\*)", text):
        if not piece:
            continue
        if piece.startswith("^"):
            run = par.add_run(piece[1:])
            run.font.superscript = True
        elif piece.startswith("**"):
            run = par.add_run(piece[2:-2])
            run.bold = True
        else:
            run = par.add_run(piece)
        run.font.size = Pt(size)
        if bold:
            run.bold = True
        if colour:
            run.font.color.rgb = RGBColor.from_string(colour)


def _tight(par, after=0.0, before=0.0):
    pf = par.paragraph_format
    pf.space_after = Pt(after)
    pf.space_before = Pt(before)
    pf.line_spacing = 1.0


def _docx_table(d, doc: Doc, table: Table):
    rows = ([table.header] if table.header and table.header_mode != "none" else []) + table.rows
    ncols = len(table.widths)
    t = d.add_table(rows=len(rows), cols=ncols)
    t.autofit = False
    tblPr = t._tbl.tblPr
    _set(tblPr, "w:tblLayout", **{"w:type": "fixed"})
    widths_pt = col_widths(doc, table)
    total = sum(widths_pt)
    _set(tblPr, "w:tblW", **{"w:w": int(total * 20), "w:type": "dxa"})
    if table.shift_pt:
        _set(tblPr, "w:tblInd", **{"w:w": int(table.shift_pt * 20), "w:type": "dxa"})
    borders = OxmlElement("w:tblBorders")
    for side in ("top", "left", "bottom", "right", "insideH", "insideV"):
        b = OxmlElement(f"w:{side}")
        if table.style == "grid":
            b.set(qn("w:val"), "single")
            b.set(qn("w:sz"), "4")
            b.set(qn("w:color"), "000000")
        else:
            b.set(qn("w:val"), "nil")
        borders.append(b)
    tblPr.append(borders)
    grid = t._tbl.tblGrid
    for gc, w in zip(grid.findall(qn("w:gridCol")), widths_pt, strict=True):
        gc.set(qn("w:w"), str(int(w * 20)))
    size = table.size or doc.size
    for ri, row in enumerate(rows):
        tr = t.rows[ri]._tr
        trPr = tr.get_or_add_trPr()
        if row.kind == "header" and table.header_mode == "repeat":
            _set(trPr, "w:tblHeader")
        if not row.can_split:
            _set(trPr, "w:cantSplit")
        for ci, cell in enumerate(row.cells):
            c = t.rows[ri].cells[ci]
            c.width = Pt(widths_pt[ci])
            tcPr = c._tc.get_or_add_tcPr()
            fill = cell.fill or row.fill or (table.header_fill if row.kind == "header" else "")
            if fill:
                tcPr.append(_shd(fill))
            if cell.merge_up:
                _set(tcPr, "w:vMerge")
            elif (
                ri + 1 < len(rows) and row.cells[ci] is not None and rows[ri + 1].cells[ci].merge_up
            ):
                _set(tcPr, "w:vMerge", **{"w:val": "restart"})
            par = c.paragraphs[0]
            paras = cell.text.split("\n") if cell.text and not cell.merge_up else [""]
            for pi, ptxt in enumerate(paras):
                p = par if pi == 0 else c.add_paragraph()
                _tight(p, after=2 if pi + 1 < len(paras) else 0)
                if cell.para_fill:
                    p._p.get_or_add_pPr().append(_shd(cell.para_fill))
                colour = cell.colour or (table.header_colour if row.kind == "header" else "")
                _add_runs(
                    p,
                    ptxt,
                    size,
                    bold=cell.bold or row.kind in ("header", "section"),
                    colour=colour,
                )
    return t


def render_docx(doc: Doc, path: Path) -> Path:
    d = DocxDocument()
    cp = d.core_properties
    cp.author = "Invented sample"
    cp.title = doc.title or doc.stem
    cp.created = FIXED
    cp.modified = FIXED
    cp.last_modified_by = "Invented sample"
    cp.revision = 1
    sec = d.sections[0]
    if doc.landscape:
        sec.orientation = WD_ORIENT.LANDSCAPE
        sec.page_width, sec.page_height = Cm(29.7), Cm(21.0)
    else:
        sec.page_width, sec.page_height = Cm(21.0), Cm(29.7)
    top, right, bottom, left = doc.margins_cm
    sec.top_margin, sec.right_margin = Cm(top), Cm(right)
    sec.bottom_margin, sec.left_margin = Cm(bottom), Cm(left)
    sec.footer_distance = Cm(bottom / 2)
    normal = d.styles["Normal"]
    normal.font.name = DOCX_FONTS[doc.font]
    normal.element.rPr.rFonts.set(qn("w:eastAsia"), DOCX_FONTS[doc.font])
    normal.font.size = Pt(doc.size)
    if doc.footer:
        fp = sec.footer.paragraphs[0]
        _add_runs(fp, doc.footer, 7.5)
    body = d.element.body
    first = True
    pending_break = False
    for block in doc.blocks:
        if isinstance(block, MPageBreak):
            pending_break = True
            continue
        if isinstance(block, Heading):
            p = d.add_paragraph()
            _tight(p, after=6, before=4)
            _add_runs(p, block.text, block.size, bold=True)
        elif isinstance(block, Para):
            p = d.add_paragraph()
            _tight(p, after=6, before=4)
            p.paragraph_format.line_spacing = 1.15
            _add_runs(p, block.text, block.size or doc.size)
            if block.italic:
                for r in p.runs:
                    r.italic = True
        elif isinstance(block, Footnotes):
            p = d.add_paragraph()
            _tight(p, before=6)
            pPr = p._p.get_or_add_pPr()
            bdr = OxmlElement("w:pBdr")
            topb = OxmlElement("w:top")
            for k, v in (
                ("w:val", "single"),
                ("w:sz", "4"),
                ("w:space", "1"),
                ("w:color", "000000"),
            ):
                topb.set(qn(k), v)
            bdr.append(topb)
            pPr.append(bdr)
            p.paragraph_format.right_indent = Pt(text_width(doc) - 120)
            _add_runs(p, " ", 2)
            for i, note in enumerate(block.notes, 1):
                p = d.add_paragraph()
                _tight(p, after=1)
                _add_runs(p, f"^{i} {note}", block.size)
        elif isinstance(block, Table):
            if pending_break and not first:
                # an almost invisible paragraph holding the break keeps the tables apart
                p = d.add_paragraph()
                _tight(p)
                r = p.add_run()
                r.add_break(WD_BREAK.PAGE)
                r.font.size = Pt(1)
                p.paragraph_format.line_spacing = Pt(1)
                pending_break = False
            elif not first:
                p = d.add_paragraph()
                _tight(p)
                p.paragraph_format.line_spacing = Pt(2)
            _docx_table(d, doc, block)
            p = None
        if pending_break and not isinstance(block, Table):
            # break before this non-table block: set page break before on its paragraph
            last = body.findall(qn("w:p"))[-1]
            DocxParagraph(last, d._body).paragraph_format.page_break_before = True
            pending_break = False
        first = False
    d.save(path)
    return path


def docx_to_pdf(docx: Path, out_dir: Path) -> Path:
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    with tempfile.TemporaryDirectory() as profile:
        subprocess.run(
            [
                soffice,
                f"-env:UserInstallation={Path(profile).as_uri()}",
                "--headless",
                "--convert-to",
                "pdf",
                "--outdir",
                str(out_dir),
                str(docx),
            ],
            check=True,
            capture_output=True,
            timeout=300,
        )
    return out_dir / (docx.stem + ".pdf")


# ---- HTML -> Chromium ---------------------------------------------------------------------------


def html_cell(text: str) -> str:
    out = []
    for para in text.split("\n"):
        s = html.escape(para)
        s = re.sub(r"\^(\d+)", r"<sup>\1</sup>", s)
        s = re.sub(r"\*\*(.+?)\*\*", r"<b>\1</b>", s)
        out.append(f"<p>{s}</p>")
    return "".join(out)


def render_html(doc: Doc) -> str:
    top, right, bottom, left = doc.margins_cm
    size = doc.size
    css = f"""
@page {{ size: A4 {"landscape" if doc.landscape else "portrait"};
  margin: {top}cm {right}cm {bottom}cm {left}cm; }}
body {{ font-family: {CSS_FONTS[doc.font]}; font-size: {size}pt; margin: 0; }}
h1 {{ font-size: 12pt; margin: 4pt 0 6pt 0; }}
p {{ margin: 0; }}
p.para {{ margin: 4pt 0 6pt 0; line-height: 1.25; }}
table {{ table-layout: fixed; margin: 0; }}
td, th {{ vertical-align: top; text-align: left; padding: 3pt 4pt; line-height: 1.2;
  overflow-wrap: break-word; }}
td p + p {{ margin-top: 2pt; }}
table.grid {{ border-collapse: collapse; }}
table.grid td, table.grid th {{ border: 0.6pt solid #000; }}
table.none {{ border-collapse: collapse; }}
table.fills {{ border-collapse: separate; }}
table.zebra {{ border-collapse: separate; }}
tr.keep {{ break-inside: avoid; }}
.brk {{ break-before: page; }}
.fn {{ font-size: 7.5pt; margin: 0 0 1pt 0; }}
.fnrule {{ width: 120pt; border-top: 0.6pt solid #000; margin-top: 8pt; height: 3pt; }}
"""
    parts = [
        f"<!DOCTYPE html><html><head><meta charset='utf-8'><title>"
        f"{html.escape(doc.title or doc.stem)}</title><style>{css}</style></head><body>"
    ]
    brk = False
    for block in doc.blocks:
        cls = ' class="brk"' if brk else ""
        if isinstance(block, MPageBreak):
            brk = True
            continue
        if isinstance(block, Heading):
            parts.append(
                f"<h1{cls} style='font-size:{block.size}pt'>{html.escape(block.text)}</h1>"
            )
        elif isinstance(block, Para):
            st = f"font-size:{block.size}pt;" if block.size else ""
            st += "font-style:italic;" if block.italic else ""
            parts.append(
                f"<div{cls}><p class='para' style='{st}'>{html_cell(block.text)[3:-4]}</p></div>"
            )
        elif isinstance(block, Footnotes):
            parts.append(f"<div{cls}><div class='fnrule'></div>")
            for i, note in enumerate(block.notes, 1):
                parts.append(
                    f"<p class='fn' style='font-size:{block.size}pt'><sup>{i}</sup> "
                    f"{html.escape(note)}</p>"
                )
            parts.append("</div>")
        elif isinstance(block, Table):
            parts.append(_html_table(doc, block, brk))
        brk = False
    parts.append("</body></html>")
    return "".join(parts)


def _html_table(doc: Doc, table: Table, brk: bool) -> str:
    widths = col_widths(doc, table)
    g = table.gap_pt
    spacing = ""
    if table.style == "fills":
        spacing = f"border-spacing:{g}pt;"
    elif table.style == "zebra":
        spacing = f"border-spacing:0 {g}pt;"
    style = f"width:{sum(widths):.2f}pt;margin-left:{table.shift_pt:.2f}pt;{spacing}" + (
        f"font-size:{table.size}pt;" if table.size else ""
    )
    cls = table.style + (" brk" if brk else "")
    out = [f"<table class='{cls}' style='{style}'><colgroup>"]
    out += [f"<col style='width:{w:.2f}pt'>" for w in widths]
    out.append("</colgroup>")

    def row_html(row: Row, tag: str, merged: dict) -> str:
        cells = []
        trcls = " class='keep'" if not row.can_split else ""
        for ci, cell in enumerate(row.cells):
            if cell.merge_up:
                continue
            st = ""
            fill = cell.fill or row.fill or (table.header_fill if row.kind == "header" else "")
            if fill:
                st += f"background:#{fill};"
            colour = cell.colour or (table.header_colour if row.kind == "header" else "")
            if colour:
                st += f"color:#{colour};"
            if cell.bold or row.kind == "section":
                st += "font-weight:bold;"
            span = merged.get((id(row), ci), 1)
            rs = f" rowspan='{span}'" if span > 1 else ""
            inner = html_cell(cell.text) if cell.text else ""
            if cell.para_fill and inner:
                inner = f"<div style='background:#{cell.para_fill}'>{inner}</div>"
            cells.append(f"<{tag}{rs} style='{st}'>{inner}</{tag}>")
        return f"<tr{trcls}>{''.join(cells)}</tr>"

    merged = {}
    rows = table.rows
    for ri, row in enumerate(rows):
        for ci, cell in enumerate(row.cells):
            if not cell.merge_up:
                n = 1
                while ri + n < len(rows) and rows[ri + n].cells[ci].merge_up:
                    n += 1
                merged[(id(row), ci)] = n
    if table.header and table.header_mode == "repeat":
        out.append(f"<thead>{row_html(table.header, 'th', {})}</thead>")
    out.append("<tbody>")
    if table.header and table.header_mode == "once":
        out.append(row_html(table.header, "th", {}))
    out += [row_html(r, "td", merged) for r in rows]
    out.append("</tbody></table>")
    return "".join(out)


def html_to_pdf(html_text: str, pdf: Path) -> Path:
    with tempfile.TemporaryDirectory() as tmp:
        src = Path(tmp) / (pdf.stem + ".html")
        src.write_text(html_text, encoding="utf-8")
        subprocess.run(
            [
                "chromium",
                "--headless",
                "--no-sandbox",
                "--disable-gpu",
                "--no-pdf-header-footer",
                f"--user-data-dir={tmp}/profile",
                f"--print-to-pdf={pdf}",
                src.as_uri(),
            ],
            check=True,
            capture_output=True,
            timeout=180,
        )
    return pdf


def fix_dates(pdf: Path) -> None:
    """Put a fixed date in the Info dictionary's dates, byte for byte (offsets unchanged)."""
    data = pdf.read_bytes()

    def fixed(m: re.Match) -> bytes:
        digits = m.group(2)
        stamp = FIXED.strftime("%Y%m%d%H%M%S").encode()[: len(digits)]
        return m.group(1) + stamp + b"0" * (len(digits) - len(stamp))

    data = re.sub(rb"(/(?:CreationDate|ModDate) ?\(D:)(\d+)", fixed, data)

    def zero(m: re.Match) -> bytes:
        return m.group(1) + b"0" * len(m.group(2))

    # the file identifiers and LibreOffice's checksum are hashes of the time: zeroed
    data = re.sub(rb"(/DocChecksum /)([0-9A-F]+)", zero, data)
    data = re.sub(rb"(<)([0-9A-Fa-f]{32})(?=>)", zero, data)
    pdf.write_bytes(data)


def render(doc: Doc, out_dir: Path) -> Path:
    pdf = out_dir / f"{doc.stem}.pdf"
    if doc.renderer == "reportlab":
        render_reportlab(doc, pdf)
    elif doc.renderer == "writer":
        with tempfile.TemporaryDirectory() as tmp:
            docx = Path(tmp) / f"{doc.stem}.docx"
            render_docx(doc, docx)
            produced = docx_to_pdf(docx, Path(tmp))
            shutil.move(produced, pdf)
    elif doc.renderer == "chromium":
        html_to_pdf(render_html(doc), pdf)
    else:
        raise ValueError(doc.renderer)
    if doc.renderer != "reportlab":
        fix_dates(pdf)
    return pdf
