"""plans.json: documents -> plans -> recommendations -> actions, nested.

Written as `json.dump(payload, indent=1, ensure_ascii=False)` would write it, but one
recommendation at a time: the whole payload as dicts held at once costs a long plan more memory
than its records do (a 3,000-page plan: ~60 MB).
"""

from __future__ import annotations

import json
from collections.abc import Callable, Iterable
from dataclasses import dataclass
from pathlib import Path
from typing import IO, Any

from pydantic import BaseModel

from actionplan.normalise.models import Document, Plan
from actionplan.output.files import atomic_write

INDENT = 1


@dataclass(frozen=True)
class Deferred:
    """A list whose items are turned into JSON values only when written."""

    items: Iterable[Any]
    make: Callable[[Any], Any]


def write_json(docs: list[Document], out: Path) -> None:
    """All documents as one JSON object {"documents": [...]}."""
    with atomic_write(out / "plans.json") as fh:
        write_value(fh, {"documents": Deferred(docs, document_value)}, 0)
        fh.write("\n")


def document_value(doc: Document) -> dict[str, Any]:
    """A document's JSON, its plans made as they are written."""
    return with_deferred(doc, "plans", Deferred(doc.plans, plan_value))


def plan_value(plan: Plan) -> dict[str, Any]:
    """A plan's JSON, its recommendations made as they are written."""
    recs = Deferred(plan.recommendations, lambda rec: rec.model_dump(mode="json"))
    return with_deferred(plan, "recommendations", recs)


def with_deferred(model: BaseModel, name: str, deferred: Deferred) -> dict[str, Any]:
    """The model's JSON with the field `name` deferred, in the order model_dump gives: the
    fields in their declared order, then any computed ones."""
    head = model.model_dump(mode="json", exclude={name})
    value: dict[str, Any] = {}
    for key in type(model).model_fields:
        if key == name:
            value[key] = deferred
        elif key in head:
            value[key] = head.pop(key)
    value.update(head)
    return value


def write_value(fh: IO[str], value: Any, depth: int) -> None:
    """One JSON value whose first line starts at the cursor, nested `depth` levels deep."""
    if isinstance(value, Deferred):
        write_list(fh, (value.make(item) for item in value.items), depth)
    elif isinstance(value, dict) and any(isinstance(v, Deferred) for v in value.values()):
        write_object(fh, value, depth)
    else:
        text = json.dumps(value, ensure_ascii=False, indent=INDENT)
        # json.dumps escapes newlines inside strings: every raw newline starts an indented line.
        fh.write(text.replace("\n", "\n" + " " * (INDENT * depth)))


def write_object(fh: IO[str], value: dict[str, Any], depth: int) -> None:
    """A JSON object, its members one by one (a non-empty dict: it holds a Deferred)."""
    inner = "\n" + " " * (INDENT * (depth + 1))
    fh.write("{")
    for i, (key, member) in enumerate(value.items()):
        fh.write(("," if i else "") + inner + json.dumps(key, ensure_ascii=False) + ": ")
        write_value(fh, member, depth + 1)
    fh.write("\n" + " " * (INDENT * depth) + "}")


def write_list(fh: IO[str], items: Iterable[Any], depth: int) -> None:
    """A JSON array, each item made and written before the next."""
    inner = "\n" + " " * (INDENT * (depth + 1))
    empty = True
    for item in items:
        fh.write(("[" if empty else ",") + inner)
        write_value(fh, item, depth + 1)
        empty = False
    fh.write("[]" if empty else "\n" + " " * (INDENT * depth) + "]")
