"""plans.json: documents -> plans -> recommendations -> actions, nested."""

from __future__ import annotations

import json
from pathlib import Path

from actionplan.normalise.models import Document
from actionplan.output.files import atomic_write


def write_json(docs: list[Document], out: Path) -> None:
    """All documents as one JSON object {"documents": [...]}."""
    payload = {"documents": [d.model_dump(mode="json") for d in docs]}
    with atomic_write(out / "plans.json") as fh:
        json.dump(payload, fh, ensure_ascii=False, indent=1)
        fh.write("\n")
