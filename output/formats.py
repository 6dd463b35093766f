"""Which output formats exist, and writing the ones asked for: the one entry point of the CLI."""

from __future__ import annotations

from collections.abc import Callable, Iterable, Sequence
from pathlib import Path

from normalise.models import Document
from output.csv_writer import write_csvs
from output.json_writer import write_json
from output.jsonl_writer import write_jsonl
from output.parquet_writer import write_parquet
from output.schema import json_schema
from output.sqlite_writer import write_sqlite
from output.xlsx_writer import write_xlsx

__all__ = ["DEFAULT_FORMATS", "FORMATS", "json_schema", "parse_formats", "write_outputs"]

FORMATS = ("csv", "json", "jsonl", "xlsx", "sqlite", "parquet")
DEFAULT_FORMATS = ("csv", "json")

Writer = Callable[[list[Document], Path], None]
WRITERS: dict[str, Writer] = {
    "json": write_json,
    "jsonl": write_jsonl,
    "xlsx": write_xlsx,
    "sqlite": write_sqlite,
    "parquet": write_parquet,
}


def parse_formats(values: Iterable[str]) -> tuple[str, ...]:
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
    docs: list[Document], out: Path, formats: Sequence[str], *, excel_bom: bool = False
) -> None:
    """Write every requested format for the documents into out (tables/ CSVs are written
    separately by the caller).

    excel_bom: the CSVs start with a UTF-8 byte-order mark, so Excel reads accented text right.
    Raises ValueError, before writing anything, if a format is unknown.
    """
    check_formats(formats)
    for fmt in dict.fromkeys(formats):  # each once, in the order asked
        if fmt == "csv":
            write_csvs(docs, out, excel_bom=excel_bom)
        else:
            WRITERS[fmt](docs, out)
