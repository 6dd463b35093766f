"""recommendations.parquet and actions.parquet: the CSV rows with column types, for pandas,
polars, DuckDB, R arrow and Spark."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path
from typing import Any

import pyarrow as pa
import pyarrow.parquet as pq

from actionplan.normalise.models import Document
from actionplan.output.paths import atomic_path
from actionplan.output.rows import ACTION_COLUMNS, RECOMMENDATION_COLUMNS
from actionplan.output.typed import Kind, action_records, kind, recommendation_records

# Dates stay strings: a Parquet date cannot hold the printed precision ("2014-07", "2014").
ARROW_TYPES: dict[Kind, pa.DataType] = {
    "text": pa.string(),
    "date": pa.string(),
    "int": pa.int32(),
    "float": pa.float64(),
    "bool": pa.bool_(),
}


def write_parquet(docs: list[Document], out: Path) -> None:
    """Both Parquet files for the documents, written atomically."""
    write_table(
        out / "recommendations.parquet", RECOMMENDATION_COLUMNS, recommendation_records(docs)
    )
    write_table(out / "actions.parquet", ACTION_COLUMNS, action_records(docs))


def arrow_schema(columns: Sequence[str]) -> pa.Schema:
    """The schema of a file: every column nullable, but only overdue is ever null."""
    return pa.schema([pa.field(c, ARROW_TYPES[kind(c)]) for c in columns])


def write_table(path: Path, columns: Sequence[str], records: list[dict[str, Any]]) -> None:
    """One Parquet file with a fixed schema, so an empty batch still has its typed columns."""
    table = pa.Table.from_pylist(records, schema=arrow_schema(columns))
    with atomic_path(path) as tmp:
        pq.write_table(table, tmp)
