"""Which engine finds a page's table grid: pdfplumber's ruling lines, camelot, or auto.

Every engine only finds cell boxes; characters, fills, lines and stitching are shared, so the
engines differ in the grid alone and their output is directly comparable.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, get_args

from actionplan.extract.grids.grid import BBox, Fragment, coverage, find_fragments
from actionplan.extract.grids.grid_camelot import camelot_boxes, to_fragments
from actionplan.extract.settings import Engine, ExtractSettings

ENGINES: tuple[Engine, ...] = get_args(Engine)


CAMELOT_WINDOW = 8
"""Pages camelot reads in one call: the page asked for and those after it. A file asks for a
handful of pages (those whose ruling lines leave text outside every cell), and reading all of
a long file's pages for them cost more than the rest of its conversion; a file that asks for
many pays one call per window."""


@dataclass
class GridFinder:
    """Finds the fragments of a page with the chosen engine; camelot runs only when a page asks
    for it, on that page and the next few (CAMELOT_WINDOW)."""

    path: Path
    settings: ExtractSettings
    password: str | None = None
    page_count: int = 0
    """The document's pages (0: unknown; camelot then reads the pages asked for alone)."""
    _camelot: dict[str, dict[int, list[list[BBox]]]] = field(default_factory=dict)
    _camelot_read: dict[str, set[int]] = field(default_factory=dict)

    def camelot(self, flavor: str, page: Any, number: int) -> list[Fragment]:
        """camelot's tables of this page, for one flavor (lattice or network)."""
        read = self._camelot_read.setdefault(flavor, set())
        if number not in read:
            last = min(number + CAMELOT_WINDOW - 1, self.page_count) if self.page_count else 0
            pages = f"{number}-{last}" if last > number else str(number)
            found = camelot_boxes(self.path, flavor, self.password, pages)
            self._camelot.setdefault(flavor, {}).update(found)
            read.update(range(number, max(last, number) + 1))
        tables = self._camelot[flavor].get(number, [])
        return to_fragments(tables, number, float(page.height), self.settings)

    def unruled(self, page: Any, number: int) -> list[Fragment]:
        """camelot network's tables that look like tables: three columns or more and half their
        cells filled (prose read as a table is mostly empty cells or one column)."""
        found = self.camelot("network", page, number)
        return [f for f in found if f.n_cols >= 3 and f.n_rows >= 3]

    def wants_unruled(self, page: Any) -> bool:
        """Whether a page without ruled tables should be searched for an unruled one by text
        alignment (the pdfplumber and auto engines; camelot has its own network parser)."""
        return self.settings.engine != "camelot" and bool(page.chars)

    def fragments(self, page: Any, number: int) -> list[Fragment]:
        """The page's table fragments, with the engine that found them recorded."""
        engine = self.settings.engine
        if engine == "pdfplumber":
            found, name = find_fragments(page, number, self.settings), "pdfplumber"
        elif engine == "camelot":
            found, name = self.camelot("lattice", page, number), "camelot-lattice"
            if not found and page.chars:
                found, name = self.unruled(page, number), "camelot-network"
        else:
            found, name = find_fragments(page, number, self.settings), "pdfplumber"
            score = coverage(page.chars, found)
            if found and score < self.settings.min_coverage:
                # Holes in the grid leave text outside every cell: try camelot's lattice and
                # keep whichever grid places more of the page's table text.
                other = self.camelot("lattice", page, number)
                if other and coverage(page.chars, other) > score:
                    found, name = other, "camelot-lattice"
        for fragment in found:
            fragment.engine = name
        return found
