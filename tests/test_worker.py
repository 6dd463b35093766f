"""actionplan.worker: a job's limits, and what is left of it when it ends."""

from __future__ import annotations

import os
import subprocess
import tempfile
import time
from multiprocessing.connection import wait
from pathlib import Path
from typing import Any

from actionplan.worker import Child, Limits, start


def run(child: Child) -> tuple[bool, Any]:
    """Wait for the job's outcome, then clean up after it."""
    try:
        while (outcome := child.outcome()) is None:
            wait(child.waitables(), 0.1)
    finally:
        child.close()
    return outcome


def alive(pid: int) -> bool:
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return False
    state = (
        Path(f"/proc/{pid}/stat").read_text().split()[2] if Path(f"/proc/{pid}").exists() else ""
    )
    return state != "Z"


def test_a_result_comes_back() -> None:
    assert run(start(lambda: {"pages": 3}, Limits(timeout=30))) == (True, {"pages": 3})


def test_out_of_memory_is_named_with_the_cap() -> None:
    child = start(lambda: bytearray(1024**3), Limits(timeout=30, memory_mb=300))
    assert run(child) == (False, "ran out of memory (worker cap 300 MB)")


def test_a_crash_gives_the_exit_code() -> None:
    assert run(start(lambda: os._exit(3), Limits(timeout=30))) == (
        False,
        "worker crashed (exit code 3)",
    )


def spawn_and_hang(pid_file: Path) -> None:
    """As OCR does: a temporary file, a program started, then a long wait."""
    with tempfile.NamedTemporaryFile(delete=False) as fh:
        fh.write(b"page image")
    helper = subprocess.Popen(["sleep", "600"])
    pid_file.write_text(f"{helper.pid}\n{fh.name}")
    time.sleep(600)


def test_a_timed_out_job_leaves_no_process_and_no_temporary_files(tmp_path: Path) -> None:
    pid_file = tmp_path / "pids"
    child = start(lambda: spawn_and_hang(pid_file), Limits(timeout=2))
    tmpdir = child.tmpdir
    assert run(child) == (False, "timed out after 2 s")
    helper, temp_file = pid_file.read_text().split("\n")
    assert Path(temp_file).parent == tmpdir  # its temporary files went into its own folder
    assert not tmpdir.exists()
    deadline = time.monotonic() + 5
    while alive(int(helper)) and time.monotonic() < deadline:
        time.sleep(0.05)
    assert not alive(int(helper)), "the program the job started is still running"
