"""Font sizes that differ by a hair made one: words are split where the size changes (that is
how a superscript comes apart from its word), so noise in the size must not split words."""

from __future__ import annotations

from collections import Counter
from operator import itemgetter
from typing import Any

SIZE_TOLERANCE = 0.04
"""Sizes within 4% of their neighbour are one size: a page stored rotated differs in the 7th
digit, and an OCR text layer sizes every line from its own height (6.12, 6.14, 6.15 ...)."""


def snap_sizes(chars: list[dict[str, Any]], tolerance: float = SIZE_TOLERANCE) -> None:
    """Give each character the most common size of its run of near-equal sizes, in place."""
    sizes = list(map(itemgetter("size"), chars))
    # Rounded once per distinct size: a page has a handful of sizes and thousands of characters.
    rounded = {size: round(size, 2) for size in set(sizes)}
    counts = Counter(map(rounded.__getitem__, sizes))
    representative: dict[float, float] = {}
    run: list[float] = []
    for size in sorted(counts):
        if run and size > run[-1] * (1 + tolerance):
            close_run(run, counts, representative)
            run = []
        run.append(size)
    if run:
        close_run(run, counts, representative)
    snapped = {size: representative[value] for size, value in rounded.items()}
    for char, size in zip(chars, sizes, strict=True):
        char["size"] = snapped[size]


def close_run(run: list[float], counts: Counter, representative: dict[float, float]) -> None:
    """Map every size of a finished run to the run's most common size."""
    common = max(run, key=lambda s: (counts[s], s))
    for size in run:
        representative[size] = common
