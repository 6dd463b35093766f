"""The default parser: PDFium (through pypdfium2) reads each page, and its characters, paths
and images come out as pdfminer's parser gives them (pdfplumber's dicts, see parse_page).

PDFium parses the content streams, fonts and colour spaces; this module converts.

- Coordinates: PDFium gives PDF user space (origin bottom-left, /Rotate not applied).
  pdfminer's page matrix (the /Rotate turn, the MediaBox corner moved to 0) and pdfplumber's
  flip (Page.process_object: top = height - y1 + mediabox top) are applied here, so a point is
  where pdfplumber puts it, rotated pages included, and `doctop` adds the page heights before.
- Characters: PDFium's text page, without the characters it makes up (spaces and line breaks
  between text objects: FPDFText_IsGenerated), in drawing order (the text page sorts a line's
  objects by position). The text page leaves out a text object that prints nothing (a lone
  space between two runs): such an object gives a space here, as it does to pdfminer. A
  character's box is pdfminer's (LTChar): the glyph's advance across, from the font's descent
  to one font size above it, through the character's matrix (PDFium's own boxes are the
  glyph's outline, or that joined with the font's bounding box). The advance is the font's
  width for the character's unicode (FPDFFont_GetGlyphWidth), checked against PDFium's two
  boxes of the glyph. The descent and font name are pdfminer's (the descriptor's /Descent and
  /FontName, or a standard font's AFM metrics), read from the file's font dictionaries with
  pikepdf: PDFium makes up a descent from two arbitrary glyphs when the descriptor says 0, as
  LibreOffice's do, and drops a simple font's subset tag.
- Paths: every subpath of a path object, as pdfminer's PDFLayoutAnalyzer.paint_path classifies
  it: a line ('ml', 'mlh'), a rectangle (a closed, axis-aligned four-point loop, which is what
  `re` gives) or a curve; the objects of form XObjects with their matrices composed.
- Colours: PDFium gives every colour as RGB (0-255). A grey (r = g = b) is one value, anything
  else (r, g, b), in 0-1, which colours.to_hex turns into the same '#rrggbb'.
- Images: their box and pixel size; pdfminer's stream objects have no PDFium counterpart.

Where the objects differ from pdfminer's (bench/parsers.py measures it):
- A character has the keys parse_page names and no more: no stroking_color (nothing reads
  it; a dict of ten keys takes 272 bytes, one of eleven 464, and a page holds thousands).
- PDFium keeps coordinates as 32-bit floats (an x of 72.1 is 72.09999847...).
- The text page keeps one space of a run of them, drops spaces after a hyphen ending a line,
  and keeps one of two copies of a text object drawn on top of itself (fake bold).
- A glyph without unicode: PDFium's unicode is its code, where pdfminer may read the font's
  encoding otherwise (code 39 of a Type3 font: "'" here, '’' there; 0xE8 of an unmapped
  encoding: 'è' here, 'Ł' there). A CID font's is '(cid:N)' either way. Where a font maps
  a glyph, PDFium may compose it ('é' where pdfminer gives 'e' and a combining accent).
- PDFium keeps a CID font's widths (/W) as whole thousandths: in a run of glyphs drawn by a
  browser the positions drift by up to a thousandth of the size a glyph.
- A ligature spelt out by PDFium is one character of its letters ('ffi' for 'ﬃ'); the width
  of one whose outline overhangs its advance, and that ToUnicode spells, is its outline's.
- CMYK colours are converted with Adobe's CMYK-to-sRGB table (black is #231f20, not
  #000000); ICC-based, indexed and separation colours are the colours a viewer shows, where
  pdfminer gives the components (an index, a tint); a pattern fill is white (a shading) or grey
  (#bfbfbf, a coloured tiling pattern) where pdfminer gives no colour.
- A Type3 font's descent is PDFium's when two Type3 fonts (which have no name) differ in it.
- A glyph of vertical writing is where PDFium draws it; pdfminer places its box by the font's
  vertical metrics, higher (by a quarter of the size in reportlab's Japanese fonts).
- A damaged content stream is read up to the damage (pdfminer reads none of it).
"""

from __future__ import annotations

import ctypes
import io
import re
import unicodedata
from collections.abc import Callable, Container, Iterator, Sequence
from dataclasses import dataclass
from functools import cache
from pathlib import Path
from types import SimpleNamespace
from typing import Any, NamedTuple

import pikepdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c
from pdfminer.fontmetrics import FONT_METRICS
from pdfplumber.utils.exceptions import PdfminerException

from actionplan.extract.parsing.parse_page import PageObject, ParsedPage
from actionplan.extract.parsing.passwords import open_with_password, raised_any

Matrix = tuple[float, float, float, float, float, float]
Point = tuple[float, float]
Segment = tuple[Any, ...]
"""A path operation as pdfminer records it: ('m', p), ('l', p), ('c', p1, p2, p3) or ('h',)."""


class FontFacts(NamedTuple):
    """What the file's font dictionary says of a font, as pdfminer reads it."""

    descent: float
    """Thousandths of the size."""
    name: str
    """The font's name as pdfminer gives it (the descriptor's /FontName)."""
    cid: bool
    """A Type0 (CID) font: a glyph without unicode is '(cid:N)' to pdfminer."""


Metrics = dict[str, FontFacts]
"""The file's fonts by the name PDFium gives them."""

TEXT, PATH, IMAGE, FORM = (
    pdfium_c.FPDF_PAGEOBJ_TEXT,
    pdfium_c.FPDF_PAGEOBJ_PATH,
    pdfium_c.FPDF_PAGEOBJ_IMAGE,
    pdfium_c.FPDF_PAGEOBJ_FORM,
)
LINETO, BEZIERTO, MOVETO = (
    pdfium_c.FPDF_SEGMENT_LINETO,
    pdfium_c.FPDF_SEGMENT_BEZIERTO,
    pdfium_c.FPDF_SEGMENT_MOVETO,
)
EVENODD = pdfium_c.FPDF_FILLMODE_ALTERNATE
MADE_UP = frozenset((32, 10, 13))
"""What PDFium generates (a space, CR, LF): only these are asked whether they were."""
HYPHEN_MARK = 2
"""PDFium's unicode for a hyphen it took to end a line ('-' or a soft hyphen in the stream)."""
NAME_BUFFER = 512
BLANK_WIDTH = 0.01
"""PDFium's text page leaves out a text object narrower than this (kSizeEpsilon)."""
DEFAULT_COLOUR = 0
"""pdfminer's colour of an object drawn before any colour is set (grey level 0)."""
ADVANCE_SLACK = 0.5
"""How much (thousandths of the size) two of PDFium's boxes of a character may differ and still
end alike (PDFium's boxes are floats)."""
SUBSET = re.compile(r"^[A-Z]{6}\+")
LIGATURES = {"ff": 0xFB00, "fi": 0xFB01, "fl": 0xFB02, "ffi": 0xFB03, "ffl": 0xFB04, "st": 0xFB06}
"""The ligatures PDFium's text page spells out (U+FB00-FB06), by their letters."""


FAMILIES = (
    "FPDFText_",
    "FPDFTextObj_",
    "FPDFFont_",
    "FPDFPageObj_",
    "FPDFPath",
    "FPDFPage_",
    "FPDFFormObj_",
    "FPDFImageObj_",
)
"""The raw functions native() makes its own copies of."""


@cache
def native() -> Any:
    """pypdfium2's raw functions, called with bare addresses: each of them is a new function
    pointer to the same symbol whose opaque handles (FPDF_PAGEOBJECT, FPDF_FONT, ...) are
    void pointers, so a handle comes back as an int (an object known again by it) and goes in
    without ctypes' pointer checks (a third of the cost of a call)."""

    def bare(kind: Any) -> Any:
        name = getattr(kind, "__name__", "")
        return ctypes.c_void_p if name.startswith("LP_struct_fpdf_") else kind

    out = SimpleNamespace()
    for name in dir(pdfium_c):
        if not name.startswith(FAMILIES):
            continue
        original = getattr(pdfium_c, name)
        if not hasattr(original, "argtypes"):
            continue
        function = type(original)(ctypes.cast(original, ctypes.c_void_p).value)
        function.argtypes = [bare(kind) for kind in original.argtypes or ()]
        function.restype = bare(original.restype)
        setattr(out, name, function)
    return out


def mult(m1: Matrix, m0: Matrix) -> Matrix:
    """m1 then m0 (pdfminer's mult_matrix)."""
    a1, b1, c1, d1, e1, f1 = m1
    a0, b0, c0, d0, e0, f0 = m0
    return (
        a0 * a1 + c0 * b1,
        b0 * a1 + d0 * b1,
        a0 * c1 + c0 * d1,
        b0 * c1 + d0 * d1,
        a0 * e1 + c0 * f1 + e0,
        b0 * e1 + d0 * f1 + f0,
    )


@dataclass(frozen=True)
class Frame:
    """How pdfplumber shows one page: pdfminer's page matrix takes a user-space point to its
    layout space, and pdfplumber's top-left coordinates follow from that."""

    ctm: Matrix
    """pdfminer's PDFPageInterpreter.process_page matrix: /Rotate, MediaBox corner to 0."""
    width: float
    height: float
    mb_x0: float
    """pdfplumber's mediabox[0], added to every x."""
    mb_top: float
    """pdfplumber's mediabox[1], added to every top."""
    doctop: float
    """The heights of the pages before, as pdfplumber sums them."""

    @classmethod
    def of(cls, mediabox: Sequence[float], rotation: int, doctop: float) -> Frame:
        """The frame of a page with this MediaBox (as the file gives it) and /Rotate, by
        pdfminer's process_page and pdfplumber's Page.__init__ (_normalize_box, _invert_box)."""
        x0, y0, x1, y1 = (float(v) for v in mediabox)
        rotation %= 360
        if rotation == 90:
            ctm: Matrix = (0, -1, 1, 0, -y0, x1)
        elif rotation == 180:
            ctm = (-1, 0, 0, -1, x1, y1)
        elif rotation == 270:
            ctm = (0, 1, -1, 0, y1, -x0)
        else:
            ctm = (1, 0, 0, 1, -x0, -y0)
        left, right = sorted((x0, x1))
        low, high = sorted((y0, y1))
        box = (low, left, high, right) if rotation in (90, 270) else (left, low, right, high)
        height = box[3] - box[1]
        return cls(ctm, box[2] - box[0], height, box[0], height - box[3], doctop)


def plumber_frame(page: Any) -> Frame:
    """The frame of a pdfplumber Page, from the very values pdfplumber and pdfminer use."""
    frame = Frame.of(page.page_obj.mediabox, page.rotation, page.initial_doctop)
    mb_x0, mb_top = page.mediabox[:2]
    return Frame(frame.ctm, page.width, page.height, mb_x0, mb_top, page.initial_doctop)


def pdfium_frame(page: int, doctop: float) -> Frame:
    """The frame of a PDFium page. FPDFPage_GetMediaBox reads the page's own /MediaBox only;
    one inherited from the page tree is taken from PDFium's page box (the CropBox within it,
    if the page has one)."""
    c = native()
    box = [ctypes.c_float() for _ in range(4)]
    if not c.FPDFPage_GetMediaBox(page, *box):
        rect = pdfium_c.FS_RECTF()
        pdfium_c.FPDF_GetPageBoundingBox(ctypes.cast(page, pdfium_c.FPDF_PAGE), rect)
        box = [ctypes.c_float(v) for v in (rect.left, rect.bottom, rect.right, rect.top)]
    rotation = c.FPDFPage_GetRotation(page) % 4 * 90
    return Frame.of([v.value for v in box], rotation, doctop)


def colour(r: int, g: int, b: int) -> Any:
    """A PDFium colour as pdfminer gives a path's: a grey level, or (r, g, b), in 0-1."""
    if r == g == b:
        return r / 255
    return (r / 255, g / 255, b / 255)


def char_colour(r: int, g: int, b: int) -> tuple[float, ...]:
    """A PDFium colour as pdfplumber gives a character's: always a tuple."""
    value = colour(r, g, b)
    return value if isinstance(value, tuple) else (value,)


@dataclass(frozen=True)
class Font:
    """What the characters of one font share."""

    name: str
    descent: float
    """Thousandths of the size."""
    cid: bool | None
    """A CID font; None: not known."""

    @classmethod
    def of(cls, font: int, metrics: Metrics) -> Font:
        """A PDFium font's name and descent as pdfminer gives them (PDFium's if the file's
        font dictionaries do not tell: a font PDFium renamed, or one of two of a name)."""
        c = native()
        buffer = ctypes.create_string_buffer(NAME_BUFFER)
        length = c.FPDFFont_GetBaseFontName(font, buffer, NAME_BUFFER)
        if length > NAME_BUFFER:
            buffer = ctypes.create_string_buffer(length)
            c.FPDFFont_GetBaseFontName(font, buffer, length)
        name = buffer.value.decode("latin-1")
        known = metrics.get(name)
        if known is not None:
            return cls(known.name, known.descent, known.cid)
        descent = ctypes.c_float()
        c.FPDFFont_GetDescent(font, 1000.0, descent)
        return cls(name, descent.value, None)


class Style(NamedTuple):
    """What the characters of one text object share."""

    font: int
    size: float
    fontname: str
    upright: bool
    fill: tuple[float, ...]
    a: float
    b: float
    c: float
    d: float
    """The text object's matrix with the page's, without translation: text space to layout
    space (horizontal scaling included: PDFium keeps it in the matrix)."""
    low: float
    high: float
    """The bottom and top of a glyph's box in text space: descent, descent + size."""
    rising_x: bool
    """A glyph's top edge lies right of (or on) its bottom edge in layout space."""
    rising_y: bool
    """A glyph's top edge lies above (or on) its bottom edge in layout space."""
    cid: bool | None
    """The font is a CID font (None: not known)."""


NO_STYLE = Style(0, 0.0, "", True, (), 0.0, 0.0, 0.0, 0.0, 0.0, 0.0, True, True, None)


class Reader:
    """Reads one page: its drawn objects (walking form XObjects), then its characters."""

    def __init__(
        self, frame: Frame, page_number: int, max_shapes: int | None, metrics: Metrics
    ) -> None:
        self.c = native()
        self.frame = frame
        self.page_number = page_number
        self.max_shapes = max_shapes
        self.metrics = metrics
        self.shapes = 0
        self.shapes_dropped = 0
        self.rects: list[PageObject] = []
        self.lines: list[PageObject] = []
        self.curves: list[PageObject] = []
        self.images: list[PageObject] = []
        self.texts: dict[int, tuple[int, Matrix | None]] = {}
        """Each text object (by its address): its place in drawing order, and the matrix of
        the forms it is drawn in."""
        self.fonts: dict[int, Font] = {}
        self.styles: dict[tuple[Any, ...], Style] = {}
        # Out-parameters, made once.
        self.matrix = pdfium_c.FS_MATRIX()
        self.rect = pdfium_c.FS_RECTF()
        self.fx, self.fy = ctypes.c_float(), ctypes.c_float()
        self.dx, self.dy = ctypes.c_double(), ctypes.c_double()
        self.edges = [ctypes.c_double() for _ in range(4)]
        self.directions: dict[tuple[float, float], tuple[float, float, float]] = {}
        """baseline() of each style's (a, b) met."""
        self.rgba = [ctypes.c_uint() for _ in range(4)]
        self.fill_mode, self.stroke = ctypes.c_int(), ctypes.c_int()

    # -- geometry ---------------------------------------------------------------------------

    def object_matrix(self, obj: int, parent: Matrix | None) -> Matrix:
        """An object's matrix to user space, through the forms it is drawn in."""
        m = self.matrix
        self.c.FPDFPageObj_GetMatrix(obj, m)
        own = (m.a, m.b, m.c, m.d, m.e, m.f)
        return own if parent is None else mult(own, parent)

    def box(self, points: Sequence[Point]) -> dict[str, Any]:
        """x0, y0, x1, y1 (pdfminer's, bottom-up) and top, bottom, doctop (pdfplumber's) of
        layout-space points."""
        xs = [x for x, _ in points]
        ys = [y for _, y in points]
        x0, y0, x1, y1 = min(xs), min(ys), max(xs), max(ys)
        frame = self.frame
        top = (frame.height - y1) + frame.mb_top
        return {
            "x0": x0 + frame.mb_x0,
            "y0": y0,
            "x1": x1 + frame.mb_x0,
            "y1": y1,
            "width": x1 - x0,
            "height": y1 - y0,
            "top": top,
            "bottom": (frame.height - y0) + frame.mb_top,
            "doctop": frame.doctop + top,
        }

    def coord(self, point: Point) -> Point:
        """A layout-space point in pdfplumber's coordinates (Page.point2coord)."""
        frame = self.frame
        return (frame.mb_x0 + point[0], frame.mb_top + frame.height - point[1])

    # -- drawn objects ----------------------------------------------------------------------

    def walk(
        self,
        count: Callable[[int], int],
        get: Callable[[int, int], int],
        holder: int,
        parent: Matrix | None,
    ) -> None:
        """Every object of a page or form in drawing order, a form's own objects in its place."""
        c = self.c
        get_type = c.FPDFPageObj_GetType
        for i in range(count(holder)):
            obj = get(holder, i)
            kind = get_type(obj)
            if kind == TEXT:
                self.texts[obj] = (len(self.texts), parent)
            elif kind == PATH:
                self.path(obj, parent)
            elif kind == IMAGE:
                self.image(obj, parent)
            elif kind == FORM:
                matrix = self.object_matrix(obj, parent)
                self.walk(c.FPDFFormObj_CountObjects, c.FPDFFormObj_GetObject, obj, matrix)

    def segments(self, obj: int, matrix: Matrix) -> list[list[Segment]]:
        """A path object's subpaths in layout space, as pdfminer records them: each begins
        with 'm', a Bézier is one 'c' of three points, and a closing line back to the start
        (how PDFium stores `h`, and the end of `re`) is 'h'."""
        c = self.c
        a, b, cc, d, e, f = mult(matrix, self.frame.ctm)
        fx, fy = self.fx, self.fy
        get_segment, get_point = c.FPDFPath_GetPathSegment, c.FPDFPathSegment_GetPoint
        get_type, get_close = c.FPDFPathSegment_GetType, c.FPDFPathSegment_GetClose
        subpaths: list[list[Segment]] = []
        current: list[Segment] = []
        start: Point = (0.0, 0.0)
        bezier: list[Point] = []
        for i in range(c.FPDFPath_CountSegments(obj)):
            seg = get_segment(obj, i)
            get_point(seg, fx, fy)
            x, y = fx.value, fy.value
            point = (a * x + cc * y + e, b * x + d * y + f)
            kind = get_type(seg)
            if kind == MOVETO:
                current = [("m", point)]
                subpaths.append(current)
                start = point
                bezier = []
                continue
            if not current:
                continue
            closed = get_close(seg)
            if kind == LINETO:
                if closed and point == start:
                    current.append(("h",))
                    continue
                current.append(("l", point))
            elif kind == BEZIERTO:
                bezier.append(point)
                if len(bezier) < 3:
                    continue
                current.append(("c", *bezier))
                bezier = []
            else:
                continue
            if closed:
                current.append(("h",))
        return [path for path in subpaths if len(path) > 1]

    def path(self, obj: int, parent: Matrix | None) -> None:
        """A path object's subpaths, each a line, rectangle or curve as pdfminer's paint_path
        makes them; those past max_shapes only counted."""
        subpaths = self.segments(obj, self.object_matrix(obj, parent))
        if not subpaths:
            return
        keep = len(subpaths)
        if self.max_shapes is not None:
            keep = min(keep, max(self.max_shapes - self.shapes, 0))
            self.shapes += keep
            self.shapes_dropped += len(subpaths) - keep
            if not keep:
                return
        c = self.c
        c.FPDFPath_GetDrawMode(obj, self.fill_mode, self.stroke)
        fill_mode = self.fill_mode.value
        c.FPDFPageObj_GetStrokeWidth(obj, self.fx)
        common = {
            "linewidth": self.fx.value,
            "stroke": bool(self.stroke.value),
            "fill": fill_mode != 0,
            "evenodd": fill_mode == EVENODD,
            "stroking_color": self.colour(c.FPDFPageObj_GetStrokeColor, obj),
            "non_stroking_color": self.colour(c.FPDFPageObj_GetFillColor, obj),
            "dash": self.dash(obj),
        }
        for subpath in subpaths[:keep]:
            self.shape(subpath, common)

    def shape(self, path: list[Segment], common: dict[str, Any]) -> None:
        """One subpath classified as pdfminer's paint_path does, as pdfplumber's dict."""
        shape = "".join(seg[0] for seg in path)
        pts: list[Point] = [seg[-1] if seg[0] != "h" else path[0][-1] for seg in path]
        if len(shape) > 3 and shape[-2:] == "lh" and pts[-2] == pts[0]:
            shape = shape[:-2] + "h"
            pts.pop()
        kind, out = "curve", self.curves
        if shape in ("mlh", "ml"):
            kind, out, pts = "line", self.lines, pts[:2]
        elif shape in ("mlllh", "mllll"):
            (x0, y0), (x1, y1), (x2, y2), (x3, y3), _ = pts
            square = (x0 == x1 and y1 == y2 and x2 == x3 and y3 == y0) or (
                y0 == y1 and x1 == x2 and y2 == y3 and x3 == x0
            )
            if pts[0] == pts[4] and square:
                kind, out, pts = "rect", self.rects, [(x0, y0), (x2, y0), (x2, y2), (x0, y2)]
        coord = self.coord
        obj = self.box(pts)
        obj.update(common)
        obj["pts"] = [coord(pt) for pt in pts]
        obj["object_type"] = kind
        obj["page_number"] = self.page_number
        obj["path"] = [(seg[0], *map(coord, seg[1:])) for seg in path]
        out.append(obj)

    def image(self, obj: int, parent: Matrix | None) -> None:
        """An image's box (the unit square through its matrix) and pixel size."""
        a, b, c, d, e, f = mult(self.object_matrix(obj, parent), self.frame.ctm)
        corners = [(e, f), (a + e, b + f), (c + e, d + f), (a + c + e, b + d + f)]
        width, height = ctypes.c_uint(), ctypes.c_uint()
        self.c.FPDFImageObj_GetImagePixelSize(obj, width, height)
        image = self.box(corners)
        image["srcsize"] = (width.value, height.value)
        image["object_type"] = "image"
        image["page_number"] = self.page_number
        self.images.append(image)

    def colour(self, get: Callable[..., int], obj: int) -> Any:
        """An object's fill or stroke colour, as pdfminer gives a path's."""
        r, g, b, a = self.rgba
        if not get(obj, r, g, b, a):
            return DEFAULT_COLOUR
        return colour(r.value, g.value, b.value)

    def dash(self, obj: int) -> tuple[list[float], float] | None:
        """The dash pattern (array, phase), or None for a solid line."""
        c = self.c
        count = c.FPDFPageObj_GetDashCount(obj)
        if count <= 0:
            return None
        array = (ctypes.c_float * count)()
        c.FPDFPageObj_GetDashArray(obj, array, count)
        c.FPDFPageObj_GetDashPhase(obj, self.fx)
        return ([float(v) for v in array], self.fx.value)

    # -- characters ---------------------------------------------------------------------------

    def chars(self, textpage: int) -> list[PageObject]:
        """The page's characters in drawing order (PDFium's text page sorts a line's text
        objects by position: they are put back in the order drawn), with a space for each
        text object the text page leaves out for printing nothing."""
        c = self.c
        get_unicode, is_generated = c.FPDFText_GetUnicode, c.FPDFText_IsGenerated
        get_object, get_origin = c.FPDFText_GetTextObject, c.FPDFText_GetCharOrigin
        dx, dy = self.dx, self.dy
        frame = self.frame
        pa, pb, pc, pd, pe, pf = frame.ctm
        height, mb_x0, mb_top, doctop = frame.height, frame.mb_x0, frame.mb_top, frame.doctop
        # pdfplumber's top and x are these plus a layout-space y or x.
        down, right = height + mb_top, mb_x0
        texts = self.texts
        styles: dict[int, Style] = {}
        glyphs: dict[int, dict[int, tuple[str, float]]] = {}
        """Each font's characters met: unicode -> (text, width)."""
        known: dict[int, tuple[str, float]] = {}
        chars: list[PageObject] = []
        runs: list[tuple[int, int]] = []
        """(place of the text object in drawing order, index of its first character)."""
        unknown = (len(texts), None)
        last_obj: int | None = None
        last_x = last_y = 0.0
        last: PageObject = {}
        style = NO_STYLE
        font, size, fontname, upright = 0, 0.0, "", True
        fill: tuple[float, ...] = ()
        a = b = cc = d = low = high = 0.0
        plain = rising_x = rising_y = True
        fresh: int | None = None
        """The unicode whose width the last character found."""
        count = c.FPDFText_CountChars(textpage)
        codes = self.page_text(textpage, count)
        if codes is None:
            codes = [get_unicode(textpage, i) for i in range(count)]
        for i, u in enumerate(codes):
            if u in MADE_UP and is_generated(textpage, i):
                continue
            obj = get_object(textpage, i)
            if obj is None:
                continue
            get_origin(textpage, i, dx, dy)
            ox, oy = dx.value, dy.value
            if obj != last_obj:
                place, parent = texts.get(obj, unknown)
                cached = styles.get(obj)
                if cached is None:
                    cached = styles[obj] = self.style(obj, parent)
                style = cached
                runs.append((place, len(chars)))
                font, size, fontname, upright, fill, a, b, cc, d = style[:9]
                low, high, rising_x, rising_y = style[9:13]
                known = glyphs.setdefault(font, {})
                plain = b == 0 and cc == 0 and a >= 0 and rising_y
            elif ox == last_x and oy == last_y:
                # One glyph, several characters (a ligature PDFium spells out, or a glyph
                # whose ToUnicode gives several): one character, as pdfminer gives it. The
                # first letter's width, if just found, was found from this glyph: forgotten.
                if fresh is not None:
                    known.pop(fresh, None)
                    fresh = None
                last["text"] += self.text(textpage, i, u, style)
                self.ligature(last, textpage, i, style, ox, oy)
                continue
            glyph = known.get(u) if u != HYPHEN_MARK else None
            fresh = None
            if glyph is None:
                glyph = self.glyph(textpage, i, u, style, known)
                fresh = u
            text, width = glyph
            # LTChar's box: (0, low)-(advance, high) through the character's matrix at its
            # origin, then pdfplumber's coordinates; min() and max() of the corners spelt out
            # (a call costs more): which corner is lowest follows from the signs of the
            # advance and of the matrix's height column.
            advance = width * size / 1000
            x = pa * ox + pc * oy + pe
            y = pb * ox + pd * oy + pf
            if plain:  # upright text, not skewed: most of it
                x0, x1 = x, x + a * advance
                y0, y1 = y + d * low, y + d * high
            else:
                ax, bx = a * advance, b * advance
                left1, bottom1 = x + cc * low, y + d * low
                left2, top2 = x + cc * high, y + d * high
                right1, bottom2 = left1 + ax, bottom1 + bx
                right2, top1 = left2 + ax, top2 + bx
                if rising_x:
                    x0, x1 = (left1, right2) if ax >= 0 else (right1, left2)
                else:
                    x0, x1 = (left2, right1) if ax >= 0 else (right2, left1)
                if rising_y:
                    y0, y1 = (bottom1, top1) if bx >= 0 else (bottom2, top2)
                else:
                    y0, y1 = (top2, bottom2) if bx >= 0 else (top1, bottom1)
            top = down - y1
            last = {
                "text": text,
                "fontname": fontname,
                "size": y1 - y0,
                "upright": upright,
                "x0": x0 + right,
                "x1": x1 + right,
                "top": top,
                "bottom": down - y0,
                "doctop": doctop + top,
                "non_stroking_color": fill,
            }
            chars.append(last)
            last_obj, last_x, last_y = obj, ox, oy
        for obj, (place, parent) in texts.items():
            if obj not in styles and self.blank(obj):
                runs.append((place, len(chars)))
                origin = self.object_matrix(obj, parent)[4:]
                chars.append(self.space(self.style(obj, parent), origin))
        places = [place for place, _ in runs]
        if places == sorted(places):
            return chars
        ends = [start for _, start in runs[1:]] + [len(chars)]
        ordered = sorted(zip(places, ends, runs, strict=True))
        return [char for _, end, (_, start) in ordered for char in chars[start:end]]

    def page_text(self, textpage: int, count: int) -> list[int] | None:
        """Every character's unicode in one call (FPDFText_GetText), when the text page's
        text holds one letter for each of its characters, else None and each is asked for
        (the text leaves out control characters and those past U+FFFF: it is never longer)."""
        buffer = (ctypes.c_ushort * (count + 1))()
        if self.c.FPDFText_GetText(textpage, 0, count, buffer) != count + 1:
            return None
        # The text holds a hyphen PDFium took to end a line as U+FFFE, the character as 2.
        return [HYPHEN_MARK if u == 0xFFFE else u for u in buffer[:count]]

    def space(self, style: Style, origin: tuple[float, ...]) -> PageObject:
        """A space where a text object starts (origin: in user space)."""
        char = {"text": " ", "fontname": style.fontname, "upright": style.upright}
        width = self.width(style.font, ord(" "))
        char.update(self.char_box(style, origin[0], origin[1], width))
        char["non_stroking_color"] = style.fill
        return char

    def ligature(
        self, char: PageObject, textpage: int, index: int, style: Style, ox: float, oy: float
    ) -> None:
        """A character made of several letters gets its glyph's width: a ligature's, if the
        font has its unicode; a letter's with accents (one glyph whose ToUnicode gives the
        letter and combining marks), the letter's; else that of PDFium's box."""
        text = char["text"]
        guess = 0.0
        if text in LIGATURES:
            guess = self.width(style.font, LIGATURES[text])
        elif all(unicodedata.combining(mark) for mark in text[1:]):
            guess = self.width(style.font, ord(text[0]))
        char.update(self.char_box(style, ox, oy, self.advance(textpage, index, style, guess)))

    def char_box(self, style: Style, ox: float, oy: float, width: float) -> dict[str, float]:
        """What chars() computes of a character's box, for one drawn at (ox, oy) (user
        space) with this width (thousandths of the size)."""
        advance = width * style.size / 1000
        a, b, cc, d = style.a, style.b, style.c, style.d
        pa, pb, pc, pd, pe, pf = self.frame.ctm
        x = pa * ox + pc * oy + pe
        y = pb * ox + pd * oy + pf
        corners = [
            (x + cc * low + a * along, y + d * low + b * along)
            for low in (style.low, style.high)
            for along in (0.0, advance)
        ]
        box = self.box(corners)
        keys = ("x0", "x1", "top", "bottom", "doctop")
        return {"size": box["height"], **{key: box[key] for key in keys}}

    def blank(self, obj: int) -> bool:
        """A text object that prints nothing: its glyphs' box has no width."""
        left, bottom, right, top = (ctypes.c_float() for _ in range(4))
        self.c.FPDFPageObj_GetBounds(obj, left, bottom, right, top)
        return abs(right.value - left.value) < BLANK_WIDTH

    def style(self, obj: int, parent: Matrix | None) -> Style:
        """What a text object's characters share: font, size, matrix, fill colour (the same
        values give the same Style: a browser draws each character as an object)."""
        c, m, size, (r, g, b, a) = self.c, self.matrix, self.fx, self.rgba
        font = c.FPDFTextObj_GetFont(obj)
        c.FPDFTextObj_GetFontSize(obj, size)
        c.FPDFPageObj_GetMatrix(obj, m)
        fill = (r.value, g.value, b.value) if c.FPDFPageObj_GetFillColor(obj, r, g, b, a) else None
        key = (font, size.value, m.a, m.b, m.c, m.d, parent, fill)
        style = self.styles.get(key)
        if style is None:
            linear = (m.a, m.b, m.c, m.d)
            style = self.styles[key] = self.new_style(font, size.value, linear, parent, fill)
        return style

    def new_style(
        self,
        font: int,
        size: float,
        matrix: tuple[float, float, float, float],
        parent: Matrix | None,
        fill: tuple[int, int, int] | None,
    ) -> Style:
        """style()'s work."""
        known = self.fonts.get(font)
        if known is None:
            known = self.fonts[font] = Font.of(font, self.metrics)
        ma, mb, mc, md, _, _ = (
            (*matrix, 0.0, 0.0) if parent is None else mult((*matrix, 0.0, 0.0), parent)
        )
        pa, pb, pc, pd, _, _ = self.frame.ctm
        a, b = pa * ma + pc * mb, pb * ma + pd * mb
        cc, d = pa * mc + pc * md, pb * mc + pd * md
        low = known.descent * size / 1000
        return Style(
            font=font,
            size=size,
            fontname=known.name,
            upright=a * d > 0 and b * cc <= 0,
            fill=char_colour(*fill) if fill else (DEFAULT_COLOUR,),
            a=a,
            b=b,
            c=cc,
            d=d,
            low=low,
            high=low + size,
            rising_x=cc * size >= 0,
            rising_y=d * size >= 0,
            cid=known.cid,
        )

    def glyph(
        self, textpage: int, index: int, u: int, style: Style, known: dict[int, Any]
    ) -> tuple[str, float]:
        """A character's text and its font width (thousandths of the size), found the first
        time a font draws its unicode (see advance())."""
        if u == HYPHEN_MARK and self.c.FPDFText_IsHyphen(textpage, index) == 1:
            u = ord("-")
        glyph = known.get(u)
        if glyph is None:
            text = self.text(textpage, index, u, style)
            width = self.advance(textpage, index, style, self.width(style.font, u))
            glyph = known[u] = (text, width)
        return glyph

    def text(self, textpage: int, index: int, u: int, style: Style) -> str:
        """A character's text. A glyph PDFium finds no unicode for is its code. pdfminer
        reads a simple font's code by its encoding (a Type3 glyph named /84 is 'T' to both),
        so that is kept but for a control character; a CID font's (or one past Latin-1 of a
        font not known) is pdfminer's '(cid:N)'."""
        if u == HYPHEN_MARK and self.c.FPDFText_IsHyphen(textpage, index) == 1:
            return "-"
        asked = u < 32 or style.cid or (style.cid is None and u > 255)
        if u == 0 or (asked and self.c.FPDFText_HasUnicodeMapError(textpage, index) == 1):
            return f"(cid:{u})"
        return chr(u)

    def width(self, font: int, u: int) -> float:
        """The font's width of its glyph for a unicode (thousandths of the size). PDFium finds
        the glyph by reversing the font's ToUnicode or encoding: a unicode it cannot reverse
        (several letters for one glyph, a Type3 font's private names) gives code 0's width."""
        self.c.FPDFFont_GetGlyphWidth(font, u, 1000.0, self.fx)
        return self.fx.value

    def advance(self, textpage: int, index: int, style: Style, guess: float) -> float:
        """A character's advance width (thousandths of the size), from PDFium's two boxes of
        it: the loose one is its advance (from the origin, font-high) joined with its outline
        (the tight one). Where the outline ends short of the loose box, that end is the
        advance; where the outline overhangs, the font's width (guess) is taken if it fits."""
        c, rect, edges = self.c, self.rect, self.edges
        c.FPDFText_GetCharOrigin(textpage, index, self.dx, self.dy)
        c.FPDFText_GetLooseCharBox(textpage, index, rect)
        loose = self.reach(rect.left, rect.bottom, rect.right, rect.top, style)
        c.FPDFText_GetCharBox(textpage, index, *edges)
        left, right, bottom, top = (edge.value for edge in edges)
        tight = self.reach(left, bottom, right, top, style)
        if tight < loose - ADVANCE_SLACK:
            return loose
        return guess if 0 < guess <= loose + ADVANCE_SLACK else loose

    def reach(self, left: float, bottom: float, right: float, top: float, style: Style) -> float:
        """How far a box (user space) reaches past the character's origin (self.dx, self.dy)
        along its baseline, in thousandths of the size (0 if not at all)."""
        direction = self.directions.get((style.a, style.b))
        if direction is None:
            direction = self.directions[(style.a, style.b)] = self.baseline(style.a, style.b)
        ux, uy, length = direction
        if not length or not style.size:
            return 0.0
        ox, oy = self.dx.value, self.dy.value
        # The furthest corner, spelt out (a generator costs more): its distance along the
        # baseline is the larger x term plus the larger y term.
        x_left, x_right = (left - ox) * ux, (right - ox) * ux
        y_bottom, y_top = (bottom - oy) * uy, (top - oy) * uy
        furthest = max(x_left + y_bottom, x_left + y_top, x_right + y_bottom, x_right + y_top)
        return max(furthest / length, 0.0) / length / abs(style.size) * 1000

    def baseline(self, a: float, b: float) -> tuple[float, float, float]:
        """The baseline's direction in user space and its length, for a style's first column
        (a, b): the layout-space one through the page's matrix turned back (it only turns by
        quarter turns)."""
        pa, pb, pc, pd, _, _ = self.frame.ctm
        det = pa * pd - pb * pc
        ux, uy = (pd * a - pc * b) / det, (pa * b - pb * a) / det
        return ux, uy, (ux * ux + uy * uy) ** 0.5


def read_page(
    page: int, frame: Frame, page_number: int, max_shapes: int | None, metrics: Metrics
) -> ParsedPage:
    """One PDFium page (an FPDF_PAGE's address) as a ParsedPage."""
    c = native()
    reader = Reader(frame, page_number, max_shapes, metrics)
    reader.walk(c.FPDFPage_CountObjects, c.FPDFPage_GetObject, page, None)
    textpage = c.FPDFText_LoadPage(page)
    try:
        chars = reader.chars(textpage)
    finally:
        c.FPDFText_ClosePage(textpage)
    return ParsedPage(
        page_number=page_number,
        width=frame.width,
        height=frame.height,
        chars=chars,
        rects=reader.rects,
        lines=reader.lines,
        curves=reader.curves,
        images=reader.images,
        shapes_dropped=reader.shapes_dropped,
    )


# -- fonts, as pdfminer reads them ------------------------------------------------------------


def font_metrics(source: Path | bytes, password: str | None) -> Metrics:
    """For each font of the file, by the name PDFium gives it, its descent and name as
    pdfminer's PDFFont takes them: a standard font's from its AFM metrics (FONT_METRICS), any
    other's from its descriptor (/Descent made negative, /FontName); a Type0 font's from its
    descendant; a Type3 font's descent from its /FontBBox through its /FontMatrix. A name two
    fonts share with different values is left out (PDFium's own values are used)."""
    try:
        pdf = open_with_password(
            lambda given: pikepdf.open(
                source if isinstance(source, Path) else io.BytesIO(source), password=given
            ),
            password,
            raised_any(pikepdf.PasswordError),
        )
    except Exception:
        return {}
    found: dict[str, set[FontFacts]] = {}
    with pdf:
        for obj in pdf.objects:
            if not isinstance(obj, pikepdf.Dictionary) or obj.get("/Type") != "/Font":
                continue
            try:
                entry = font_entry(obj)
            except Exception:
                continue
            if entry is not None:
                found.setdefault(entry[0], set()).add(entry[1])
    return {name: next(iter(values)) for name, values in found.items() if len(values) == 1}


def font_entry(font: Any) -> tuple[str, FontFacts] | None:
    """(name as PDFium gives it, what pdfminer reads) of one font dictionary, as pdfminer's
    PDFResourceManager.get_font and font classes read it."""
    subtype = str(font.get("/Subtype", "/Type1"))
    if subtype == "/Type0":
        descendants = font.get("/DescendantFonts")
        if not isinstance(descendants, pikepdf.Array) or not len(descendants):
            return None
        font, subtype = descendants[0], "/CIDFontType2"
    base = name_of(font.get("/BaseFont"))
    descriptor = font.get("/FontDescriptor")
    if subtype in ("/CIDFontType0", "/CIDFontType2"):
        return base, described(descriptor, cid=True)
    if subtype == "/Type3":
        # PDFType3Font: the descent is the bounding box's bottom through the font matrix.
        holder = descriptor if isinstance(descriptor, pikepdf.Dictionary) else font
        bbox, matrix = holder.get("/FontBBox"), font.get("/FontMatrix")
        if bbox is None or matrix is None:
            return None
        scale = float(matrix[1]) + float(matrix[3])
        return base, FontFacts(float(bbox[1]) * scale * 1000, described(descriptor).name, False)
    if base in FONT_METRICS:  # a standard font: its AFM metrics, even with a descriptor
        afm = FONT_METRICS[base][0]
        descent = afm.get("Descent", 0)
        descent = float(descent) if isinstance(descent, int | float) else 0.0
        return base, FontFacts(descent, str(afm.get("FontName", "unknown")), False)
    # PDFium drops the subset tag of an embedded simple font's name.
    embedded = isinstance(descriptor, pikepdf.Dictionary) and any(
        key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3")
    )
    return (SUBSET.sub("", base) if embedded else base), described(descriptor)


def described(descriptor: Any, cid: bool = False) -> FontFacts:
    """A font descriptor's descent and font name as pdfminer's PDFFont reads them (/Descent
    made negative; none: 0 and 'unknown')."""
    if not isinstance(descriptor, pikepdf.Dictionary):
        return FontFacts(0.0, "unknown", cid)
    descent = float(descriptor.get("/Descent", 0))
    name = name_of(descriptor.get("/FontName")) or "unknown"
    return FontFacts(-descent if descent > 0 else descent, name, cid)


def name_of(value: Any) -> str:
    """A PDF name or string as text ('' for none)."""
    if value is None:
        return ""
    text = str(value)
    return text[1:] if isinstance(value, pikepdf.Name) else text


# -- documents --------------------------------------------------------------------------------


def password_rejected(err: BaseException) -> bool:
    """PDFium refused the password (the only load error it tells apart by code)."""
    return getattr(err, "err_code", None) == pdfium_c.FPDF_ERR_PASSWORD


def pdfium_pages(
    path: Path | str | bytes,
    password: str | None = None,
    max_shapes: int | None = None,
    frames: Sequence[Frame] | None = None,
    wanted: Container[int] | None = None,
) -> Iterator[ParsedPage]:
    """Each page of a PDF (those numbered in wanted, 1-based, if given) read by PDFium, at most
    max_shapes drawn shapes of each kept (the rest counted in shapes_dropped). frames, if
    given, place each page as pdfplumber does (pdfplumber_pages passes them); else they are
    worked out from PDFium's page boxes."""
    source = Path(path) if isinstance(path, str) else path
    document = open_with_password(
        lambda given: pdfium.PdfDocument(source, password=given), password, password_rejected
    )
    try:
        if frames is not None and len(frames) != len(document):
            raise ValueError(f"PDFium reads {len(document)} pages, pdfminer {len(frames)}")
        metrics = font_metrics(source, password)
        doctop = 0.0
        for index in range(len(document)):
            if wanted is not None and index + 1 not in wanted and frames is not None:
                continue  # without frames, every page is loaded for the heights before it
            page = document[index]
            try:
                raw = ctypes.cast(page.raw, ctypes.c_void_p).value or 0
                frame = frames[index] if frames is not None else pdfium_frame(raw, doctop)
                if wanted is None or index + 1 in wanted:
                    yield read_page(raw, frame, index + 1, max_shapes, metrics)
                doctop += frame.height
            finally:
                page.close()
    finally:
        document.close()


def pdfplumber_pages(
    pdf: Any, max_shapes: int | None = None, wanted: Container[int] | None = None
) -> Iterator[ParsedPage]:
    """Each page of an open pdfplumber PDF (those numbered in wanted, if given), read by PDFium
    from the same file (its path, or its bytes) with the password that opened it, placed
    exactly as pdfplumber places it. A failure is wrapped as pdfplumber wraps one, so it is
    classified as pdfminer's failures are and, with 'auto', the file is read again by
    pdfminer's parser."""
    frames = [plumber_frame(page) for page in pdf.pages]
    source: Path | bytes
    if pdf.path is not None:
        source = Path(pdf.path)
    else:
        pdf.stream.seek(0)
        source = pdf.stream.read()
    try:
        yield from pdfium_pages(source, pdf.password, max_shapes, frames, wanted)
    except Exception as err:
        raise PdfminerException(err) from err
