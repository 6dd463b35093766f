"""The review's case reference, found by its shape in the plan's title, intro or the text before
the table.

- A code is parts of letters or digits joined by "/" or "-" with no space between them
  ("BDHR/2013-14/02", "DHR-ABC-2016-02", "WXSAB/SAR/2015/12", "SCR-2017-03"), or a review
  acronym, a space and a numeric code ("DHR 03/2020", "CSPR 2022/05"). It is kept whole: the
  longest run of parts, trailing punctuation dropped ("WXSAB/SAR/2015/12", never "SAR/2015/12").
- It counts when one of its parts holds a review acronym (DHR, SAR, SCR, CSPR, LCSPR, SAB, LSCB,
  LSCP, SCB, LLR, MHR: "XDHR/2016-17/08" counts), or when it follows straight after a cue word
  (case, review, reference, ref, with an optional "no." or ":"): "Case 2016/04", "Reference:
  NS-0412". A code of digits alone must hold two number parts and not be a date ("Case
  12/03/2019" is a date, not a reference).
- No code printed: the review's pseudonym is its reference: "Adult D", "Child T", "Baby C",
  "Family X", "Mr A" (one or two capital letters; "Mr A Smith" is a name, not a pseudonym).
- The texts are read in the order given (title, intro, text before the table); the first text
  holding a code gives it. A pseudonym is only taken when no text holds a code.
"""

from __future__ import annotations

import re

__all__ = ["find_case_ref", "find_code", "find_pseudonym"]

_ACRONYMS = r"(?:LCSPR|CSPR|DHR|SAR|SCR|SAB|LSCB|LSCP|SCB|LLR|MHR)"
_PART = r"[A-Za-z0-9]+"
_SEP = r"[/\-\u2010\u2011]"
_CODE = rf"{_PART}(?:{_SEP}{_PART})+|[A-Z]{{2,}}[0-9]+[A-Za-z0-9]*"
# A code standing on its own: not inside a longer word, path or number.
_CODE_RE = re.compile(rf"(?<![\w/\-\u2010\u2011])(?:{_CODE})(?![\w/\-\u2010\u2011])")
# "DHR 03/2020": an acronym word, one space, a numeric code.
_SPACED_RE = re.compile(
    rf"(?<![\w/\-])(?P<word>[A-Z]*{_ACRONYMS}[A-Z]*)\s(?P<num>[0-9]+(?:{_SEP}[0-9]+)+|[0-9]{{2,}})"
    rf"(?![\w/\-])"
)
_ACRONYM_RE = re.compile(rf"[A-Z]*{_ACRONYMS}[A-Z]*s?")
_CUE_RE = re.compile(
    r"(?:\bcase|\breview|\breference|\bref)\.?\s*(?:(?:no|number)\.?\s*)?[:#]?\s*$", re.IGNORECASE
)
_DATE_RE = re.compile(r"[0-3]?[0-9][/\-][01]?[0-9][/\-](?:[0-9]{2}|[0-9]{4})")
_QUOTE = "['\u2018\u2019\"\u201c\u201d]?"
_PSEUDONYM_RE = re.compile(
    rf"\b(?:(?:Adult|Child|Baby|Infant|Family|Young\s+Person|Person|Patient)\s+{_QUOTE}"
    rf"[A-Z]{{1,2}}{_QUOTE}(?![\w'\u2019])"
    rf"|(?:Mr|Mrs|Ms|Miss|Mx)\.?\s+{_QUOTE}[A-Z]{{1,2}}{_QUOTE}(?![\w'\u2019])(?!\s+[A-Z][a-z]))"
)


def _has_acronym(code: str) -> bool:
    return any(_ACRONYM_RE.fullmatch(part) for part in re.split(_SEP, code) if part)


def _qualifies(code: str, before: str) -> bool:
    """A code is a reference by an acronym in it, or by a cue word just before it."""
    if not any(ch.isdigit() for ch in code):
        return False
    if _has_acronym(code):
        return True
    if not _CUE_RE.search(before[-40:]):
        return False
    if any(ch.isalpha() for ch in code):
        return True
    return len(re.split(_SEP, code)) >= 2 and not _DATE_RE.fullmatch(code)


def find_code(text: str) -> str:
    """The first case-reference code in a text, kept whole, or ''."""
    found: list[tuple[int, str]] = []
    for m in _SPACED_RE.finditer(text):
        found.append((m.start(), f"{m['word']} {m['num']}"))
    for m in _CODE_RE.finditer(text):
        code = m.group()
        if _qualifies(code, text[: m.start()]):
            found.append((m.start(), code))
    if not found:
        return ""
    # At one place the spaced form ("DHR 03/2020") is longer than its first word alone.
    start = min(at for at, _ in found)
    return max((code for at, code in found if at == start), key=len).rstrip(".,;:")


def find_pseudonym(text: str) -> str:
    """The review's pseudonym ("Adult D", "Child T", "Mr A"), quotes dropped, or ''."""
    m = _PSEUDONYM_RE.search(text)
    if not m:
        return ""
    return re.sub(_QUOTE, "", " ".join(m.group().split()))


def find_case_ref(*texts: str) -> str:
    """The case reference of a plan: the first code in the texts, else the first pseudonym."""
    for text in texts:
        if code := find_code(text):
            return code
    for text in texts:
        if name := find_pseudonym(text):
            return name
    return ""
