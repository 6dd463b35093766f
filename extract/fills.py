"""Cell fill colours: the filled shape behind a cell, or a coloured blob drawn inside it."""

from __future__ import annotations

from typing import Any

from actionplan.extract.colours import is_white, to_hex
from actionplan.extract.grids.grid import GridCell
from actionplan.extract.settings import ExtractSettings


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


def assign_fills(
    cells: list[GridCell], shapes: list[tuple[tuple, str]], settings: ExtractSettings
) -> None:
    """Give each cell the colour of the last-drawn shape that covers it, or of a blob inside it."""
    for cell in cells:
        x0, top, x1, bottom = cell.bbox
        area = (x1 - x0) * (bottom - top)
        if area <= 0:
            continue
        cover: str | None = None
        blob: str | None = None
        for bbox, colour in shapes:
            # overlap(cell.bbox, bbox), inlined: this runs for every cell and shape.
            w = min(x1, bbox[2]) - max(x0, bbox[0])
            h = min(bottom, bbox[3]) - max(top, bbox[1])
            if w <= 0 or h <= 0:
                continue
            shared = w * h
            share = shared / area
            if share >= settings.fill_min_cover:
                cover = colour
            elif share >= settings.shape_min_cover and colour != "#000000":
                shape_area = (bbox[2] - bbox[0]) * (bbox[3] - bbox[1])
                if shape_area and shared / shape_area > 0.9:
                    blob = colour
        cell.fill = blob or cover
