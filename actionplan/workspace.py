"""The output folder during a convert, kept in OUT/.actionplan/: made and checked writable
before any work starts, locked so that a second convert into it is refused instead of mixing its
files in, and holding the journal every output is written from."""

from __future__ import annotations

import fcntl
import os
import secrets
import shutil
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from actionplan.journal import Journal
from actionplan.output.errors import OutputError, reason
from actionplan.output.sqlite_writer import check_sqlite

STATE = ".actionplan"
JOURNAL = "journal.jsonl"


class Busy(OutputError):
    """Another convert is writing into the output folder."""


@dataclass
class Workspace:
    """An output folder held for one run."""

    out: Path
    lock: int
    journal: Journal

    @property
    def state(self) -> Path:
        """Where the run keeps its journal, lock and staged outputs."""
        return self.out / STATE

    def staging(self) -> Path:
        """A new folder path for staged outputs (see output.publish)."""
        return self.state / f"staging-{secrets.token_hex(4)}"

    def close(self) -> None:
        """Close the journal and release the folder."""
        self.journal.close()
        os.close(self.lock)


def open_workspace(out: Path, *, fresh: bool, sqlite: bool) -> Workspace:
    """Make out ready for a run: created, locked, its journal opened (emptied when fresh), and
    with sqlite, plans.sqlite checked writable. Raises OutputError (Busy when locked) naming
    what cannot be written and why, before any work is done."""
    if out.exists() and not out.is_dir():
        raise OutputError(out, "not a folder; the output must be a folder")
    state = out / STATE
    try:
        state.mkdir(parents=True, exist_ok=True)
        lock = os.open(state / "lock", os.O_RDWR | os.O_CREAT, 0o644)
    except OSError as err:
        raise OutputError(out, f"cannot write here ({reason(err)})") from err
    try:
        fcntl.flock(lock, fcntl.LOCK_EX | fcntl.LOCK_NB)
    except BlockingIOError as err:
        os.close(lock)
        raise Busy(
            out, "another actionplan convert is writing into this folder; wait for it to end"
        ) from err
    try:
        # Staged outputs of a run that was killed: never put in place, so never needed.
        for leftover in state.glob("staging-*"):
            shutil.rmtree(leftover, ignore_errors=True)
        try:
            journal = Journal.open(state / JOURNAL, fresh=fresh)
        except OSError as err:
            raise OutputError(state / JOURNAL, reason(err)) from err
        if sqlite:
            try:
                check_sqlite(out)
            except (OutputError, OSError, sqlite3.Error) as err:
                journal.close()
                if isinstance(err, OutputError):
                    raise
                raise OutputError(out / "plans.sqlite", reason(err)) from err
    except BaseException:
        os.close(lock)
        raise
    return Workspace(out, lock, journal)
