"""Ruling segments of a page: every drawn line, and the edges of every box, made exactly
horizontal or vertical.

Renderers draw table borders as lines, thin filled rectangles, or closed paths, and a page stored
rotated (/Rotate 90) turns some rectangles into paths and leaves lines a hair off the vertical;
pdfplumber's own edge finder then drops them and one table falls apart into two. Snapping here
makes the grid the same whatever drew it.
"""

from __future__ import annotations

import itertools
from typing import Any

Segment = dict[str, Any]


def segment(x0: float, top: float, x1: float, bottom: float) -> Segment:
    """A ruling line as pdfplumber's table finder takes it (exactly h or v)."""
    return {
        "object_type": "line",
        "x0": x0,
        "x1": x1,
        "top": top,
        "bottom": bottom,
        "width": x1 - x0,
        "height": bottom - top,
    }


def from_box(
    x0: float, top: float, x1: float, bottom: float, thin: float, stroked: bool
) -> list[Segment]:
    """A thin box is one line; a stroked box gives its four sides; a filled, unstroked box is a
    background (a shaded cell, a RAG blob) and rules nothing."""
    if x1 - x0 <= thin:
        mid = (x0 + x1) / 2
        return [segment(mid, top, mid, bottom)]
    if bottom - top <= thin:
        mid = (top + bottom) / 2
        return [segment(x0, mid, x1, mid)]
    if not stroked:
        return []
    return [
        segment(x0, top, x1, top),
        segment(x0, bottom, x1, bottom),
        segment(x0, top, x0, bottom),
        segment(x1, top, x1, bottom),
    ]


def from_points(points: list[tuple[float, float]], slack: float) -> list[Segment]:
    """The straight, axis-aligned pieces of a path."""
    out = []
    for (ax, ay), (bx, by) in itertools.pairwise(points):
        if abs(ax - bx) <= slack and abs(ay - by) > slack:
            x = (ax + bx) / 2
            out.append(segment(x, min(ay, by), x, max(ay, by)))
        elif abs(ay - by) <= slack and abs(ax - bx) > slack:
            y = (ay + by) / 2
            out.append(segment(min(ax, bx), y, max(ax, bx), y))
    return out


def is_stroked(obj: dict[str, Any]) -> bool:
    """Drawn with an outline (not only filled)."""
    return bool(obj.get("stroke")) or not obj.get("fill")


def ruling_segments(page: Any, slack: float = 2.0, thin: float = 3.0) -> list[Segment]:
    """Every ruling segment on the page, snapped to horizontal or vertical."""
    out: list[Segment] = []
    for line in page.lines:
        out.extend(from_points(line.get("pts") or [], slack))
    for rect in page.rects:
        out.extend(
            from_box(rect["x0"], rect["top"], rect["x1"], rect["bottom"], thin, is_stroked(rect))
        )
    for curve in page.curves:
        points = curve.get("pts") or []
        xs = {round(x) for x, _ in points}
        ys = {round(y) for _, y in points}
        if len(points) in (4, 5) and len(xs) <= 2 and len(ys) <= 2:
            box = (curve["x0"], curve["top"], curve["x1"], curve["bottom"])
            out.extend(from_box(*box, thin, is_stroked(curve)))
        else:
            out.extend(from_points(points, slack))
    return out


def split(segments: list[Segment]) -> tuple[list[Segment], list[Segment]]:
    """(vertical, horizontal) segments."""
    vertical = [s for s in segments if s["x0"] == s["x1"]]
    horizontal = [s for s in segments if s["top"] == s["bottom"]]
    return vertical, horizontal


def closing_lines(
    vertical: list[Segment], horizontal: list[Segment], slack: float = 2.0
) -> list[Segment]:
    """Horizontal lines where several vertical rulings end together but nothing is drawn: a row
    cut by a page break is left open by some renderers (reportlab), and a header rule may be
    missing; the verticals' shared ends still mark the row boundary."""
    out = []
    for y, group in end_groups(vertical, slack):
        xs = sorted({round(s["x0"], 1) for s in group})
        if len(xs) < 3:
            continue
        x0, x1 = xs[0], xs[-1]
        # A rule drawn across most of that height means the renderer chose where to draw; a
        # merged cell is a gap in it that must stay open. A short piece (the edge of one
        # shaded cell, as a scan shows it) is no such choice.
        drawn = sum(
            max(0.0, min(h["x1"], x1) - max(h["x0"], x0))
            for h in horizontal
            if abs(h["top"] - y) <= slack
        )
        if drawn < 0.5 * (x1 - x0):
            out.append(segment(x0, y, x1, y))
    return out


SIDE_MIN_RULES = 3
SIDE_MIN_LENGTH = 20.0


def side_lines(
    vertical: list[Segment], horizontal: list[Segment], slack: float = 2.0
) -> list[Segment]:
    """Vertical lines where several row rules start (or end) together but no side is drawn: a
    table styled without outer borders still has its edge where its rules stop."""
    out = []
    rules = [h for h in horizontal if h["x1"] - h["x0"] >= SIDE_MIN_LENGTH]
    for key in ("x0", "x1"):
        for x, group in groups_by(rules, key, slack):
            if len(group) < SIDE_MIN_RULES:
                continue
            top = min(h["top"] for h in group)
            bottom = max(h["top"] for h in group)
            left = min(h["x0"] for h in group)
            right = max(h["x1"] for h in group)
            inner = [
                v
                for v in vertical
                if left + slack < v["x0"] <= right + slack
                and min(v["bottom"], bottom) - max(v["top"], top) >= 0.25 * (bottom - top)
            ]
            if not inner:
                # Rules between rows alone (no column rules) make an unruled table, not a grid.
                continue
            drawn = sum(
                max(0.0, min(v["bottom"], bottom) - max(v["top"], top))
                for v in vertical
                if abs(v["x0"] - x) <= slack
            )
            if bottom > top and drawn < 0.5 * (bottom - top):
                out.append(segment(x, top, x, bottom))
    return out


def groups_by(segments: list[Segment], key: str, slack: float) -> list[tuple[float, list[Segment]]]:
    """Segments grouped by one coordinate, each within slack of the group's first; each group
    with its mean coordinate."""
    groups: list[list[Segment]] = []
    for s in sorted(segments, key=lambda s: s[key]):
        if groups and s[key] - groups[-1][0][key] <= slack:
            groups[-1].append(s)
        else:
            groups.append([s])
    return [(sum(s[key] for s in g) / len(g), g) for g in groups]


def end_groups(vertical: list[Segment], slack: float) -> list[tuple[float, list[Segment]]]:
    """Vertical segments grouped by where they end (top or bottom), ends within slack of the
    group's first joined; each group with its mean end. Lines found in a scan end a point or
    so apart where a drawn table's end exactly together."""
    ends = sorted(((y, s) for s in vertical for y in (s["top"], s["bottom"])), key=lambda e: e[0])
    groups: list[list[tuple[float, Segment]]] = []
    for end in ends:
        if groups and end[0] - groups[-1][0][0] <= slack:
            groups[-1].append(end)
        else:
            groups.append([end])
    return [(sum(y for y, _ in g) / len(g), [s for _, s in g]) for g in groups]
