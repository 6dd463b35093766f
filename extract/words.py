"""Words from characters, exactly as pdfplumber's WordExtractor finds them with the settings the
extract stage uses, in one lean pass (pdfplumber's generic version was a quarter of the time
left once parsing was fast).

The settings: no text flow (lines are clustered by position), blanks end words, ligatures
expanded, upright text read left to right in lines top to bottom, rotated text top to bottom
in lines left to right. tests/test_words.py checks the result against WordExtractor's.
"""

from __future__ import annotations

from collections.abc import Callable
from itertools import groupby
from operator import itemgetter
from typing import Any

from pdfplumber.utils.text import LIGATURES

LIGATURE_CHARS = frozenset("".join(LIGATURES))
"""Ligatures WordExtractor expands ('ﬁ' -> 'fi'); a word without any needs no lookups."""
Char = dict[str, Any]
Word = dict[str, Any]


def extract_words(
    chars: list[Char], x_tolerance: float, y_tolerance: float, attrs: tuple[str, ...]
) -> list[tuple[Word, list[Char]]]:
    """(word, its characters) in WordExtractor.iter_extract_tuples's order. A word has text,
    x0, x1, top, bottom, upright and the attrs of its first character; runs of characters that
    differ in uprightness or an attr are read apart, as WordExtractor groups them."""
    out: list[tuple[Word, list[Char]]] = []
    for _, run in groupby(chars, key=itemgetter("upright", *attrs)):
        group = list(run)
        upright = group[0]["upright"]
        order: Callable[[Char], Any]
        if upright:
            key, tolerance, order = "top", y_tolerance, itemgetter("x0")
        else:
            key, tolerance, order = "x0", x_tolerance, itemgetter("top", "bottom")
        for line in cluster(group, key, tolerance):
            line.sort(key=order)
            for word in split_words(line, upright, x_tolerance, y_tolerance):
                out.append((merge(word, attrs), word))
    return out


def cluster(chars: list[Char], key: str, tolerance: float) -> list[list[Char]]:
    """Characters grouped by their key value, values within tolerance of the previous one
    together (pdfplumber's cluster_objects), groups in value order, characters in input order."""
    index: dict[float, int] = {}
    last: float | None = None
    number = -1
    values = list(map(itemgetter(key), chars))
    for value in sorted(set(values)):
        if last is None or not value <= last + tolerance:
            number += 1
        index[value] = number
        last = value
    groups: list[list[Char]] = [[] for _ in range(number + 1)]
    for char, value in zip(chars, values, strict=True):
        groups[index[value]].append(char)
    return groups


def split_words(
    line: list[Char], upright: bool, x_tolerance: float, y_tolerance: float
) -> list[list[Char]]:
    """A line's characters cut into words: at blanks, around an empty character (pdfplumber's
    split_at_punctuation test matches it), and where the next character does not follow on:
    it goes back, jumps ahead more than the tolerance, or sits off the line
    (WordExtractor.char_begins_new_word; rotated text runs down the page)."""
    if upright:
        along, end, across, along_tol, across_tol = "x0", "x1", "top", x_tolerance, y_tolerance
    else:
        along, end, across, along_tol, across_tol = "top", "bottom", "x0", y_tolerance, x_tolerance
    words: list[list[Char]] = []
    current: list[Char] = []
    prev: Char | None = None
    for char in line:
        text = char["text"]
        if text.isspace():
            if current:
                words.append(current)
            current, prev = [], None
        elif text == "":
            if current:
                words.append(current)
            words.append([char])
            current, prev = [], None
        elif prev is not None and (
            char[along] < prev[along]
            or char[along] > prev[end] + along_tol
            or abs(char[across] - prev[across]) > across_tol
        ):
            words.append(current)
            current, prev = [char], char
        else:
            current.append(char)
            prev = char
    if current:
        words.append(current)
    return words


def merge(chars: list[Char], attrs: tuple[str, ...]) -> Word:
    """A word from its characters: their joint box and text, the first one's attrs."""
    first = chars[0]
    x0, top, x1, bottom = first["x0"], first["top"], first["x1"], first["bottom"]
    for char in chars[1:]:
        # min() and max() over the characters, spelt out: the first of equal values wins.
        if char["x0"] < x0:
            x0 = char["x0"]
        if char["top"] < top:
            top = char["top"]
        if char["x1"] > x1:
            x1 = char["x1"]
        if char["bottom"] > bottom:
            bottom = char["bottom"]
    text = "".join([c["text"] or "" for c in chars])
    if not LIGATURE_CHARS.isdisjoint(text):
        text = "".join([LIGATURES.get(c["text"], c["text"] or "") for c in chars])
    word = {
        "text": text,
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "upright": first["upright"],
    }
    for attr in attrs:
        word[attr] = first[attr]
    return word
