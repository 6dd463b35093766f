"""One page as the extract stage reads it: the objects printed on it, whichever parser read them.

Objects are dicts in pdfplumber's shape (top-left origin, `top`/`bottom`/`doctop`, colours as
pdfminer gives them), so pdfplumber's WordExtractor and TableFinder work on them as they are.
Every parser gives characters at least text, fontname, size, upright, x0, x1, top, bottom,
doctop and non_stroking_color, and rects, lines, curves and images all of pdfplumber's keys
(x0, x1, top, bottom, pts, stroke, fill, non_stroking_color, ...), with the same values.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

PageObject = dict[str, Any]


@dataclass
class ParsedPage:
    """The characters, rectangles, lines, curves and images of one page, in drawing order."""

    page_number: int
    """1-based."""
    width: float
    height: float
    chars: list[PageObject] = field(default_factory=list)
    rects: list[PageObject] = field(default_factory=list)
    lines: list[PageObject] = field(default_factory=list)
    curves: list[PageObject] = field(default_factory=list)
    images: list[PageObject] = field(default_factory=list)
    shapes_dropped: int = 0
    """Shapes drawn past the page's bound (ExtractSettings.max_page_shapes), not read."""
