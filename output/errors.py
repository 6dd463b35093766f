"""The one error output raises: an output that could not be written, and why."""

from __future__ import annotations

import sqlite3
from pathlib import Path


class OutputError(Exception):
    """An output file or folder could not be written (a full disk, a locked database,
    permissions); the message names it and says why, in one line."""

    def __init__(self, path: Path | str, reason: str) -> None:
        super().__init__(f"{path}: {reason}")
        self.path = path
        self.reason = reason


def reason(err: OSError | sqlite3.Error) -> str:
    """Why a write failed, in a few words: the operating system's, without number and file."""
    if isinstance(err, sqlite3.OperationalError) and "locked" in str(err):
        return "the database is locked by another program; close it and run again"
    if isinstance(err, OSError):
        return err.strerror or str(err)
    return str(err)
