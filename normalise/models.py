"""What users see: the typed records that every output format is written from."""

from __future__ import annotations

from typing import TYPE_CHECKING, Literal

from pydantic import BaseModel, Field

if TYPE_CHECKING:
    import pandas as pd

Status = Literal["complete", "ongoing", "not_started", ""]
Rag = Literal["Red", "Amber", "Green", "Blue", ""]
DocStatus = Literal["ok", "no_tables", "error"]


class Action(BaseModel):
    """One numbered action of a recommendation (or the whole action text when none is numbered)."""

    action_id: str
    action: str
    lead: str = ""
    target_date: str = ""
    target_date_text: str = ""


class ProgressUpdate(BaseModel):
    """A dated update inside the progress text."""

    date: str
    text: str


class Provenance(BaseModel):
    """Where one cell of a record was printed: its field, page and box."""

    field: str
    """The canonical field, or 'extra:<header>' for an unmapped column."""
    page: int
    bbox: tuple[float, float, float, float]
    """x0, top, x1, bottom in PDF points from the page's top-left."""


class Recommendation(BaseModel):
    """One recommendation of a plan, with every physical row it spans merged."""

    section: str = ""
    rec_id: str = ""
    rec_label: str = ""
    """The number label as printed ("Recommendation 1.", "R4"), which rec_id is taken from."""
    recommendation: str = ""
    agency: str = ""
    action: str = ""
    lead: str = ""
    target_date: str = ""
    target_dates: list[str] = Field(default_factory=list)
    target_date_text: str = ""
    progress: str = ""
    review: str = ""
    rag: Rag = ""
    rag_text: str = ""
    """The RAG cell's printed words, if any (rag itself is the colour they or the fill name)."""
    status_text: str = ""
    """The status column's printed words ("Complete", "Not yet started"), if the plan has one."""
    status: Status = ""
    page_start: int = 0
    page_end: int = 0
    extra: dict[str, str] = Field(default_factory=dict)
    """Columns whose header maps to no canonical field: original header -> text."""
    warnings: list[str] = Field(default_factory=list)
    overdue: bool | None = None
    """Computed: the latest target date has passed (as of the run's --as-of) and the status is
    not complete; None when there is no target date."""
    progress_updates: list[ProgressUpdate] = Field(default_factory=list)
    last_update: str = ""
    """The latest dated progress update, ISO."""
    provenance: list[Provenance] = Field(default_factory=list)
    """Page and box of every cell the record was built from."""
    actions: list[Action] = Field(default_factory=list)


class Plan(BaseModel):
    """One action-plan table under its heading."""

    plan_title: str = ""
    case_ref: str = ""
    page_start: int = 0
    page_end: int = 0
    columns: dict[str, str] = Field(default_factory=dict)
    """Original header -> canonical field ('extra' for unmapped columns): the mapping used."""
    warnings: list[str] = Field(default_factory=list)
    """Page joins made or refused on weaker evidence, and text lost next to the table."""
    recommendations: list[Recommendation] = Field(default_factory=list)


class RawTable(BaseModel):
    """A table as printed, under its own column names: for any PDF table, plan or not."""

    title: str = ""
    page_start: int = 0
    page_end: int = 0
    columns: list[str] = Field(default_factory=list)
    rows: list[list[str]] = Field(default_factory=list)


class Document(BaseModel):
    """One input file and what became of it."""

    source_file: str
    source_path: str = ""
    """The path the file was given as (orders a batch, and lets --resume match files)."""
    sha256: str = ""
    pages: int = 0
    status: DocStatus = "ok"
    message: str = ""
    plans: list[Plan] = Field(default_factory=list)
    text_coverage: float | None = None
    """Share of the characters printed in plan tables that are found in the output fields
    (1.0: nothing lost); None without a plan."""
    uncovered_pages: list[int] = Field(default_factory=list)
    """Pages with table text that no output field holds."""
    ocr_pages: list[int] = Field(default_factory=list)
    """Pages read by OCR from a scanned image: their text may hold recognition errors."""
    warnings: list[str] = Field(default_factory=list)
    """What the structure of its plans puts in doubt: records that may hold merged rows and id
    sequences that skip ("1 record may hold merged rows (page 3)", "ids skip 2->4 on page 4")."""
    damaged_pages: list[int] = Field(default_factory=list)
    """Pages whose content is missing or could not be decoded cleanly: their text is lost or
    altered, whole or in part, and they count as uncovered."""
    parser_fallbacks: int = 0
    """How many PDF parsers failed on the file before one read it: PDFium failing is a sign of
    a damaged or unusual file, and of a slower conversion."""
    tables: list[RawTable] = Field(default_factory=list, exclude=True)
    """Every stitched table as printed (written to tables/, not to plans.json)."""

    @property
    def recommendation_count(self) -> int:
        """How many recommendations the document's plans hold."""
        return sum(len(p.recommendations) for p in self.plans)

    def recommendations_df(self) -> pd.DataFrame:
        """The recommendations as a pandas DataFrame: the columns of recommendations.csv with
        real dtypes (see output.frames), plus target_date_dt and last_update_dt as datetimes."""
        from actionplan.output.frames import recommendations_frame  # output builds on this model

        return recommendations_frame(self)

    def actions_df(self) -> pd.DataFrame:
        """The actions as a pandas DataFrame: the columns of actions.csv with real dtypes
        (see output.frames), plus target_date_dt as a datetime."""
        from actionplan.output.frames import actions_frame

        return actions_frame(self)
