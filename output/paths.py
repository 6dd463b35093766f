"""Atomic output for writers that open the file themselves (openpyxl, pyarrow)."""

from __future__ import annotations

import os
import secrets
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path


@contextmanager
def atomic_path(path: Path) -> Iterator[Path]:
    """A temporary path beside path for a writer to create; renamed over path on success.

    The temporary file is not created here (unlike mkstemp) so the writer creates it with the
    user's usual permissions; beside path so the rename stays on one filesystem and is atomic.
    """
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_name(f".{path.name}.{secrets.token_hex(6)}.tmp")
    try:
        yield tmp
        os.replace(tmp, path)
    except BaseException:
        tmp.unlink(missing_ok=True)
        raise
