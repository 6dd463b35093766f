"""Writing every requested format so that they never disagree: all files are first written into a
staging folder beside the outputs, then the SQLite database is updated in one transaction, then
the staged files are renamed into place. A failure before the renames leaves every earlier
output as it was; the renames themselves are quick and each is atomic.
"""

from __future__ import annotations

import os
import shutil
import sqlite3
from collections.abc import Sequence
from dataclasses import dataclass
from pathlib import Path

from actionplan.normalise.models import Document
from actionplan.normalise.themes import CompiledTheme
from actionplan.output.errors import OutputError, reason
from actionplan.output.formats import Format, check_formats, write_outputs
from actionplan.output.tables_writer import write_tables

TABLES = "tables"


@dataclass
class Staged:
    """Outputs written into a staging folder, waiting to be put in place."""

    docs: list[Document]
    out: Path
    staging: Path
    sqlite: bool

    def commit(self) -> None:
        """Update plans.sqlite (if asked for), then rename the staged files into the output
        folder. Raises OutputError naming the output that could not be written."""
        if self.sqlite:
            from actionplan.output.sqlite_writer import write_sqlite

            try:
                write_sqlite(self.docs, self.out)
            except OutputError:
                raise
            except (OSError, sqlite3.Error) as err:
                raise OutputError(self.out / "plans.sqlite", reason(err)) from err
        for staged in sorted(self.staging.iterdir()):
            target = self.out / staged.name
            try:
                if staged.name == TABLES:
                    replace_folder(staged, target)
                else:
                    os.replace(staged, target)
            except OSError as err:
                raise OutputError(target, reason(err)) from err

    def discard(self) -> None:
        """Remove whatever is left of the staging folder."""
        shutil.rmtree(self.staging, ignore_errors=True)


def replace_folder(new: Path, target: Path) -> None:
    """Put the folder new where target is, the old one moved aside first and then removed."""
    old = new.with_name(f"{new.name}.old")
    if target.exists():
        os.replace(target, old)
    os.replace(new, target)
    shutil.rmtree(old, ignore_errors=True)


def stage(
    docs: list[Document],
    out: Path,
    staging: Path,
    formats: Sequence[Format],
    *,
    excel_bom: bool = False,
    raw_csv: bool = False,
    themes: list[CompiledTheme] | None = None,
) -> Staged:
    """Write every format but SQLite, and the tables/ CSVs, into staging (a new folder on the
    output's filesystem). Raises OutputError naming the format that could not be written."""
    check_formats(formats)
    staging.mkdir(parents=True)
    staged = Staged(docs, out, staging, sqlite="sqlite" in formats)
    try:
        for fmt in (f for f in formats if f != "sqlite"):
            try:
                write_outputs(
                    docs, staging, [fmt], excel_bom=excel_bom, raw_csv=raw_csv, themes=themes
                )
            except OSError as err:
                raise OutputError(out, f"cannot write the {fmt} output ({reason(err)})") from err
        try:
            # Made even when empty, so that it replaces any tables/ of an earlier batch.
            (staging / TABLES).mkdir()
            write_tables(docs, staging, excel_bom=excel_bom, raw=raw_csv)
        except OSError as err:
            raise OutputError(out / TABLES, reason(err)) from err
    except BaseException:
        staged.discard()
        raise
    return staged
