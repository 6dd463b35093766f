"""PDF colour values to '#rrggbb', and their RAG reading."""

from __future__ import annotations

import pytest

from actionplan.extract.colours import to_hex
from actionplan.normalise.rag import rag_from_fill


@pytest.mark.parametrize(
    ("color", "hex_"),
    [
        ((1, 0, 0), "#ff0000"),
        ([0.0, 0.0, 1.0, 0.0], "#ffff00"),  # CMYK yellow
        ((0.0, 0.25, 1.0, 0.0), "#ffbf00"),  # CMYK amber
        (0.85, "#d9d9d9"),  # grey level
        ((0.5,), "#808080"),
        ("P0", None),
        (None, None),
        ((1, 2), None),
    ],
)
def test_to_hex(color: object, hex_: str | None) -> None:
    assert to_hex(color) == hex_


def test_cmyk_fills_classify() -> None:
    assert rag_from_fill(to_hex((0, 1, 1, 0))) == "Red"
    assert rag_from_fill(to_hex((0.6, 0, 1, 0.3))) == "Green"
    assert rag_from_fill(to_hex((0, 0, 0, 0.15))) == ""
