"""Recommendation and action numbers as printed: split the label from the text.

Two kinds of label, kept apart on purpose:

- Recommendation labels (``split_rec_label``): "Recommendation 1.", "Recommendation One",
  "Rec 1", "Action 3:", "Objective 2 -", "R1", "A1", "Ü3", "1.", "1)", "(1)", "1a", "3(a)",
  "3.2", "iv." at the very start of the cell, or alone on its first line ("A5\\nThe Trust").
- Action labels (``split_actions``): "1.1", "2.3)", "(i)", "ii)", "(a)", "a)" at the start of a
  printed line. A plain "1." is NOT an action label: it is how recommendations are numbered.

Rules the rest of the pipeline relies on:

- rec_id keeps the printed number without the word and the separator: "Recommendation 1." -> "1",
  "Recommendation One" -> "1" (number words become digits), "3a." -> "3a", "iv." -> "iv".
  A glued "R" prefix is part of the printed number, so "R1" -> "R1" and "R 4" -> "R4"
  (the output contract's rec_id example is "R4"); "Rec 1" -> "1" because "Rec" is the word,
  as "Action", "Objective", "Finding" and "Priority" are ("Action 3:" -> "3"). One or two
  capital letters glued to the number are part of it too ("A1", "Ü3", "AB12a"), except a quarter
  or half before a year ("Q3 2021"). "3(a)" keeps its brackets.
- A worded label without a separator must be followed by a line break or a capital
  ("Action 3 Improve ..."; "Actions 1 and 2 are ..." is text).
- A bare number is a label only with a separator ("1.", "1)", "1:", "1 -"), in brackets
  ("(1)"), with a letter or a second part ("1a", "3.2"), or alone on its line ("1\\nText").
  "10 sessions ..." and "2015 review" are text, not labels.
- Action labels "N.N" have exactly two parts of one or two digits with no leading zero, so
  dates at a line start ("30.06.16", "6.9.16", "01.05 ...") are never labels.
- Roman numerals are i..xxxix; a single letter that is also a numeral ("i", "v", "x") is read in
  the family of the cell's first item: after "(h)" comes letter "(i)", after "(i)" comes "(ii)".
- Within one cell, items are the lines whose label is of the same family (numeric, roman or
  letter) as the first item; other labelled lines ("(a)" under "1.1") stay inside their item.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

__all__ = [
    "ActionLabel",
    "action_label",
    "is_action_label_line",
    "is_roman",
    "split_actions",
    "split_rec_label",
]

_NUMBER_WORDS = {
    "one": 1,
    "two": 2,
    "three": 3,
    "four": 4,
    "five": 5,
    "six": 6,
    "seven": 7,
    "eight": 8,
    "nine": 9,
    "ten": 10,
    "eleven": 11,
    "twelve": 12,
    "thirteen": 13,
    "fourteen": 14,
    "fifteen": 15,
    "sixteen": 16,
    "seventeen": 17,
    "eighteen": 18,
    "nineteen": 19,
    "twenty": 20,
}

_ROMAN_RE = re.compile(r"(?=[ivx])x{0,3}(?:ix|iv|v?i{0,3})", re.IGNORECASE)


def is_roman(label: str) -> bool:
    """True for a roman numeral from i to xxxix, in either case (not mixed-case)."""
    if not (label.islower() or label.isupper()):
        return False
    return _ROMAN_RE.fullmatch(label) is not None


# --- recommendation labels ------------------------------------------------------------------

_WORD_ID = "|".join(sorted(_NUMBER_WORDS, key=len, reverse=True))

# "Recommendation 1.", "Recommendation No. 3a:", "Rec. 2 -", "Recommendation One",
# "Recommendation iv".
_WORD_LABEL_RE = re.compile(
    rf"""\s*(?:recommendation|rec|action|objective|finding|priority)s?\.?\s*
        (?:(?:no|number|num)\.?\s*|\#\s*)?
        (?P<id>[0-9]{{1,3}}[a-z]?(?:\.[0-9]{{1,2}}[a-z]?)?(?![0-9])
           |R\s?[0-9]{{1,3}}[a-z]?
           |(?-i:[A-Z]{{1,2}})[0-9]{{1,3}}[a-z]?
           |(?:{_WORD_ID})(?![a-z])
           |[ivx]{{1,6}}(?![a-z]))
        (?P<sep>\s*[.:)]|\s+[-–—])?""",
    re.IGNORECASE | re.VERBOSE,
)
# "R1", "R 4", "R2a." (upper-case R only: a lower-case r is not a recommendation prefix).
_R_LABEL_RE = re.compile(r"\s*R\s?(?P<id>[0-9]{1,3}[a-z]?)(?![0-9])(?P<sep>\s*[.:)]|\s+[-–—])?")
# "A1", "B2.", "Ü3", "AB12a", "C1.2": one or two capital letters glued to the number. Not a
# quarter or half before a year ("Q3 2021", "H1 2020").
_LETTER_LABEL_RE = re.compile(
    r"\s*(?P<id>(?:[A-Z]|[À-ÖØ-Þ]){1,2}[0-9]{1,3}(?:[a-z]|\.[0-9]{1,2}[a-z]?)?)(?![0-9])"
    r"(?!\s+(?:19|20)[0-9]{2})(?P<sep>\s*[.:)]|\s+[-–—])?"
)
# "(1)", "(2a)", "(iv)".
_PAREN_LABEL_RE = re.compile(r"\s*\(\s*(?P<id>[0-9]{1,3}[a-z]?|[ivxIVX]{1,6})\s*\)(?P<sep>)")
# "1.", "1)", "1a", "3a.", "3.2", "3.2:", "1 -", "3(a)".
_NUM_LABEL_RE = re.compile(
    r"\s*(?P<id>[0-9]{1,3}(?P<suffix>[a-z]|\.[0-9]{1,2}[a-z]?|\((?:[a-z]|[ivx]{1,4})\))?)"
    r"(?![0-9])"
    r"(?P<sep>\s*[.:)]|\s+[-–—])?"
)
# "iv.", "IV)", "ii:".
_ROMAN_LABEL_RE = re.compile(r"\s*(?P<id>[ivxIVX]{1,6})(?P<sep>[.:)])")


def _followed_by_break(text: str, pos: int) -> bool:
    """True when nothing but spaces lies between pos and the end of the line."""
    m = re.compile(r"[ \t]*(?:\n|$)").match(text, pos)
    return m is not None


def _ends_label(text: str, pos: int) -> bool:
    """A label must be followed by whitespace or the end of the text ("1.5%" is no label)."""
    return pos >= len(text) or text[pos].isspace()


def _opens_text(text: str, pos: int) -> bool:
    """After a worded label without a separator, the text starts a line or a sentence
    ("Recommendation 2\\nWest Midlands ...", "Action 3 Improve ..."; not "Actions 1 and 2")."""
    m = re.compile(r"\s*(?P<next>\S?)").match(text, pos)
    if m is None or not _ends_label(text, pos):
        return False
    return not m["next"] or "\n" in m.group() or not m["next"].islower()


def split_rec_label(text: str) -> tuple[str, str]:
    """Split a recommendation's printed label from its text.

    ("1", "Raise the awareness ...") from "Recommendation 1. Raise the awareness ..."; the
    label may be on its own line ("Recommendation 2\\nWest Midlands Police should ...").
    Handles "Recommendation 1.", "Recommendation 1:", "Recommendation One" -> "1", "Rec 1",
    "R1", "R 4" -> "R4", "1.", "1)", "(1)", "1a", "3a.", "3.2", roman "iv." at the very start.
    Returns ("", text) when there is no label. The returned rest is stripped of the separator
    and surrounding whitespace; its internal newlines are kept.
    """
    m = _WORD_LABEL_RE.match(text)
    if m and (m["sep"] or _opens_text(text, m.end())):
        label = m["id"]
        low = label.lower()
        if low in _NUMBER_WORDS:
            label = str(_NUMBER_WORDS[low])
        elif label[:1] in "Rr" and label[1:].strip()[:1].isdigit():
            label = "R" + label[1:].strip()
        elif low.isalpha() and not is_roman(label):
            label = ""
        if label:
            return label, text[m.end() :].strip()

    m = _R_LABEL_RE.match(text)
    if m and (m["sep"] or _ends_label(text, m.end())):
        return "R" + m["id"], text[m.end() :].strip()

    m = _LETTER_LABEL_RE.match(text)
    if m and (m["sep"] or _ends_label(text, m.end())):
        return m["id"], text[m.end() :].strip()

    m = _PAREN_LABEL_RE.match(text)
    if m and (m["id"][0].isdigit() or is_roman(m["id"])):
        return m["id"], text[m.end() :].strip()

    m = _NUM_LABEL_RE.match(text)
    if m:
        sep_ok = bool(m["sep"]) and _ends_label(text, m.end())
        # Without a separator a plain number is text ("10 sessions"); "1a"/"3.2" or a number
        # alone on its line is still a label.
        bare_ok = not m["sep"] and (
            (m["suffix"] is not None and _ends_label(text, m.end()))
            or _followed_by_break(text, m.end())
        )
        if sep_ok or bare_ok:
            return m["id"], text[m.end() :].strip()

    m = _ROMAN_LABEL_RE.match(text)
    if m and is_roman(m["id"]) and _ends_label(text, m.end()):
        return m["id"], text[m.end() :].strip()

    return "", text


# --- action labels --------------------------------------------------------------------------

_ACTION_LABEL_RE = re.compile(
    r"""\s*(?:
        \(\s*(?P<paren>[1-9][0-9]?\.[1-9][0-9]?|[A-Za-z]|[ivxIVX]{2,6})\s*\)   # (1.1) (a) (iv)
      | (?P<num>[1-9][0-9]?\.[1-9][0-9]?)(?![0-9])[.)]?                        # 1.1 1.1. 2.3)
      | (?P<close>[A-Za-z]|[ivxIVX]{2,6})\)                                   # a) ii) IV)
      | (?P<dot>[a-z]|[ivx]{2,6})\.                                          # a. ii.
    )(?=\s|$)""",
    re.VERBOSE,
)


@dataclass(frozen=True)
class ActionLabel:
    """An action label at the start of a printed line."""

    label: str
    """The label without brackets or trailing dot: "1.1", "ii", "a"."""
    rest: str
    """The line's text after the label, stripped."""
    families: frozenset[str]
    """Which numbering families the label fits: "numeric", "roman", "letter"."""


def action_label(line: str) -> ActionLabel | None:
    """The action label a printed line starts with, or None.

    "1.1 The Corporate Parent Board ..." -> label "1.1"; "(i) Interventions" -> "i";
    "ii) Incorporate learning" -> "ii"; "a) ..." -> "a". Bullets ("•", "-", "▪", "o"), plain
    "1." and dates ("30.06.16", "6.9.16") are not action labels.
    """
    m = _ACTION_LABEL_RE.match(line)
    if not m:
        return None
    label = m["paren"] or m["num"] or m["close"] or m["dot"]
    if label[0].isdigit():
        families = frozenset({"numeric"})
    else:
        fams = set()
        if is_roman(label):
            fams.add("roman")
        if len(label) == 1:
            fams.add("letter")
        if not fams:
            return None  # "(vx)", "iiii)": neither a numeral nor a letter
        families = frozenset(fams)
    return ActionLabel(label=label, rest=line[m.end() :].strip(), families=families)


def is_action_label_line(line: str) -> bool:
    """True when the printed line starts with an action label ("1.1", "(i)", "ii)", "a)")."""
    return action_label(line) is not None


def _first_family(lab: ActionLabel) -> str:
    if "numeric" in lab.families:
        return "numeric"
    if "roman" in lab.families and (len(lab.label) > 1 or lab.label.lower() == "i"):
        return "roman"  # a list that opens with "i" is a roman list
    return "letter"


def split_actions(lines: list[str]) -> tuple[list[str], list[tuple[str, list[str]]]]:
    """Split a cell's printed lines into (preamble_lines, [(label, item_lines), ...]).

    An item starts at a line that begins with an action label ("1.1", "1.1.", "2.3)", "(i)",
    "i)", "ii.", "(a)", "a)"); the label is returned without brackets or trailing dot, and the
    item's first line is that line with the label removed ("" when nothing follows the label).
    Following lines belong to the item until the next item. Every input line lands in exactly
    one output list, in order: len(preamble) + sum of item lengths == len(lines). Lines before
    the first item are the preamble ("Aim: ..."). Only labels of the first item's family start
    items, so "(a)"/"(b)" sub-points under "1.1" stay in 1.1. With no labelled line, every line
    is preamble and the item list is empty.
    """
    preamble: list[str] = []
    items: list[tuple[str, list[str]]] = []
    family = ""
    for line in lines:
        lab = action_label(line)
        if lab is not None and (not family or family in lab.families):
            if not family:
                family = _first_family(lab)
            # Keep one entry per printed line (even "" for a label alone on its line) so callers
            # can line item_lines up with per-line data such as paragraph starts.
            items.append((lab.label, [lab.rest]))
        elif items:
            items[-1][1].append(line)
        else:
            preamble.append(line)
    return preamble, items
