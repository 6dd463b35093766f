"""The JSON Schema of plans.json, generated from the pydantic models it is written from."""

from __future__ import annotations

from typing import Any

from pydantic import BaseModel

from actionplan.normalise.models import Document

DRAFT = "https://json-schema.org/draft/2020-12/schema"


class PlansFile(BaseModel):
    """plans.json: every input file with its plans, recommendations, actions and updates."""

    documents: list[Document]


def json_schema() -> dict[str, Any]:
    """The schema plans.json validates against (what `actionplan schema` prints).

    Generated in serialization mode, because plans.json is a model dump: fields excluded from
    the dump (Document.tables) are left out. Every field is always written, so every property is
    required, and no other property ever appears.
    """
    schema = PlansFile.model_json_schema(mode="serialization")
    for obj in [schema, *schema.get("$defs", {}).values()]:
        if obj.get("type") == "object" and "properties" in obj:
            obj["required"] = list(obj["properties"])
            obj["additionalProperties"] = False
    schema["title"] = "actionplan plans.json"
    return {"$schema": DRAFT, **schema}
