"""Reading back what `convert` wrote: an output folder or a plans.sqlite, as Documents, so that
`report` and `diff` take converted plans as well as PDFs.

An output folder is read from its journal (every field of every record), or failing that from
plans.json, or from plans.sqlite; a plans.sqlite file given on its own is read from its tables.
"""

from __future__ import annotations

import json
import sqlite3
from collections import defaultdict
from pathlib import Path
from typing import Any

from pydantic import ValidationError

from actionplan.extract.page_ranges import page_list
from actionplan.journal import parse
from actionplan.normalise.models import Document, Plan, ProgressUpdate, Recommendation

SQLITE_MAGIC = b"SQLite format 3\x00"
JOURNAL = Path(".actionplan") / "journal.jsonl"


class StoredOutputError(Exception):
    """An output folder or database that cannot be read. str(err) is one line naming it."""


def is_sqlite(path: Path) -> bool:
    """Whether path is an SQLite database file."""
    try:
        with path.open("rb") as fh:
            return fh.read(len(SQLITE_MAGIC)) == SQLITE_MAGIC
    except OSError:
        return False


def is_stored(path: Path) -> bool:
    """Whether path is something `convert` wrote: an output folder or a plans.sqlite."""
    if path.is_dir():
        return any((path / name).is_file() for name in (JOURNAL, "plans.json", "plans.sqlite"))
    return path.is_file() and is_sqlite(path)


def read_stored(path: Path) -> list[Document]:
    """The documents of an output folder or plans.sqlite, in their stored order."""
    try:
        if path.is_dir():
            if (path / JOURNAL).is_file():
                return read_journal(path / JOURNAL)
            if (path / "plans.json").is_file():
                return read_json(path / "plans.json")
            return read_sqlite(path / "plans.sqlite")
        return read_sqlite(path)
    except (OSError, ValueError, ValidationError, sqlite3.Error, KeyError) as err:
        detail = str(err).splitlines()[0] if str(err) else type(err).__name__
        raise StoredOutputError(f"{path}: cannot be read as actionplan output ({detail})") from err


def read_journal(path: Path) -> list[Document]:
    """The latest entry of each file in a journal, ordered by name (as convert writes them)."""
    latest: dict[str, Document] = {}
    for line in path.read_bytes().splitlines():
        doc = parse(line)
        if doc is not None:
            latest[doc.source_file] = doc
    if not latest:
        raise ValueError("the journal holds no document")
    return [latest[name] for name in sorted(latest)]


def read_json(path: Path) -> list[Document]:
    """The documents of a plans.json."""
    data = json.loads(path.read_text(encoding="utf-8"))
    return [Document.model_validate(d) for d in data["documents"]]


def read_sqlite(path: Path) -> list[Document]:
    """The documents of a plans.sqlite, rebuilt from its tables (actions are not read: the
    report and diff do not use them)."""
    conn = sqlite3.connect(f"{path.resolve().as_uri()}?mode=ro", uri=True)
    conn.row_factory = sqlite3.Row
    try:
        docs = conn.execute("SELECT * FROM documents ORDER BY source_file").fetchall()
        plans = conn.execute("SELECT * FROM plans ORDER BY document_key, position").fetchall()
        recs = conn.execute("SELECT * FROM recommendations ORDER BY plan_key, position").fetchall()
        updates = conn.execute(
            "SELECT * FROM progress_updates ORDER BY recommendation_key, position"
        ).fetchall()
    finally:
        conn.close()
    updates_of: dict[str, list[ProgressUpdate]] = defaultdict(list)
    for row in updates:
        updates_of[row["recommendation_key"]].append(
            ProgressUpdate(date=row["date"], text=row["text"])
        )
    recs_of: dict[str, list[Recommendation]] = defaultdict(list)
    for row in recs:
        recs_of[row["plan_key"]].append(recommendation(row, updates_of[row["recommendation_key"]]))
    plans_of: dict[str, list[Plan]] = defaultdict(list)
    for row in plans:
        plans_of[row["document_key"]].append(
            Plan(
                plan_title=row["plan_title"],
                case_ref=row["case_ref"],
                page_start=row["page_start"],
                page_end=row["page_end"],
                columns=json.loads(row["columns"] or "{}"),
                recommendations=recs_of[row["plan_key"]],
            )
        )
    return [
        Document(
            source_file=row["source_file"],
            sha256=row["sha256"],
            pages=row["pages"],
            status=row["status"],
            message=row["message"],
            text_coverage=row["text_coverage"],
            ocr_pages=page_list(row["ocr_pages"] or ""),
            plans=plans_of[row["document_key"]],
        )
        for row in docs
    ]


def recommendation(row: sqlite3.Row, updates: list[ProgressUpdate]) -> Recommendation:
    """A Recommendation from its row of the recommendations table."""
    names = row.keys()  # a Row iterates over its values, not its column names
    fields: dict[str, Any] = {k: row[k] for k in names if k in Recommendation.model_fields}
    fields["target_dates"] = [d for d in (row["target_dates"] or "").split(";") if d]
    fields["extra"] = json.loads(row["extra"]) if row["extra"] else {}
    fields["warnings"] = [w for w in (row["warnings"] or "").split("; ") if w]
    fields["overdue"] = None if row["overdue"] is None else bool(row["overdue"])
    fields["progress_updates"] = updates
    return Recommendation.model_validate(fields)
