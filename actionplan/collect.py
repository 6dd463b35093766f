"""The documents `report` and `diff` work on: PDFs converted (each in a worker, as `convert`
does), and output folders or plans.sqlite files read back, in the order the inputs name them."""

from __future__ import annotations

import contextlib
import os
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path

from actionplan.batch import BatchSettings, iter_batch
from actionplan.inputs import display, find_inputs, not_regular
from actionplan.normalise.models import Document
from actionplan.pipeline import Options
from actionplan.stored import StoredOutputError, is_stored, read_stored


@dataclass
class Collected:
    """What the inputs gave."""

    documents: list[Document] = field(default_factory=list)
    """Every document converted or read back, failures included (status 'error')."""
    problems: list[str] = field(default_factory=list)
    """One line for each input that gave no document: missing, or unreadable output."""


def collect(
    inputs: list[Path],
    options: Options,
    settings: BatchSettings,
    on_done: Callable[[Document], None] | None = None,
) -> Collected:
    """The documents of the inputs: output folders and databases read, PDFs (files, folders,
    globs) converted in parallel; on_done sees each converted document as it finishes. The
    converted PDFs take the place of the first input that named one; a stored document's
    source_path is made absolute where its file still exists, so that the report can link it."""
    out = Collected()
    pdf_inputs: list[Path] = []
    pdf_position: int | None = None
    for item in inputs:
        if is_stored(item):
            try:
                out.documents.extend(located(d, item) for d in read_stored(item))
            except StoredOutputError as err:
                out.problems.append(display(str(err)))
            continue
        if pdf_position is None:
            pdf_position = len(out.documents)
        pdf_inputs.append(item)
    if not pdf_inputs:
        return out
    found = find_inputs(pdf_inputs)
    out.problems += [f"{display(path)}: no such file" for path in found.missing]
    converted: dict[int, Document] = {}
    todo = []
    for index, file in enumerate(found.files):
        why = not_regular(file.path)
        if why:
            converted[index] = Document(
                source_file=file.name, source_path=display(file.path), status="error", message=why
            )
        else:
            todo.append(index)
    with contextlib.closing(iter_batch([found.files[i] for i in todo], options, settings)) as it:
        for position, doc in it:
            doc.source_path = os.path.abspath(found.files[todo[position]].path)
            converted[todo[position]] = doc
            if on_done is not None:
                on_done(doc)
    assert pdf_position is not None
    out.documents[pdf_position:pdf_position] = [converted[i] for i in sorted(converted)]
    return out


def located(doc: Document, stored: Path) -> Document:
    """The document with an absolute source_path if its PDF is found from here or from beside
    the output it was read from; otherwise with none."""
    base = stored if stored.is_dir() else stored.parent
    for candidate in (Path(doc.source_path), base.parent / doc.source_path):
        if doc.source_path and candidate.is_file():
            doc.source_path = os.path.abspath(candidate)
            return doc
    doc.source_path = ""
    return doc
