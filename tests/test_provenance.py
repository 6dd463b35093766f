"""Provenance records (normalise/records.py): built without validation, yet as validation builds
them."""

from __future__ import annotations

from actionplan.extract.models import Cell
from actionplan.normalise.models import Provenance
from actionplan.normalise.records import provenance


def test_provenance_is_what_validation_gives_floats_and_ints_alike() -> None:
    for bbox in ((10.5, 20.25, 110.0, 40.0), (10, 20, 110, 40)):
        cell = Cell(row=0, col=1, page=3, bbox=bbox)
        made = provenance("agency", cell)
        validated = Provenance(field="agency", page=3, bbox=bbox)
        assert made == validated
        assert made.model_dump_json() == validated.model_dump_json()
        assert all(type(v) is float for v in made.bbox)
