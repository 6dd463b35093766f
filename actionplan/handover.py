"""How a worker hands its Document to the parent: a file of JSON lines in the worker's own
temporary folder, a plan or raw table to a line, read back line by line.

Neither side holds the document twice at the end of a long plan, as a pickle through the pipe
did (its memo holds every object of the graph) or one JSON text of the whole document would
(a 3,000-page plan's text is tens of megabytes, and the serialiser's buffer as much again).

The first line counts the lines that follow: {"plans": P, "tables": T}; then the document
without its plans and tables, P plans, T tables.
"""

from __future__ import annotations

import json
import tempfile
from pathlib import Path

from actionplan.normalise.models import Document, Plan, RawTable


def write_handover(doc: Document) -> Path:
    """The document written to a new file in the temporary folder; raises ValueError (pydantic's
    serialisation error) for text JSON cannot carry, a lone surrogate."""
    fd, name = tempfile.mkstemp(suffix=".jsonl")
    with open(fd, "w", encoding="utf-8") as fh:
        fh.write(json.dumps({"plans": len(doc.plans), "tables": len(doc.tables)}) + "\n")
        fh.write(doc.model_dump_json(exclude={"plans"}) + "\n")
        for plan in doc.plans:
            fh.write(plan.model_dump_json() + "\n")
        for table in doc.tables:
            fh.write(table.model_dump_json() + "\n")
    return Path(name)


def read_handover(path: Path) -> Document:
    """The document a worker wrote with write_handover."""
    with path.open(encoding="utf-8") as fh:
        counts = json.loads(fh.readline())
        doc = Document.model_validate_json(fh.readline())
        doc.plans = [Plan.model_validate_json(fh.readline()) for _ in range(counts["plans"])]
        doc.tables = [RawTable.model_validate_json(fh.readline()) for _ in range(counts["tables"])]
    return doc
