"""RAG ratings from cell text and from fill colours."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from actionplan.normalise.rag import rag_from_fill, rag_from_rgb, rag_from_text, worst

TEXTS = [
    ("R", "Red"),
    ("A", "Amber"),
    ("G", "Green"),
    ("B", "Blue"),
    ("g", "Green"),
    ("Red", "Red"),
    ("RED", "Red"),
    ("AMBER", "Amber"),
    ("Green", "Green"),
    ("Green - complete", "Green"),
    ("Green\nComplete", "Green"),
    ("Blue (complete)", "Blue"),
    ("Amber/Green", "Amber"),  # the worse of the two
    ("A/G", "Amber"),
    ("Red/Amber", "Red"),
    ("R/A", "Red"),
    ("Green/Blue", "Green"),
    ("G (complete)", "Green"),
    ("RAG: Green", "Green"),
    ("Status: A", "Amber"),
    ("Orange", "Amber"),
    ("Yellow", "Amber"),
    ("Complete", ""),
    ("COMPLETED", ""),
    ("Ongoing", ""),
    ("N/A", ""),
    ("n/a", ""),
    ("A review is underway", ""),
    ("Greenridge surgery", ""),
    ("Bluebell ward", ""),
    ("Reduced", ""),
    ("", ""),
]


@pytest.mark.parametrize(("text", "expected"), TEXTS)
def test_rag_from_text(text: str, expected: str) -> None:
    assert rag_from_text(text) == expected


FILLS = [
    # red: dark, pure and pale
    ("#C00000", "Red"),
    ("#FF0000", "Red"),
    ("#FFC7CE", "Red"),
    ("#E6B8B7", "Red"),
    ("#ff0000", "Red"),
    ("FF0000", "Red"),
    ("#f00", "Red"),
    # amber / orange / yellow
    ("#FFC000", "Amber"),
    ("#FFBF00", "Amber"),
    ("#FF9900", "Amber"),
    ("#FFFF00", "Amber"),
    ("#FFEB9C", "Amber"),
    ("#F79646", "Amber"),
    # green
    ("#00B050", "Green"),
    ("#92D050", "Green"),
    ("#00FF00", "Green"),
    ("#C6EFCE", "Green"),
    ("#008000", "Green"),
    ("#006100", "Green"),
    # blue
    ("#0070C0", "Blue"),
    ("#00B0F0", "Blue"),
    ("#5B9BD5", "Blue"),
    ("#4472C4", "Blue"),
    ("#8EAADB", "Blue"),
    # header shading, greys, white, black
    ("#BDD7EE", ""),
    ("#9CC2E5", ""),
    ("#D9E2F3", ""),
    ("#DBE5F1", ""),
    ("#DEEAF6", ""),
    ("#E2EFD9", ""),
    ("#FBE4D5", ""),
    ("#D9D9D9", ""),
    ("#F2F2F2", ""),
    ("#BFBFBF", ""),
    ("#808080", ""),
    ("#FFFFFF", ""),
    ("#000000", ""),
    ("#7030A0", ""),  # purple is no RAG colour
    (None, ""),
    ("", ""),
    ("not a colour", ""),
]


@pytest.mark.parametrize(("fill", "expected"), FILLS)
def test_rag_from_fill(fill: str | None, expected: str) -> None:
    assert rag_from_fill(fill) == expected


def test_worst() -> None:
    assert worst(["Green", "Amber"]) == "Amber"
    assert worst(["Blue", "Green"]) == "Green"
    assert worst(["Blue", "Red", "Amber"]) == "Red"
    assert worst(["", "x"]) == ""


@given(st.floats(0, 1), st.floats(0, 1), st.floats(0, 1))
def test_rgb_never_raises(r: float, g: float, b: float) -> None:
    assert rag_from_rgb(r, g, b) in ("Red", "Amber", "Green", "Blue", "")


@given(st.floats(0, 1))
def test_greys_are_never_rag(level: float) -> None:
    assert rag_from_rgb(level, level, level) == ""
