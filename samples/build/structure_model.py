"""The document model of the structure samples (samples/structure) and their invented wording.

A document is a list of blocks (headings, paragraphs, tables, footnotes, page breaks). A table
holds physical rows; a logical record (:class:`Rec`) is one or more physical rows (fragments):
a row cut by a page break is authored as its part on one page and its part on the next, so the
break falls exactly where the mechanism needs it in every renderer. Tables may also flow and
split rows by themselves (the tracker). Cell text is plain text with two marks: ``^1`` prints a
superscript footnote mark, ``\\n`` a paragraph break; ``**...**`` a bold run.
"""

from __future__ import annotations

import random
import re
from dataclasses import dataclass


@dataclass
class Rec:
    """One logical record: its printed id and which column holds its main text."""

    id: str
    main: int
    first_skip: str = ""
    """Text opening the main cell before the words ``first`` starts with (an id and title mark)."""


@dataclass
class Cell:
    text: str = ""
    fill: str = ""  # "RRGGBB" cell fill
    para_fill: str = ""  # "RRGGBB" paragraph shading (Word), drawn inset
    merge_up: bool = False  # continues the merged cell above (no text, no rule above)
    bold: bool = False
    colour: str = ""  # text colour


@dataclass
class Row:
    cells: list[Cell]
    rec: Rec | None = None
    can_split: bool = True
    fill: str = ""  # whole-row background
    kind: str = "body"  # body | header | section


@dataclass
class Table:
    widths: list[float]  # fractions of the text width
    rows: list[Row]
    header: Row | None = None
    header_mode: str = "once"  # once | repeat | none
    style: str = "grid"  # grid | none | fills | zebra
    shift_pt: float = 0.0  # table moved right by this much
    scale: float = 1.0  # table width as a fraction of the text width
    header_fill: str = ""
    header_colour: str = ""
    size: float | None = None  # cell font size (document default otherwise)
    gap_pt: float = 2.0  # white gap between filled cells (fills / zebra)


@dataclass
class Heading:
    text: str
    size: float = 12.0


@dataclass
class Para:
    text: str
    size: float | None = None
    italic: bool = False


@dataclass
class Footnotes:
    notes: list[str]
    size: float = 7.5


@dataclass
class PageBreak:
    pass


Block = Heading | Para | Table | Footnotes | PageBreak


@dataclass
class Doc:
    stem: str
    mechanism: str
    renderer: str
    landscape: bool
    font: str  # "sans" | "serif" | "narrow" | "dejavu"
    size: float
    blocks: list[Block]
    plans: int
    footer: str = ""
    margins_cm: tuple[float, float, float, float] = (2.0, 2.0, 2.0, 2.0)  # top right bottom left
    title: str = ""
    notes: str = ""
    expect_pages: int | None = None


def plain(text: str) -> str:
    """Cell text as printed (marks removed)."""
    text = re.sub(r"\^(\d+)", r"\1", text)
    return text.replace("**", "").replace("\n", " ")


# ---- invented wording ----------------------------------------------------------------------

AGENCIES = [
    "the Community Safety Partnership",
    "Adult Social Care",
    "Children's Services",
    "the Integrated Care Board",
    "the district council housing team",
    "Northbridge Police",
    "the Probation Service",
    "the ambulance trust",
    "the acute hospital trust",
    "Public Health",
    "the Safeguarding Adults Board",
    "the domestic abuse commissioning group",
    "the mental health trust",
    "the education safeguarding team",
    "the county fire service",
    "the voluntary sector forum",
    "the emergency planning unit",
    "primary care networks",
]
VERBS = [
    "review and update",
    "publish",
    "agree and circulate",
    "embed",
    "audit",
    "refresh",
    "extend",
    "pilot",
    "commission",
    "map",
    "strengthen",
    "evaluate",
]
OBJECTS = [
    "the multi-agency referral pathway",
    "its information-sharing protocol",
    "the escalation procedure for professional disagreement",
    "training on coercive control",
    "the guidance on routine enquiry",
    "the threshold document",
    "its case recording standards",
    "the joint risk assessment template",
    "the communication plan for local residents",
    "the arrangements for out-of-hours contact",
    "the quality assurance framework",
    "its induction programme for new staff",
    "the directory of specialist services",
    "the protocol for hospital discharge",
    "the winter resilience checklist",
    "the transition arrangements for young people",
    "the data dashboard for partners",
]
QUALIFIERS = [
    "so that practitioners know whom to contact",
    "taking account of the findings of the review",
    "with the involvement of people with lived experience",
    "across all localities",
    "in line with the statutory guidance",
    "within existing resources",
    "with a named lead in each partner agency",
    "before the next annual self-assessment",
    "so that learning is shared beyond the core agencies",
    "in consultation with frontline staff",
    "using the agreed partnership template",
    "and test it through a themed audit",
    "drawing on the experience of neighbouring areas",
    "with clear timescales for each stage",
    "and explain the change at team meetings",
    "so that families receive a consistent response",
    "alongside the annual business plan",
    "after consulting the relevant sub-group",
    "and record the decision in the minutes",
    "with support from the business unit",
    "and check that it is understood through supervision",
    "ahead of the winter period",
]
FOLLOW = [
    "Progress will be reported to the {board} every {freq}.",
    "The {board} will receive an exception report where milestones slip.",
    "A short briefing will be issued to managers once the work is agreed.",
    "Where changes affect other partners they will be consulted before sign-off.",
    "Evidence of completion will be held on the partnership's shared drive.",
    "The lead officer will confirm completion in writing to the {board}.",
    "Any resource implications will be raised with the {board} at the earliest opportunity.",
    "A dip sample of {n} cases will test whether the change has been embedded.",
    "Learning will be shared through the {adj} practitioner bulletin.",
    "The work will be aligned with the county's wider improvement programme.",
    "Staff feedback will be gathered through a short survey after {n} weeks.",
    "The outcome will inform the refresh of the strategy in the following year.",
]
BOARDS = [
    "Executive Group",
    "Performance Sub-Group",
    "Learning and Review Panel",
    "Partnership Board",
    "Quality Assurance Group",
    "Programme Board",
]
FREQS = ["quarter", "month", "six weeks", "year"]
ADJS = ["quarterly", "monthly", "termly"]


class Writer:
    """Deterministic invented sentences, never the same sentence twice in one document."""

    def __init__(self, seed: int) -> None:
        self.rng = random.Random(seed)
        self.used: set = set()

    def _fill(self, template: str) -> str:
        return template.format(
            board=self.rng.choice(BOARDS),
            freq=self.rng.choice(FREQS),
            adj=self.rng.choice(ADJS),
            n=self.rng.choice([10, 12, 15, 20, 25, 30]),
        )

    def action(self) -> str:
        for _ in range(200):
            s = self.rng.choice(AGENCIES)
            s = s[0].upper() + s[1:]
            obj, qual = self.rng.choice(OBJECTS), self.rng.choice(QUALIFIERS)
            sent = f"{s} will {self.rng.choice(VERBS)} {obj} {qual}."
            if sent not in self.used and (obj, qual) not in self.used:
                self.used.add(sent)
                self.used.add((obj, qual))
                return sent
        raise RuntimeError("out of sentences")

    def follow(self) -> str:
        for _ in range(200):
            sent = self._fill(self.rng.choice(FOLLOW))
            if sent not in self.used:
                self.used.add(sent)
                return sent
        return self.action()

    def text(self, opener: str, n: int) -> str:
        """``opener`` followed by ``n`` more sentences (alternating actions and follow-ups)."""
        out = [opener] if opener else []
        for i in range(n):
            out.append(self.follow() if i % 2 == 0 else self.action())
        return " ".join(out)

    def more(self, n: int) -> str:
        return " ".join(self.follow() if i % 2 else self.action() for i in range(n))
