"""Text coverage: proof that every character printed inside a plan table reached the output.

Each cell's text, cleaned as fields are and with whitespace removed, must be found in the
output fields of the plan the table became; coverage is the share of the table's characters in
cells that were found, and the pages of cells that were not are reported. Whitespace is ignored
because joining lines changes it; nothing else is.
"""

from __future__ import annotations

from dataclasses import dataclass

from actionplan.extract.models import Table
from actionplan.normalise.layout import repeats_header
from actionplan.normalise.models import Plan, Recommendation
from actionplan.normalise.text import clean

FIELDS = (
    "section",
    "rec_label",
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


@dataclass(frozen=True)
class Coverage:
    """Characters of a table found in the output, of all its characters, and where some lacked."""

    found: int
    total: int
    pages: tuple[int, ...]

    @property
    def share(self) -> float:
        """Found / total (1.0 for a table without text)."""
        return self.found / self.total if self.total else 1.0


def squeeze(text: str) -> str:
    """Text cleaned as the fields are, without any whitespace."""
    return "".join(clean(text).split())


def output_text(plan: Plan) -> str:
    """Everything the plan's records say, as one whitespace-free string."""
    return "".join(record_text(rec) for rec in plan.recommendations)


def record_text(rec: Recommendation) -> str:
    """One record's fields as one whitespace-free string."""
    return squeeze("\n".join([*(getattr(rec, n) for n in FIELDS), *rec.extra.values()]))


def table_coverage(table: Table, plan: Plan) -> Coverage:
    """How much of the table's printed text the plan's records hold: a cell a record was built
    from must be found in that record (so text given to the wrong record counts as lost), any
    other cell (a section row) anywhere in the plan's output."""
    blob = output_text(plan)
    owner: dict[tuple, str] = {}
    for rec in plan.recommendations:
        text = record_text(rec)
        for source in rec.provenance:
            owner[(source.page, tuple(source.bbox))] = text
    found = total = 0
    pages: set[int] = set()
    for r, row in enumerate(table.rows):
        if repeats_header(table, r):
            continue
        for cell in row.cells:
            text = squeeze(cell.text)
            total += len(text)
            if text in owner.get((cell.page, tuple(cell.bbox)), blob):
                found += len(text)
            else:
                pages.add(cell.page)
    return Coverage(found, total, tuple(sorted(pages)))


def combine(parts: list[Coverage]) -> Coverage:
    """One document's coverage from its tables'."""
    pages = sorted({p for c in parts for p in c.pages})
    return Coverage(sum(c.found for c in parts), sum(c.total for c in parts), tuple(pages))


def with_unread_pages(
    coverage: Coverage, unread: list[int], table_pages: int, missing: int = 0
) -> Coverage:
    """The coverage with pages whose content could not be read, and missing pages (a count:
    which they are is unknown), counted as uncovered. What they printed is unknown: each is
    taken to have held as many table characters as the average of the table_pages that were
    read (at least one, so the loss always shows). A missing count past the pages read is
    taken as the pages read: a damaged /Count may be any number."""
    lost = len(unread) + min(missing, max(table_pages, 1))
    if not lost:
        return coverage
    per_page = max(round(coverage.total / table_pages), 1) if table_pages else 1
    pages = sorted({*coverage.pages, *unread})
    return Coverage(coverage.found, coverage.total + per_page * lost, tuple(pages))
