"""--resume: what an earlier run into the same folder already converted (from its plans.json,
the complete record, which --resume therefore always writes), and merging new results into it
without duplicating rows."""

from __future__ import annotations

import json
from pathlib import Path

from normalise.models import Document

DONE = ("ok", "no_tables")


def previous_documents(out: Path) -> list[Document]:
    """Documents recorded in OUT/plans.json by an earlier run (none if there is no such file)."""
    path = out / "plans.json"
    if not path.exists():
        return []
    data = json.loads(path.read_text(encoding="utf-8"))
    return [Document.model_validate(d) for d in data.get("documents", [])]


def done_hashes(previous: list[Document]) -> set[str]:
    """sha256 of the files an earlier run converted (ok, or read with no plan table)."""
    return {d.sha256 for d in previous if d.status in DONE}


def order_key(doc: Document) -> tuple[str, str]:
    """Batches are ordered by path, whatever order files finished or runs happened in."""
    return (doc.source_path or doc.source_file, doc.source_file)


def merge(previous: list[Document], new: list[Document]) -> list[Document]:
    """Earlier results plus new ones; a file converted again replaces its earlier row."""
    replaced = {order_key(d) for d in new}
    kept = [d for d in previous if order_key(d) not in replaced]
    return sorted(kept + new, key=order_key)
