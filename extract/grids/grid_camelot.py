"""The second engine: camelot finds the grid (lattice from ruling lines, network from text
alignment for unruled tables); text, fills and stitching stay the shared ones."""

from __future__ import annotations

import logging
import warnings
from pathlib import Path
from typing import Any

from actionplan.extract.grids.grid import BBox, Fragment, build_fragment
from actionplan.extract.parsing.passwords import open_with_password, raised_any
from actionplan.extract.settings import ExtractSettings


def camelot_boxes(
    path: Path, flavor: str, password: str | None, pages: str = "all"
) -> dict[int, list[list[BBox]]]:
    """Page number -> for each table camelot finds on the pages asked for (camelot's syntax:
    'all', '3', '3-10'), its cell boxes in PDF user space."""
    import camelot  # Imported here: loading it costs a second, and most runs never need it.
    from playa.exceptions import PDFPasswordIncorrect

    kwargs: dict[str, Any] = {"pages": pages, "flavor": flavor, "suppress_stdout": True}
    if flavor == "lattice":
        kwargs["engine"] = "vector"  # vector line finding: no page rendering
    logging.getLogger("camelot").setLevel(logging.ERROR)

    def read(given: str) -> Any:
        return camelot.read_pdf(str(path), password=given, **kwargs)

    with warnings.catch_warnings():
        warnings.simplefilter("ignore")
        tables = open_with_password(read, password, raised_any(PDFPasswordIncorrect))
    out: dict[int, list[list[BBox]]] = {}
    for table in tables:
        boxes = merged_boxes(table.cells) if flavor == "lattice" else plain_boxes(table.cells)
        out.setdefault(int(table.page), []).append(boxes)
    return out


def plain_boxes(cells: list[list[Any]]) -> list[BBox]:
    """Every grid cell as it is (network and stream draw no spans)."""
    return [(c.x1, c.y1, c.x2, c.y2) for row in cells for c in row]


def merged_boxes(cells: list[list[Any]]) -> list[BBox]:
    """Grid cells joined across the edges camelot found no line on: merged cells as one box."""
    rows, cols = len(cells), len(cells[0]) if cells else 0
    parent = {(r, c): (r, c) for r in range(rows) for c in range(cols)}

    def find(key: tuple[int, int]) -> tuple[int, int]:
        while parent[key] != key:
            parent[key] = parent[parent[key]]
            key = parent[key]
        return key

    for r in range(rows):
        for c in range(cols):
            if c + 1 < cols and not cells[r][c].right:
                parent[find((r, c + 1))] = find((r, c))
            if r + 1 < rows and not cells[r][c].bottom:
                parent[find((r + 1, c))] = find((r, c))
    groups: dict[tuple[int, int], list[Any]] = {}
    for r in range(rows):
        for c in range(cols):
            groups.setdefault(find((r, c)), []).append(cells[r][c])
    return [
        (min(g.x1 for g in gs), min(g.y1 for g in gs), max(g.x2 for g in gs), max(g.y2 for g in gs))
        for gs in groups.values()
    ]


def to_fragments(
    tables: list[list[BBox]], page_number: int, page_height: float, settings: ExtractSettings
) -> list[Fragment]:
    """Camelot's boxes (origin bottom-left) as fragments in pdfplumber's top-left space."""
    fragments = []
    for boxes in tables:
        flipped = [(x0, page_height - y1, x1, page_height - y0) for x0, y0, x1, y1 in boxes]
        fragment = build_fragment(flipped, page_number, settings)
        if fragment is not None and fragment.n_cols >= 2:
            fragments.append(fragment)
    fragments.sort(key=lambda f: (f.bbox[1], f.bbox[0]))
    return fragments
