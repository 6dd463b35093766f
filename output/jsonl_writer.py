"""recommendations.jsonl: one JSON object per line, one line per row of recommendations.csv."""

from __future__ import annotations

import json
from itertools import islice
from pathlib import Path
from typing import Any

from actionplan.normalise.models import Document
from actionplan.output.files import atomic_write
from actionplan.output.rows import action_rows, recommendation_rows
from actionplan.output.typed import typed

NESTED_ACTION_FIELDS = ("action_id", "action", "lead", "target_date", "target_date_text")
"""The fields of each nested action (the rest of its actions.csv row is its recommendation's)."""


def jsonl_records(doc: Document) -> list[dict[str, Any]]:
    """The CSV columns under the same names, typed, plus the recommendation's actions."""
    recs = [rec for plan in doc.plans for rec in plan.recommendations]
    # output.rows walks plans, recommendations and actions in this same order, so each
    # recommendation's actions are the next len(rec.actions) rows of actions.csv.
    actions = iter(action_rows(doc))
    records = []
    for row, rec in zip(recommendation_rows(doc), recs, strict=True):
        nested = [
            {f: a[f] for f in NESTED_ACTION_FIELDS} for a in islice(actions, len(rec.actions))
        ]
        records.append(typed(row) | {"actions": nested})
    return records


def write_jsonl(docs: list[Document], out: Path) -> None:
    """Every recommendation of the documents, in CSV order, written atomically."""
    with atomic_write(out / "recommendations.jsonl", newline="\n") as fh:
        for doc in docs:
            for record in jsonl_records(doc):
                fh.write(json.dumps(record, ensure_ascii=False))
                fh.write("\n")
