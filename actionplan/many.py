"""actionplan.read_many: many PDFs, each under a time limit and a memory cap, in a worker
process of its own, on the CLI's own worker pool or on any concurrent.futures.Executor (a Dask
cluster's, for archives larger than one machine)."""

from __future__ import annotations

import contextlib
import os
import tempfile
from collections.abc import Iterable, Iterator
from concurrent.futures import Executor
from functools import partial
from multiprocessing.connection import wait
from pathlib import Path
from typing import Any

from actionplan.batch import BatchSettings, converted, iter_batch, result_of
from actionplan.inputs import InputFile, display
from actionplan.normalise.models import Document
from actionplan.pipeline import Options, error_detail
from actionplan.reader import make_options
from actionplan.sources import Source, on_disk, payload
from actionplan.worker import Limits, start


def read_many(
    sources: Iterable[Source],
    *,
    jobs: int | None = None,
    timeout: float = 300.0,
    max_memory: int | None = 2048,
    executor: Executor | None = None,
    **options: Any,
) -> Iterator[Document]:
    """One Document per source, in the order of the sources, never raising for a bad file: a
    file that cannot be read gives a Document with status 'error' and the reason in `message`
    (as the CLI's error rows).

    sources: paths, bytes or binary file objects (file objects are read at once).
    jobs: files converted at once on this machine (default: one per core); ignored with an
        executor, whose own workers set how many run at once.
    timeout: seconds one file may take; max_memory: a file's address-space cap in MB (None:
        no cap). Both hold on every executor: each file runs in a process of its own.
    executor: any concurrent.futures.Executor, e.g. a Dask client's get_executor(); paths are
        opened where the executor runs them, so its workers must see the same files.
    options: read_pdf's keywords (engine, ocr, date_order, as_of, password, settings).
    """
    chosen = make_options(**options)
    items = [payload(source) for source in sources]
    limits = Limits(timeout, max_memory)
    if executor is not None:
        return in_executor(executor, items, chosen, limits)
    return in_workers(
        items, chosen, BatchSettings(jobs or os.cpu_count() or 1, timeout, max_memory)
    )


def in_workers(
    items: list[tuple[Path | bytes, str]], options: Options, settings: BatchSettings
) -> Iterator[Document]:
    """The Documents of the items, by the CLI's worker pool, in input order (each yielded as
    soon as those before it are done)."""
    with tempfile.TemporaryDirectory(prefix="actionplan-many-") as tmp:
        files = [
            InputFile(data, name) if isinstance(data, Path) else spooled(data, name, Path(tmp), i)
            for i, (data, name) in enumerate(items)
        ]
        done: dict[int, Document] = {}
        next_up = 0
        with contextlib.closing(iter_batch(files, options, settings)) as results:
            for index, doc in results:
                done[index] = doc
                while next_up in done:
                    yield given_as(done.pop(next_up), items[next_up][0])
                    next_up += 1


def spooled(data: bytes, name: str, folder: Path, index: int) -> InputFile:
    """The bytes written to a file of the folder, known by name."""
    path = folder / f"{index}.pdf"
    path.write_bytes(data)
    return InputFile(path, name)


def in_executor(
    executor: Executor, items: list[tuple[Path | bytes, str]], options: Options, limits: Limits
) -> Iterator[Document]:
    """The Documents of the items, each converted by read_limited on the executor, in input
    order; a job the executor itself loses is an error Document too."""
    futures = [executor.submit(read_limited, data, name, options, limits) for data, name in items]
    try:
        for future, (data, name) in zip(futures, items, strict=True):
            try:
                yield future.result()
            except Exception as err:
                doc = Document(source_file=name, status="error", message=lost(err))
                yield given_as(doc, data)
    finally:
        for future in futures:
            future.cancel()


def lost(err: BaseException) -> str:
    """The reason for a job the executor did not bring back."""
    return f"executor failed ({error_detail(err)})"


def read_limited(data: Path | bytes, name: str, options: Options, limits: Limits) -> Document:
    """Run on an executor's worker: convert one PDF in a child process of its own under the
    time limit and memory cap (the worker itself may run many files, or other work)."""
    with on_disk(data) as path:
        child = start(partial(converted, path, options), limits)
        try:
            while (outcome := child.outcome()) is None:
                wait(child.waitables(), 0.2)
            doc = result_of(InputFile(path, name), outcome, limits.memory_mb)
        finally:
            child.close()
    return given_as(doc, data)


def given_as(doc: Document, data: Path | bytes) -> Document:
    """The Document with the path it was given as (none for bytes)."""
    doc.source_path = display(data) if isinstance(data, Path) else ""
    return doc
