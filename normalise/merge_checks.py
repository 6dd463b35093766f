"""Records that may hold merged rows, and id sequences that skip.

A rule between two rows that the PDF does not draw, or that the extractor does not see, joins
the rows: one record then silently holds two to four recommendations, with every field's text
concatenated. Nothing is lost, so text coverage cannot see it; the printed numbering can. Two
checks, both structural and both only warnings (no record is split or changed):

- **Merged labels**: the record's id cell, or its main text cell, prints the labels of more than
  one record: a number cell "2\\n3", or "Recommendation 2 …" followed by a line (or a sentence)
  opening "Recommendation 3 …". Only labels of the same form as the record's own count (same
  word, same prefix letters, same separator for bare numbers, as ``split_rec_label`` reads
  them), and only when they count up from it: "(a)", "i)" and "1.1" items, a cross-reference
  "see recommendation 3 of the overview report", and a sub-list "1. … 2. …" inside
  recommendation 2 are not record labels. The action column of a recommendation is never
  searched: numbered actions inside one recommendation are normal (``normalise.actions``).
- **Id skips**: adjacent records numbered 1, 2, 4 (or 3a, 3c; 1.2, 1.4) in a plan whose
  numbering otherwise counts up one by one. A restart (to 1, or to any lower number: a new
  section) is not a skip; ids of different forms next to each other ("3", "R4") are not
  compared; a plan whose ids mostly jump (a selection of an overview report's recommendations:
  3, 7, 9) is not a counting sequence and gets no warning.

Everything here is a pure function of the plan's records; ``normalise.document`` puts the
findings on the records, the plan and the document.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from itertools import pairwise

from actionplan.extract.page_ranges import page_ranges
from actionplan.normalise.models import Plan, Recommendation
from actionplan.normalise.numbering import is_action_label_line, is_roman, split_rec_label

__all__ = [
    "IdSkip",
    "Label",
    "MergedRecord",
    "PlanChecks",
    "check_plan",
    "document_warnings",
    "id_shape",
    "id_skips",
    "label_of_text",
    "merged_labels",
]


# --- one label: its form and its place in a sequence ----------------------------------------


@dataclass(frozen=True)
class Label:
    """A record label as printed at the start of some text."""

    rec_id: str
    """The id as ``split_rec_label`` returns it ("2", "3a", "R4")."""
    form: str
    """What two labels of one numbering share: the word ("recommendation"), else the id's
    shape and separator ("#.", "R#", "#a)")."""
    family: str
    """The form without the separator and with "3", "3a" and "3(a)" alike (word labels: the
    word): what two ids printed in one number cell share."""
    key: tuple[int, ...] | None
    """The id as numbers to order by ((3, 1) for "3a"), None when it has no order."""
    rest: str
    """The text after the label."""
    worded: bool = False
    """The label is a word and a number ("Recommendation 3"), not a number alone."""
    alone: bool = False
    """Nothing follows the label on its line ("3\\n4", "Recommendation 3\\nWest Mercia ...")."""


# An id of one or two capitals (optional), a number, and an optional sub-part: "3", "R4",
# "A12", "3a", "3(a)", "1.2".
_ID_RE = re.compile(
    r"(?P<prefix>[A-ZÀ-ÖØ-Þ]{0,2})(?P<n>[0-9]{1,3})"
    r"(?:(?P<letter>[a-z])|\((?P<bracket>[a-z])\)|\.(?P<part>[0-9]{1,2}))?"
)
_WORD_RE = re.compile(r"\s*([^\W\d_]{2,})(?![0-9])")
_DASHES = "-–—"
_CAPITALS = "ABCDEFGHIJKLMNOPQRSTUVWXYZÀÁÂÃÄÅÆÇÈÉÊËÌÍÎÏÐÑÒÓÔÕÖØÙÚÛÜÝÞ"
_ROMAN_VALUES = {"i": 1, "v": 5, "x": 10}


def _roman_value(numeral: str) -> int:
    """The value of a roman numeral i..xxxix (already checked by is_roman)."""
    values = [_ROMAN_VALUES[ch] for ch in numeral.lower()]
    return sum(-v if nxt > v else v for v, nxt in zip(values, [*values[1:], 0], strict=True))


def id_shape(rec_id: str) -> tuple[str, tuple[int, ...]] | None:
    """(shape, key) of an id: "3" -> ("#", (3,)), "3b" -> ("#a", (3, 2)), "3(b)" -> ("#(a)",
    (3, 2)), "1.2" -> ("#.#", (1, 2)), "R4" -> ("R#", (4,)), "iv" -> ("roman", (4,)); None for an
    id of another kind."""
    m = _ID_RE.fullmatch(rec_id)
    if m is None:
        if is_roman(rec_id):
            return "roman", (_roman_value(rec_id),)
        return None
    n = int(m["n"])
    prefix = m["prefix"]
    if m["letter"]:
        return f"{prefix}#a", (n, ord(m["letter"]) - ord("a") + 1)
    if m["bracket"]:
        return f"{prefix}#(a)", (n, ord(m["bracket"]) - ord("a") + 1)
    if m["part"]:
        return f"{prefix}#.#", (n, int(m["part"]))
    return f"{prefix}#", (n,)


def label_of_text(text: str) -> Label | None:
    """The record label ``text`` opens with ("Recommendation 2 ...", "3. ...", "R4", "2\\n3"),
    with its form, or None when it opens with none."""
    rec_id, rest = split_rec_label(text)
    if not rec_id:
        return None
    # The rest is the stripped tail of the text, so what comes before it is the label.
    body = text.strip()
    printed = body[: len(body) - len(rest)].strip()
    alone = not rest or "\n" in body[: len(body) - len(rest)]
    shape = id_shape(rec_id)
    word = _WORD_RE.match(printed)
    if word and word[1].lower() != rec_id.lower() and not printed[word.end() :][:1].isdigit():
        # "Recommendation 2", "Rec. 3", "Actions 4": the word is the form; its separator varies
        # within one plan ("Recommendation 2." then "Recommendation 3:"), so it is not part of it.
        form = family = word[1].lower().removesuffix("s")
        worded = True
    else:
        worded = False
        # A bare number's separator is part of its form: "2." and a sub-list's "1)" differ.
        at = printed.find(rec_id)
        tail = printed[at + len(rec_id) :].strip()[:1] if at >= 0 else printed[-1:]
        sep = "(" if printed.startswith("(") else ("-" if tail and tail in _DASHES else tail)
        form = (shape[0] if shape else "?") + (sep if sep in ".:)(-" else "")
        family = re.sub(r"#(?:a|\(a\))", "#", shape[0]) if shape else "?"
    key = shape[1] if shape else None
    return Label(rec_id, form, family, key, rest, worded=worded, alone=alone)


# --- merged labels in one record ------------------------------------------------------------

# Where a sentence ends inside a paragraph, a worded label can open the next one
# ("... by March 2016. Recommendation 3 Ensure that ..."), when the line break was not seen.
_SENTENCE_END_RE = re.compile(r"(?<=[.!?;])\s+(?=\S)")


def _opens_record(label: Label) -> bool:
    """A label that opens a record's text: alone on its line, or followed by text starting with
    a capital or a quote ("Recommendation 3 Ensure ..."), not by a lower-case word or a bracket
    ("Recommendation 3 (see above) applies")."""
    first = label.rest[:1]
    return label.alone or first.isupper() or first in "\"'“‘"


def _later_labels(own: Label, starts: list[str], loose: bool) -> list[str]:
    """Ids of the record labels of own's form (its family when loose) that open the texts in
    ``starts``, counting up from own's; the first of the form that does not count up ends the
    search (a sub-list "1. ... 2. ..." inside the record)."""
    found: list[str] = []
    last = own.key
    for text in starts:
        label = label_of_text(text)
        if label is None or not _opens_record(label):
            continue
        if loose and label.key and own.key and _other_prefix(own.family, label.family):
            found.append(label.rec_id)  # "A3" above "B1": two families, two records
            continue
        if label.family != own.family or (not loose and label.form != own.form):
            continue
        if last is None or label.key is None or label.key <= last:
            break
        found.append(label.rec_id)
        last = label.key
    return found


def _other_prefix(family: str, other: str) -> bool:
    """Two id families that differ only by their capital prefix ("A#" and "B#", "#" and "R#")."""
    return family != other and family.lstrip(_CAPITALS) == other.lstrip(_CAPITALS) == "#"


def _line_starts(text: str, worded: bool) -> list[str]:
    """The text from each line start on (and, for worded labels, from each sentence start)."""
    starts = []
    offset = 0
    for line in text.split("\n"):
        starts.append(text[offset:])
        if worded:
            starts += [text[offset + m.end() :] for m in _SENTENCE_END_RE.finditer(line)]
        offset += len(line) + 1
    return starts


def _id_cell_starts(text: str) -> list[str]:
    """Where a label could open in a number cell: each line, or each word when every word of
    the cell is an id on its own ("2 3", "R1 R2": the line break between them was not seen)."""
    words = text.split()
    if len(words) >= 2 and all((lab := label_of_text(w)) and not lab.rest for w in words):
        return words
    return _line_starts(text, worded=False)


def merged_labels(rec: Recommendation, columns: dict[str, str]) -> tuple[str, list[str]]:
    """(where, ids): the record labels printed in the record's id cell or main text cell, its
    own first, when there are two or more; ("", []) otherwise. ``columns`` is the plan's
    header -> field mapping, which says which cell the record's number was read from."""
    fields = set(columns.values())
    if "rec_id" in fields:
        # The number column's whole cell is rec_label: "2\n3", "R1\nR2".
        where, text = "number cell", rec.rec_label.strip()
    elif "recommendation" in fields:
        # The label split off the recommendation text, put back in front of it.
        where, text = "recommendation text", f"{rec.rec_label.strip()}\n{rec.recommendation}"
        if not rec.rec_label.strip():
            return "", []
    else:
        # A table of actions only, the id read from the action text. Only a recommendation-level
        # label there ("1. Advocate for ...", "R2 ...") is a record's: "1.1", "(i)" and "a)"
        # number the actions of one row, which normalise.actions splits, as when a plan's
        # recommendation column went unrecognised and each row lists its actions 1.1, 1.2, 1.3.
        where, text = "action text", rec.action.strip()
        if is_action_label_line(text):
            return "", []
    starts = _id_cell_starts(text) if where == "number cell" else [text]
    own = label_of_text(starts[0])
    if own is None:
        return "", []
    if where != "number cell":
        # Mid-line, only a worded label opening a sentence is read: a bare "3." after a full
        # stop is as often a clause number or the end of a date as a record's label.
        starts = _line_starts(text, worded=own.worded)
    # Any second id in a number cell is another record's ("3b\n4"); in text, only one of the
    # very same form, since text holds sub-lists and references of other forms.
    later = _later_labels(own, starts[1:], loose=where == "number cell")
    return (where, [own.rec_id, *later]) if later else ("", [])


# --- id sequences that skip -----------------------------------------------------------------


def _step(before: str, after: str) -> str:
    """How the id after follows the id before: "next" (2 -> 3, 3 -> 3a, 3b -> 4, 1.2 -> 1.3,
    1.3 -> 2.1), "skip" (2 -> 4, 3a -> 3c, 3b -> 4b, 1.2 -> 1.4), or "other" (a restart, a
    repeat, ids of different forms or without a number)."""
    a, b = id_shape(before), id_shape(after)
    if a is None or b is None or "roman" in (a[0], b[0]):
        return "other"
    dotted = a[0].endswith("#.#")
    if a[0].split("#")[0] != b[0].split("#")[0] or b[0].endswith("#.#") != dotted:
        return "other"  # "3" then "R4", "A2" then "B1", "3" then "3.1": not one sequence
    (n, s), (m, t) = (*a[1], 0)[:2], (*b[1], 0)[:2]
    if m == n:
        return "next" if t == s + 1 else "skip" if t > s + 1 else "other"
    if m == n + 1:
        # A new number starts plain or at its first sub-id: "4", "4a", "4.1" (not "4b").
        return "next" if t <= 1 else "skip"
    return "skip" if m > n + 1 else "other"


def id_skips(rec_ids: list[str]) -> list[tuple[int, str, str]]:
    """(index of the record after the gap, id before, id after) for each skip in a plan's ids.

    Only adjacent records are compared (an unnumbered record between two breaks the sequence),
    and only in a plan whose ids count up one by one at least as often as they skip: a plan
    that prints a selection of an overview report's recommendations (3, 7, 9) is no sequence.
    """
    steps = [(i, a, b, _step(a, b)) for i, (a, b) in enumerate(pairwise(rec_ids), start=1)]
    skips = [(i, a, b) for i, a, b, kind in steps if kind == "skip"]
    counted = sum(1 for *_, kind in steps if kind == "next")
    return skips if counted >= max(len(skips), 1) else []


# --- findings of a plan and of a document ---------------------------------------------------


@dataclass(frozen=True)
class MergedRecord:
    """A record whose id or text cell prints the labels of more than one record."""

    index: int
    """Position of the record in the plan (0-based)."""
    where: str
    """The cell the labels are in: "number cell", "recommendation text" or "action text"."""
    labels: tuple[str, ...]
    """Every record id printed there, the record's own first."""
    page: int

    @property
    def warning(self) -> str:
        """The record's warning."""
        ids = ", ".join(self.labels)
        return f"{self.where} holds {len(self.labels)} record labels ({ids}): rows may be merged"


@dataclass(frozen=True)
class IdSkip:
    """Two adjacent records whose ids skip one or more."""

    index: int
    """Position of the record after the gap (0-based)."""
    before: str
    after: str
    page: int

    @property
    def warning(self) -> str:
        """The warning of the record after the gap."""
        return f"ids skip from {self.before} to {self.after}: a row may be merged or lost"

    @property
    def plan_warning(self) -> str:
        """The plan's warning, with the page to look at."""
        return (
            f"ids skip from {self.before} to {self.after} on page {self.page}: "
            "a row may be merged or lost"
        )


@dataclass(frozen=True)
class PlanChecks:
    """What the checks found in one plan."""

    merged: list[MergedRecord]
    skips: list[IdSkip]


def check_plan(plan: Plan) -> PlanChecks:
    """Records of the plan that may hold merged rows, and where its ids skip."""
    recs = plan.recommendations
    merged = []
    for i, rec in enumerate(recs):
        where, labels = merged_labels(rec, plan.columns)
        if labels:
            merged.append(MergedRecord(i, where, tuple(labels), rec.page_start))
    skips = [
        IdSkip(i, before, after, recs[i].page_start)
        for i, before, after in id_skips([rec.rec_id for rec in recs])
    ]
    return PlanChecks(merged=merged, skips=skips)


def document_warnings(checks: list[PlanChecks]) -> list[str]:
    """The document's summary of its plans' findings, e.g. ["2 records may hold merged rows
    (pages 3, 5)", "ids skip 2->4 on page 4"]."""
    out = []
    merged = [m for c in checks for m in c.merged]
    if merged:
        pages = sorted({m.page for m in merged})
        noun = "record" if len(merged) == 1 else "records"
        where = f"page {pages[0]}" if len(pages) == 1 else f"pages {page_ranges(pages)}"
        out.append(f"{len(merged)} {noun} may hold merged rows ({where})")
    skips = [s for c in checks for s in c.skips]
    if skips:
        out.append(
            "ids skip " + ", ".join(f"{s.before}->{s.after} on page {s.page}" for s in skips)
        )
    return out
