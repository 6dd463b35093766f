"""Slow imports a batch's workers would each pay again: once a worker has needed one, the parent
imports it, and the workers forked after that inherit it.

camelot (with OpenCV, pandas and matplotlib) takes 0.76 s of CPU to import, in every worker
reading a page whose grid leaves text outside its cells (5 of the 55 files bench/speed.py
reads). OpenCV alone is imported by every worker that reads scans. What they add to the
parent's address space (about 700 MB with camelot, reserved by thread pools rather than used)
is not the file's: the batch adds it to each worker's memory cap, so a file has the room it
had before.
"""

from __future__ import annotations

import importlib
import sys
from collections.abc import Iterable
from pathlib import Path

WARMABLE = ("camelot", "cv2")
"""Libraries imported only when a file needs them, and slow to import."""


def loaded() -> tuple[str, ...]:
    """The warmable libraries this process has imported."""
    return tuple(name for name in WARMABLE if name in sys.modules)


def address_space_mb() -> float | None:
    """This process's address space (VmSize) in MB; None where /proc does not tell (not Linux,
    where RLIMIT_AS is not enforced either)."""
    try:
        status = Path("/proc/self/status").read_text(encoding="ascii", errors="replace")
    except OSError:
        return None
    for line in status.splitlines():
        if line.startswith("VmSize:"):
            return int(line.split()[1]) / 1024
    return None


def take_on(names: Iterable[str]) -> float:
    """Import those of the warmable names this process has not imported yet; the MB of address
    space that added (0 if nothing was imported). Where that cannot be measured nothing is
    imported, and a failed import is left to the workers, which import for themselves."""
    wanted = [name for name in names if name in WARMABLE and name not in sys.modules]
    before = address_space_mb() if wanted else None
    if before is None:
        return 0.0
    for name in wanted:
        try:
            importlib.import_module(name)
        except Exception:
            break
    after = address_space_mb()
    return max(after - before, 0.0) if after is not None else 0.0
