"""Writing output files atomically: a temporary file renamed into place, never a torn file."""

from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import IO

from actionplan.output.paths import atomic_path


@contextmanager
def atomic_write(
    path: Path, encoding: str = "utf-8", newline: str | None = None
) -> Iterator[IO[str]]:
    """Open a temporary file beside path for writing; rename it over path on success."""
    with atomic_path(path) as tmp, tmp.open("w", encoding=encoding, newline=newline) as fh:
        yield fh
