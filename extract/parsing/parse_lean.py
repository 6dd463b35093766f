"""The fast parser: pdfminer.six's own interpreter, fonts and arithmetic, without its slow parts.

pdfplumber spends most of a page in three places: pdfminer's byte-at-a-time content-stream
tokenizer, one LTChar object per character, and pdfplumber's generic conversion of every object
to a dict (resolving and filtering each attribute). Here the tokenizer is parse_lexer's regular
expressions, and characters go straight to pdfplumber-shaped dicts, computed with the very
expressions of pdfminer's render_string_horizontal, LTChar and pdfplumber's Page.process_object
so every coordinate is the same float. Operators, graphics state, fonts, colours, paths, forms
and images are pdfminer's own code, so what is on a page is decided exactly as before.
Vertical writing and content the lexer does not mirror go through pdfminer's own code paths.
"""

from __future__ import annotations

from collections.abc import Container, Iterator, Sequence
from typing import Any, ClassVar

from pdfminer.converter import PDFLayoutAnalyzer
from pdfminer.layout import LTChar, LTContainer, LTCurve, LTImage, LTLine, LTPage, LTRect
from pdfminer.pdffont import PDFFont, PDFUnicodeNotDefined
from pdfminer.pdfinterp import PDFPageInterpreter
from pdfminer.pdftypes import PDFStream, stream_value
from pdfminer.psparser import PSKeyword, keyword_name
from pdfminer.utils import Matrix, mult_matrix
from pdfplumber.page import fix_fontname_bytes
from pdfplumber.utils import resolve_all
from pdfplumber.utils.exceptions import PdfminerException

from actionplan.extract.parsing.parse_lexer import Unusual, content_objects
from actionplan.extract.parsing.parse_page import PageObject, ParsedPage

Glyphs = dict[int, tuple[str, float]]
"""A font's characters met so far: cid -> (text, width in text space)."""
Fonts = dict[PDFFont, tuple[str, Glyphs]]
"""Each font met so far: its name as pdfplumber gives it, and its characters met so far."""

NUMBER = (int, float)
KINDS = {LTRect: "rect", LTLine: "line", LTCurve: "curve", LTImage: "image"}


class LeanInterpreter(PDFPageInterpreter):
    """pdfminer's page interpreter, reading content streams with parse_lexer."""

    methods: ClassVar[dict[PSKeyword, tuple[str | None, int]]] = {}
    """Operator keyword -> (method name or None if unknown, its operand count), as pdfminer's
    execute() works them out for every operator it meets."""

    def execute(self, streams: Sequence[object]) -> None:
        """pdfminer's PDFPageInterpreter.execute over parse_lexer's objects: the same checks
        for circular references, the same operand stack and dispatch."""
        valid: list[PDFStream] = []
        self.stream_ids.clear()
        for obj in streams:
            stream = stream_value(obj)
            if stream.objid is None or stream.objid in self.parent_stream_ids:
                continue
            valid.append(stream)
            self.stream_ids.add(stream.objid)
        try:
            objects = content_objects([stream.get_data() for stream in valid])
        except Unusual:
            super().execute(streams)
            return
        methods = self.methods
        for obj in objects:
            if type(obj) is not PSKeyword:
                self.argstack.append(obj)
                continue
            found = methods.get(obj)
            if found is None:
                found = methods[obj] = self.find_method(obj)
            name, nargs = found
            if name is None:
                continue
            func = getattr(self, name)
            if nargs:
                args = self.pop(nargs)
                if len(args) == nargs:
                    func(*args)
            else:
                func()

    def find_method(self, keyword: PSKeyword) -> tuple[str | None, int]:
        """The do_ method for an operator and how many operands it takes, as pdfminer finds it
        (an unknown operator is skipped)."""
        name = keyword_name(keyword)
        method = "do_" + name.replace("*", "_a").replace('"', "_w").replace("'", "_q")
        if not hasattr(self, method):
            return None, 0
        return method, getattr(self, method).__code__.co_argcount - 1


class LeanDevice(PDFLayoutAnalyzer):
    """pdfminer's layout device, except that characters become pdfplumber's dicts at once."""

    def __init__(self, pdf: Any, page: Any, fonts: Fonts, max_shapes: int | None = None) -> None:
        super().__init__(pdf.rsrcmgr, pageno=page.page_number, laparams=None)
        self.page = page
        self.fonts = fonts
        self.max_shapes = max_shapes
        self.shapes = 0
        self.shapes_dropped = 0
        self.chars: list[PageObject] = []
        self.layout: LTPage | None = None
        # pdfplumber's Page.process_object: top-left origin, shifted by the MediaBox corner.
        self.height = page.height
        self.mb_x0, self.mb_top = page.mediabox[:2]
        self.doctop = page.initial_doctop

    def paint_path(
        self, gstate: Any, stroke: bool, fill: bool, evenodd: bool, path: Sequence[Any]
    ) -> None:
        """pdfminer's, for the page's first max_shapes shapes; the rest are only counted. A
        path of several pieces comes back here for each (pdfminer's recursion), so a piece is
        a shape."""
        if self.max_shapes is not None and sum(1 for seg in path if seg[0] == "m") <= 1:
            if self.shapes >= self.max_shapes:
                self.shapes_dropped += 1
                return
            self.shapes += 1
        super().paint_path(gstate, stroke, fill, evenodd, path)

    def receive_layout(self, ltpage: LTPage) -> None:
        """Keep the page's other objects (paths, images, forms) for objects()."""
        self.layout = ltpage

    def render_char(
        self,
        matrix: Matrix,
        font: PDFFont,
        fontsize: float,
        scaling: float,
        rise: float,
        cid: int,
        ncs: Any,
        graphicstate: Any,
    ) -> float:
        """One character as pdfminer's render_char makes it, converted by pdfplumber (vertical
        writing only: render_string does horizontal text itself)."""
        text, textwidth = self.glyph(font, cid)
        item = LTChar(
            matrix,
            font,
            fontsize,
            scaling,
            rise,
            text,
            textwidth,
            font.char_disp(cid),
            ncs,
            graphicstate,
        )
        self.chars.append(self.page.process_object(item))
        return item.adv

    def render_string(self, textstate: Any, seq: Any, ncs: Any, graphicstate: Any) -> None:
        """pdfminer's PDFTextDevice.render_string and render_string_horizontal with LTChar's
        box and pdfplumber's conversion inlined: the same expressions in the same order."""
        font = textstate.font
        if font.is_vertical():
            super().render_string(textstate, seq, ncs, graphicstate)
            return
        a, b, c, d, e, f = mult_matrix(textstate.matrix, self.ctm)
        fontsize = textstate.fontsize
        scaling = textstate.scaling * 0.01
        charspace = textstate.charspace * scaling
        wordspace = textstate.wordspace * scaling
        rise = textstate.rise
        if font.is_multibyte():
            wordspace = 0
        dxscale = 0.001 * fontsize * scaling
        low = font.get_descent() * fontsize + rise
        high = low + fontsize
        upright = a * d * scaling > 0 and b * c <= 0
        ncolor = graphicstate.ncolor
        non_stroking = ncolor if isinstance(ncolor, tuple) else (ncolor,)
        known = self.fonts.get(font)
        if known is None:
            known = self.fonts[font] = (font_name(font), {})
        fontname, glyphs = known
        height, mb_x0, mb_top, doctop = self.height, self.mb_x0, self.mb_top, self.doctop
        chars = self.chars
        # LTChar's box is (0, low, adv, high) put through the character's matrix, which is this
        # string's matrix moved to (x, y): corner = (a * bx + c * by + ee, b * bx + d * by + ff)
        # (apply_matrix_pt). The terms that do not depend on the character are summed once,
        # in the same order, so every corner is the same float pdfminer computes.
        left_low, left_high = a * 0 + c * low, a * 0 + c * high
        bottom_left, top_left = b * 0 + d * low, b * 0 + d * high
        c_low, c_high, d_low, d_high = c * low, c * high, d * low, d * high
        x, y = textstate.linematrix
        needcharspace = False
        # A simple font's decode() is bytearray(bytes): iterating the bytes gives the same codes.
        simple = type(font).decode is PDFFont.decode
        for obj in seq:
            if isinstance(obj, NUMBER):
                x -= obj * dxscale
                needcharspace = True
            elif isinstance(obj, bytes):
                for cid in obj if simple else font.decode(obj):
                    if needcharspace:
                        x += charspace
                    glyph = glyphs.get(cid)
                    if glyph is None:
                        glyph = glyphs[cid] = self.glyph(font, cid)
                    text, textwidth = glyph
                    adv = textwidth * fontsize * scaling
                    ee = x * a + y * c + e  # translate_matrix(matrix, (x, y))
                    ff = x * b + y * d + f
                    a_adv, b_adv = a * adv, b * adv
                    left1, bottom1 = left_low + ee, bottom_left + ff
                    right1, bottom2 = a_adv + c_low + ee, b_adv + d_low + ff
                    right2, top1 = a_adv + c_high + ee, b_adv + d_high + ff
                    left2, top2 = left_high + ee, top_left + ff
                    # min() and max() of the corners (apply_matrix_rect), spelt out as a call
                    # costs more; on a tie the first wins, as with min() and max().
                    x0 = x1 = left1
                    if left2 < x0:
                        x0 = left2
                    if right1 < x0:
                        x0 = right1
                    if right2 < x0:
                        x0 = right2
                    if left2 > x1:
                        x1 = left2
                    if right1 > x1:
                        x1 = right1
                    if right2 > x1:
                        x1 = right2
                    y0 = y1 = bottom1
                    if bottom2 < y0:
                        y0 = bottom2
                    if top1 < y0:
                        y0 = top1
                    if top2 < y0:
                        y0 = top2
                    if bottom2 > y1:
                        y1 = bottom2
                    if top1 > y1:
                        y1 = top1
                    if top2 > y1:
                        y1 = top2
                    top = (height - y1) + mb_top
                    chars.append(
                        {
                            "text": text,
                            "fontname": fontname,
                            "size": y1 - y0,
                            "upright": upright,
                            "x0": x0 + mb_x0 if mb_x0 != 0 else x0,
                            "x1": x1 + mb_x0 if mb_x0 != 0 else x1,
                            "top": top,
                            "bottom": (height - y0) + mb_top,
                            "doctop": doctop + top,
                            "non_stroking_color": non_stroking,
                        }
                    )
                    x += adv
                    if cid == 32 and wordspace:
                        x += wordspace
                    needcharspace = True
        textstate.linematrix = (x, y)

    def glyph(self, font: PDFFont, cid: int) -> tuple[str, float]:
        """A character's text and width, looked up as pdfminer's render_char does."""
        try:
            text = font.to_unichr(cid)
            assert isinstance(text, str), str(type(text))
        except PDFUnicodeNotDefined:
            text = self.handle_undefined_char(font, cid)
        return text, font.char_width(cid)

    def objects(self) -> dict[str, list[PageObject]]:
        """The page's paths and images by kind, in drawing order, as pdfplumber gives them."""
        out: dict[str, list[PageObject]] = {kind: [] for kind in KINDS.values()}
        todo: list[Iterator[Any]] = [iter(self.layout or ())]
        while todo:
            item = next(todo[-1], None)
            if item is None:
                todo.pop()
            elif isinstance(item, LTContainer):
                todo.append(iter(item))
            else:
                kind = KINDS.get(type(item))
                if kind == "image":
                    out[kind].append(self.page.process_object(item))
                elif kind is not None:
                    out[kind].append(self.path_object(item, kind))
        return out

    def path_object(self, item: LTCurve, kind: str) -> PageObject:
        """A line, rectangle or curve as pdfplumber's Page.process_object converts it, without
        its generic filtering and resolving of every attribute: pdfminer computed the points,
        and the colours come from the content stream, which holds no object references."""
        point = self.page.point2coord
        obj = {
            "x0": item.x0,
            "y0": item.y0,
            "x1": item.x1,
            "y1": item.y1,
            "width": item.width,
            "height": item.height,
            "pts": [point(pt) for pt in item.pts],
            "linewidth": item.linewidth,
            "stroke": item.stroke,
            "fill": item.fill,
            "evenodd": item.evenodd,
            "stroking_color": item.stroking_color,
            "non_stroking_color": item.non_stroking_color,
            "object_type": kind,
            "page_number": self.page.page_number,
            "path": [(cmd, *map(point, pts)) for cmd, *pts in item.original_path or ()],
            "dash": item.dashing_style,
        }
        obj["top"] = (self.height - item.y1) + self.mb_top
        obj["bottom"] = (self.height - item.y0) + self.mb_top
        obj["doctop"] = self.doctop + obj["top"]
        if self.mb_x0 != 0:
            obj["x0"] = item.x0 + self.mb_x0
            obj["x1"] = item.x1 + self.mb_x0
        return obj


def font_name(font: PDFFont) -> str:
    """The font's name as pdfplumber's Page.process_object gives it."""
    name = resolve_all(font.fontname)
    return fix_fontname_bytes(name) if isinstance(name, bytes) else name


def lean_pages(
    pdf: Any, max_shapes: int | None = None, wanted: Container[int] | None = None
) -> Iterator[ParsedPage]:
    """Each page of an open pdfplumber PDF (those numbered in wanted, if given), read by the
    lean interpreter and device, at most max_shapes drawn shapes of each kept; a failure
    wrapped as pdfplumber wraps it, so it is classified alike."""
    fonts: Fonts = {}
    for page in pdf.pages:
        if wanted is not None and page.page_number not in wanted:
            continue
        device = LeanDevice(pdf, page, fonts, max_shapes)
        try:
            LeanInterpreter(pdf.rsrcmgr, device).process_page(page.page_obj)
        except Exception as err:
            raise PdfminerException(err) from err
        objects = device.objects()
        yield ParsedPage(
            page_number=page.page_number,
            width=float(page.width),
            height=float(page.height),
            chars=device.chars,
            rects=objects["rect"],
            lines=objects["line"],
            curves=objects["curve"],
            images=objects["image"],
            shapes_dropped=device.shapes_dropped,
        )
