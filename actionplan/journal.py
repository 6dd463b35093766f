"""The journal: every finished file's Document, appended to OUT/.actionplan/journal.jsonl the
moment it finishes, so that whatever ends the batch (Ctrl-C, SIGTERM, SIGKILL, the OOM killer, a
power cut) the files finished before it are kept. Every output format is written from it, and
--resume reads it.

One JSON object per line, written with one append and fsync'd. A line cut short by a kill is
skipped when read (and reported), its file converted again; the last entry for a name wins.
"""

from __future__ import annotations

import contextlib
import json
import os
from dataclasses import dataclass, field
from pathlib import Path

from pydantic import ValidationError

from actionplan.normalise.models import Document

VERSION = 1
DONE = ("ok", "no_tables")
"""Statuses a resumed batch does not convert again."""


def entry(doc: Document) -> bytearray:
    """The journal line of a Document, its raw tables included (plans.json leaves them out).
    Built a plan and a table at a time by pydantic's serialiser into one buffer: the whole
    document as dicts, or as one JSON text, would cost a long plan its records' memory again."""
    line = bytearray(b'{"journal":%d,"document":' % VERSION)
    line += doc.model_dump_json(exclude={"plans"}).encode()[:-1]  # reopened: plans, tables
    for name, items in (("plans", doc.plans), ("tables", doc.tables)):
        line += b',"%s":[' % name.encode()
        for i, item in enumerate(items):
            line += (b"," if i else b"") + item.model_dump_json().encode()
        line += b"]"
    line += b"}}\n"
    return line


def parse(line: bytes) -> Document | None:
    """The Document of a journal line; None for a line that is cut short or damaged."""
    try:
        data = json.loads(line)
        return Document.model_validate(data["document"])
    except (ValueError, KeyError, TypeError, ValidationError):
        return None


@dataclass
class Journal:
    """An open journal: the documents it holds, and appending more."""

    path: Path
    documents: dict[str, Document] = field(default_factory=dict)
    """The latest entry for each file name."""
    damaged: int = 0
    """Lines that could not be read (their files are converted again)."""
    fd: int = -1

    @classmethod
    def open(cls, path: Path, *, fresh: bool) -> Journal:
        """Open the journal at path; fresh: start an empty one (a batch that is not resumed)."""
        journal = cls(path)
        if fresh:
            journal.fd = os.open(path, os.O_WRONLY | os.O_CREAT | os.O_TRUNC | os.O_APPEND, 0o644)
            return journal
        journal.fd = os.open(path, os.O_RDWR | os.O_CREAT | os.O_APPEND, 0o644)
        with os.fdopen(os.dup(journal.fd), "rb") as fh:
            data = fh.read()
        for line in data.splitlines(keepends=True):
            doc = parse(line) if line.endswith(b"\n") else None
            if doc is None:
                journal.damaged += 1
            else:
                journal.documents[doc.source_file] = doc
        if data and not data.endswith(b"\n"):
            # A line cut short by a kill: end it, so the next entry starts on a line of its own.
            os.write(journal.fd, b"\n")
        return journal

    def done(self, name: str, sha256: str) -> bool:
        """Whether the file of that name and content was converted (with or without a plan)."""
        doc = self.documents.get(name)
        return doc is not None and doc.sha256 == sha256 and doc.status in DONE

    def append(self, doc: Document) -> None:
        """Record a finished file durably. Raises OSError (a full disk, say)."""
        data = memoryview(entry(doc))
        end = os.lseek(self.fd, 0, os.SEEK_END)
        try:
            while data:  # a short write is followed by one that raises the reason (ENOSPC)
                data = data[os.write(self.fd, data) :]
            os.fsync(self.fd)
        except OSError:
            with contextlib.suppress(OSError):
                os.ftruncate(self.fd, end)  # no torn line left behind
            raise
        self.documents[doc.source_file] = doc

    def results(self) -> list[Document]:
        """Every file's latest result, ordered by name."""
        return [self.documents[name] for name in sorted(self.documents)]

    def compact(self) -> None:
        """Rewrite the journal with only the latest entry of each file."""
        tmp = self.path.with_name(f".{self.path.name}.tmp")
        with tmp.open("wb") as fh:
            for doc in self.results():
                fh.write(entry(doc))
            fh.flush()
            os.fsync(fh.fileno())
        os.replace(tmp, self.path)
        os.close(self.fd)
        self.fd = os.open(self.path, os.O_WRONLY | os.O_APPEND)

    def close(self) -> None:
        """Close the file."""
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1
