"""Status of a recommendation from the words the document uses: complete, ongoing, not_started.

Plans append a status word to the progress text as work goes on ("Ongoing" ... "COMPLETED"), so
the LAST status phrase found wins, reading the texts in the order given (progress, then
review/outcome, then the RAG cell's text).

Phrases (case-insensitive, whole words only: "incomplete" is not "complete", "disclosed" is not
"closed"):

- complete: complete, completed, closed, achieved, done, finished, finalised/finalized;
- ongoing: ongoing / on-going, in progress, on track, underway / under way, in hand, overdue,
  partially/partly complete(d)/delivered/achieved/implemented/met, incomplete, and negated
  completion: "not complete(d)", "not yet complete", "has not been completed",
  "yet to be completed";
- not_started: not started, not yet started, not commenced, not yet commenced, not yet begun,
  yet to start / commence / begin;
- "Open" counts as ongoing only when it is a whole line on its own (the word is too common).

Completion words that do not report a state are skipped: after "to", "be", "when", "once",
"until", "if", "upon" ("to be completed by March", "will be done", "once completed"), and the
verb "complete" before a determiner ("Complete the audit ..."). "Complete 6.9.16" still counts.
"""

from __future__ import annotations

import re

__all__ = ["status_from_texts", "status_hits"]

_DONE = r"(?:complete|completed|closed|achieved|done|finished|finali[sz]ed)"

# Order matters: at one position the first alternative that matches wins, so the longer,
# negated and skipped forms come before the bare words they contain.
_PATTERNS: tuple[tuple[str, str], ...] = (
    ("not_started", r"not\s+(?:yet\s+)?(?:been\s+)?(?:started|commenced|begun)"),
    ("not_started", r"yet\s+to\s+(?:start|commence|begin)"),
    ("ongoing", r"yet\s+to\s+be\s+(?:fully\s+)?" + _DONE),
    ("ongoing", r"not\s+(?:yet\s+)?(?:been\s+|be\s+)?(?:fully\s+)?" + _DONE),
    (
        "ongoing",
        r"(?:partially|partly)\s+(?:complete|completed|delivered|achieved|implemented|met)",
    ),
    ("skip", r"(?:to|be|when|once|until|if|upon)\s+(?:being\s+)?(?:fully\s+)?" + _DONE),
    ("skip", r"complete\s+(?:the|a|an|all|this|these|those|their|its|his|her|our|any|each)"),
    ("ongoing", r"on[\s-]?going|in\s+progress|on\s+track|under\s*way|in\s+hand|overdue|incomplete"),
    ("complete", _DONE),
    ("ongoing", r"(?<=^)open(?=[ \t]*$)|(?<=\n)open(?=[ \t]*$)"),
)

_STATUS_RE = re.compile(
    "|".join(
        rf"(?P<g{i}>(?<![A-Za-z])(?:{pattern})(?![A-Za-z]))"
        for i, (_, pattern) in enumerate(_PATTERNS)
    ),
    re.IGNORECASE | re.MULTILINE,
)


def status_hits(text: str) -> list[tuple[str, str, int]]:
    """Every status phrase in text as (status, printed phrase, offset), in order.

    Skipped phrases ("to be completed") are left out. Useful for warnings and tests.
    """
    out: list[tuple[str, str, int]] = []
    for m in _STATUS_RE.finditer(text):
        index = int(m.lastgroup[1:]) if m.lastgroup else -1
        status = _PATTERNS[index][0]
        if status != "skip":
            out.append((status, m.group(), m.start()))
    return out


def status_from_texts(*texts: str) -> str:
    """ "complete" | "ongoing" | "not_started" | "": the last status phrase in the texts.

    Texts are read in the order given (progress, review/outcome, RAG text) and the last phrase
    found decides: "This piece of work is ongoing ... COMPLETED" is complete. Text without a
    status phrase ("Progress is reviewed monthly ...") gives "".
    """
    last = ""
    for text in texts:
        if not text:
            continue
        hits = status_hits(text)
        if hits:
            last = hits[-1][0]
    return last
