"""Scoring output rows against a sample's ground truth: per record and per field."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass, field
from typing import Any

from actionplan.output.rows import ACTION_COLUMNS, RECOMMENDATION_COLUMNS

# Contract columns compared; extra/warnings are ours and have no ground truth.
REC_FIELDS = RECOMMENDATION_COLUMNS[: RECOMMENDATION_COLUMNS.index("page_end") + 1]
ACTION_FIELDS = ACTION_COLUMNS


def norm(value: Any) -> str:
    """Compare text with whitespace collapsed; numbers as text."""
    return " ".join(str(value).split())


def rec_key(row: dict[str, Any]) -> tuple[str, ...]:
    """Where a recommendation sits: plan, section, number."""
    return (norm(row["plan_title"]), norm(row["section"]), norm(row["rec_id"]))


def action_key(row: dict[str, Any]) -> tuple[str, ...]:
    """Where an action sits: its recommendation and its own number."""
    return (*rec_key(row), norm(row["action_id"]))


@dataclass
class Score:
    """How one sample's rows (or many samples' rows) compare with the truth."""

    expected: int = 0
    found: int = 0
    exact: int = 0
    field_right: dict[str, int] = field(default_factory=lambda: defaultdict(int))
    mismatches: list[str] = field(default_factory=list)

    def add(self, other: Score) -> None:
        """Fold another score into this one."""
        self.expected += other.expected
        self.found += other.found
        self.exact += other.exact
        for name, n in other.field_right.items():
            self.field_right[name] += n
        self.mismatches.extend(other.mismatches)

    @property
    def exact_share(self) -> float:
        """Share of expected records with every field right."""
        return self.exact / self.expected if self.expected else 1.0

    def field_share(self, name: str) -> float:
        """Share of expected records with this field right."""
        return self.field_right[name] / self.expected if self.expected else 1.0


def score_rows(
    actual: list[dict[str, Any]],
    expected: list[dict[str, Any]],
    fields: tuple[str, ...],
    key: Callable[[dict[str, Any]], tuple[str, ...]],
) -> Score:
    """Match rows by (plan, section, id, occurrence) and compare every field."""
    pool: dict[tuple, list[dict[str, Any]]] = defaultdict(list)
    for row in actual:
        pool[key(row)].append(row)
    score = Score(expected=len(expected), found=len(actual))
    for want in expected:
        candidates = pool.get(key(want))
        if not candidates:
            score.mismatches.append(f"missing {key(want)}")
            continue
        got = candidates.pop(0)
        wrong = [f for f in fields if norm(got.get(f, "")) != norm(want.get(f, ""))]
        for f in fields:
            if f not in wrong:
                score.field_right[f] += 1
        if wrong:
            for f in wrong:
                score.mismatches.append(
                    f"{key(want)} {f}: got {norm(got.get(f, ''))[:120]!r} "
                    f"want {norm(want.get(f, ''))[:120]!r}"
                )
        else:
            score.exact += 1
    for k, rows in pool.items():
        for _ in rows:
            score.mismatches.append(f"unexpected {k}")
    return score


def score_recommendations(actual: list[dict[str, Any]], expected: list[dict[str, Any]]) -> Score:
    """Recommendation rows against the truth."""
    return score_rows(actual, expected, REC_FIELDS, rec_key)


def score_actions(actual: list[dict[str, Any]], expected: list[dict[str, Any]]) -> Score:
    """Action rows against the truth."""
    return score_rows(actual, expected, ACTION_FIELDS, action_key)
