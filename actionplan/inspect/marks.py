"""What `actionplan inspect` marks on one page: the cell grid, which record each cell went to,
section rows, header rows, and table text that reached no record.

Pure geometry, no drawing: the marks come from the extracted tables (the grid as found) and the
records' provenance (where each record's cells were printed), so the picture shows what the
conversion actually did rather than a second opinion of it.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Any

from actionplan.extract.models import BBox, Row, Table
from actionplan.normalise.layout import section_text
from actionplan.normalise.models import Recommendation

CellKey = tuple[int, tuple[float, float, float, float]]
"""A cell's page and box, rounded: how a provenance entry names the cell it came from."""

PALETTE: tuple[tuple[int, int, int], ...] = (
    (31, 119, 180),
    (255, 127, 14),
    (44, 160, 44),
    (148, 103, 189),
    (23, 190, 207),
    (227, 119, 194),
    (140, 86, 75),
    (188, 189, 34),
    (214, 39, 40),
)
"""Record colours (Tableau's, without its grey, which marks sections): neighbouring records
always differ, and a colour comes round again only nine records later."""

TINT_ALPHA = 0.3
"""Opacity of a record's tint: the printed text must stay readable through it."""

HEADER_WORD = re.compile(r"\w+")


def colour_of(index: int) -> tuple[int, int, int]:
    """The colour of the document's index-th record (0-based, in document order)."""
    return PALETTE[index % len(PALETTE)]


def cell_key(page: int, bbox: BBox) -> CellKey:
    """Key of a cell; rounded so a box that went through JSON still matches."""
    x0, top, x1, bottom = (round(v, 2) for v in bbox)
    return page, (x0, top, x1, bottom)


def cell_owners(records: list[Recommendation]) -> dict[CellKey, list[int]]:
    """For every cell a record was built from, the indices of the records that used it (more
    than one when a merged cell serves several records)."""
    owners: dict[CellKey, list[int]] = {}
    for index, rec in enumerate(records):
        for source in rec.provenance:
            users = owners.setdefault(cell_key(source.page, source.bbox), [])
            if index not in users:
                users.append(index)
    return owners


@dataclass
class PageMarks:
    """Everything to draw on one page, in PDF points from the page's top-left."""

    grid: list[BBox] = field(default_factory=list)
    """Every detected cell."""
    tints: list[tuple[BBox, list[int]]] = field(default_factory=list)
    """Cells that went into records, with the records (indices) they went into."""
    labels: list[tuple[BBox, int]] = field(default_factory=list)
    """Where each record's name is written on the page: beside the table, level with the
    record's first cell there."""
    sections: list[BBox] = field(default_factory=list)
    headers: list[BBox] = field(default_factory=list)
    stray: list[BBox] = field(default_factory=list)
    """Cells of a plan table with text that no record was built from."""
    other_tables: list[BBox] = field(default_factory=list)
    """Outlines of tables that are not action plans (kept only in tables/)."""


def union(boxes: list[BBox]) -> BBox:
    """The smallest box holding all the boxes."""
    return (
        min(b[0] for b in boxes),
        min(b[1] for b in boxes),
        max(b[2] for b in boxes),
        max(b[3] for b in boxes),
    )


def page_marks(
    number: int,
    tables: list[Table],
    owners: dict[CellKey, list[int]],
    words: list[dict[str, Any]],
    rules: list[dict[str, Any]],
) -> PageMarks:
    """The marks of page `number`; words and rules (horizontal edges) are pdfplumber's for the
    page, used only to find the header rows the extract stage dropped from the tables."""
    marks = PageMarks()
    labelled: set[int] = set()
    for table in tables:
        indices = [r for r, row in enumerate(table.rows) if row.page == number]
        if not indices:
            continue
        cells = [(r, cell) for r in indices for cell in table.rows[r].cells]
        is_plan = any(cell_key(c.page, c.bbox) in owners for _, c in cells)
        if not is_plan:
            marks.other_tables.append(union([c.bbox for _, c in cells]))
        for r, cell in cells:
            marks.grid.append(cell.bbox)
            users = owners.get(cell_key(cell.page, cell.bbox), [])
            if users:
                marks.tints.append((cell.bbox, users))
                # Cells come in reading order, so the first one seen is the record's top-left;
                # its tag goes at the table's left edge, level with that cell.
                for user in users:
                    if user not in labelled:
                        labelled.add(user)
                        left = table.rows[r].bbox[0]
                        marks.labels.append(((left, *cell.bbox[1:]), user))
            elif is_plan and section_text(table, r) is not None:
                marks.sections.append(cell.bbox)
            elif is_plan and cell.text.strip():
                marks.stray.append(cell.bbox)
        band = header_band(table, table.rows[indices[0]], words, rules)
        if band is not None:
            marks.headers.append(band)
    return marks


def header_vocabulary(table: Table) -> set[str]:
    """The words of the table's header, lower case."""
    return {w.lower() for text in table.header for w in HEADER_WORD.findall(text)}


def word_lines(words: list[dict[str, Any]]) -> list[list[dict[str, Any]]]:
    """Words grouped into printed lines (tops within 2 pt), top to bottom."""
    lines: list[list[dict[str, Any]]] = []
    for word in sorted(words, key=lambda w: w["top"]):
        if lines and word["top"] - lines[-1][0]["top"] <= 2:
            lines[-1].append(word)
        else:
            lines.append([word])
    return lines


def is_header_line(line: list[dict[str, Any]], vocabulary: set[str]) -> bool:
    """Nearly all of the line's words are words of the header."""
    tokens = [t.lower() for w in line for t in HEADER_WORD.findall(w["text"])]
    return bool(tokens) and sum(t in vocabulary for t in tokens) >= 0.8 * len(tokens)


def header_band(
    table: Table, first: Row, words: list[dict[str, Any]], rules: list[dict[str, Any]]
) -> BBox | None:
    """Where the header rows are printed above the table's first row on a page, or None.

    The extract stage drops header rows (the first, and each page's repeat) and keeps only their
    text, so they are found again here: the lines just above the first row whose words are the
    header's, up to the ruling above them when there is one. A page whose table simply runs on
    without a repeated header gets no band.
    """
    x0, top, x1, _ = first.bbox
    vocabulary = header_vocabulary(table)
    above = [
        w
        for w in words
        if w["x0"] >= x0 - 2 and w["x1"] <= x1 + 2 and w["bottom"] <= top + 1 and w["top"] > 0
    ]
    edge = top
    for line in reversed(word_lines(above)):
        height = max(w["bottom"] for w in line) - min(w["top"] for w in line)
        # The first header line sits a cell's padding above the row; later ones a line apart.
        gap_allowed = 24.0 if edge == top else max(1.5 * height, 8.0)
        if edge - max(w["bottom"] for w in line) > gap_allowed or not is_header_line(
            line, vocabulary
        ):
            break
        edge = min(w["top"] for w in line)
    if edge == top:
        return None
    ruled = [
        r["top"] for r in rules if edge - 15 <= r["top"] <= edge and r["x0"] < x1 and r["x1"] > x0
    ]
    return (x0, max(ruled) if ruled else edge - 3, x1, top)
