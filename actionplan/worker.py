"""One job in a child process of its own, so that a crash, a hang or a memory blow-up in one file
ends as a reason, never as the end of the batch.

The child runs under an address-space cap, in a process group of its own (a time-out kills what
it started too: Tesseract under OCRmyPDF), dies with its parent (a parent killed by SIGKILL or
the OOM killer leaves no orphans working on), and has a temporary folder of its own, removed
when it ends, whatever way it ends.
"""

from __future__ import annotations

import contextlib
import ctypes
import gc
import multiprocessing
import os
import resource
import shutil
import signal
import tempfile
import time
from collections.abc import Callable, Iterator
from dataclasses import dataclass, field
from multiprocessing.connection import Connection
from pathlib import Path
from typing import Any

OUT_OF_MEMORY = 86
"""The child's exit code when it ran out of memory (MemoryError under its cap)."""
PR_SET_PDEATHSIG = 1
STOP_SIGNALS = {signal.SIGINT, signal.SIGTERM, signal.SIGHUP}


@dataclass(frozen=True)
class Limits:
    """What one job may use."""

    timeout: float = 300.0
    """Seconds."""
    memory_mb: int | None = 2048
    """Address-space cap, in MB (None: no cap)."""
    inherited_mb: float = 0.0
    """Address space the parent took on for its children (actionplan.warm), added to the cap:
    it is not the job's."""

    def cap_mb(self) -> float | None:
        """The child's address-space cap, in MB (None: no cap)."""
        return None if self.memory_mb is None else self.memory_mb + self.inherited_mb


@dataclass
class Child:
    """A running job."""

    process: multiprocessing.process.BaseProcess
    conn: Connection
    tmpdir: Path
    limits: Limits
    started: float = field(default_factory=time.monotonic)

    def waitables(self) -> list[Any]:
        """What multiprocessing.connection.wait can watch for this job's end."""
        return [self.conn, self.process.sentinel]

    def outcome(self) -> tuple[bool, Any] | None:
        """(True, result) or (False, why it failed) once the job is over, else None. A job past
        its time limit is killed here."""
        if self.conn.poll():
            try:
                return True, self.conn.recv()
            except (EOFError, OSError):
                self.process.join()
                return False, crash_reason(self.process.exitcode, self.limits)
        if not self.process.is_alive():
            self.process.join()
            return False, crash_reason(self.process.exitcode, self.limits)
        if time.monotonic() - self.started > self.limits.timeout:
            self.kill()
            return False, f"timed out after {self.limits.timeout:g} s"
        return None

    def kill(self) -> None:
        """Kill the job and everything it started."""
        pid = self.process.pid
        assert pid is not None, "a Child is made only of a started process"
        with contextlib.suppress(ProcessLookupError, PermissionError):
            os.killpg(pid, signal.SIGKILL)
        self.process.kill()
        self.process.join()

    def close(self) -> None:
        """After the job: stop anything it left running, remove its temporary folder."""
        self.kill()
        self.conn.close()
        shutil.rmtree(self.tmpdir, ignore_errors=True)


def crash_reason(code: int | None, limits: Limits) -> str:
    """Why a child ended without a result, from its exit code."""
    if code == OUT_OF_MEMORY:
        return f"ran out of memory (worker cap {limits.memory_mb} MB)"
    if code == -signal.SIGABRT:
        # CPython aborts when memory runs out while it is raising MemoryError itself, and
        # PDFium (the default parser) whenever its allocator fails: it cannot raise.
        return (
            "worker aborted (SIGABRT; it may have run out of memory, worker cap "
            f"{limits.memory_mb} MB)"
        )
    if code == -signal.SIGKILL:
        return "worker killed (SIGKILL; the system may have run out of memory)"
    if code is not None and code < 0:
        return f"worker killed by signal {signal.Signals(-code).name}"
    return f"worker crashed (exit code {code})"


def start(job: Callable[[], Any], limits: Limits) -> Child:
    """Fork a child that runs job() and sends its result back."""
    tmpdir = Path(tempfile.mkdtemp(prefix="actionplan-"))
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(
        target=child_main, args=(job, limits.cap_mb(), tmpdir, os.getpid(), send), daemon=True
    )
    # A stop signal landing inside fork() would be swallowed by an at-fork hook ("Exception
    # ignored"); held back until the fork is done, it stops the batch as it should.
    signal.pthread_sigmask(signal.SIG_BLOCK, STOP_SIGNALS)
    # The parent's objects out of the garbage collector's sight: otherwise the child's
    # collections walk them all, copying every page they touch (a tenth of a small file's time).
    gc.freeze()
    try:
        with children_allowed():
            process.start()
        assert process.pid is not None  # set by start()
        # Both sides set the group (the classic race): a kill sent before the child has run
        # its first line must still reach the group.
        with contextlib.suppress(OSError):
            os.setpgid(process.pid, process.pid)
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)
    send.close()
    return Child(process, receive, tmpdir, limits)


@contextlib.contextmanager
def children_allowed() -> Iterator[None]:
    """Let a daemonic process (a Dask worker, a multiprocessing pool's worker) start a child.
    multiprocessing forbids it lest the child outlive its parent; ours die with their parent
    (die_with), so the reason for the rule does not hold."""
    me = multiprocessing.current_process()
    daemon = me.daemon
    me.daemon = False
    try:
        yield
    finally:
        me.daemon = daemon


def child_main(
    job: Callable[[], Any], memory_mb: float | None, tmpdir: Path, parent: int, conn: Connection
) -> None:
    """In the child: set up its limits and surroundings, run the job, send the result."""
    with contextlib.suppress(OSError):
        os.setpgid(0, 0)
    die_with(parent)
    # Stopping is the parent's to decide: it kills the child's group when it must.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.signal(signal.SIGTERM, signal.SIG_DFL)
    signal.signal(signal.SIGHUP, signal.SIG_DFL)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, STOP_SIGNALS)
    os.environ["TMPDIR"] = str(tmpdir)  # for the programs it runs (OCRmyPDF, Tesseract)
    tempfile.tempdir = str(tmpdir)
    if memory_mb:
        limit = int(memory_mb * 1024 * 1024)
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        conn.send(job())
        conn.close()
    except MemoryError:
        # Exit at once: unwinding or reporting could need the memory that ran out.
        os._exit(OUT_OF_MEMORY)


def die_with(parent: int) -> None:
    """Have the kernel kill this process when its parent dies (Linux; elsewhere a no-op)."""
    try:
        libc = ctypes.CDLL(None, use_errno=True)
        libc.prctl(PR_SET_PDEATHSIG, signal.SIGKILL)
    except (OSError, AttributeError):
        return
    if os.getppid() != parent:  # the parent died before the request took effect
        os._exit(1)
