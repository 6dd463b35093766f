"""Recommendation numbers misread by OCR ('RI' for 'R1', 'i' for '1'), put right by the
plan's own numbering: a misread number breaks the pattern that its neighbours keep."""

from __future__ import annotations

import re
from collections import Counter

CONFUSABLE = str.maketrans(
    {"I": "1", "l": "1", "i": "1", "|": "1", "!": "1", "O": "0", "o": "0", "S": "5"}
)
"""Letters OCR reads for the digits they resemble (kept to the unambiguous few)."""


def digit_reading(rec_id: str) -> str:
    """The id with its look-alike letters read as digits; a leading capital is a prefix ('R'
    of 'RS', 'S' of 'S1') and stays, unless it is the whole id."""
    if len(rec_id) > 1 and rec_id[0].isupper():
        return rec_id[0] + rec_id[1:].translate(CONFUSABLE)
    return rec_id.translate(CONFUSABLE)


def shape(label: str) -> str:
    """The label's pattern: digit runs as '9', letters as 'A' or 'a' ('R12' -> 'A9')."""
    out = re.sub(r"\d+", "9", label)
    out = re.sub(r"[A-Z]", "A", out)
    return re.sub(r"[a-z]", "a", out)


def repair_ids(ids: list[str]) -> list[str]:
    """The ids with each misread one replaced by its digit reading, when that reading has the
    shape most of the plan's other ids have and the id as read does not."""
    shapes = Counter(shape(i) for i in ids if i)
    out = []
    for rec_id in ids:
        fixed = digit_reading(rec_id)
        if fixed == rec_id or not rec_id:
            out.append(rec_id)
            continue
        others = shapes.copy()
        others[shape(rec_id)] -= 1
        usual, count = max(others.items(), key=lambda kv: kv[1], default=("", 0))
        keep = shape(fixed) != usual or count <= others[shape(rec_id)]
        out.append(rec_id if keep else fixed)
    return out
