"""plans.sqlite: documents, plans, recommendations, actions and progress_updates, for SQL across
many reviews.

The database is added to, not rewritten: each run's documents go in one transaction, and a
document already there (the same source_file: its path in the batch) is deleted first, its
plans, recommendations, actions and updates with it (ON DELETE CASCADE). Keys come from
output.keys, so a file converted again gets the keys it had.
"""

from __future__ import annotations

import json
import sqlite3
from pathlib import Path
from typing import Any

from actionplan.normalise.models import Document
from actionplan.output.errors import OutputError
from actionplan.output.keys import (
    action_key,
    document_key,
    plan_key,
    recommendation_key,
    update_key,
)
from actionplan.output.rows import (
    ACTION_COLUMNS,
    RECOMMENDATION_COLUMNS,
    action_rows,
    document_row,
    recommendation_rows,
)
from actionplan.output.typed import kind, typed

SCHEMA_VERSION = 5
"""Stored in PRAGMA user_version. An older actionplan database is brought forward by MIGRATIONS
in one transaction; a newer one, or any other database, is refused."""

MIGRATIONS: dict[int, str] = {
    # Version 2 (issue 15): the status column's printed words.
    1: "ALTER TABLE recommendations ADD COLUMN status_text TEXT NOT NULL DEFAULT '';",
    # Version 3 (issue 16): the document's structural warnings (merged rows, skipped ids).
    2: "ALTER TABLE documents ADD COLUMN warnings TEXT NOT NULL DEFAULT '';",
    # Version 4 (issue 17): pages whose content could not be decoded.
    3: "ALTER TABLE documents ADD COLUMN damaged_pages TEXT NOT NULL DEFAULT '';",
    # Version 5 (issue 18): parsers that failed on the file before one read it.
    4: "ALTER TABLE documents ADD COLUMN parser_fallbacks INTEGER NOT NULL DEFAULT 0;",
}
"""SQL that takes a database from the version it is keyed by to the next one."""

# The CSV columns each table holds itself; the rest come from its parent by a join.
RECOMMENDATION_FIELDS = tuple(
    c for c in RECOMMENDATION_COLUMNS if c not in ("source_file", "plan_title", "case_ref")
)
ACTION_FIELDS = tuple(
    c for c in ACTION_COLUMNS if c not in ("source_file", "plan_title", "section", "rec_id")
)


class IncompatibleDatabase(OutputError):
    """The output database exists but is not one this version of actionplan can add to."""


def column_sql(column: str) -> str:
    """The definition of a CSV column: empty text is '' (as in the CSV); only overdue is NULL."""
    sql_type = {
        "int": "INTEGER NOT NULL",
        "float": "REAL",
        "bool": f"INTEGER CHECK ({column} IN (0, 1))",
    }
    return f"{column} {sql_type.get(kind(column), 'TEXT NOT NULL')}"


def schema_sql() -> str:
    """The CREATE statements of every table and index."""
    rec_columns = ",\n  ".join(column_sql(c) for c in RECOMMENDATION_FIELDS)
    action_columns = ",\n  ".join(column_sql(c) for c in ACTION_FIELDS)
    return f"""
CREATE TABLE documents (
  document_key TEXT PRIMARY KEY,
  source_file TEXT NOT NULL UNIQUE,
  sha256 TEXT NOT NULL,
  pages INTEGER NOT NULL,
  plans INTEGER NOT NULL,
  recommendations INTEGER NOT NULL,
  status TEXT NOT NULL CHECK (status IN ('ok', 'no_tables', 'error')),
  message TEXT NOT NULL,
  text_coverage REAL,
  ocr_pages TEXT NOT NULL DEFAULT '',
  warnings TEXT NOT NULL DEFAULT '',
  damaged_pages TEXT NOT NULL DEFAULT '',
  parser_fallbacks INTEGER NOT NULL DEFAULT 0
);
CREATE INDEX documents_sha256 ON documents (sha256);

CREATE TABLE plans (
  plan_key TEXT PRIMARY KEY,
  document_key TEXT NOT NULL REFERENCES documents ON DELETE CASCADE,
  position INTEGER NOT NULL,
  plan_title TEXT NOT NULL,
  case_ref TEXT NOT NULL,
  page_start INTEGER NOT NULL,
  page_end INTEGER NOT NULL,
  columns TEXT NOT NULL,
  UNIQUE (document_key, position)
);

CREATE TABLE recommendations (
  recommendation_key TEXT PRIMARY KEY,
  plan_key TEXT NOT NULL REFERENCES plans ON DELETE CASCADE,
  document_key TEXT NOT NULL REFERENCES documents ON DELETE CASCADE,
  position INTEGER NOT NULL,
  {rec_columns},
  UNIQUE (plan_key, position)
);
CREATE INDEX recommendations_document ON recommendations (document_key);
CREATE INDEX recommendations_agency ON recommendations (agency);
CREATE INDEX recommendations_status ON recommendations (status);
CREATE INDEX recommendations_target_date ON recommendations (target_date);

CREATE TABLE actions (
  action_key TEXT PRIMARY KEY,
  recommendation_key TEXT NOT NULL REFERENCES recommendations ON DELETE CASCADE,
  document_key TEXT NOT NULL REFERENCES documents ON DELETE CASCADE,
  position INTEGER NOT NULL,
  {action_columns},
  UNIQUE (recommendation_key, position)
);
CREATE INDEX actions_document ON actions (document_key);
CREATE INDEX actions_lead ON actions (lead);

CREATE TABLE progress_updates (
  update_key TEXT PRIMARY KEY,
  recommendation_key TEXT NOT NULL REFERENCES recommendations ON DELETE CASCADE,
  document_key TEXT NOT NULL REFERENCES documents ON DELETE CASCADE,
  position INTEGER NOT NULL,
  date TEXT NOT NULL,
  text TEXT NOT NULL,
  UNIQUE (recommendation_key, position)
);
CREATE INDEX progress_updates_document ON progress_updates (document_key);
CREATE INDEX progress_updates_date ON progress_updates (date);
"""


def write_sqlite(docs: list[Document], out: Path) -> None:
    """Add the documents to out/plans.sqlite (created if missing), replacing earlier copies."""
    path = out / "plans.sqlite"
    path.parent.mkdir(parents=True, exist_ok=True)
    # Autocommit mode, so the transactions below are exactly the ones written out.
    conn = sqlite3.connect(path, isolation_level=None)
    try:
        conn.execute("PRAGMA foreign_keys = ON")  # per connection: cascades need it
        ensure_schema(conn, path)
        conn.execute("BEGIN IMMEDIATE")
        try:
            for doc in docs:
                replace_document(conn, doc)
            conn.execute("COMMIT")
        except BaseException:
            conn.execute("ROLLBACK")
            raise
    finally:
        conn.close()


def check_sqlite(out: Path, wait: float = 2.0) -> None:
    """Before a batch: create or bring forward out/plans.sqlite and make sure it can be written
    now (no other program holds a write lock for longer than wait seconds).

    Raises IncompatibleDatabase, or sqlite3.Error / OSError for a locked or unwritable file.
    """
    path = out / "plans.sqlite"
    conn = sqlite3.connect(path, isolation_level=None, timeout=wait)
    try:
        ensure_schema(conn, path)
        conn.execute("BEGIN IMMEDIATE")
        conn.execute("ROLLBACK")
    finally:
        conn.close()


def ensure_schema(conn: sqlite3.Connection, path: Path) -> None:
    """Create the tables in a new database, bring an older actionplan database forward; refuse
    one of another kind or a newer version."""
    try:
        version = conn.execute("PRAGMA user_version").fetchone()[0]
        tables = conn.execute("SELECT count(*) FROM sqlite_master WHERE type = 'table'").fetchone()
    except sqlite3.OperationalError:
        raise  # locked, or unreadable: not a question of what the file is
    except sqlite3.DatabaseError as err:
        raise IncompatibleDatabase(path, f"not an SQLite database ({err})") from err
    if version == SCHEMA_VERSION:
        return
    if version in MIGRATIONS:
        steps = "\n".join(MIGRATIONS[v] for v in range(version, SCHEMA_VERSION))
        conn.executescript(f"BEGIN;\n{steps}\nPRAGMA user_version = {SCHEMA_VERSION};\nCOMMIT;")
        return
    if version != 0 or tables[0]:
        raise IncompatibleDatabase(
            path,
            f"not an actionplan database of schema version {SCHEMA_VERSION} "
            f"(user_version {version}); convert into another folder",
        )
    conn.executescript(f"BEGIN;\n{schema_sql()}\nPRAGMA user_version = {SCHEMA_VERSION};\nCOMMIT;")


def replace_document(conn: sqlite3.Connection, doc: Document) -> None:
    """Delete any earlier copy of the document, then insert it with all its rows."""
    doc_key = document_key(doc)
    conn.execute(
        "DELETE FROM documents WHERE document_key = ? OR source_file = ?",
        (doc_key, doc.source_file),
    )
    insert(conn, "documents", {"document_key": doc_key} | typed(document_row(doc)))
    # output.rows walks plans, recommendations and actions in the order of the loops below, so
    # the column values are exactly the CSV's and only keys and positions are added here.
    rec_rows, act_rows = iter(recommendation_rows(doc)), iter(action_rows(doc))
    for p, plan in enumerate(doc.plans, start=1):
        p_key = plan_key(doc_key, p)
        insert(
            conn,
            "plans",
            {
                "plan_key": p_key,
                "document_key": doc_key,
                "position": p,
                "plan_title": plan.plan_title,
                "case_ref": plan.case_ref,
                "page_start": plan.page_start,
                "page_end": plan.page_end,
                "columns": json.dumps(plan.columns, ensure_ascii=False),
            },
        )
        for r, rec in enumerate(plan.recommendations, start=1):
            r_key = recommendation_key(p_key, r)
            row = typed(next(rec_rows))
            parents = {"recommendation_key": r_key, "document_key": doc_key}
            insert(
                conn,
                "recommendations",
                parents
                | {"plan_key": p_key, "position": r}
                | {c: row[c] for c in RECOMMENDATION_FIELDS},
            )
            for a in range(1, len(rec.actions) + 1):
                action = next(act_rows)
                insert(
                    conn,
                    "actions",
                    parents
                    | {"action_key": action_key(r_key, a), "position": a}
                    | {c: action[c] for c in ACTION_FIELDS},
                )
            for u, update in enumerate(rec.progress_updates, start=1):
                insert(
                    conn,
                    "progress_updates",
                    parents
                    | {"update_key": update_key(r_key, u), "position": u}
                    | {"date": update.date, "text": update.text},
                )


def insert(conn: sqlite3.Connection, table: str, values: dict[str, Any]) -> None:
    """One row; table and column names are ours, values are bound parameters."""
    names = ", ".join(values)
    marks = ", ".join("?" * len(values))
    conn.execute(f"INSERT INTO {table} ({names}) VALUES ({marks})", tuple(values.values()))
