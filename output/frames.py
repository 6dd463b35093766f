"""The contract rows as pandas DataFrames with real dtypes, for notebooks.

Columns are those of recommendations.csv and actions.csv, in their order, typed by output.typed's
kinds: text as "string", page numbers as nullable "Int64", `overdue` as nullable "boolean".
A date column keeps its ISO text at the printed precision ("2014-07" stays as printed) and is
followed by `<column>_dt`, datetime64 where a full day was printed and NaT otherwise, because
no datetime holds a month or a year without inventing a day.
"""

from __future__ import annotations

from typing import TYPE_CHECKING, Any

from actionplan.normalise.models import Document
from actionplan.output.rows import (
    ACTION_COLUMNS,
    RECOMMENDATION_COLUMNS,
    action_rows,
    recommendation_rows,
)
from actionplan.output.typed import full_date, kind, typed

if TYPE_CHECKING:
    import pandas as pd

DTYPES: dict[str, Any] = {"int": "Int64", "bool": "boolean", "float": "Float64", "text": "string"}


def recommendations_frame(doc: Document) -> pd.DataFrame:
    """One row per recommendation (recommendations.csv), typed."""
    return frame([typed(row) for row in recommendation_rows(doc)], RECOMMENDATION_COLUMNS)


def actions_frame(doc: Document) -> pd.DataFrame:
    """One row per action (actions.csv), typed."""
    return frame([typed(row) for row in action_rows(doc)], ACTION_COLUMNS)


def frame(rows: list[dict[str, Any]], columns: tuple[str, ...]) -> pd.DataFrame:
    """The rows as a DataFrame of the columns, each with the dtype of its kind."""
    import pandas as pd  # only notebooks need it: the CLI never loads pandas

    raw = pd.DataFrame(rows, columns=list(columns))
    out: dict[str, pd.Series] = {}
    for column in columns:
        values = raw[column]
        column_kind = kind(column)
        if column_kind == "date":
            out[column] = values.astype("string")
            days = [full_date(v) for v in values]
            out[f"{column}_dt"] = pd.Series(
                pd.to_datetime(pd.Series(days, dtype=object)).to_numpy(),
                index=raw.index,
                dtype="datetime64[ns]",
            )
        else:
            out[column] = values.astype(DTYPES[column_kind])
    return pd.DataFrame(out, index=raw.index)
