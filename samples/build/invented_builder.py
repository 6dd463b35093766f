"""Turn compact recommendation specs into :class:`model.Rec` objects in a plan's house style."""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date

from expected import STATUS_RE
from invented_text import (
    MONTH_NAMES,
    Context,
    DateWindow,
    checked_date,
    fmt_date,
    progress_paragraphs,
)
from model import Rec

ROMAN = ["i", "ii", "iii", "iv", "v", "vi"]
LETTERS = "abcdefgh"

RAG_FILLS = {
    "Green": ["00B050", "00B04F", "00B14F", "92D050"],
    "Amber": ["FFC000", "FFBF00", "FFC20E"],
    "Red": ["FF0000", "E60000", "C00000"],
    "Blue": ["0070C0", "00B0F0", "0071C1"],
}


@dataclass
class Act:
    """One numbered action: its text, lead and due date (``None`` prints "Ongoing")."""

    text: str
    lead: str
    due: date | None


@dataclass
class Spec:
    """A recommendation before styling: text, agency, physical rows of actions, outcome."""

    text: str
    agency: str
    rows: list[list[Act]]
    status: str  # "complete", "ongoing" or "" (no status word anywhere)
    rag: str
    topic: str
    doc: str
    words: list[int]  # progress words per physical row
    section: str = ""
    scope: str = ""
    rec_id: str = ""
    unlabelled: bool = False  # actions printed without labels (then one action row: rec_id)
    bullets: bool = False  # unlabelled actions printed as "• " items
    review_override: str = ""  # a rec-level review text used as is
    alike: str = ""  # the recurring family it was written into (see model.Rec.alike)


@dataclass
class Style:
    """A plan's house style: labels, date formats, lead prefixes, where status words go."""

    label: str  # e.g. "<b>{id}.</b>"; "" when a No. column carries the id
    label_sep: str
    action_label: str  # "n.m", "a)", "(i)", "i)"
    date_styles: list[str]
    date_sep: str  # "\n" (paragraph per date) or "<br>" (line per date)
    window: DateWindow
    board: str
    complete_markers: list[str]
    ongoing_markers: list[str]
    lead_prefix: str = ""
    status_in: str = "progress"  # or "review"
    review_level: str = "rec"  # "rec", "row" or "none"
    rag_mode: str = "fill"
    shared_date_chance: float = 0.5
    words_scale: float = 1.0  # scales every spec's progress length
    rng: random.Random = field(default_factory=lambda: random.Random(0))


def action_label(style: Style, rec_number: str, k: int) -> str:
    """The printed label of the k-th (0-based) action of a recommendation."""
    if style.action_label == "n.m":
        return f"{rec_number}.{k + 1}"
    if style.action_label == "a)":
        return f"{LETTERS[k]})"
    if style.action_label == "(i)":
        return f"({ROMAN[k]})"
    if style.action_label == "i)":
        return f"{ROMAN[k]})"
    raise ValueError(style.action_label)


def marker(style: Style, options: list[str]) -> str:
    """A status marker line with any {date}/{month} filled in."""
    d = style.window.pick(style.rng)
    return style.rng.choice(options).format(
        date=fmt_date(d, style.window.style), month=f"{MONTH_NAMES[d.month - 1]} {d.year}"
    )


def review_text(style: Style, spec: Spec, last: bool) -> str:
    """Text of the review/oversight column (no status words unless status lives there)."""
    rng = style.rng
    d = fmt_date(style.window.pick(rng), style.window.style)
    if style.status_in == "review":
        if not last:
            return rng.choice(
                [
                    f"Milestone reported to the Board on {d}.",
                    f"Evidence provided {d}.",
                    "",
                ]
            )
        if spec.status == "complete":
            return rng.choice(
                [
                    f"Completed {d} – revised guidance published and briefed to staff.",
                    f"Completed {d}. Outcome: audit evidence accepted by the SAR sub-group.",
                    f"COMPLETE ({d}) – the Board accepted the assurance report.",
                ]
            )
        if spec.status == "ongoing":
            return rng.choice(
                [
                    f"Ongoing – next report to the Board on {d}.",
                    f"In progress. Revised target agreed by the sub-group on {d}.",
                ]
            )
        return ""
    options = [
        f"Evidence reviewed by the Sub Group on {d}.",
        f"Reviewed at the Learning and Improvement Group on {d}; further assurance requested.",
        f"Audit of {rng.randrange(10, 40)} cases scheduled for "
        f"{MONTH_NAMES[rng.randrange(12)]} {style.window.end.year}.",
        f"Sub Group requested an update for the meeting on {d}.",
    ]
    if spec.status == "complete" and last:
        options.append(f"Evidence accepted by the Sub Group on {d}; action finalised.")
    text = rng.choice(options)
    assert not STATUS_RE.search(text)
    return text


def build_rec(style: Style, spec: Spec, rec_id: str) -> Rec:
    """Style one spec into a Rec with its physical rows."""
    rng = style.rng
    rec_number = "".join(ch for ch in rec_id if ch.isdigit()) or rec_id
    lead_name = spec.rows[0][0].lead or "Board Manager"
    ctx = Context(lead=lead_name, topic=spec.topic, doc=spec.doc, board=style.board)
    date_style = rng.choice(style.date_styles)
    rows: list[dict[str, str]] = []
    k = 0
    for r, acts in enumerate(spec.rows):
        last = r == len(spec.rows) - 1
        # action column
        if spec.unlabelled:
            prefix = "• " if spec.bullets else ""
            action = "\n".join(prefix + a.text for a in acts)
        else:
            parts = []
            for a in acts:
                parts.append(f"{action_label(style, rec_number, k)} {a.text}")
                k += 1
            action = "\n".join(parts)
        # lead column
        leads = [a.lead for a in acts]
        if len(set(leads)) == 1:
            lead = style.lead_prefix + leads[0]
        else:
            lead = "\n".join(style.lead_prefix + x for x in leads)
        # target-date column
        texts = [checked_date(a.due, date_style) if a.due else "Ongoing" for a in acts]
        if len(set(texts)) == 1 and (len(texts) == 1 or rng.random() < style.shared_date_chance):
            target = texts[0]
        else:
            target = style.date_sep.join(texts)
        # progress column
        paras = progress_paragraphs(
            rng, ctx, style.window, round(spec.words[r] * style.words_scale)
        )
        if style.status_in == "progress":
            if last and spec.status == "complete":
                paras.append(marker(style, style.complete_markers))
            elif last and spec.status == "ongoing":
                paras.append(marker(style, style.ongoing_markers))
            elif not last and spec.status and rng.random() < 0.5:
                paras.append(marker(style, style.complete_markers))
        row = {"action": action, "lead": lead, "target": target, "progress": "\n".join(paras)}
        if style.review_level == "row":
            row["review"] = review_text(style, spec, last)
        rows.append(row)

    cells = {"agency": spec.agency}
    if spec.scope:
        cells["scope"] = spec.scope
    if style.review_level == "rec":
        cells["review"] = spec.review_override or review_text(style, spec, True)
    rag_fill = rng.choice(RAG_FILLS[spec.rag]) if spec.rag and style.rag_mode == "fill" else ""
    return Rec(
        rec_id=rec_id,
        text=spec.text,
        label=style.label.format(id=rec_id) if style.label else "",
        label_sep=style.label_sep,
        cells=cells,
        rows=rows,
        rag=spec.rag if style.rag_mode != "none" else "",
        rag_fill=rag_fill,
        section=spec.section,
        alike=spec.alike,
    )


def build_recs(style: Style, specs: list[Spec], id_format: str = "{n}") -> list[Rec]:
    """Style a plan's specs; numbering restarts at 1 in each section unless ids are given."""
    recs: list[Rec] = []
    section, n = None, 0
    for spec in specs:
        if spec.section != section:
            section, n = spec.section, 0
        n += 1
        rec_id = spec.rec_id or id_format.format(n=n)
        recs.append(build_rec(style, spec, rec_id))
    return recs
