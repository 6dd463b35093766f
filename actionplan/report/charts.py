"""The report's charts as inline SVG (matplotlib, no pyplot: nothing opens a window).

Text stays text in the SVG (searchable, sharp when printed), and ids are salted with a fixed
string so that the same data draws the same file.
"""

from __future__ import annotations

import io
from collections.abc import Sequence

import matplotlib as mpl
from matplotlib.figure import Figure

mpl.rcParams.update(
    {
        "svg.fonttype": "none",
        "svg.hashsalt": "actionplan",
        "font.size": 9,
        "font.family": "sans-serif",
        "axes.spines.top": False,
        "axes.spines.right": False,
    }
)

COMPLETE, OPEN, LATE = "#2e7d32", "#b0bec5", "#c62828"
RAG_COLOURS = {"Red": "#c62828", "Amber": "#f9a825", "Green": "#2e7d32", "Blue": "#1565c0"}
NEUTRAL = "#607d8b"
MAX_BARS = 25


def svg(figure: Figure) -> str:
    """The figure as an SVG element (the XML prologue dropped, so it can sit inside HTML)."""
    out = io.StringIO()
    figure.savefig(out, format="svg", bbox_inches="tight", metadata={"Date": None})
    text = out.getvalue()
    return text[text.index("<svg") :]


def bars(labels: Sequence[str], values: Sequence[int], colours: Sequence[str], title: str) -> str:
    """Horizontal bars, one per label, top to bottom in the order given."""
    figure = Figure(figsize=(7.5, 0.35 * len(labels) + 0.9))
    axes = figure.add_subplot()
    positions = list(range(len(labels)))[::-1]
    axes.barh(positions, values, color=colours)
    axes.set_yticks(positions, [shorten(label) for label in labels])
    axes.set_title(title, loc="left")
    for y, value in zip(positions, values, strict=True):
        axes.annotate(
            str(value), (value, y), xytext=(3, 0), textcoords="offset points", va="center"
        )
    axes.margins(x=0.12)
    return svg(figure)


def stacked_bars(
    labels: Sequence[str],
    parts: Sequence[tuple[str, Sequence[int], str]],
    title: str,
    horizontal: bool = True,
) -> str:
    """Bars made of parts (name, values, colour), stacked in the order given."""
    if horizontal:
        figure = Figure(figsize=(7.5, 0.35 * len(labels) + 1.2))
    else:
        figure = Figure(figsize=(max(4.0, 0.45 * len(labels) + 1.5), 3.6))
    axes = figure.add_subplot()
    positions = list(range(len(labels)))
    if horizontal:
        positions = positions[::-1]
    base = [0] * len(labels)
    for name, values, colour in parts:
        if horizontal:
            axes.barh(positions, values, left=base, color=colour, label=name)
        else:
            axes.bar(positions, values, bottom=base, color=colour, label=name)
        base = [b + v for b, v in zip(base, values, strict=True)]
    names = [shorten(label) for label in labels]
    if horizontal:
        axes.set_yticks(positions, names)
    else:
        axes.set_xticks(positions, names, rotation=60, ha="right")
    axes.set_title(title, loc="left")
    axes.legend(frameon=False, fontsize=8, loc="lower right" if horizontal else "upper left")
    return svg(figure)


def shorten(label: str, width: int = 48) -> str:
    """A label cut to fit beside a bar."""
    return label if len(label) <= width else label[: width - 1] + "…"
