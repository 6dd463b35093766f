"""Many files at once: each converted in its own worker process, so that a crash, a hang or a
memory blow-up in one file becomes an error row and the batch goes on.

Workers are forked per file (cheap on Linux, and nothing leaks from one file into the next);
the parent keeps at most `jobs` running, kills one that passes its time limit, and hands every
result back in the order the files were given, whatever order they finished in.
"""

from __future__ import annotations

import gc
import multiprocessing
import resource
import signal
import time
from collections.abc import Callable
from dataclasses import dataclass
from multiprocessing.connection import Connection, wait
from pathlib import Path

from actionplan.pipeline import Options, convert_file
from extract.document import sha256_of
from normalise.models import Document


@dataclass(frozen=True)
class BatchSettings:
    """How many workers, and the limits each file runs under."""

    jobs: int = 1
    timeout: float = 300.0
    """Seconds one file may take."""
    memory_mb: int | None = 2048
    """Address-space cap of a worker, in MB (None: no cap)."""


@dataclass
class Running:
    """A worker converting one file."""

    index: int
    path: Path
    process: multiprocessing.process.BaseProcess
    conn: Connection
    started: float


def failed(path: Path, reason: str) -> Document:
    """The error row for a file whose worker did not bring a result back."""
    try:
        digest = sha256_of(path)
    except OSError:
        digest = ""
    return Document(
        source_file=path.name,
        source_path=str(path),
        sha256=digest,
        status="error",
        message=reason,
    )


def worker(path: Path, options: Options, memory_mb: int | None, conn: Connection) -> None:
    """Child process: convert one file under the memory cap and send the Document back."""
    # Ctrl-C is the parent's to handle: it stops the workers and keeps what finished.
    signal.signal(signal.SIGINT, signal.SIG_IGN)
    signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    if memory_mb:
        limit = memory_mb * 1024 * 1024
        resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    try:
        doc = convert_file(path, options)
    except MemoryError:
        doc = failed(path, f"ran out of memory (worker cap {memory_mb} MB)")
    conn.send(doc)
    conn.close()


def start(index: int, path: Path, options: Options, settings: BatchSettings) -> Running:
    """Fork a worker for one file."""
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(
        target=worker, args=(path, options, settings.memory_mb, send), daemon=True
    )
    # A Ctrl-C landing inside fork() would be swallowed by an at-fork hook ("Exception
    # ignored"); held back until the fork is done, it interrupts the batch as it should.
    signal.pthread_sigmask(signal.SIG_BLOCK, {signal.SIGINT})
    # The parent's objects out of the garbage collector's sight: otherwise the worker's
    # collections walk them all, copying every page they touch (a tenth of a small file's time).
    gc.freeze()
    try:
        process.start()
    finally:
        signal.pthread_sigmask(signal.SIG_UNBLOCK, {signal.SIGINT})
    send.close()
    return Running(index, path, process, receive, time.monotonic())


def finish(job: Running, timeout: float) -> Document | None:
    """The job's Document if it is over (result, crash or time-out), else None."""
    if job.conn.poll():
        try:
            doc: Document = job.conn.recv()
        except (EOFError, OSError):
            doc = failed(job.path, f"worker crashed (exit code {job.process.exitcode})")
        job.process.join()
        return doc
    if not job.process.is_alive():
        job.process.join()
        code = job.process.exitcode
        return failed(job.path, f"worker crashed (exit code {code})")
    if time.monotonic() - job.started > timeout:
        job.process.kill()
        job.process.join()
        return failed(job.path, f"timed out after {timeout:g} s")
    return None


def run_batch(
    paths: list[Path],
    options: Options,
    settings: BatchSettings,
    on_done: Callable[[Document], None] | None = None,
) -> list[Document]:
    """Convert every file; results in the order of paths. On Ctrl-C the workers are stopped
    and the files that finished are returned (the KeyboardInterrupt is re-raised after)."""
    results: dict[int, Document] = {}
    queue = list(enumerate(paths))
    running: list[Running] = []
    try:
        while queue or running:
            while queue and len(running) < max(settings.jobs, 1):
                index, path = queue.pop(0)
                running.append(start(index, path, options, settings))
            wait([job.conn for job in running] + [job.process.sentinel for job in running], 0.2)
            for job in list(running):
                doc = finish(job, settings.timeout)
                if doc is None:
                    continue
                running.remove(job)
                doc.source_path = str(job.path)
                results[job.index] = doc
                if on_done is not None:
                    on_done(doc)
    except KeyboardInterrupt:
        for job in running:
            job.process.kill()
            job.process.join()
        raise Interrupted([results[i] for i in sorted(results)]) from None
    return [results[i] for i in sorted(results)]


class Interrupted(KeyboardInterrupt):
    """Ctrl-C during a batch, carrying the documents that finished."""

    def __init__(self, done: list[Document]) -> None:
        super().__init__("interrupted")
        self.done = done
