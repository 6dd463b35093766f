"""plans.xlsx: sheets Recommendations, Actions and Documents, ready to filter in Excel.

openpyxl rather than XlsxWriter: it is the well-kept library that both writes and reads .xlsx
(the tests read the workbook back with it), it is already installed with camelot-py, and the
workbooks here are small enough that XlsxWriter's speed would not show.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

from openpyxl import Workbook
from openpyxl.cell.cell import ILLEGAL_CHARACTERS_RE, Cell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter
from openpyxl.worksheet.worksheet import Worksheet

from actionplan.normalise.models import Document
from actionplan.output.paths import atomic_path
from actionplan.output.rows import ACTION_COLUMNS, DOCUMENT_COLUMNS, RECOMMENDATION_COLUMNS
from actionplan.output.typed import (
    action_records,
    document_records,
    full_date,
    kind,
    recommendation_records,
)

# Excel's standard colours, with a font that stays readable on each.
RAG_STYLE = {
    "Red": ("FF0000", "FFFFFF"),
    "Amber": ("FFC000", "000000"),
    "Green": ("00B050", "000000"),
    "Blue": ("0070C0", "FFFFFF"),
}
HEADER_FILL = PatternFill("solid", fgColor="D9D9D9")
HEADER_FONT = Font(bold=True)
WRAP = Alignment(wrap_text=True, vertical="top")
DATE_FORMAT = "yyyy-mm-dd"
MIN_WIDTH, MAX_WIDTH, MAX_PROSE_WIDTH = 6, 30, 50
"""Column widths in characters: longer text wraps, so a screen shows several columns at once and
the prose columns, read most, get the most room."""
PROSE = frozenset({"recommendation", "action", "progress", "review", "extra", "warnings"})
EXCEL_CELL_LIMIT = 32767
"""Excel refuses to show more characters than this in one cell (the CSV and JSON keep all)."""


def write_xlsx(docs: list[Document], out: Path) -> None:
    """The workbook for the documents, written atomically."""
    wb = Workbook()
    wb.remove(wb.active)
    add_sheet(wb, "Recommendations", RECOMMENDATION_COLUMNS, recommendation_records(docs))
    add_sheet(wb, "Actions", ACTION_COLUMNS, action_records(docs))
    add_sheet(wb, "Documents", DOCUMENT_COLUMNS, document_records(docs))
    with atomic_path(out / "plans.xlsx") as tmp:
        wb.save(tmp)


def add_sheet(
    wb: Workbook, title: str, columns: Sequence[str], records: list[dict[str, Any]]
) -> None:
    """One sheet: a frozen, filterable header row over one row per record."""
    ws: Worksheet = wb.create_sheet(title)
    ws.append(list(columns))
    for cell in ws[1]:
        cell.font, cell.fill, cell.alignment = HEADER_FONT, HEADER_FILL, WRAP
    for r, record in enumerate(records, start=2):
        for c, column in enumerate(columns, start=1):
            fill_cell(ws.cell(row=r, column=c), column, record[column])
    ws.freeze_panes = "A2"
    last = get_column_letter(len(columns))
    ws.auto_filter.ref = f"A1:{last}{len(records) + 1}"
    for c, column in enumerate(columns, start=1):
        ws.column_dimensions[get_column_letter(c)].width = width(column, records)


def fill_cell(cell: Cell, column: str, value: Any) -> None:
    """Set a cell's value in the type Excel should see, and its style."""
    cell.alignment = WRAP
    if kind(column) == "date":
        day = full_date(value)
        if day is not None:
            cell.value, cell.number_format = day, DATE_FORMAT
            return
    if isinstance(value, str):
        cell.value = excel_text(value)
        # openpyxl takes text starting with "=" for a formula: keep it text, never run it.
        cell.data_type = "s"
    else:
        cell.value = value
    if column == "rag" and value in RAG_STYLE:
        fill, font = RAG_STYLE[value]
        cell.fill = PatternFill("solid", fgColor=fill)
        cell.font = Font(color=font, bold=True)


def excel_text(text: str) -> str:
    """Text Excel accepts: control characters it forbids removed, cut at its cell limit."""
    text = ILLEGAL_CHARACTERS_RE.sub("", text)
    if len(text) > EXCEL_CELL_LIMIT:
        text = text[: EXCEL_CELL_LIMIT - 1] + "…"
    return text


def width(column: str, records: list[dict[str, Any]]) -> float:
    """A column width that fits the header (and its filter button) and the longest line, within
    the column's cap."""
    if kind(column) == "date":
        return 12
    longest = max(
        (len(line) for rec in records for line in str(rec[column] or "").splitlines()),
        default=0,
    )
    cap = MAX_PROSE_WIDTH if column in PROSE else MAX_WIDTH
    return min(max(len(column) + 2, longest, MIN_WIDTH) + 2, cap)
