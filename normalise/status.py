"""Status of a recommendation from printed evidence: complete, ongoing or not_started.

A status is a statement about the record, never any occurrence of a word. "Once the training is
complete", "to be completed by March", "completion report due" and "assurance to be supplied
before the review is finalised" state nothing.

Order of evidence (``decide_status``), strongest first:

1. a status column ("Status": "Complete", "Incomplete", "Not yet started");
2. status lines in the progress text, then the review text: the last one read wins, because plans
   append a status as work goes on ("Ongoing" ... "COMPLETED");
3. status lines in the RAG cell's words ("Green - complete", "Blue (complete)").

The RAG colour alone sets no status. Where two pieces of evidence disagree (status column
"Complete", progress "ONGOING"; or "complete" with a Red or Amber rating, "ongoing" with Blue) the
stronger is kept and a warning says what disagreed.

A status line (``status_lines``) is a sentence (a printed line, or a part of one ended by . ; ! ?
or set off by a spaced dash, or a status stamped in capitals at the end of a line of ordinary
text: "Discussed at the managers' meeting on 23.05.14 COMPLETED") that OPENS with a status
phrase, and whose phrase is followed by nothing, punctuation, a date or a number, or one of
"by on at in as since with and from per following pending subject": "Completed 24/03/2020",
"ONGOING", "Action complete", "Complete - closed by the Oversight Group", "Underway - revised
date agreed 5/3/2021", "COMPLETE (3 October 2019)". Before the phrase may stand:

- a date ("29.09.15", "March 2019") and a label of one or two words with a colon
  ("Update:", "Current status:");
- "Action", "Recommendation" or "Rec" with an optional number ("Recommendation 6 is ...");
- a RAG colour and a separator ("Green - complete", "B (complete)");
- the record as subject: "this action / the actions for this recommendation / this piece of
  work / work" with "is / are / has been / can now be considered", and "now", "therefore",
  "fully" ("Therefore this action can now be considered closed");
- in a whole sentence of its own, the work named in a word or two, with "is / are / was /
  has been" ("Project ongoing", "Assignment is ongoing", "The audit is complete.").

Phrases (case-insensitive, whole words; the first alternative that fits wins, so negations come
before the words they contain):

- not_started: not (yet) started / commenced / begun, yet to start / commence / begin;
- ongoing: not (yet) (been) complete(d) / achieved / done / closed / met ..., yet to be completed,
  incomplete, partially / partly complete(d) / delivered / achieved / implemented / met,
  ongoing / on-going, in progress, on track, off track, underway / under way, in hand, overdue,
  delayed, started; "Open" only as a whole line;
- complete: complete(d), closed, achieved, done, finished, finalised / finalized, implemented,
  fully implemented, delivered, signed off, discharged;
- no status: "to be completed", "will be done", "once completed" (to / be / will / when / once /
  until / if / upon / before / after before the word).
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from actionplan.normalise.models import Rag, Status

__all__ = ["StatusDecision", "StatusLine", "decide_status", "status_lines", "status_of_text"]

_DONE = (
    r"(?:complete|completed|closed|achieved|done|finished|finali[sz]ed|implemented|delivered"
    r"|signed[\s-]off|discharged|met)"
)

# (status, phrase). "met" alone is too common a verb ("Met with partners"): it only counts in
# the negated and partial forms, which come first.
_PHRASES: tuple[tuple[Status | Literal["skip"], str], ...] = (
    ("not_started", r"not\s+(?:yet\s+)?(?:been\s+)?(?:started|commenced|begun)"),
    ("not_started", r"yet\s+to\s+(?:start|commence|begin)"),
    ("ongoing", r"yet\s+to\s+be\s+(?:fully\s+)?" + _DONE),
    ("ongoing", r"not\s+(?:yet\s+)?(?:been\s+|be\s+)?(?:fully\s+)?" + _DONE),
    ("ongoing", r"(?:partially|partly)\s+" + _DONE),
    ("skip", r"(?:to|be|will|when|once|until|if|upon|before|after)\s+(?:being\s+)?\S*\s*" + _DONE),
    ("ongoing", r"incomplete|on[\s-]?going|in\s+progress|on\s+track|off\s+track|under\s*way"),
    ("ongoing", r"in\s+hand|overdue|delayed|started"),
    ("skip", r"met"),
    ("complete", r"fully\s+" + _DONE),
    ("complete", _DONE),
)
_PHRASE = "|".join(
    rf"(?P<g{i}>(?:{pattern})(?![A-Za-z]))" for i, (_, pattern) in enumerate(_PHRASES)
)

_DATE = (
    r"(?:\d{1,2}[./-]\d{1,2}[./-]\d{2,4}|\d{1,2}(?:st|nd|rd|th)?\s+[A-Za-z]{3,9}\.?\s+\d{4}"
    r"|[A-Za-z]{3,9}\.?\s+\d{4})"
)
_COLOUR = r"(?:red|amber|green|blue|[RAGB])"
_SUBJECT = (
    r"(?:(?:this|the|all)\s+)?(?:actions?|recommendations?|piece\s+of\s+work|work|tasks?|items?)"
    r"(?:\s+(?:for|of|under|in)\s+this\s+(?:recommendation|action))?"
)
_VERB = (
    r"(?:is|are|was|were|has|have|can|may)?\s*(?:now\s+|therefore\s+|fully\s+)*"
    r"(?:been|be)?\s*(?:now\s+|therefore\s+)*(?:considered|deemed|marked(?:\s+as)?)?\s*"
)
# Whatever may stand before the phrase, each part optional and in this order; then the phrase,
# then what may follow it. One pattern, so that a part that would swallow the phrase
# ("Completed:" read as a label) gives way to it.
_HEAD = rf"""[\s•·▪*>(\[\-–—]*
    (?:{_DATE}\s*[:\-–—]?\s*)?
    (?:[A-Za-z]+(?:\s+[A-Za-z]+)?\s*:\s*)?
    (?:{_COLOUR}\s*(?:[-–—:/(]\s*|\s+(?=\S)))?
    (?:(?:therefore|now|so)\s*,?\s+)?
    (?:(?:action|recommendation|rec)\.?(?:\s+(?:no\.?\s*)?[0-9]{{1,3}}[a-z]?)?\s+(?!{_SUBJECT}){_VERB}
      |{_SUBJECT}\s+{_VERB}
    )?"""
_TAIL = (
    r"(?=\s*(?:$|[-–—:;,.()\[\]!?/]|\d"
    r"|(?:by|on|at|in|as|since|with|and|from|per|following|pending|subject|w/c)(?![A-Za-z])))"
)
_STATEMENT_RE = re.compile(rf"{_HEAD}(?:{_PHRASE}){_TAIL}", re.IGNORECASE | re.VERBOSE)
# The record as the subject of a clause after "that" ("satisfied that the actions for this
# recommendation have been finalised").
_CLAUSE_RE = re.compile(
    rf"\bthat\s+{_SUBJECT}\s+{_VERB}(?:{_PHRASE}){_TAIL}", re.IGNORECASE | re.VERBOSE
)
# A whole short sentence whose subject is the work itself, in a word or two: "Project ongoing",
# "Assignment is ongoing", "The audit is complete." Not after a word that makes it a condition
# or an intention ("Once the training is complete", "To be completed").
_SHORT_RE = re.compile(
    rf"""[\s•·▪*>(\[\-–—]*(?:(?:the|this|these|all)\s+)?
    (?!(?:once|when|if|until|before|after|unless|while|whether|as|to|will|should|must)\b)
    [A-Za-z][\w'’-]*(?:\s+(?!(?:is|are|was|were|has|have)\b)[A-Za-z][\w'’-]*)?\s+
    (?:(?:is|are|was|were|has\s+been|have\s+been)\s+)?(?:(?:now|still|currently)\s+)?
    (?:{_PHRASE})\s*[.!]?\s*(?:{_DATE}\s*\.?)?""",
    re.IGNORECASE | re.VERBOSE,
)
_SENTENCE_END_RE = re.compile(r"(?<=[.!?;])\s+(?=\S)|\s+[-–—]\s+")
# Capitals at the end of a line of ordinary text: a status stamped on the entry.
_STAMP_RE = re.compile(r"(?<=[a-z0-9.,)])\s+(?P<stamp>[A-Z][A-Z -]{3,}[A-Z][.!]?)$")
# A capitalised word after a verb is the sentence's own predicate ("Once the training is
# COMPLETE"), not a stamp added after it.
_PREDICATE_RE = re.compile(
    r"\b(?:is|are|was|were|be|been|being|not|yet|now|fully|partially|get|gets|got)$", re.IGNORECASE
)
_OPEN_LINE_RE = re.compile(r"[\s•·▪*]*open[\s.]*", re.IGNORECASE)


@dataclass(frozen=True)
class StatusLine:
    """A sentence that states the record's status."""

    status: Status
    """ "complete" | "ongoing" | "not_started"."""
    text: str
    """The sentence as printed."""


def sentences(text: str) -> list[str]:
    """The text's printed lines cut at sentence ends and spaced dashes, and before a status
    stamped in capitals at a line's end ("... meeting on 23.05.14 COMPLETED")."""
    out: list[str] = []
    for line in text.splitlines():
        for part in _SENTENCE_END_RE.split(line):
            stamp = _STAMP_RE.search(part)
            before = part[: stamp.start()] if stamp else ""
            if stamp and statement(stamp["stamp"]) and not _PREDICATE_RE.search(before):
                out += [before.strip(), stamp["stamp"]]
            else:
                out.append(part.strip())
    return [s for s in out if s]


def statement(sentence: str) -> Status:
    """The status a sentence states, or '' (see the module docstring for the shape)."""
    if _OPEN_LINE_RE.fullmatch(sentence):
        return "ongoing"
    m = (
        _STATEMENT_RE.match(sentence)
        or _CLAUSE_RE.search(sentence)
        or _SHORT_RE.fullmatch(sentence)
    )
    if m is None or m.lastgroup is None:
        return ""
    status = _PHRASES[int(m.lastgroup[1:])][0]
    return "" if status == "skip" else status


def status_lines(text: str) -> list[StatusLine]:
    """Every sentence of the text that states a status, in order."""
    return [StatusLine(s, sentence) for sentence in sentences(text) if (s := statement(sentence))]


def status_of_text(text: str) -> Status:
    """ "complete" | "ongoing" | "not_started" | "": the last status line of the text."""
    found = status_lines(text)
    return found[-1].status if found else ""


Source = Literal["status column", "progress", "review", "RAG text", ""]


@dataclass(frozen=True)
class StatusDecision:
    """The status kept, which evidence gave it, and what disagreed."""

    status: Status
    source: Source
    """ "status column" | "progress" | "review" | "RAG text" | "" (nothing stated)."""
    warnings: tuple[str, ...] = ()


# RAG colours that contradict a status: work rated Red or Amber is not complete, Blue is.
_CONTRADICTS: dict[Status, tuple[Rag, ...]] = {
    "complete": ("Red", "Amber"),
    "ongoing": ("Blue",),
    "not_started": ("Blue",),
}


def decide_status(
    status_column: str = "",
    progress: str = "",
    review: str = "",
    rag_text: str = "",
    rag: Rag = "",
) -> StatusDecision:
    """The record's status from its evidence, strongest first (see the module docstring)."""
    evidence: list[tuple[Source, StatusLine]] = []
    sources: tuple[tuple[Source, str], ...] = (
        ("status column", status_column),
        ("progress", progress),
        ("review", review),
        ("RAG text", rag_text),
    )
    for source, text in sources:
        found = status_lines(text)
        if found:
            evidence.append((source, found[-1]))
    if not evidence:
        return StatusDecision("", "")
    lines = [(source, line) for source, line in evidence if source in ("progress", "review")]
    column = [e for e in evidence if e[0] == "status column"]
    rag_words = [e for e in evidence if e[0] == "RAG text"]
    ranked = column + lines[-1:] + rag_words
    source, kept = ranked[0]
    warnings = [
        f"status {kept.status!r} from the {source} ({kept.text!r}); the {other_source} says "
        f"{other.text!r}"
        for other_source, other in ranked[1:]
        if other.status != kept.status
    ]
    if rag in _CONTRADICTS[kept.status]:
        warnings.append(f"status {kept.status!r} from the {source} ({kept.text!r}) but RAG {rag}")
    return StatusDecision(kept.status, source, tuple(warnings))
