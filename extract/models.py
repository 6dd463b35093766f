"""What the extract stage hands to normalise: tables of cells with text, geometry and fill."""

from __future__ import annotations

from dataclasses import dataclass, field

from pydantic import BaseModel, Field

BBox = tuple[float, float, float, float]
"""x0, top, x1, bottom in PDF points, origin at the page's top-left (pdfplumber's convention)."""


@dataclass(slots=True)
class Line:
    """One printed line of text, in a cell or outside the tables. A slotted dataclass, not a
    model: a long plan has hundreds of thousands, and a model's per-instance dict and field set
    would triple their memory; the Table that holds them is the validated boundary. The extract
    stage builds these once (text.chars_to_lines) and hands the same objects on."""

    text: str
    x0: float
    top: float
    x1: float
    bottom: float
    size: float = 0.0
    """The font size of the line's main text."""
    new_paragraph: bool = False
    """True when the vertical gap above this line is wider than the cell's line pitch."""
    bold: bool = False
    first_word_width: float = 0.0
    breaks_before: bool = False
    """The line above ended with a line break, not a wrap (it had room for this line's first
    word): items listed one per line start here."""
    word_continues: bool = False
    """The line's last word goes on at the start of the next line (a word too long for its
    column, broken without a hyphen): join the two without a space."""
    trailing_space: bool = False
    """The renderer printed a space after the last word: the line was wrapped at a space."""

    @property
    def bbox(self) -> BBox:
        """x0, top, x1, bottom (four slots, not a tuple kept beside them: a tuple per line
        costs a long plan tens of megabytes)."""
        return (self.x0, self.top, self.x1, self.bottom)


@dataclass(slots=True, kw_only=True)
class Cell:
    """A table cell as drawn: merged cells are one cell with a span. A slotted dataclass, as
    Line is: a long plan has a hundred thousand; the Table that holds them is validated."""

    row: int
    """Index of the row (in Table.rows) where the cell starts."""
    col: int
    rowspan: int = 1
    colspan: int = 1
    page: int
    """1-based page number."""
    bbox: BBox
    lines: list[Line] = field(default_factory=list)
    fill: str | None = None
    """Background colour as '#rrggbb', from a filled shape covering the cell or inside it."""

    @property
    def text(self) -> str:
        """The cell's text with one printed line per '\\n' (a broken word put back together)."""
        return "".join(
            line.text + ("" if line.word_continues else "\n") for line in self.lines
        ).rstrip("\n")


@dataclass(slots=True, kw_only=True)
class Row:
    """One physical row of a table on one page (a slotted dataclass, as Cell is)."""

    page: int
    bbox: BBox
    cells: list[Cell]
    """Cells that start in this row, ordered by column."""
    page_top: bool = False
    """First body row on a page that continues a table from the page before."""


class Table(BaseModel):
    """A logical table: one or more page fragments stitched together, header rows dropped."""

    title: str = ""
    """The heading printed above the table (the plan title), or empty."""
    preamble: str = ""
    """Other text between the title and the table (intro paragraphs)."""
    text_before: str = ""
    """All text printed between the table before (or the document's start) and this one."""
    n_cols: int
    header: list[str]
    """Header text per grid column ('' where none); spanning header cells repeat their text."""
    header_rows: int = 1
    rows: list[Row]
    page_start: int
    page_end: int
    engine: str = "pdfplumber"
    notes: list[str] = Field(default_factory=list)
    """Page joins made or refused on weaker evidence (moved columns, text between fragments)."""

    def grid(self) -> list[list[Cell | None]]:
        """Rows x columns, each position holding the cell that covers it (merged cells repeat)."""
        out: list[list[Cell | None]] = [[None] * self.n_cols for _ in self.rows]
        for r, row in enumerate(self.rows):
            for cell in row.cells:
                for rr in range(r, min(r + cell.rowspan, len(self.rows))):
                    for cc in range(cell.col, min(cell.col + cell.colspan, self.n_cols)):
                        out[rr][cc] = cell
        return out


class LooseLine(BaseModel):
    """A printed line outside every table (headings, prose, footnotes), furniture excluded."""

    page: int
    bbox: BBox
    text: str
    size: float
    bold: bool = False


class ExtractedDocument(BaseModel):
    """Everything the extract stage found in one PDF."""

    source_file: str
    sha256: str
    pages: int
    tables: list[Table]
    scanned_pages: list[int] = Field(default_factory=list)
    """Pages that are images without text (scans): nothing on them could be read."""
    ocr_pages: list[int] = Field(default_factory=list)
    """Pages whose text was read by OCR from the page image (and their rulings from it too)."""
    crowded_pages: list[int] = Field(default_factory=list)
    """Pages drawing more shapes than the parser keeps (ExtractSettings.max_page_shapes): a
    table there may lack rulings or fills drawn past the bound."""
    grey_pages: list[int] = Field(default_factory=list)
    """Scanned pages whose image holds no colour: a RAG shown only as a fill is lost there."""
    damaged_pages: list[int] = Field(default_factory=list)
    """Pages whose content stream is missing or does not decode cleanly: their text is lost or
    altered, whole or in part."""
    missing_pages: int = 0
    """Pages the page tree declares but does not hold (their objects are lost): which ones is
    unknown, so they are a count."""
    parser_fallbacks: int = 0
    """Parsers that failed on the file before the one that read it (see document.read_pages)."""
    furniture: list[str] = Field(default_factory=list)
    """Running header and footer lines detected and kept out of every table and title."""
    loose_lines: list[LooseLine] = Field(default_factory=list)
    """Every line outside the tables, for accounting for the text around them."""
