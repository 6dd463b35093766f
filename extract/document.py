"""The extract stage for one PDF: each page read once, its grid found by the chosen engine,
text, fills and furniture assigned, and fragments stitched into tables."""

from __future__ import annotations

import hashlib
import logging
import re
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import pdfplumber
from pdfminer.pdfdocument import PDFPasswordIncorrect
from pdfplumber.utils.exceptions import PdfminerException

from actionplan.extract.errors import (
    CORRUPT,
    OUT_OF_MEMORY,
    ExtractError,
    Kind,
    NeedsOcr,
    diagnose,
    out_of_memory,
    sniff,
)
from actionplan.extract.fills import assign_fills, filled_shapes
from actionplan.extract.furniture import find_furniture, furniture_key, in_margin, is_page_number
from actionplan.extract.grids.engines import GridFinder
from actionplan.extract.grids.grid import Fragment, assign_chars
from actionplan.extract.grids.grid_unruled import Columns, find_unruled, has_columns
from actionplan.extract.grids.rulings import Segment, ruling_segments, split
from actionplan.extract.headings import body_size
from actionplan.extract.models import ExtractedDocument, Line, LooseLine
from actionplan.extract.page_ranges import page_ranges
from actionplan.extract.parsing.damage import damaged_pages, missing_pages
from actionplan.extract.parsing.parse_page import ParsedPage
from actionplan.extract.parsing.parse_pages import parse_pages, parser_order
from actionplan.extract.parsing.passwords import open_with_password, raised_any
from actionplan.extract.settings import ExtractSettings
from actionplan.extract.stitch import stitch
from actionplan.extract.text import (
    Floats,
    chars_to_lines,
    line_gap_ratios,
    mark_broken_words,
    mark_line_breaks,
    mark_paragraphs,
    usual_gap,
    vocabulary,
)

log = logging.getLogger(__name__)


@dataclass
class PageResult:
    """What one page gave: its table fragments (cells with lines) and the text outside them."""

    number: int
    height: float
    fragments: list[Fragment]
    free_lines: list[Line]
    unruled: bool = False
    """A page with text but no ruled table, to search for an unruled one once furniture is
    known (find_unruled_tables)."""
    kept: UnruledCandidate | None = None
    """What that search needs of the page, kept from the first reading while the document's
    kept characters stay under KEPT_CHARS; past it, the page is read again for the search."""
    has_text: bool = True
    scanned: bool = False
    """No text, but images: a scan without a text layer."""
    crowded: bool = False
    """More shapes drawn than the parser keeps: rulings and fills past the bound not read."""


def sha256_of(path: Path) -> str:
    """Hex sha256 of the file's bytes."""
    digest = hashlib.sha256()
    with path.open("rb") as fh:
        for block in iter(lambda: fh.read(1 << 20), b""):
            digest.update(block)
    return digest.hexdigest()


def fill_cells(
    fragments: list[Fragment],
    shapes: list[tuple[tuple, str]],
    settings: ExtractSettings,
    floats: Floats,
) -> None:
    """Each cell's fill and printed lines, from the characters assigned to it."""
    for fragment in fragments:
        assign_fills(fragment.cells, shapes, settings)
        for cell in fragment.cells:
            cell.lines = chars_to_lines(cell.chars, settings, floats=floats)
            cell.chars = []


@dataclass
class UnruledCandidate:
    """What the unruled-table search needs of a page: its characters, rules and fills."""

    chars: list[dict[str, Any]]
    rules: list[Segment]
    shapes: list[tuple[tuple, str]]


KEPT_CHARS = 60_000
"""Characters of candidate pages for unruled tables kept from the first reading (some 0.7 KB
each: a few dozen pages). Past them the pages are read again once furniture is known: a long
plan of unruled tables would otherwise hold every character of it (some 2 MB a page), and a
short one would pay a second reading."""


def read_page(
    page: ParsedPage, number: int, finder: GridFinder, after_candidate: bool, keep: bool
) -> PageResult:
    """Fragments with their text and fills, and the free lines, of one page. A page without
    ruled tables is a candidate for the unruled pass only if it has column-like lines or follows
    a page that was (an unruled table may run on): a long document of prose keeps nothing.
    keep: a candidate's characters, rules and fills are kept for the pass."""
    settings = finder.settings
    fragments = finder.fragments(page, number)
    free_chars = assign_chars(page.chars, fragments)
    shapes = filled_shapes(page, settings) if fragments or finder.wants_unruled(page) else []
    floats: Floats = {}
    fill_cells(fragments, shapes, settings, floats)
    free_lines = chars_to_lines(free_chars, settings, settings.column_gap, floats)
    result = PageResult(number, float(page.height), fragments, free_lines)
    result.has_text = bool(page.chars)
    result.scanned = not page.chars and bool(page.images)
    result.crowded = page.shapes_dropped > 0
    wanted = not fragments and finder.wants_unruled(page)
    result.unruled = wanted and (after_candidate or has_columns(free_chars))
    if result.unruled and keep:
        result.kept = UnruledCandidate(free_chars, split(ruling_segments(page))[1], shapes)
    return result


def read_pages(pdf: Any, finder: GridFinder) -> tuple[list[PageResult], int]:
    """Every page, read by the setting's parser, and how many parsers gave up first: with
    'auto', a file PDFium fails to parse is read again from the start by pdfminer's own,
    whose verdict on a broken file is the reference. Only a parsing failure (raised, as
    pdfplumber raises it, as PdfminerException) is retried: a failure of the grid or text code
    that runs between pages is ours, and must not be hidden by a second reading."""
    *fallible, last = parser_order(finder.settings.parser)
    for fallbacks, parser in enumerate(fallible):
        try:
            return read_with(pdf, finder, parser), fallbacks
        except PdfminerException as err:
            if out_of_memory(err):
                raise  # pdfminer's parser would only need more
            log.warning("the %s parser failed (%s); reading the file again", parser, err)
    return read_with(pdf, finder, last), len(fallible)


def read_with(pdf: Any, finder: GridFinder, parser: str) -> list[PageResult]:
    """Every page read in turn by one parser."""
    pages: list[PageResult] = []
    max_shapes = finder.settings.max_page_shapes
    kept = 0
    for number, page in enumerate(parse_pages(pdf, parser, max_shapes), start=1):
        after = bool(pages) and pages[-1].unruled
        result = read_page(page, number, finder, after, kept + len(page.chars) <= KEPT_CHARS)
        if result.kept is not None:
            kept += len(result.kept.chars)
        pages.append(result)
    return pages


def furniture_marks(chars: list[dict[str, Any]], lines: list[Line]) -> list[bool]:
    """For each character, whether its middle lies on a running header or footer line (within
    a point of it)."""
    if not lines:
        return [False] * len(chars)
    boxes = [(ln.x0 - 1, ln.top - 1, ln.x1 + 1, ln.bottom + 1) for ln in lines]
    marks = []
    for char in chars:
        x = (char["x0"] + char["x1"]) / 2
        y = (char["top"] + char["bottom"]) / 2
        for left, top, right, bottom in boxes:
            if top <= y <= bottom and left <= x <= right:
                marks.append(True)
                break
        else:
            marks.append(False)
    return marks


def find_unruled_tables(
    pages: list[PageResult],
    is_furniture: Callable[[Line, float], bool],
    settings: ExtractSettings,
    reread: Callable[[list[int]], Iterable[ParsedPage]],
) -> None:
    """Second pass over pages without ruled tables, once furniture is known: unruled tables
    found from text alignment, their columns carried to the next page. A candidate page whose
    characters were not kept is read again (reread: page numbers -> those pages, in order)."""
    candidates = [p for p in pages if p.unruled]
    again = iter(reread([p.number for p in candidates if p.kept is None]))
    carried: Columns | None = None
    previous = 0
    for page in candidates:
        candidate = page.kept or candidate_of(next(again), page.number, settings)
        page.unruled, page.kept = False, None
        if page.number != previous + 1:
            carried = None  # columns carry only to the page right after
        previous = page.number
        furniture = [ln for ln in page.free_lines if is_furniture(ln, page.height)]
        marked = furniture_marks(candidate.chars, furniture)
        chars = [c for c, mark in zip(candidate.chars, marked, strict=True) if not mark]
        top_band = page.height * settings.furniture_margin
        fragments, carried = find_unruled(
            chars, candidate.rules, page.number, carried, top_band=top_band
        )
        if not fragments:
            continue
        rest = assign_chars(chars, fragments)
        floats: Floats = {}
        fill_cells(fragments, candidate.shapes, settings, floats)
        kept = [c for c, mark in zip(candidate.chars, marked, strict=True) if mark] + rest
        page.fragments = fragments
        page.free_lines = chars_to_lines(kept, settings, settings.column_gap, floats)


def candidate_of(page: ParsedPage, number: int, settings: ExtractSettings) -> UnruledCandidate:
    """What the unruled pass needs of page `number` read again: what read_page keeps of a
    candidate."""
    if page.page_number != number:
        raise RuntimeError(f"page {page.page_number} read again for page {number}")
    chars = assign_chars(page.chars, [])
    return UnruledCandidate(chars, split(ruling_segments(page))[1], filled_shapes(page, settings))


def no_pages_reason(path: Path) -> tuple[str, Kind]:
    """Why no page was found: a file that holds page objects has a broken page tree or
    cross-reference table (corrupt); one without any really has no pages."""
    data = path.read_bytes()
    if re.search(rb"/Type\s*/Page(?!s)", data):
        return (
            "corrupt PDF: it holds pages, but its page tree or cross-reference table is broken",
            "corrupt",
        )
    return "PDF has no pages", "no_pages"


def open_pdf(path: Path, password: str | None) -> Any:
    """pdfplumber's PDF, or an ExtractError saying in user terms why it cannot be read."""
    with path.open("rb") as fh:
        reason = sniff(fh.read(1024))
    if reason is not None:
        raise ExtractError(reason, "not_pdf")
    try:
        return open_with_password(
            lambda given: pdfplumber.open(path, password=given),
            password,
            raised_any(PDFPasswordIncorrect),
        )
    except Exception as err:
        kind, reason = diagnose(err, bool(password)) or ("corrupt", CORRUPT)
        raise ExtractError(reason, kind) from err


def extract_pdf(
    path: Path, settings: ExtractSettings | None = None, password: str | None = None
) -> ExtractedDocument:
    """Every table of the PDF, stitched across pages, with titles and cell geometry; running out
    of memory is an ExtractError saying so."""
    try:
        return extract_tables(path, settings or ExtractSettings(), password)
    except Exception as err:
        if not out_of_memory(err):
            raise
    # Raised once the handler is left, not in it: until then the traceback holds every page
    # read so far, the memory stays full, and whatever reports the failure fails in turn.
    raise ExtractError(OUT_OF_MEMORY, "out_of_memory")


def extract_tables(
    path: Path, settings: ExtractSettings, password: str | None
) -> ExtractedDocument:
    """extract_pdf's work."""
    with open_pdf(path, password) as pdf:
        if not pdf.pages:
            raise ExtractError(*no_pages_reason(path))
        finder = GridFinder(path, settings, password, len(pdf.pages))
        # Before the pages are parsed: parsing decodes their streams and drops the raw data.
        damaged = damaged_pages(pdf.pages)
        missing = missing_pages(pdf)
        pages, fallbacks = read_pages(pdf, finder)
        scanned = [p.number for p in pages if p.scanned]
        crowded = [p.number for p in pages if p.crowded]
        if scanned and not any(p.has_text for p in pages):
            raise NeedsOcr(
                f"scanned page(s) without text ({page_ranges(scanned)}): needs OCR", scanned
            )
        furniture = find_furniture([(p.height, p.free_lines) for p in pages], settings)

        def is_furniture(line: Line, height: float) -> bool:
            if not in_margin(line, height, settings):
                return False
            return furniture_key(line.text) in furniture or is_page_number(line, height, settings)

        parser = parser_order(settings.parser)[fallbacks]
        max_shapes = settings.max_page_shapes
        find_unruled_tables(
            pages,
            is_furniture,
            settings,
            lambda numbers: parse_pages(pdf, parser, max_shapes, numbers),
        )
    cells = [c for p in pages for f in p.fragments for c in f.cells]
    vocab = vocabulary([line for c in cells for line in c.lines])
    for cell in cells:
        mark_broken_words(cell.lines, cell.bbox, vocab)
        mark_line_breaks(cell.lines, cell.bbox)
    cell_lines = [c.lines for c in cells]
    normal_gap = usual_gap([r for lines in cell_lines for r in line_gap_ratios(lines)])
    for lines in cell_lines:
        mark_paragraphs(lines, normal_gap, settings)
    stream: list[tuple[int, Line | Fragment]] = []
    body_lines = []
    loose: list[LooseLine] = []
    for p in pages:
        items: list[tuple[float, Line | Fragment]] = [(f.bbox[1], f) for f in p.fragments]
        for line in p.free_lines:
            if is_furniture(line, p.height):
                continue
            items.append((line.top, line))
            body_lines.append(line)
            loose.append(
                LooseLine(
                    page=p.number,
                    bbox=(line.x0, line.top, line.x1, line.bottom),
                    text=line.text,
                    size=line.size,
                    bold=line.bold,
                )
            )
        items.sort(key=lambda item: item[0])
        stream.extend((p.number, item) for _, item in items)
    tables = stitch(stream, body_size(body_lines), settings)
    found = sorted(
        {line.text for p in pages for line in p.free_lines if is_furniture(line, p.height)}
    )
    return ExtractedDocument(
        source_file=path.name,
        sha256=sha256_of(path),
        pages=len(pages),
        tables=tables,
        furniture=found,
        scanned_pages=scanned,
        damaged_pages=damaged,
        missing_pages=missing,
        parser_fallbacks=fallbacks,
        crowded_pages=crowded,
        loose_lines=loose,
    )
