"""Scoring a scanned plan's rows against the truth of the plan it was scanned from.

OCR misreads a letter here and there, so records cannot be matched on exact text as the born-
digital samples are: each expected record is paired with the unmatched output record most like
it, and then the short fields (rec_id, target dates, RAG) must be exactly right while long text
is scored by similarity.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from difflib import SequenceMatcher
from typing import Any

from bench.scoring.records import norm

EXACT_FIELDS = ("rec_id", "target_date", "rag")
"""Short fields a reader must get exactly right: a wrong date or rating is a wrong record."""
MIN_MATCH = 0.6
"""Below this text similarity an output record is not the expected one: the record is missing."""


def similarity(a: Any, b: Any) -> float:
    """0..1 likeness of two texts, whitespace collapsed (1.0 when both are empty)."""
    x, y = norm(a), norm(b)
    if not x and not y:
        return 1.0
    return SequenceMatcher(None, x, y, autojunk=False).ratio()


@dataclass
class ScanScore:
    """How a scan's records compare with the truth."""

    expected: int = 0
    found: int = 0
    right: int = 0
    """Records found with every exact field right."""
    field_right: dict[str, int] = field(default_factory=lambda: dict.fromkeys(EXACT_FIELDS, 0))
    similarities: list[float] = field(default_factory=list)
    mismatches: list[str] = field(default_factory=list)

    def add(self, other: ScanScore) -> None:
        """Fold another score into this one."""
        self.expected += other.expected
        self.found += other.found
        self.right += other.right
        for name, n in other.field_right.items():
            self.field_right[name] += n
        self.similarities.extend(other.similarities)
        self.mismatches.extend(other.mismatches)

    @property
    def right_share(self) -> float:
        """Share of expected records found with every exact field right."""
        return self.right / self.expected if self.expected else 1.0

    @property
    def mean_similarity(self) -> float:
        """Mean text similarity over expected records (a missing record counts 0)."""
        return sum(self.similarities) / self.expected if self.expected else 1.0


def pair(
    actual: list[dict[str, Any]], expected: list[dict[str, Any]], text: str
) -> list[tuple[dict[str, Any], dict[str, Any] | None, float]]:
    """(expected, best unmatched actual or None, similarity of their text field), in order."""
    left = list(actual)
    out: list[tuple[dict[str, Any], dict[str, Any] | None, float]] = []
    for want in expected:
        scored = [(similarity(got[text], want[text]), i) for i, got in enumerate(left)]
        best = max(scored, default=(0.0, -1))
        if best[0] < MIN_MATCH:
            out.append((want, None, 0.0))
            continue
        out.append((want, left.pop(best[1]), best[0]))
    return out


def score_scan(
    actual: list[dict[str, Any]], expected: list[dict[str, Any]], text: str
) -> ScanScore:
    """Records paired by their long text field; exact fields compared where present."""
    score = ScanScore(expected=len(expected))
    for want, got, sim in pair(actual, expected, text):
        if got is None:
            score.mismatches.append(f"missing {want.get('rec_id')!r}: {norm(want[text])[:60]!r}")
            score.similarities.append(0.0)
            continue
        score.found += 1
        score.similarities.append(sim)
        fields = [f for f in EXACT_FIELDS if f in want]
        wrong = [f for f in fields if norm(got.get(f, "")) != norm(want.get(f, ""))]
        for f in fields:
            score.field_right[f] += f not in wrong
        score.right += not wrong
        for f in wrong:
            score.mismatches.append(
                f"{want.get('rec_id')!r} {f}: got {norm(got.get(f, ''))!r} want {norm(want[f])!r}"
            )
        if sim < 0.95:
            score.mismatches.append(
                f"{want.get('rec_id')!r} {text} similarity {sim:.3f}: "
                f"got {norm(got[text])[:80]!r} want {norm(want[text])[:80]!r}"
            )
    return score
