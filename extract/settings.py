"""Explicit knobs of the extract stage, in one place (like pdfplumber's table_settings)."""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class ExtractSettings:
    """Tolerances in PDF points unless said otherwise."""

    parser: str = "auto"
    """Who reads the pages' objects: 'lean' (pdfminer's interpreter with a fast tokenizer and
    characters straight to dicts), 'pdfminer' (pdfplumber's own page objects) or 'auto' (lean,
    then pdfminer's on a file the lean parser fails on). Both give the same objects."""
    max_page_shapes: int | None = 100_000
    """Drawn shapes (rectangles, lines, curves) the lean parser reads of one page; those past it
    are counted, not kept. A table page draws hundreds; each kept shape costs a few KB, so a
    page of a million tiny ones would not fit in a worker's memory. None: no bound."""
    engine: str = "auto"
    """Who finds the grid: 'pdfplumber' (ruling lines), 'camelot' (lattice, then network for
    unruled tables) or 'auto' (ruling lines, then camelot network on pages with none)."""
    min_coverage: float = 0.99
    """With engine 'auto', a ruled grid placing less than this share of the text inside it
    into cells is compared with camelot's lattice."""
    snap_tolerance: float = 3.0
    """Ruling lines closer than this are one line (Word draws borders twice, a hair apart)."""
    join_tolerance: float = 3.0
    edge_min_length: float = 3.0
    intersection_tolerance: float = 3.0
    min_cell_size: float = 4.0
    """Cells narrower or shorter than this are border artefacts, not cells."""
    min_column_width: float = 8.0
    """Column boundaries closer than this are one: thick borders drawn as filled strips make
    slivers that are not columns."""
    min_row_height: float = 4.0
    word_x_tolerance: float = 3.0
    superscript_ratio: float = 0.85
    """A word this much smaller than its line's main text, and raised, is a superscript."""
    column_gap: float = 3.0
    """Outside tables, words further apart than this many font sizes are separate lines."""
    paragraph_gap: float = 0.3
    """Extra gap between lines, as a share of the font size, above the document's usual
    line gap, that marks a new paragraph."""
    furniture_margin: float = 0.12
    """Running headers/footers are looked for in this share of the page height at top and bottom."""
    furniture_min_share: float = 0.4
    """A line is furniture when it recurs (digits ignored) on at least this share of pages."""
    fill_min_cover: float = 0.5
    """A filled shape covering at least this share of a cell is the cell's fill."""
    shape_min_cover: float = 0.04
    """A smaller coloured shape inside a cell (a RAG blob) counts when it covers this much."""
    stitch_tolerance: float = 4.0
    """Column boundaries this close on consecutive pages are the same column."""
