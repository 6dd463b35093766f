"""RAG ratings (Red / Amber / Green, Blue for completed) from a cell's text or its fill colour.

Text rule: every colour named in the cell counts, as a word ("Red", "AMBER", "green") or as a
single capital letter code standing on its own ("R", "A/G", "G - complete", "B (complete)").
When several are named ("Amber/Green", "A/G", "Red-Amber") the WORST wins, in the severity
order Red > Amber > Green > Blue: a rating between two states has not reached the better one.
"Orange" and "yellow" are read as Amber. "N/A" is not Amber.

Fill rule (``rag_from_fill``): the colour is classified by hue, and by chroma (max - min of the
RGB channels, 0..1), so that pale and dark shades of a RAG colour both count while white, greys,
black and the pale header tints Word offers (D9E2F3, DBE5F1, DEEAF6, E2EFD9, FBE4D5, BDD7EE,
D9D9D9, F2F2F2) do not:

- chroma < 0.15: no colour (white, greys, black, header tints);
- hue 330-360 or 0-20 degrees: Red (C00000, FF0000, FFC7CE);
- hue 20-70: Amber (FF9900, FFC000, FFBF00, FFFF00, FFEB9C);
- hue 70-170: Green (92D050, 00B050, 00FF00, 008000, C6EFCE);
- hue 170-260: Blue, but only with chroma >= 0.30 (0070C0, 00B0F0, 5B9BD5, 4472C4, 8EAADB),
  because pale blues (BDD7EE, 9CC2E5) are the commonest header shading;
- hue 260-330 (purples, magentas): no colour.
"""

from __future__ import annotations

import colorsys
import re
from collections.abc import Sequence

from actionplan.normalise.models import Rag

__all__ = ["SEVERITY", "rag_from_fill", "rag_from_rgb", "rag_from_text", "worst"]

SEVERITY: tuple[Rag, ...] = ("Red", "Amber", "Green", "Blue")
"""RAG values from worst to best."""

_MIN_CHROMA = 0.15
_MIN_CHROMA_BLUE = 0.30

_WORDS: dict[str, Rag] = {
    "red": "Red",
    "amber": "Amber",
    "orange": "Amber",
    "yellow": "Amber",
    "green": "Green",
    "blue": "Blue",
}
_LETTERS: dict[str, Rag] = {"R": "Red", "A": "Amber", "G": "Green", "B": "Blue"}

_NOT_APPLICABLE_RE = re.compile(r"\bn\s*/\s*a\b", re.IGNORECASE)
_WORD_RE = re.compile(r"(?<![A-Za-z])(red|amber|orange|yellow|green|blue)(?![A-Za-z])", re.I)
# A capital letter code standing on its own: not followed by a space and a word ("A review").
_LETTER_RE = re.compile(r"(?<![A-Za-z])([RAGB])(?![A-Za-z])(?!\s+[A-Za-z])")


def worst(ratings: Sequence[Rag]) -> Rag:
    """The worst of several RAG values (Red > Amber > Green > Blue); '' when none is given."""
    ranked = [r for r in ratings if r in SEVERITY]
    return min(ranked, key=SEVERITY.index) if ranked else ""


def rag_from_text(text: str) -> Rag:
    """RAG value named in a cell's text: "Red" | "Amber" | "Green" | "Blue" | "".

    "R", "A", "G", "B", "Red", "AMBER", "Green - complete", "Blue (complete)"; "Amber/Green" and
    "A/G" give the worse of the two (Amber). Text naming no colour ("Complete", "Ongoing")
    gives "".
    """
    if not text:
        return ""
    cleaned = _NOT_APPLICABLE_RE.sub(" ", text)
    found = [_WORDS[m.lower()] for m in _WORD_RE.findall(cleaned)]
    found += [_LETTERS[m] for m in _LETTER_RE.findall(cleaned)]
    stripped = cleaned.strip()
    if not found and len(stripped) == 1 and stripped.upper() in _LETTERS:
        found.append(_LETTERS[stripped.upper()])  # a lone lower-case "g" in a RAG cell
    return worst(found)


def rag_from_rgb(r: float, g: float, b: float) -> Rag:
    """RAG value of a colour given as RGB floats in 0..1 (see the module's fill rule)."""
    r, g, b = (min(max(float(x), 0.0), 1.0) for x in (r, g, b))
    chroma = max(r, g, b) - min(r, g, b)
    if chroma < _MIN_CHROMA:
        return ""
    hue = colorsys.rgb_to_hsv(r, g, b)[0] * 360.0
    if hue >= 330.0 or hue < 20.0:
        return "Red"
    if hue < 70.0:
        return "Amber"
    if hue < 170.0:
        return "Green"
    if hue < 260.0:
        return "Blue" if chroma >= _MIN_CHROMA_BLUE else ""
    return ""


_HEX_RE = re.compile(r"#?([0-9a-fA-F]{6}|[0-9a-fA-F]{3})")


def rag_from_fill(fill: str | None) -> Rag:
    """RAG value of a cell's fill colour "#rrggbb" (also "rrggbb", "#rgb"); "" for no RAG colour.

    White, greys, black and pale header tints give "" (see the module docstring for the hue
    bands and the chroma thresholds). Unparseable values give "".
    """
    if not fill:
        return ""
    m = _HEX_RE.fullmatch(fill.strip())
    if not m:
        return ""
    digits = m.group(1)
    if len(digits) == 3:
        digits = "".join(ch * 2 for ch in digits)
    r, g, b = (int(digits[i : i + 2], 16) / 255.0 for i in (0, 2, 4))
    return rag_from_rgb(r, g, b)
