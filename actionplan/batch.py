"""Many files at once: each converted in a worker process of its own (actionplan.worker), so that
a crash, a hang or a memory blow-up in one file becomes an error row and the batch goes on.

The parent loads the PDF reader before the first worker, and takes on a slow library once a
worker has needed it (actionplan.warm), so that the workers forked after inherit them rather
than each importing them again. It keeps at most `jobs` workers running and hands each result
on the moment it arrives (the caller journals it); whatever stops the batch, the workers are
killed with everything they started.
"""

from __future__ import annotations

import contextlib
from collections.abc import Callable, Generator
from dataclasses import dataclass, replace
from functools import partial
from multiprocessing.connection import wait
from pathlib import Path
from typing import Any

from actionplan import warm
from actionplan.extract.document import sha256_of
from actionplan.extract.errors import OUT_OF_MEMORY
from actionplan.extract.parsing.parse_pages import load_parser
from actionplan.handover import read_handover, write_handover
from actionplan.inputs import InputFile, display
from actionplan.normalise.models import Document
from actionplan.pipeline import Options, convert_file
from actionplan.worker import Child, Limits, start


@dataclass(frozen=True)
class BatchSettings:
    """How many workers, and the limits each file runs under."""

    jobs: int = 1
    timeout: float = 300.0
    """Seconds one file may take."""
    memory_mb: int | None = 2048
    """Address-space cap of a worker, in MB (None: no cap)."""


def failed(file: InputFile, reason: str) -> Document:
    """The error row of a file that gave no result."""
    try:
        digest = sha256_of(file.path)
    except OSError:
        digest = ""
    doc = Document(source_file=file.name, sha256=digest, status="error", message=reason)
    return named(doc, file)


def named(doc: Document, file: InputFile, memory_mb: int | None = None) -> Document:
    """The Document under the file's name in the batch and the path it was given as; running
    out of memory names the cap, which the user can raise."""
    doc.source_file = file.name
    doc.source_path = display(file.path)
    if doc.status == "error" and doc.message == OUT_OF_MEMORY and memory_mb:
        doc.message = f"{OUT_OF_MEMORY} (worker cap {memory_mb} MB)"
    return doc


def run_batch(
    files: list[InputFile],
    options: Options,
    settings: BatchSettings,
    on_done: Callable[[Document], None],
) -> None:
    """Convert every file, calling on_done with each Document as it finishes. Whatever ends the
    batch early (Ctrl-C, a stop signal, an exception from on_done), the workers are killed first
    and the exception goes on."""
    with contextlib.closing(iter_batch(files, options, settings)) as results:
        for _, doc in results:
            on_done(doc)


def iter_batch(
    files: list[InputFile], options: Options, settings: BatchSettings
) -> Generator[tuple[int, Document], None, None]:
    """(index in files, Document) for every file, in the order they finish. Closing the
    generator early kills the workers still running."""
    limits = Limits(settings.timeout, settings.memory_mb)
    inherited = 0.0
    queue = list(enumerate(files))
    # By index: the same file may be given twice.
    running: dict[int, Child] = {}
    load_parser(options.extract_settings().parser)
    try:
        while queue or running:
            while queue and len(running) < max(settings.jobs, 1):
                index, file = queue.pop(0)
                job = partial(converted_telling, file.path, options)
                running[index] = start(job, replace(limits, inherited_mb=inherited))
            wait([w for child in running.values() for w in child.waitables()], 0.2)
            for index, child in list(running.items()):
                outcome = child.outcome()
                if outcome is None:
                    continue
                del running[index]
                ok, result = outcome
                try:
                    if ok:
                        result, needed = result
                        inherited += warm.take_on(needed)
                    doc = result_of(files[index], (ok, result), settings.memory_mb)
                finally:
                    child.close()
                yield index, doc
    finally:
        for child in running.values():
            child.close()


def converted(path: Path, options: Options) -> Path | Document:
    """A worker's job: the file's Document written for the parent (actionplan.handover), and
    that file's path; the Document itself when JSON cannot carry its text (a lone surrogate: a
    file name that is not UTF-8)."""
    doc = convert_file(path, options)
    try:
        return write_handover(doc)
    except ValueError:  # pydantic's PydanticSerializationError
        return doc


def converted_telling(path: Path, options: Options) -> tuple[Path | Document, tuple[str, ...]]:
    """converted(), and the slow libraries the worker imported for it (actionplan.warm)."""
    return converted(path, options), warm.loaded()


def result_of(file: InputFile, outcome: tuple[bool, Any], memory_mb: int | None) -> Document:
    """The Document of a finished job: its result, or the error row of why it gave none. Read
    before the job's Child is closed, which removes the worker's temporary folder."""
    ok, result = outcome
    if not ok:
        return failed(file, result)
    doc = read_handover(result) if isinstance(result, Path) else result
    return named(doc, file, memory_mb)
