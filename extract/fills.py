"""Cell fill colours: the filled shape behind a cell, or a coloured blob drawn inside it."""

from __future__ import annotations

from typing import Any

from extract.colours import is_white, to_hex
from extract.grid import GridCell
from extract.settings import ExtractSettings


def filled_shapes(page: Any, settings: ExtractSettings) -> list[tuple[tuple, str]]:
    """(bbox, '#rrggbb') of every filled rectangle or curve on the page, in drawing order."""
    shapes = []
    for obj in (*page.rects, *page.curves):
        if not obj.get("fill"):
            continue
        w, h = obj["x1"] - obj["x0"], obj["bottom"] - obj["top"]
        # Thin filled rectangles are how some renderers draw borders, not fills.
        if w < settings.min_cell_size / 2 or h < settings.min_cell_size / 2:
            continue
        colour = to_hex(obj.get("non_stroking_color"))
        if colour is None or is_white(colour):
            continue
        shapes.append(((obj["x0"], obj["top"], obj["x1"], obj["bottom"]), colour))
    return shapes


def overlap(a: tuple, b: tuple) -> float:
    """Area shared by two boxes."""
    w = min(a[2], b[2]) - max(a[0], b[0])
    h = min(a[3], b[3]) - max(a[1], b[1])
    return w * h if w > 0 and h > 0 else 0.0


def assign_fills(
    cells: list[GridCell], shapes: list[tuple[tuple, str]], settings: ExtractSettings
) -> None:
    """Give each cell the colour of the last-drawn shape that covers it, or of a blob inside it."""
    for cell in cells:
        area = (cell.bbox[2] - cell.bbox[0]) * (cell.bbox[3] - cell.bbox[1])
        if area <= 0:
            continue
        cover: str | None = None
        blob: str | None = None
        for bbox, colour in shapes:
            share = overlap(cell.bbox, bbox) / area
            if share >= settings.fill_min_cover:
                cover = colour
            elif share >= settings.shape_min_cover and colour != "#000000":
                shape_area = (bbox[2] - bbox[0]) * (bbox[3] - bbox[1])
                if shape_area and overlap(cell.bbox, bbox) / shape_area > 0.9:
                    blob = colour
        cell.fill = blob or cover
