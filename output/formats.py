"""Which output formats exist, and writing the ones asked for: the one entry point of the CLI."""

from __future__ import annotations

import importlib
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Literal, get_args

from actionplan.normalise.models import Document
from actionplan.normalise.themes import CompiledTheme
from actionplan.output.csv_writer import write_csvs
from actionplan.output.schema import json_schema

__all__ = ["DEFAULT_FORMATS", "FORMATS", "Format", "json_schema", "parse_formats", "write_outputs"]

Format = Literal["csv", "json", "jsonl", "xlsx", "sqlite", "parquet"]
FORMATS: tuple[Format, ...] = get_args(Format)
DEFAULT_FORMATS: tuple[Format, ...] = ("csv", "json")

Writer = Callable[[list[Document], Path], None]
# Module and function of each writer, imported only when asked for: pyarrow and openpyxl cost
# half a second and ~70 MB at start-up, which a plain CSV run (and every worker) need not pay.
WRITERS: dict[Format, tuple[str, str]] = {
    "json": ("actionplan.output.json_writer", "write_json"),
    "jsonl": ("actionplan.output.jsonl_writer", "write_jsonl"),
    "xlsx": ("actionplan.output.xlsx_writer", "write_xlsx"),
    "sqlite": ("actionplan.output.sqlite_writer", "write_sqlite"),
    "parquet": ("actionplan.output.parquet_writer", "write_parquet"),
}


def writer(fmt: Format) -> Writer:
    """The writer function of a format other than csv."""
    module, name = WRITERS[fmt]
    return getattr(importlib.import_module(module), name)


def parse_formats(values: Iterable[str]) -> tuple[Format, ...]:
    """The formats named by `--format` values, each a comma-separated list (the flag may repeat):
    lower-cased, in FORMATS order, without repeats; DEFAULT_FORMATS when none are named.

    Raises ValueError naming an unknown format and the known ones.
    """
    named = {f.strip().lower() for value in values for f in value.split(",") if f.strip()}
    check_formats(named)
    return tuple(f for f in FORMATS if f in named) or DEFAULT_FORMATS


def check_formats(formats: Iterable[str]) -> None:
    """Raise ValueError naming any format not in FORMATS, and the known ones."""
    unknown = sorted(set(formats) - set(FORMATS))
    if unknown:
        raise ValueError(f"unknown format {', '.join(unknown)} (choose from {', '.join(FORMATS)})")


def write_outputs(
    docs: list[Document],
    out: Path,
    formats: Sequence[Format],
    *,
    excel_bom: bool = False,
    raw_csv: bool = False,
    themes: list[CompiledTheme] | None = None,
) -> None:
    """Write every requested format for the documents into out (tables/ CSVs are written
    separately by the caller).

    excel_bom: the CSVs start with a UTF-8 byte-order mark, so Excel reads accented text right.
    raw_csv: CSV cells exactly as read, formulas not neutralised (see output.csv_writer).
    themes: a compiled taxonomy: recommendations.csv gets a themes column.
    Raises ValueError, before writing anything, if a format is unknown.
    """
    check_formats(formats)
    for fmt in dict.fromkeys(formats):  # each once, in the order asked
        if fmt == "csv":
            write_csvs(docs, out, excel_bom=excel_bom, raw=raw_csv, themes=themes)
        else:
            writer(fmt)(docs, out)
