"""Explicit knobs of the extract stage, in one place (like pdfplumber's table_settings).

A validated model: an unknown name or a value outside a closed set ("camlot") is an error when
the settings are made, rather than a silent fall-back to the default.
"""

from __future__ import annotations

from typing import Literal

from pydantic import BaseModel, ConfigDict, Field

Parser = Literal["auto", "pdfium", "pdfminer"]
Engine = Literal["auto", "pdfplumber", "camelot"]


class ExtractSettings(BaseModel):
    """Tolerances in PDF points unless said otherwise."""

    model_config = ConfigDict(frozen=True, extra="forbid", use_attribute_docstrings=True)

    parser: Parser = "auto"
    """Who reads the pages' objects: 'pdfium' (PDFium through pypdfium2, in pdfplumber's
    shape; parse_pdfium says where values differ from pdfminer's), 'pdfminer' (pdfplumber's
    own page objects, the reference) or 'auto' (PDFium, then pdfminer's on a file PDFium
    fails on)."""
    max_page_shapes: int | None = Field(default=100_000, ge=0)
    """Drawn shapes (rectangles, lines, curves) PDFium's parser reads of one page; those past it
    are counted, not kept (pdfminer's keeps all). A table page draws hundreds; each kept shape
    costs a few KB, so a page of a million tiny ones would not fit in a worker's memory. None:
    no bound."""
    engine: Engine = "auto"
    """Who finds the grid: 'pdfplumber' (ruling lines), 'camelot' (lattice, then network for
    unruled tables) or 'auto' (ruling lines, then camelot network on pages with none)."""
    min_coverage: float = Field(default=0.99, ge=0, le=1)
    """With engine 'auto', a ruled grid placing less than this share of the text inside it
    into cells is compared with camelot's lattice."""
    snap_tolerance: float = Field(default=3.0, ge=0)
    """Ruling lines closer than this are one line (Word draws borders twice, a hair apart)."""
    join_tolerance: float = Field(default=3.0, ge=0)
    """Collinear ruling segments whose ends are this close are joined into one line."""
    edge_min_length: float = Field(default=3.0, ge=0)
    """Ruling segments shorter than this are not table edges."""
    intersection_tolerance: float = Field(default=3.0, ge=0)
    """A horizontal and a vertical ruling this close to touching cross (make a cell corner)."""
    min_cell_size: float = Field(default=4.0, ge=0)
    """Cells narrower or shorter than this are border artefacts, not cells."""
    min_column_width: float = Field(default=8.0, ge=0)
    """Column boundaries closer than this are one: thick borders drawn as filled strips make
    slivers that are not columns."""
    min_row_height: float = Field(default=4.0, ge=0)
    """Row boundaries closer than this are one (a border drawn as a thin filled strip)."""
    word_x_tolerance: float = Field(default=3.0, ge=0)
    """Characters further apart than this on a line are separate words."""
    superscript_ratio: float = Field(default=0.85, gt=0, le=1)
    """A word this much smaller than its line's main text, and raised, is a superscript."""
    column_gap: float = Field(default=3.0, ge=0)
    """Outside tables, words further apart than this many font sizes are separate lines."""
    paragraph_gap: float = Field(default=0.3, ge=0)
    """Extra gap between lines, as a share of the font size, above the document's usual
    line gap, that marks a new paragraph."""
    furniture_margin: float = Field(default=0.12, ge=0, le=0.5)
    """Running headers/footers are looked for in this share of the page height at top and bottom."""
    furniture_min_share: float = Field(default=0.4, ge=0, le=1)
    """A line is furniture when it recurs (digits ignored) on at least this share of pages."""
    fill_min_cover: float = Field(default=0.5, ge=0, le=1)
    """A filled shape covering at least this share of a cell is the cell's fill."""
    shape_min_cover: float = Field(default=0.04, ge=0, le=1)
    """A smaller coloured shape inside a cell (a RAG blob) counts when it covers this much."""
    stitch_tolerance: float = Field(default=4.0, ge=0)
    """Column boundaries this close on consecutive pages are the same column."""
