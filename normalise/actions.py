"""A recommendation's numbered actions, each with the lead and target date printed for it.

Leads and dates are matched to actions row by row: when a row's lead (or date) column holds as
many items as the row has actions, they pair in order; one item serves every action of the row;
otherwise each action gets the row's whole text, since pairing would be a guess.
"""

from __future__ import annotations

import re
from typing import TypeVar

from actionplan.extract.models import Cell
from actionplan.normalise.dates import latest
from actionplan.normalise.fields import ColumnText, collect_field
from actionplan.normalise.layout import Group
from actionplan.normalise.models import Action
from actionplan.normalise.numbering import split_actions
from actionplan.normalise.terms import target_hits
from actionplan.normalise.text import join_lines

T = TypeVar("T")
LEAD_LABEL = re.compile(r"^\s*leads?\s*[-–—:]\s*", re.IGNORECASE)


def strip_lead_label(text: str) -> str:
    """'Lead - Corporate Parent Board' -> 'Corporate Parent Board'."""
    return LEAD_LABEL.sub("", text).strip()


def items_of(cell: ColumnText, n: int) -> list[str]:
    """A cell's items to pair with n actions: its paragraphs, or, when those do not match the
    actions one to one, its parts split at hard line breaks too."""
    paras = [p.strip() for p in cell.text().split("\n") if p.strip()]
    if len(paras) == n:
        return paras
    parts = cell.items()
    return parts if len(parts) == n else paras


def pair(n: int, items: list[T], whole: T) -> list[T]:
    """n values: items in order when they match the actions one to one, else shared."""
    if len(items) == n:
        return items
    if len(items) == 1:
        return items * n
    return [whole] * n


def date_items(cell: ColumnText, n: int, dayfirst: bool) -> list[tuple[str, str]]:
    """(iso, printed text) per item of a date cell: its paragraphs (or lines) when there is one
    per action ("31/05/2018 revised to 30/09/2018" is one item, its latest date counts), else
    its dates; a lone date keeps the cell's whole wording."""
    text = cell.text()
    items = items_of(cell, n)
    if len(items) == n and n > 1:
        return [(latest([h.iso for h in target_hits(p, dayfirst=dayfirst)]), p) for p in items]
    hits = target_hits(text, dayfirst=dayfirst)
    if len(hits) == 1:
        return [(hits[0].iso, text)]
    return [(h.iso, h.text) for h in hits]


def build_actions(
    grid: list[list[Cell | None]],
    group: Group,
    columns: dict[str, list[int]],
    rec_id: str,
    dayfirst: bool,
) -> list[Action]:
    """Numbered actions of the recommendation, or one action holding the whole action text."""
    action_col, lead_col, date_col = (columns.get(n, []) for n in ("action", "lead", "target_date"))
    actions: list[Action] = []
    for lr in group.logical:
        text = collect_field(grid, [lr], action_col)
        preamble, items = split_actions(text.lines)
        if not items:
            continue
        lead_cell = collect_field(grid, [lr], lead_col)
        date_cell = collect_field(grid, [lr], date_col)
        leads = pair(len(items), items_of(lead_cell, len(items)), lead_cell.text())
        dates = pair(
            len(items), date_items(date_cell, len(items), dayfirst), ("", date_cell.text())
        )
        offset = len(preamble)
        for (label, item_lines), lead, date in zip(items, leads, dates, strict=True):
            starts = text.starts[offset : offset + len(item_lines)]
            offset += len(item_lines)
            iso, printed = date
            if not iso:
                iso = latest([h.iso for h in target_hits(printed, dayfirst=dayfirst)])
            actions.append(
                Action(
                    action_id=label,
                    action=join_lines(item_lines, [False, *starts[1:]]),
                    lead=strip_lead_label(lead),
                    target_date=iso,
                    target_date_text=printed,
                )
            )
    if actions:
        return actions
    whole_dates = collect_field(grid, group.logical, date_col).text()
    return [
        Action(
            action_id=rec_id,
            action=collect_field(grid, group.logical, action_col).text(),
            lead=strip_lead_label(collect_field(grid, group.logical, lead_col).text()),
            target_date=latest([h.iso for h in target_hits(whole_dates, dayfirst=dayfirst)]),
            target_date_text=whole_dates,
        )
    ]
