"""Scoring output records against hand-checked row truths (tests/real_corpus, samples/structure).

A truth lists each logical row of a document's action tables: its printed id, the words that
open it (``first``), words printed in it on its last page (``last``) and its pages. A row is
*found* when one output record holds its opening words, *whole* when that record also holds its
last words and ends on its last page, and a record *merges* rows when it holds the opening words
of two or more of them. Text is compared without whitespace, as coverage compares it, so line
joins and hyphenation do not matter.
"""

from __future__ import annotations

import json
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from actionplan.normalise.coverage import record_text, squeeze
from actionplan.normalise.models import Document


@dataclass(frozen=True)
class TruthRow:
    """One logical row as a reader sees it on the page images."""

    id: str
    first: str
    last: str
    page_start: int
    page_end: int

    @property
    def cut(self) -> bool:
        """The row was cut by a page break."""
        return self.page_end > self.page_start


@dataclass(frozen=True)
class Truth:
    """A document's hand-checked rows."""

    source_file: str
    rows: list[TruthRow]
    plans: int | None = None
    kind: str = "plan"
    """"plan": rows are looked for among the records; "table": the document's tables are not
    action plans, and rows are looked for among the rows of tables/."""
    meta: dict[str, Any] = field(default_factory=dict)


def load_truth(path: Path) -> Truth:
    """A `<stem>.truth.json` file."""
    data = json.loads(path.read_text(encoding="utf-8"))
    rows = [
        TruthRow(
            str(r.get("id", "")),
            r["first"],
            r["last"],
            int(r["page_start"]),
            int(r["page_end"]),
        )
        for r in data["records"]
    ]
    meta = {k: v for k, v in data.items() if k not in ("records", "source_file", "plans", "kind")}
    return Truth(data["source_file"], rows, data.get("plans"), data.get("kind", "plan"), meta)


@dataclass(frozen=True)
class OutRecord:
    """One output record's text and pages."""

    text: str
    page_start: int
    page_end: int


@dataclass
class RowScore:
    """How one document's records compare with its truth rows."""

    source_file: str
    expected: int = 0
    found: int = 0
    whole: int = 0
    cut: int = 0
    cut_whole: int = 0
    merged: int = 0
    """Output records that hold two or more truth rows."""
    in_tables: int = 0
    """Truth rows whose opening words are at least in tables/ (found or not)."""
    problems: list[str] = field(default_factory=list)

    @property
    def perfect(self) -> bool:
        """Every row found whole and none merged."""
        return self.whole == self.expected and self.merged == 0


def out_records(doc: Document) -> list[OutRecord]:
    """Every record of the document, in order, as whitespace-free text."""
    return [
        OutRecord(
            record_text(rec) + squeeze(rec.rec_id),
            rec.page_start,
            rec.page_end,
        )
        for plan in doc.plans
        for rec in plan.recommendations
    ]


ROW_TEXT_COLUMNS = (
    "section",
    "rec_id",
    "recommendation",
    "agency",
    "action",
    "lead",
    "target_date_text",
    "progress",
    "review",
    "rag_text",
    "status_text",
)


def csv_records(rows: list[dict[str, str]]) -> list[OutRecord]:
    """Records read back from recommendations.csv rows (one document's), as whitespace-free
    text: the text columns and every unmapped column's text."""
    out = []
    for row in rows:
        extra = json.loads(row["extra"]) if row.get("extra") else {}
        text = "\n".join([*(row.get(c, "") for c in ROW_TEXT_COLUMNS), *extra.values()])
        out.append(OutRecord(squeeze(text), int(row["page_start"]), int(row["page_end"])))
    return out


def table_rows(doc: Document) -> list[str]:
    """Every physical row of tables/ as whitespace-free text."""
    return [squeeze("".join(row)) for table in doc.tables for row in table.rows]


def score_document(doc: Document, truth: Truth) -> RowScore:
    """Match truth rows to the document's records (or, for a truth of kind "table", to the
    rows of tables/, whose pages are not known) in reading order."""
    if truth.kind == "table":
        rows = [OutRecord(text, 0, 0) for text in table_rows(doc)]
        return score_records(rows, table_rows(doc), truth)
    return score_records(out_records(doc), table_rows(doc), truth)


def score_records(records: list[OutRecord], raw: list[str], truth: Truth) -> RowScore:
    """Match truth rows to records in reading order; see the module's docstring. ``raw`` is the
    text of every physical row of tables/ (or [] when not known)."""
    score = RowScore(truth.source_file, expected=len(truth.rows))
    holders: dict[int, int] = {}
    cursor = 0
    for row in truth.rows:
        first, last = squeeze(row.first), squeeze(row.last)
        score.cut += row.cut
        score.in_tables += any(first in text for text in raw)
        at = next(
            (i for i in [*range(cursor, len(records)), *range(cursor)] if first in records[i].text),
            None,
        )
        label = f"{row.id or '-'} {row.first[:40]!r} (p. {row.page_start}-{row.page_end})"
        if at is None:
            score.problems.append(f"missing {label}")
            continue
        cursor = at + 1
        score.found += 1
        holders[at] = holders.get(at, 0) + 1
        rec = records[at]
        pages_right = not rec.page_start or (rec.page_start, rec.page_end) == (
            row.page_start,
            row.page_end,
        )
        if last in rec.text and pages_right:
            score.whole += 1
            score.cut_whole += row.cut
        else:
            where = f"record pages {rec.page_start}-{rec.page_end}"
            why = "last words missing" if last not in rec.text else where
            score.problems.append(f"not whole {label}: {why}")
    for at, n in holders.items():
        if n > 1:
            score.merged += 1
            score.problems.append(f"record {at + 1} holds {n} rows")
    return score
