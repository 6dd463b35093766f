"""Running headers and footers: lines near the page edge that recur on many pages."""

from __future__ import annotations

import re
from collections import defaultdict

from actionplan.extract.models import Line
from actionplan.extract.settings import ExtractSettings

DIGITS = re.compile(r"\d+")


BAR_TOKEN = re.compile(r"(?<!\S)[|!\]\[](?!\S)")
"""A lone bar-like token: how OCR often reads a lone '1' ('Page | of 6')."""


def furniture_key(text: str) -> str:
    """Page-independent form of a line: 'Page 3 of 12' and 'Page 4 of 12' share one key. Spaces
    round a number do not count: OCR drops them ('Page 6of9')."""
    key = BAR_TOKEN.sub("#", DIGITS.sub("#", " ".join(text.lower().split())))
    return re.sub(r"\s*#\s*", "#", key)


def in_margin(line: Line, page_height: float, settings: ExtractSettings) -> bool:
    """True when the line sits in the top or bottom band where running headers live."""
    band = page_height * settings.furniture_margin
    return line.bottom <= band or line.top >= page_height - band


def find_furniture(pages: list[tuple[float, list[Line]]], settings: ExtractSettings) -> set[str]:
    """Keys of lines that recur in the page margins: (page height, free lines) per page. A
    table's header repeated at the top of every page is not furniture: see header_keys()."""
    seen: dict[str, set[int]] = defaultdict(set)
    headers: set[str] = set()
    for number, (height, lines) in enumerate(pages):
        margin = [line for line in lines if in_margin(line, height, settings)]
        for line in margin:
            seen[furniture_key(line.text)].add(number)
        headers |= header_keys(margin, lines)
    needed = max(2, settings.furniture_min_share * len(pages))
    return {key for key, on in seen.items() if len(on) >= needed and key not in headers}


HEADER_PIECES = 3
"""A row of this many separate pieces can be a table's header (a running header has fewer)."""
COLUMN_SLACK = 3.0


def header_keys(margin: list[Line], lines: list[Line]) -> set[str]:
    """Keys of the margin lines that make up an unruled table's header: three or more pieces
    on one baseline, the lines under which start where the pieces start."""
    out: set[str] = set()
    rows: dict[int, list[Line]] = defaultdict(list)
    for line in margin:
        rows[round(line.bottom)].append(line)
    for bottom, pieces in rows.items():
        if len(pieces) < HEADER_PIECES:
            continue
        starts = [p.x0 for p in pieces]
        below = [ln for ln in lines if bottom < ln.top <= bottom + 80]
        aligned = {
            i for ln in below for i, x in enumerate(starts) if abs(ln.x0 - x) <= COLUMN_SLACK
        }
        if len(aligned) >= HEADER_PIECES:
            out |= {furniture_key(p.text) for p in pieces}
    return out


ROMAN = re.compile(r"(?=[ivxl])l?x{0,3}(?:ix|iv|v?i{0,3})")
"""A front-matter page number: i to xlix."""


def is_page_number(line: Line, page_height: float, settings: ExtractSettings) -> bool:
    """A lone page number ('3', 'Page 3', '- 3 -', 'xxi') in the margin is furniture even on one
    page."""
    text = furniture_key(line.text).strip("- ")
    number = text in {"#", "page#", "page#of#"} or ROMAN.fullmatch(text) is not None
    return in_margin(line, page_height, settings) and number
