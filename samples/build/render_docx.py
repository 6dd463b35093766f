"""Render a :class:`model.Document` to a Word file with python-docx, the way plans are written."""

from __future__ import annotations

from pathlib import Path

from docx import Document as new_docx
from docx.document import Document as DocxDocument
from docx.enum.section import WD_ORIENT
from docx.enum.table import WD_TABLE_ALIGNMENT
from docx.enum.text import WD_ALIGN_PARAGRAPH, WD_BREAK, WD_TAB_ALIGNMENT
from docx.oxml import OxmlElement
from docx.oxml.ns import qn
from docx.shared import Cm, Pt
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from logo import make_logo
from model import Document, Plan, Rec, paragraphs, parse_paragraph

A4_LONG_CM = 29.7
A4_SHORT_CM = 21.0
TWIPS_PER_CM = 1440 / 2.54
# The office table style's rules, in eighths of a point (w:sz). LibreOffice draws sz=1 as a
# 0.1 pt line (sz=2 already as 0.25 pt), its thinnest: the hairline of its default style.
OFFICE_ROW_RULE = 1
OFFICE_COLUMN_RULE = 6  # 0.75 pt
OFFICE_RULE_COLOUR = "7F7F7F"  # 50% grey
BULLET = "• "


def text_width_cm(doc: Document) -> float:
    """Width of the text area between the side margins."""
    page = A4_LONG_CM if doc.landscape else A4_SHORT_CM
    return page - doc.margins_cm[1] - doc.margins_cm[3]


def _set_fonts(element_rpr: OxmlElement, font: str) -> None:
    """Point every script slot of an rPr at one font, so LibreOffice uses it throughout."""
    fonts = element_rpr.find(qn("w:rFonts"))
    if fonts is None:
        fonts = OxmlElement("w:rFonts")
        element_rpr.insert(0, fonts)
    for slot in ("w:ascii", "w:hAnsi", "w:eastAsia", "w:cs"):
        fonts.set(qn(slot), font)


def _setup(doc: Document) -> DocxDocument:
    """A new Word document with the page set-up, base font and running header/footer."""
    word = new_docx()
    normal = word.styles["Normal"]
    normal.font.name = doc.font
    normal.font.size = Pt(doc.size_pt)
    _set_fonts(normal.element.get_or_add_rPr(), doc.font)
    normal.paragraph_format.space_before = Pt(0)
    normal.paragraph_format.space_after = Pt(0)
    normal.paragraph_format.line_spacing = 1.0

    section = word.sections[0]
    section.orientation = WD_ORIENT.LANDSCAPE if doc.landscape else WD_ORIENT.PORTRAIT
    long_side, short_side = Cm(A4_LONG_CM), Cm(A4_SHORT_CM)
    section.page_width = long_side if doc.landscape else short_side
    section.page_height = short_side if doc.landscape else long_side
    top, right, bottom, left = doc.margins_cm
    section.top_margin, section.right_margin = Cm(top), Cm(right)
    section.bottom_margin, section.left_margin = Cm(bottom), Cm(left)
    section.header_distance = Cm(0.8)
    section.footer_distance = Cm(0.8)

    header_p = section.header.paragraphs[0]
    if doc.page_header:
        run = header_p.add_run(doc.page_header)
        run.bold = True
        header_p.alignment = {
            "center": WD_ALIGN_PARAGRAPH.CENTER,
            "right": WD_ALIGN_PARAGRAPH.RIGHT,
            "left": WD_ALIGN_PARAGRAPH.LEFT,
        }[doc.page_header_align]

    footer_p = section.footer.paragraphs[0]
    if doc.footer_left:
        footer_p.add_run(doc.footer_left)
        footer_p.paragraph_format.tab_stops.add_tab_stop(
            Cm(text_width_cm(doc)), WD_TAB_ALIGNMENT.RIGHT
        )
        footer_p.add_run("\t")
    elif doc.page_numbers:
        footer_p.alignment = WD_ALIGN_PARAGRAPH.CENTER
    if doc.page_numbers:
        footer_p.add_run("Page ")
        _add_field(footer_p, "PAGE")
        footer_p.add_run(" of ")
        _add_field(footer_p, "NUMPAGES")
    return word


def _add_field(paragraph: Paragraph, instruction: str) -> None:
    """Append a complex field (PAGE, NUMPAGES) with a placeholder result."""

    def fld_char(kind: str) -> None:
        el = OxmlElement("w:fldChar")
        el.set(qn("w:fldCharType"), kind)
        paragraph.add_run()._r.append(el)

    fld_char("begin")
    instr = OxmlElement("w:instrText")
    instr.set(qn("xml:space"), "preserve")
    instr.text = f" {instruction} "
    paragraph.add_run()._r.append(instr)
    fld_char("separate")
    paragraph.add_run("1")
    fld_char("end")


def write_markup(
    cell: _Cell, markup: str, space_after_pt: float, bullet_num_id: int | None = None
) -> None:
    """Fill a (fresh, empty) cell with the paragraphs of a markup string.

    A paragraph starting with "• " is a bullet item: literal text with a hanging indent, or, with
    ``bullet_num_id``, a Word list paragraph of that bullet numbering (the "• " is then printed
    by the list, not typed).
    """
    paras = paragraphs(markup) or [""]
    for i, para_markup in enumerate(paras):
        para = cell.paragraphs[0] if i == 0 else cell.add_paragraph()
        is_bullet = para_markup.startswith(BULLET)
        if is_bullet and bullet_num_id is not None:
            write_paragraph(para, para_markup[len(BULLET) :])
            _set_numbering(para, bullet_num_id)
        else:
            write_paragraph(para, para_markup)
        para.paragraph_format.space_after = Pt(space_after_pt)
        if is_bullet and bullet_num_id is None:
            para.paragraph_format.left_indent = Cm(0.4)
            para.paragraph_format.first_line_indent = Cm(-0.4)


def _set_numbering(para: Paragraph, num_id: int) -> None:
    """Make a paragraph an item (level 0) of the list ``num_id``."""
    num_pr = OxmlElement("w:numPr")
    ilvl = OxmlElement("w:ilvl")
    ilvl.set(qn("w:val"), "0")
    num = OxmlElement("w:numId")
    num.set(qn("w:val"), str(num_id))
    num_pr.extend([ilvl, num])
    para._p.get_or_add_pPr().insert(0, num_pr)


def add_bullet_numbering(word: DocxDocument, font: str) -> int:
    """Add a one-level "•" bullet list definition to the numbering part; return its numId."""
    numbering = word.part.numbering_part.element
    abstract_id = num_id = 90
    abstract = OxmlElement("w:abstractNum")
    abstract.set(qn("w:abstractNumId"), str(abstract_id))
    multi = OxmlElement("w:multiLevelType")
    multi.set(qn("w:val"), "hybridMultilevel")
    abstract.append(multi)
    lvl = OxmlElement("w:lvl")
    lvl.set(qn("w:ilvl"), "0")
    for tag, value in (("w:start", "1"), ("w:numFmt", "bullet"), ("w:lvlText", "•")):
        el = OxmlElement(tag)
        el.set(qn("w:val"), value)
        lvl.append(el)
    jc = OxmlElement("w:lvlJc")
    jc.set(qn("w:val"), "left")
    lvl.append(jc)
    p_pr = OxmlElement("w:pPr")
    ind = OxmlElement("w:ind")
    ind.set(qn("w:left"), "284")
    ind.set(qn("w:hanging"), "227")
    p_pr.append(ind)
    lvl.append(p_pr)
    r_pr = OxmlElement("w:rPr")
    _set_fonts(r_pr, font)
    lvl.append(r_pr)
    abstract.append(lvl)
    # abstractNum elements must come before every num element
    first_num = numbering.find(qn("w:num"))
    if first_num is None:
        numbering.append(abstract)
    else:
        first_num.addprevious(abstract)
    num = OxmlElement("w:num")
    num.set(qn("w:numId"), str(num_id))
    ref = OxmlElement("w:abstractNumId")
    ref.set(qn("w:val"), str(abstract_id))
    num.append(ref)
    numbering.append(num)
    return num_id


def write_paragraph(para: Paragraph, markup: str) -> None:
    """Add the runs of one paragraph of markup."""
    for run_spec in parse_paragraph(markup):
        if run_spec.brk:
            para.add_run().add_break()
            continue
        run = para.add_run(run_spec.text)
        if run_spec.bold:
            run.bold = True
        if run_spec.italic:
            run.italic = True
        if run_spec.sup:
            run.font.superscript = True


def shade(cell: _Cell, fill: str) -> None:
    """Give a cell a solid background fill (hex RRGGBB)."""
    tc_pr = cell._tc.get_or_add_tcPr()
    shd = OxmlElement("w:shd")
    shd.set(qn("w:val"), "clear")
    shd.set(qn("w:color"), "auto")
    shd.set(qn("w:fill"), fill)
    tc_pr.append(shd)


def _border(tag: str, size: int = 4, color: str = "000000") -> OxmlElement:
    """One border element: a single rule of ``size`` eighths of a point, or none for size 0."""
    el = OxmlElement(tag)
    el.set(qn("w:val"), "single" if size else "nil")
    if size:
        el.set(qn("w:sz"), str(size))
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), color)
    return el


def _grid_borders(table: Table) -> None:
    """Single black rules on every edge and between all cells."""
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:val"), "single")
        el.set(qn("w:sz"), "4")
        el.set(qn("w:space"), "0")
        el.set(qn("w:color"), "000000")
        borders.append(el)
    tbl_pr.append(borders)


def _unruled_borders(table: Table, borders_mode: str) -> None:
    """No vertical rule at all; horizontal rules only as ``borders_mode`` says.

    ``"header_rule"``: no table borders (the rule under the header row is a cell border, see
    :func:`_header_rule`). ``"row_rules"``: thin grey rules above, between and below the rows.
    """
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    row_rule = 2 if borders_mode == "row_rules" else 0
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        size = row_rule if edge in ("top", "bottom", "insideH") else 0
        borders.append(_border(f"w:{edge}", size, "7F7F7F"))
    tbl_pr.append(borders)


def _office_borders(table: Table) -> None:
    """An office default table style's rules: grey hairlines across, 0.75 pt grey rules down."""
    tbl_pr = table._tbl.tblPr
    borders = OxmlElement("w:tblBorders")
    for edge in ("top", "left", "bottom", "right", "insideH", "insideV"):
        across = edge in ("top", "bottom", "insideH")
        size = OFFICE_ROW_RULE if across else OFFICE_COLUMN_RULE
        borders.append(_border(f"w:{edge}", size, OFFICE_RULE_COLOUR))
    tbl_pr.append(borders)


def _header_rule(cell: _Cell) -> None:
    """A 1 pt black rule under one header cell."""
    tc_pr = cell._tc.get_or_add_tcPr()
    borders = OxmlElement("w:tcBorders")
    borders.append(_border("w:bottom", 8))
    tc_pr.append(borders)


def _cell_margins(table: Table, top_pt: float, bottom_pt: float) -> None:
    """Top and bottom cell margins for the whole table (left and right stay Word's 0.19 cm)."""
    mar = OxmlElement("w:tblCellMar")
    for edge, pt in (("top", top_pt), ("left", None), ("bottom", bottom_pt), ("right", None)):
        el = OxmlElement(f"w:{edge}")
        el.set(qn("w:w"), str(round((pt * 20) if pt is not None else 108)))
        el.set(qn("w:type"), "dxa")
        mar.append(el)
    table._tbl.tblPr.append(mar)


def _fixed_widths(table: Table, widths_cm: list[float]) -> None:
    """Fixed layout with the given column widths (grid and every cell)."""
    table.autofit = False
    tbl_pr = table._tbl.tblPr
    layout = OxmlElement("w:tblLayout")
    layout.set(qn("w:type"), "fixed")
    tbl_pr.append(layout)
    tbl_w = tbl_pr.find(qn("w:tblW"))
    if tbl_w is None:
        tbl_w = OxmlElement("w:tblW")
        tbl_pr.append(tbl_w)
    tbl_w.set(qn("w:type"), "dxa")
    tbl_w.set(qn("w:w"), str(round(sum(widths_cm) * TWIPS_PER_CM)))
    for grid_col, width in zip(table._tbl.tblGrid.gridCol_lst, widths_cm, strict=True):
        grid_col.w = Cm(width)
    for row in table.rows:
        for cell, width in zip(row.cells, widths_cm, strict=True):
            cell.width = Cm(width)


def _mark_header(row_index: int, table: Table) -> None:
    """Mark a row as a header row repeated at the top of each page (w:tblHeader)."""
    tr_pr = table.rows[row_index]._tr.get_or_add_trPr()
    el = OxmlElement("w:tblHeader")
    el.set(qn("w:val"), "true")
    tr_pr.append(el)


def column_widths(doc: Document, plan: Plan) -> list[float]:
    """Column widths in cm, the plan's relative widths scaled to the text width."""
    total = sum(c.width_cm for c in plan.columns)
    scale = text_width_cm(doc) / total
    return [round(c.width_cm * scale, 3) for c in plan.columns]


def rec_level_value(plan: Plan, rec: Rec, key: str) -> str:
    """Markup of a rec-level cell."""
    if key == "recommendation":
        return rec.rec_cell()
    if key == "no":
        return rec.no_label or rec.rec_id
    if key == "rag":
        return rec.rag if plan.rag_mode == "text" else ""
    return rec.cells.get(key, "")


def add_plan(
    word: DocxDocument, doc: Document, plan: Plan, bullet_num_id: int | None = None
) -> None:
    """Title, intro paragraph and the plan's table (bullets as lists with ``bullet_num_id``)."""
    title = word.add_paragraph()
    run = title.add_run(plan.title)
    run.bold = True
    run.font.size = Pt(doc.title_size_pt)
    title.paragraph_format.space_after = Pt(6)
    title.paragraph_format.keep_with_next = True
    title.paragraph_format.page_break_before = plan.page_break_before
    intro = word.add_paragraph()
    write_paragraph(intro, plan.intro)
    intro.paragraph_format.space_after = Pt(8)
    intro.paragraph_format.keep_with_next = True

    ncols = len(plan.columns)
    table = word.add_table(rows=1, cols=ncols)
    table.alignment = WD_TABLE_ALIGNMENT.LEFT
    if plan.borders == "grid":
        _grid_borders(table)
    elif plan.borders == "office":
        _office_borders(table)
    else:
        _unruled_borders(table, plan.borders)
    if plan.cell_margins_pt is not None:
        _cell_margins(table, *plan.cell_margins_pt)
    space = doc.cell_space_after_pt
    num_id = bullet_num_id

    for cell, column in zip(table.rows[0].cells, plan.columns, strict=True):
        write_markup(cell, f"<b>{column.header}</b>", space)
        if plan.header_fill:
            shade(cell, plan.header_fill)
        if plan.borders == "header_rule":
            _header_rule(cell)
    if plan.header_repeat:
        _mark_header(0, table)

    merges: list[tuple[int, int, int]] = []  # (column, first row, last row)
    section = ""
    for rec in plan.recs:
        if rec.section and rec.section != section:
            section = rec.section
            cells = table.add_row().cells
            merged = cells[0].merge(cells[-1])
            write_markup(merged, f"<b>{section}</b>", space)
            if plan.section_fill:
                shade(merged, plan.section_fill)
        first = len(table.rows)
        for i, row_data in enumerate(rec.rows or [{}]):
            cells = table.add_row().cells
            for cell, column in zip(cells, plan.columns, strict=True):
                if column.key in plan.rec_level:
                    value = rec_level_value(plan, rec, column.key) if i == 0 else ""
                else:
                    value = row_data.get(column.key, "")
                write_markup(cell, value, space, num_id)
                # the fill goes on every cell of a merged RAG cell, else on the first row only
                filled = i == 0 or plan.continuation == "vmerge"
                if column.key == "rag" and plan.rag_mode == "fill" and rec.rag_fill and filled:
                    shade(cell, rec.rag_fill)
        last = len(table.rows) - 1
        if last > first and plan.continuation == "vmerge":
            merges.extend(
                (c, first, last) for c, col in enumerate(plan.columns) if col.key in plan.rec_level
            )

    _fixed_widths(table, column_widths(doc, plan))
    for col, first, last in merges:
        table.cell(first, col).merge(table.cell(last, col))


def add_cover(word: DocxDocument, doc: Document, logo: Path) -> None:
    """The cover page: logo (with alt text), heading, subheading and prose, then a page break."""
    cover = doc.cover
    assert cover is not None
    para = word.add_paragraph()
    para.alignment = WD_ALIGN_PARAGRAPH.RIGHT
    para.add_run().add_picture(str(logo), width=Cm(cover.logo_width_cm))
    for doc_pr in para._p.iter(qn("wp:docPr")):
        doc_pr.set("descr", cover.logo_alt)
        doc_pr.set("title", cover.logo_alt)
    para.paragraph_format.space_after = Pt(18)
    for text, size in (
        (cover.heading, doc.title_size_pt + 7),
        (cover.subheading, doc.title_size_pt),
    ):
        para = word.add_paragraph()
        run = para.add_run(text)
        run.bold = True
        run.font.size = Pt(size)
        para.paragraph_format.space_after = Pt(10)
    for text in cover.paragraphs:
        para = word.add_paragraph()
        write_paragraph(para, text)
        para.paragraph_format.space_after = Pt(8)
        para.paragraph_format.line_spacing = 1.15
    word.paragraphs[-1].add_run().add_break(WD_BREAK.PAGE)


def render(doc: Document, path: Path) -> None:
    """Write the document's DOCX to ``path`` (a cover's logo PNG is written beside it)."""
    word = _setup(doc)
    num_id = add_bullet_numbering(word, doc.font) if doc.list_bullets else None
    if doc.cover is not None:
        logo = path.with_suffix(".logo.png")
        make_logo(logo, doc.cover.heading)
        add_cover(word, doc, logo)
    for i, plan in enumerate(doc.plans):
        if i and not plan.page_break_before:
            word.add_paragraph()
        add_plan(word, doc, plan, num_id)
    # No paragraph after the last table: LibreOffice would push an empty one onto a blank
    # last page whenever the table ends at the foot of a page.
    word.save(str(path))
