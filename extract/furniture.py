"""Running headers and footers: lines near the page edge that recur on many pages."""

from __future__ import annotations

import re
from collections import defaultdict

from extract.settings import ExtractSettings
from extract.text import TextLine

DIGITS = re.compile(r"\d+")


BAR_TOKEN = re.compile(r"(?<!\S)[|!\]\[](?!\S)")
"""A lone bar-like token: how OCR often reads a lone '1' ('Page | of 6')."""


def furniture_key(text: str) -> str:
    """Page-independent form of a line: 'Page 3 of 12' and 'Page 4 of 12' share one key."""
    return BAR_TOKEN.sub("#", DIGITS.sub("#", " ".join(text.lower().split())))


def in_margin(line: TextLine, page_height: float, settings: ExtractSettings) -> bool:
    """True when the line sits in the top or bottom band where running headers live."""
    band = page_height * settings.furniture_margin
    return line.bottom <= band or line.top >= page_height - band


def find_furniture(
    pages: list[tuple[float, list[TextLine]]], settings: ExtractSettings
) -> set[str]:
    """Keys of lines that recur in the page margins: (page height, free lines) per page."""
    seen: dict[str, set[int]] = defaultdict(set)
    for number, (height, lines) in enumerate(pages):
        for line in lines:
            if in_margin(line, height, settings):
                seen[furniture_key(line.text)].add(number)
    needed = max(2, settings.furniture_min_share * len(pages))
    return {key for key, on in seen.items() if len(on) >= needed}


def is_page_number(line: TextLine, page_height: float, settings: ExtractSettings) -> bool:
    """A lone page number ('3', 'Page 3', '- 3 -') in the margin is furniture even on one page."""
    text = furniture_key(line.text).strip("- ")
    return in_margin(line, page_height, settings) and text in {"#", "page #", "page # of #"}
