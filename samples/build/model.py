"""Data model for the sample plans, and the small inline markup their cell texts are written in.

Cell text markup (kept close to the seed dump so the transcription reads like the source):

- a newline ``"\\n"`` separates paragraphs inside a cell;
- ``<br>`` is a line break inside one paragraph (Word ``w:br``);
- ``<b>..</b>``, ``<i>..</i>``, ``<sup>..</sup>`` mark bold, italic and superscript runs;
- a paragraph starting with ``"• "`` is rendered as a bullet item with a hanging indent.

Any other character is literal text (``&`` included).
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field, replace

#: Canonical column keys. Every column of a plan carries one of them; the expected output is
#: assembled from these keys, never from the header wording.
COLUMN_KEYS = (
    "no",  # a separate "No." column holding the rec_id
    "recommendation",
    "scope",  # Home Office template's "Scope of recommendation": no contract field
    "agency",
    "action",
    "lead",
    "target",
    "progress",
    "review",
    "rag",
    "status",  # a "Status" column ("Complete", "Not yet started"): decides ``status`` only
)

TAG_RE = re.compile(r"(<br>|</?b>|</?i>|</?sup>)")


@dataclass(frozen=True)
class Run:
    """One formatted run of text; ``text == "\\n"`` with ``brk`` set stands for a line break."""

    text: str
    bold: bool = False
    italic: bool = False
    sup: bool = False
    brk: bool = False


def parse_paragraph(markup: str) -> list[Run]:
    """Split one paragraph of markup into runs."""
    runs: list[Run] = []
    bold = italic = sup = False
    for token in TAG_RE.split(markup):
        if not token:
            continue
        if token == "<br>":
            runs.append(Run("\n", brk=True))
        elif token in ("<b>", "</b>"):
            bold = token == "<b>"
        elif token in ("<i>", "</i>"):
            italic = token == "<i>"
        elif token in ("<sup>", "</sup>"):
            sup = token == "<sup>"
        else:
            runs.append(Run(token, bold=bold, italic=italic, sup=sup))
    return runs


def paragraphs(markup: str) -> list[str]:
    """The paragraphs (still in markup) of a cell's markup; an empty cell has none."""
    if not markup.strip():
        return []
    return markup.split("\n")


def strip_tags(markup: str) -> str:
    """Plain text of one paragraph: tags removed, line breaks as single spaces."""
    text = markup.replace("<br>", " ")
    text = TAG_RE.sub("", text)
    return re.sub(r"[ \t]+", " ", text).strip()


def lines(markup: str) -> list[str]:
    """Plain text of every line (paragraph or line-break separated) of a cell, blanks dropped."""
    out: list[str] = []
    for para in paragraphs(markup):
        for line in para.split("<br>"):
            text = strip_tags(line)
            if text:
                out.append(text)
    return out


def plain(markup: str) -> str:
    """Plain text of a cell: paragraphs joined with newlines, line breaks as spaces."""
    return "\n".join(t for t in (strip_tags(p) for p in paragraphs(markup)) if t)


def squash(text: str) -> str:
    """Text with all whitespace removed: the form used to find strings on rendered pages."""
    return re.sub(r"\s+", "", text)


@dataclass(frozen=True)
class Column:
    """One table column: its canonical key, printed header and width in centimetres."""

    key: str
    header: str
    width_cm: float

    def __post_init__(self) -> None:
        if self.key not in COLUMN_KEYS:
            raise ValueError(f"unknown column key {self.key!r}")


@dataclass
class Rec:
    """One recommendation: its rec-level cells and one dict of row-level cells per physical row.

    ``label`` is the printed number label (markup, e.g. ``"<b>Recommendation 1.</b>"``), printed
    before ``text`` in the recommendation cell and joined to it by ``label_sep`` (``" "``,
    ``"<br>"`` or ``"\\n"`` for a separate paragraph). ``cells`` holds the rec-level cells
    (rendered once: vertically merged over the rec's rows, or in its first row only); ``rows``
    the row-level cells of each physical row. ``rag`` is the colour name, ``rag_fill`` the fill
    colour used when the plan shows RAG as a fill. ``no_label`` is what a No. column prints when
    it is not the rec_id itself (``"1."`` for rec_id ``"1"``). ``status_truth`` is the
    recommendation's ``status`` given by hand (``"complete"``, ``"ongoing"``, ``"not_started"``
    or ``""``); when ``None`` it is read from the status words (see :func:`expected.status_of`).
    """

    rec_id: str
    text: str
    label: str = ""
    label_sep: str = " "
    cells: dict[str, str] = field(default_factory=dict)
    rows: list[dict[str, str]] = field(default_factory=list)
    rag: str = ""
    rag_fill: str = ""
    section: str = ""
    no_label: str = ""
    status_truth: str | None = None
    alike: str = ""
    """The recurring family this recommendation was written into; '' for none."""

    def rec_cell(self) -> str:
        """Markup of the recommendation cell: label, separator and text."""
        if not self.label:
            return self.text
        return f"{self.label}{self.label_sep}{self.text}"


@dataclass
class Plan:
    """One action plan: a heading, an intro paragraph and a table.

    ``rec_level`` names the columns printed once per recommendation; all others are printed per
    physical row. ``continuation`` says how the rec-level cells look on a rec's later rows:
    ``"vmerge"`` (vertically merged) or ``"empty"`` (left blank). ``rag_mode`` is ``"fill"``
    (colour only, no text), ``"text"`` (the colour word), or ``"none"`` (no RAG column).
    """

    title: str
    intro: str
    case_ref: str
    columns: list[Column]
    recs: list[Rec]
    rec_level: tuple[str, ...] = ("no", "recommendation", "scope", "agency", "review", "rag")
    continuation: str = "vmerge"
    rag_mode: str = "fill"
    header_fill: str = "D9D9D9"
    header_repeat: bool = True
    section_fill: str = ""
    page_break_before: bool = False
    #: ``"grid"`` (every cell border), ``"header_rule"`` (one rule under the header row, no other
    #: line), ``"row_rules"`` (thin horizontal rules between rows, no vertical line) or
    #: ``"office"`` (an office default table style: grey hairlines between rows, 0.75 pt grey
    #: rules between columns; see :func:`office_styled`)
    borders: str = "grid"
    #: extra top and bottom cell margins in points (``None``: the renderer's default of none)
    cell_margins_pt: tuple[float, float] | None = None
    #: hand-given dates of the target-date column: each printed line (plain text) to the ISO
    #: dates it stands for (``"2021-22"`` to ``("2022",)``, ``"Annually"`` to ``()``). When set,
    #: every line of the plan's target cells must be in it; when empty, dates are read by
    #: :func:`dates.find_dates`.
    date_truth: dict[str, tuple[str, ...]] = field(default_factory=dict)

    def column(self, key: str) -> Column | None:
        """The column with this key, if the plan has one."""
        return next((c for c in self.columns if c.key == key), None)


@dataclass
class Document:
    """One sample PDF: page set-up, fonts, running header/footer and its plans."""

    stem: str
    plans: list[Plan]
    font: str = "Liberation Sans"
    size_pt: float = 10.0
    landscape: bool = True
    margins_cm: tuple[float, float, float, float] = (2.0, 1.8, 2.0, 1.8)  # top, right, bottom, left
    page_header: str = ""
    page_header_align: str = "center"
    footer_left: str = ""
    page_numbers: bool = True
    title_size_pt: float = 13.0
    cell_space_after_pt: float = 5.0
    description: str = ""
    extra_notes: list[str] = field(default_factory=list)
    #: ``"docx"`` (python-docx, then LibreOffice) or ``"reportlab"`` (platypus, drawn directly)
    renderer: str = "docx"
    #: 0, or 90/270: every page is stored portrait with this ``/Rotate`` (see :mod:`rotate`)
    rotate: int = 0
    #: render "• " paragraphs as Word list paragraphs (bullet numbering) instead of literal text
    list_bullets: bool = False
    cover: Cover | None = None


@dataclass
class Cover:
    """A cover page of prose before the plans: logo, heading, paragraphs, then a page break.

    None of its text (nor the logo's alt text) belongs to any plan.
    """

    heading: str
    subheading: str
    paragraphs: list[str]
    logo_alt: str = ""
    logo_width_cm: float = 4.0


#: Fills of the office default table style (:func:`office_styled`): a 15%-grey header and
#: 5%-grey section bands.
OFFICE_HEADER_FILL = "D9D9D9"
OFFICE_SECTION_FILL = "F2F2F2"


def office_styled(doc: Document, stem: str) -> Document:
    """The document again as ``stem``, every table in an office default table style.

    Offices rarely draw the crisp black grid of the ruled samples: they keep the word processor's
    default table style, grey hairlines between rows and thin grey rules between columns, a
    15%-grey header and 5%-grey section bands (``borders="office"``). Cell text, RAG fills and
    everything else stay as they are, so the expected output is the original's.
    """
    plans = [
        replace(
            plan,
            borders="office",
            header_fill=OFFICE_HEADER_FILL,
            section_fill=OFFICE_SECTION_FILL,
        )
        for plan in doc.plans
    ]
    return replace(doc, stem=stem, plans=plans)
