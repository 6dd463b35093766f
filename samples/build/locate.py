"""Find on which pages of a rendered PDF each recommendation's known text lies.

This is not an extractor: it only looks for strings the build script itself rendered. Per plan,
the page's characters (in content-stream order, which LibreOffice writes cell by cell) are
assigned to the plan's columns by their x position, page furniture and repeated header rows are
left out, and every cell's text (whitespace removed) is searched for in its column's character
stream, in table order. A recommendation spans the pages of the first and last characters of all
its cells.
"""

from __future__ import annotations

import itertools
import re
import unicodedata
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
from model import Document, Plan, plain, squash, strip_tags
from render_docx import column_widths, rec_level_value

CM = 72 / 2.54
CELL_PADDING_PT = 0.19 * CM  # LibreOffice puts the table's left rule one cell padding outside


@dataclass
class Char:
    """One non-blank character of the document with its page and stream position."""

    text: str
    page: int
    order: int
    x: float
    top: float
    height: float


@dataclass
class PageInfo:
    """What the checks report about one page."""

    number: int
    header_rows: int
    fills: list[str]


def _hex(colour: object) -> str:
    """'RRGGBB' for a pdfplumber fill colour (grey or RGB tuple of floats)."""
    if isinstance(colour, int | float):
        colour = (colour,)
    if not isinstance(colour, tuple | list) or len(colour) not in (1, 3):
        return ""
    values = list(colour) * 3 if len(colour) == 1 else list(colour)
    return "".join(f"{round(float(v) * 255):02X}" for v in values)


def _close(a: str, b: str, tolerance: int = 3) -> bool:
    """Two hex colours within a small tolerance per channel."""
    if len(a) != 6 or len(b) != 6:
        return False
    return all(abs(int(a[i : i + 2], 16) - int(b[i : i + 2], 16)) <= tolerance for i in (0, 2, 4))


class Locator:
    """Character streams of one rendered PDF, for locating known strings."""

    def __init__(self, pdf_path: Path, doc: Document) -> None:
        self.doc = doc
        self.pdf_path = pdf_path
        self.chars: list[Char] = []
        self.header_bands: dict[int, list[tuple[float, float, str]]] = {}
        self.fills: dict[int, list[tuple[float, float, float, float, str]]] = {}
        self._text_bands: dict[tuple[int, int], list[tuple[float, float]]] = {}
        # LibreOffice puts a table's left edge one cell padding left of the margin; reportlab
        # puts it on the margin
        self.table_left = doc.margins_cm[3] * CM - (
            0.0 if doc.renderer == "reportlab" else CELL_PADDING_PT
        )
        top_margin = doc.margins_cm[0] * CM
        bottom_margin = doc.margins_cm[2] * CM
        with pdfplumber.open(pdf_path) as pdf:
            self.page_count = len(pdf.pages)
            order = 0
            for page in pdf.pages:
                number = page.page_number
                fills = []
                seen = set()
                for rect in page.rects:
                    if not rect.get("fill"):
                        continue
                    colour = _hex(rect.get("non_stroking_color"))
                    key = (round(rect["x0"]), round(rect["top"]), colour)
                    if colour and colour != "FFFFFF" and key not in seen:
                        seen.add(key)
                        fills.append((rect["x0"], rect["top"], rect["x1"], rect["bottom"], colour))
                self.fills[number] = fills
                for ch in page.chars:
                    text = unicodedata.normalize("NFKC", ch["text"])
                    if not text.strip():
                        continue
                    if ch["top"] < top_margin - 2 or ch["bottom"] > page.height - bottom_margin + 2:
                        continue
                    x = (ch["x0"] + ch["x1"]) / 2
                    for piece in squash(text):  # ligature glyphs ("ﬁ") hold several letters
                        self.chars.append(Char(piece, number, order, x, ch["top"], ch["height"]))
                        order += 1

    def header_band(self, page: int, fill: str) -> list[tuple[float, float]]:
        """Vertical extents of the header-row cells (rects with the header fill) on a page."""
        bands = {
            (round(top, 1), round(bottom, 1))
            for _x0, top, _x1, bottom, colour in self.fills.get(page, [])
            if _close(colour, fill)
        }
        return sorted(bands)

    def plan_header_band(self, plan: Plan, page: int) -> list[tuple[float, float]]:
        """Vertical extent of the plan's header row on a page, by fill or, unfilled, by text."""
        if plan.header_fill:
            return self.header_band(page, plan.header_fill)
        key = (id(plan), page)
        if key not in self._text_bands:
            self._text_bands[key] = self._text_header_band(plan, page)
        return self._text_bands[key]

    def _text_header_band(self, plan: Plan, page: int) -> list[tuple[float, float]]:
        """The header row of an unfilled header: every column's header text on one line.

        Each column's header text is searched for in that column's characters on the page
        (after the plan's title); the row is where all columns' header texts start at the same
        height. Body text cannot do that, so a page without a header row gives no band.
        """
        start = self.find_text(plan.title)
        bounds = self.column_bounds(plan)
        columns: list[list[Char]] = [[] for _ in plan.columns]
        for ch in self.chars:
            if ch.page != page or ch.order < start:
                continue
            for i, (x0, x1) in enumerate(bounds):
                if x0 <= ch.x < x1:
                    columns[i].append(ch)
                    break
        found: list[list[list[Char]]] = []  # per column, the chars of each occurrence
        for column, chars in zip(plan.columns, columns, strict=True):
            text = "".join(c.text for c in chars)
            target = squash(unicodedata.normalize("NFKC", column.header))
            hits = [m.start() for m in re.finditer(re.escape(target), text)]
            found.append([chars[at : at + len(target)] for at in hits])
        for first in found[0]:
            top = first[0].top
            row = [first]
            for hits in found[1:]:
                match = next((h for h in hits if abs(h[0].top - top) < 2), None)
                if match is None:
                    break
                row.append(match)
            else:
                chars = [c for hit in row for c in hit]
                return [(min(c.top for c in chars) - 1, max(c.top + c.height for c in chars) + 1)]
        return []

    def find_text(self, text: str, start: int = 0) -> int:
        """Stream order of the first character after ``start`` where ``text`` begins."""
        stream = "".join(c.text for c in self.chars)
        target = squash(unicodedata.normalize("NFKC", text))
        at = stream.find(target, start)  # a char's order is its index in self.chars
        if at < 0:
            raise LookupError(f"text not found in PDF: {text[:60]!r}")
        return at

    def column_bounds(self, plan: Plan) -> list[tuple[float, float]]:
        """The x extent (points) of each of the plan's columns on the page."""
        left = self.table_left
        bounds = []
        for width in column_widths(self.doc, plan):
            bounds.append((left, left + width * CM))
            left += width * CM
        return bounds

    def has_fill(self, page: int, x_range: tuple[float, float], fill: str) -> bool:
        """True when the page holds a rect of colour ``fill`` inside the x range."""
        x0, x1 = x_range
        return any(
            _close(colour, fill) and left >= x0 - 2 and right <= x1 + 2
            for left, _top, right, _bottom, colour in self.fills.get(page, [])
        )

    def locate_plan(self, plan: Plan) -> dict[int, tuple[int, int]]:
        """Page span (first, last) of each recommendation of a plan, keyed by its index."""
        bounds = self.column_bounds(plan)
        start = self.find_text(plan.title)

        # per-column character streams after the plan's title, header rows left out
        bands_cache: dict[int, list[tuple[float, float]]] = {}
        streams: list[list[Char]] = [[] for _ in plan.columns]
        for ch in self.chars:
            if ch.order < start:
                continue
            if ch.page not in bands_cache:
                bands_cache[ch.page] = self.plan_header_band(plan, ch.page)
            middle = ch.top + 0.5 * ch.height
            if any(top <= middle <= bottom for top, bottom in bands_cache[ch.page]):
                continue
            for i, (x0, x1) in enumerate(bounds):
                if x0 <= ch.x < x1:
                    streams[i].append(ch)
                    break
        texts = ["".join(c.text for c in s) for s in streams]
        cursors = [0] * len(plan.columns)

        spans: dict[int, tuple[int, int]] = {}
        for index, rec in enumerate(plan.recs):
            pages: list[int] = []
            for row_no, row in enumerate(rec.rows or [{}]):
                for col, column in enumerate(plan.columns):
                    if column.key in plan.rec_level:
                        if row_no:
                            continue
                        markup = rec_level_value(plan, rec, column.key)
                    else:
                        markup = row.get(column.key, "")
                    target = squash(unicodedata.normalize("NFKC", plain(markup)))
                    if not target:
                        continue
                    at = texts[col].find(target, cursors[col])
                    if at < 0:
                        raise LookupError(
                            f"{self.doc.stem}: rec {rec.rec_id} ({rec.section}) column "
                            f"{column.key!r}: {plain(markup)[:80]!r} not found after "
                            f"{texts[col][cursors[col] : cursors[col] + 80]!r}"
                        )
                    end = at + len(target)
                    pages.extend((streams[col][at].page, streams[col][end - 1].page))
                    cursors[col] = end
            spans[index] = (min(pages), max(pages))
        return spans


def split_words(locator: Locator, plan: Plan, pages: range) -> list[str]:
    """Words of the plan's cells (headers included) that the PDF prints broken over two lines.

    Looks at each pair of consecutive lines in a column: when the last word of one line and the
    first word of the next glue into one of the plan's words, the word was broken. A break
    after a hyphen or dash is allowed (readers join "multi-" + "agency").
    """
    tokens: set[str] = set()
    for column in plan.columns:
        texts = [column.header]
        for rec in plan.recs:
            if column.key in plan.rec_level:
                texts.append(rec_level_value(plan, rec, column.key))
            else:
                texts.extend(row.get(column.key, "") for row in rec.rows)
        for text in texts:
            clean = re.sub(r"<sup>.*?</sup>", " ", text).replace("\n", " ")
            tokens.update(strip_tags(clean).split())

    doc = locator.doc
    widths = [w * CM for w in column_widths(doc, plan)]
    problems: set[str] = set()
    with pdfplumber.open(locator.pdf_path) as pdf:
        for number in pages:
            page = pdf.pages[number - 1]
            bands = locator.plan_header_band(plan, number)
            table_top = bands[0][0] if bands else 0  # leave out the title and intro
            x0 = locator.table_left
            for w in widths:
                crop = page.crop((x0, table_top, x0 + w, page.height), strict=False)
                x0 += w
                lines: dict[int, list[str]] = {}
                for word in crop.extract_words():
                    text = unicodedata.normalize("NFKC", word["text"])
                    lines.setdefault(round(word["bottom"]), []).append(text)
                ordered = [lines[k] for k in sorted(lines)]
                for above, below in itertools.pairwise(ordered):
                    a, b = above[-1], below[0]
                    if a.endswith(("-", "–")) or a in tokens:
                        continue
                    if a + b in tokens:
                        problems.add(f"{a}|{b}")
    return sorted(problems)
