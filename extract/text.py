"""Characters to printed lines: words in reading order, superscripts glued to their word."""

from __future__ import annotations

import re
from bisect import bisect_left, bisect_right
from functools import cache
from itertools import pairwise
from statistics import median
from typing import Any

from actionplan.extract.models import Line
from actionplan.extract.range_max import RangeMax
from actionplan.extract.settings import ExtractSettings
from actionplan.extract.words import extract_words

ORDINAL = re.compile(r"^(st|nd|rd|th)$", re.IGNORECASE)
# The head of a date cut at a separator: "31/10/", "30.11.", "6-" (not a year and full stop).
DATE_CUT = re.compile(r"(?:^|\s)\d{1,2}[/.\-](?:\d{1,2}[/.\-])?$")
Floats = dict[float, float]
"""One float object for each value met: a page's lines repeat most of their numbers (a column's
left edge, a row's baseline, the body size), and a long plan keeps every line to its end."""


@cache
def is_bold(fontname: str) -> bool:
    """Bold by the font's name, the only signal a PDF reliably carries (cached: it is asked for
    every character, of a handful of fonts)."""
    name = fontname.split("+", 1)[-1].lower()
    return any(k in name for k in ("bold", "black", "heavy", "semibold", ",b"))


def chars_to_lines(
    chars: list[dict[str, Any]],
    settings: ExtractSettings,
    split_gap: float | None = None,
    floats: Floats | None = None,
) -> list[Line]:
    """Group characters into lines, top to bottom, each line's words left to right. With
    split_gap, a horizontal gap wider than that many font sizes splits a line in two (text
    outside tables: a heading and a legend side by side are separate lines). The lines' numbers
    are shared through floats (give one for a whole page)."""
    if not chars:
        return []
    found = extract_words(chars, settings.word_x_tolerance, 3, ("size",))
    words = [(w, wc) for w, wc in found if w["text"].strip()]
    spaces = [c for c in chars if not c["text"].strip()]
    words.sort(key=lambda item: (item[0]["top"], item[0]["x0"]))
    groups: list[list[tuple[dict[str, Any], list[dict[str, Any]]]]] = []
    spans: list[list[float]] = []  # each group's [top, bottom], updated as words join it
    for word in words:
        mid = (word[0]["top"] + word[0]["bottom"]) / 2
        for i in range(len(groups) - 1, max(len(groups) - 4, -1), -1):
            span = spans[i]
            if span[0] <= mid <= span[1]:
                groups[i].append(word)
                span[0] = min(span[0], word[0]["top"])
                span[1] = max(span[1], word[0]["bottom"])
                break
        else:
            groups.append([word])
            spans.append([word[0]["top"], word[0]["bottom"]])
    if split_gap is not None:
        groups = [part for group in groups for part in split_wide_gaps(group, split_gap)]
    shared: Floats = {} if floats is None else floats
    lines = [build_line(group, settings, shared) for group in groups]
    lines.sort(key=lambda line: (line.top, line.x0))
    # Blanks by their vertical middle, so each line asks only of those within its height, for
    # the furthest right: lines side by side on one baseline share their blanks, and looking
    # at all of them for each line cost the square of the words on it.
    blanks = sorted(((s["top"] + s["bottom"]) / 2, s["x0"]) for s in spaces)
    mids = [mid for mid, _ in blanks]
    furthest = RangeMax([x0 for _, x0 in blanks])
    for line in lines:
        within = furthest.max(bisect_left(mids, line.top), bisect_right(mids, line.bottom))
        line.trailing_space = within >= line.x1 - 0.5
    return lines


def split_wide_gaps(
    group: list[tuple[dict[str, Any], list[dict[str, Any]]]], gap: float
) -> list[list[tuple[dict[str, Any], list[dict[str, Any]]]]]:
    """A line's words cut where the space between two words is wider than gap font sizes."""
    group = sorted(group, key=lambda item: item[0]["x0"])
    parts = [[group[0]]]
    for prev, word in pairwise(group):
        if word[0]["x0"] - prev[0]["x1"] > gap * word[0]["size"]:
            parts.append([])
        parts[-1].append(word)
    return parts


def build_line(
    group: list[tuple[dict[str, Any], list[dict[str, Any]]]],
    settings: ExtractSettings,
    floats: Floats,
) -> Line:
    """Join a line's words, gluing a raised, smaller word (an ordinal's "th") to the one before."""
    group.sort(key=lambda item: item[0]["x0"])
    main_size = max(w["size"] for w, _ in group)
    baseline = max(w["bottom"] for w, _ in group if w["size"] >= main_size * 0.95)
    parts: list[str] = []
    prev: dict[str, Any] | None = None
    for word, _ in group:
        text = word["text"]
        superscript = (
            word["size"] < main_size * settings.superscript_ratio and word["bottom"] < baseline - 1
        )
        # "30" + raised "th" is one word whatever the gap; other superscripts glue when touching.
        glue = (
            prev is not None
            and superscript
            and (
                (ORDINAL.match(text) is not None and prev["text"][-1:].isdigit())
                or word["x0"] - prev["x1"] < 1
            )
        )
        if glue:
            parts[-1] += text
        else:
            parts.append(text)
        prev = word
    chars = [c for _, wc in group for c in wc]
    bold_chars = sum(1 for c in chars if is_bold(c.get("fontname", "")))
    sizes = [w["size"] for w, _ in group]
    share = floats.setdefault
    x0, top = min(w["x0"] for w, _ in group), min(w["top"] for w, _ in group)
    x1, bottom = max(w["x1"] for w, _ in group), max(w["bottom"] for w, _ in group)
    size = median(sizes)
    return Line(
        text=" ".join(parts),
        x0=share(x0, x0),
        top=share(top, top),
        x1=share(x1, x1),
        bottom=share(bottom, bottom),
        size=share(size, size),
        bold=bold_chars * 2 > len(chars),
        first_word_width=group[0][0]["x1"] - group[0][0]["x0"],
    )


def line_gap_ratios(lines: list[Line]) -> list[float]:
    """Gap between consecutive lines as a share of the font size."""
    return [(b.top - a.bottom) / max(b.size, 1.0) for a, b in pairwise(lines) if b.top > a.top]


def usual_gap(ratios: list[float]) -> float:
    """The document's ordinary gap between wrapped lines: its lower-quartile gap ratio."""
    if not ratios:
        return 0.2
    ordered = sorted(ratios)
    return ordered[len(ordered) // 4]


def mark_paragraphs(lines: list[Line], normal_gap: float, settings: ExtractSettings) -> None:
    """Flag lines that start a paragraph: a gap wider than ordinary line spacing above them."""
    for a, b in pairwise(lines):
        gap = (b.top - a.bottom) / max(b.size, 1.0)
        b.new_paragraph = gap > normal_gap + settings.paragraph_gap


def vocabulary(lines: list[Line]) -> set[str]:
    """The document's own words, lower case, without surrounding punctuation."""
    return {word for line in lines for word in map(bare, line.text.split()) if word}


def bare(word: str) -> str:
    """A word without surrounding punctuation, lower case."""
    return word.strip(".,;:!?()[]\"'‘’“”").lower()


def mark_broken_words(
    lines: list[Line], cell: tuple[float, float, float, float], vocab: set[str]
) -> None:
    """Flag a line whose last word goes on at the start of the next line without a space.

    Four shapes: a line that opens with closing punctuation (", Public" after "Superintendent");
    a number cut after a separator ("31/10/" + "22"); a word cut after an en dash
    ("midwife–" + "health"); and a word too long for its column, broken without a hyphen
    ("Timescal" + "e"): a one-word line filling the cell's width, printed without a trailing
    space. That last shape also fits an ordinary wrap ("scheduled" + "for"), so the document's
    own vocabulary decides: glue when the joined word occurs in it, or neither half does.
    """
    for a, b in pairwise(lines):
        if a.trailing_space or not b.text:
            continue
        first = b.text.split(" ", 1)[0]
        if (
            first[:1] in ",;:.)"
            or (DATE_CUT.search(a.text) and first[:1].isdigit())
            or (a.text.endswith("–") and a.text[-2:-1].isalpha() and first[:1].isalpha())
        ):
            a.word_continues = True
        elif " " not in a.text and first[:1].islower() and a.text[-1:].isalpha():
            padding = max(a.x0 - cell[0], 0.0)
            if a.x1 < cell[2] - padding - a.size:
                continue
            joined, left, right = bare(a.text + first), bare(a.text), bare(first)
            a.word_continues = joined in vocab or (left not in vocab and right not in vocab)


def mark_line_breaks(lines: list[Line], cell: tuple[float, float, float, float]) -> None:
    """Flag lines that follow a hard line break: the line above stopped short although this
    line's first word would have fitted after it, so the writer broke the line there."""
    for a, b in pairwise(lines):
        padding = max(a.x0 - cell[0], 0.0)
        room = cell[2] - padding - a.x1
        b.breaks_before = room > 0.3 * b.size + b.first_word_width + 1.0
