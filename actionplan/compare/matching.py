"""Which plans and recommendations of two versions of a document are the same.

Plans are paired by their case reference and title (both equal, then the title alone, then the
case reference alone), then by how many of their recommendations' texts match; recommendations
of paired plans by their number (section and rec_id, then rec_id alone), then by text
similarity. A number is trusted only when the two texts still share something (a similarity of
at least ``ID_MIN_SIMILARITY``): a plan renumbered after a removal must not pair different
recommendations. Every pair says how it was made.
"""

from __future__ import annotations

from dataclasses import dataclass, field

import numpy as np

from actionplan.compare.similarity import loose_key, similarity, text_of
from actionplan.compare.thresholds import ID_MIN_SIMILARITY, PLAN_OVERLAP, TEXT_THRESHOLD
from actionplan.normalise.models import Document, Plan, Recommendation


@dataclass(frozen=True)
class RecMatch:
    """One recommendation in both versions (or in one: added or removed)."""

    old: Recommendation | None
    new: Recommendation | None
    matched_by: str = ""
    """'rec_id', 'text' or '' (added or removed)."""
    similarity: float | None = None
    """Text similarity of the pair (None for added or removed)."""


@dataclass
class PlanMatch:
    """One plan in both versions (or in one), with its recommendations paired."""

    old: Plan | None
    new: Plan | None
    matched_by: str = ""
    """'case_ref+title', 'title', 'case_ref', 'text' or '' (a plan added or removed)."""
    recs: list[RecMatch] = field(default_factory=list)
    old_file: str = ""
    new_file: str = ""


def plan_keys(plan: Plan) -> dict[str, str]:
    """The keys a plan is paired by, strongest first ('' where the plan prints none)."""
    ref, title = loose_key(plan.case_ref), loose_key(plan.plan_title)
    return {
        "case_ref+title": f"{ref}|{title}" if ref and title else "",
        "title": title,
        "case_ref": ref,
    }


def match_documents(old: Document, new: Document) -> list[PlanMatch]:
    """Every plan of two versions of a document, paired (see :func:`match_plans`)."""
    return match_plans(
        [(old.source_file, p) for p in old.plans], [(new.source_file, p) for p in new.plans]
    )


def match_plans(old: list[tuple[str, Plan]], new: list[tuple[str, Plan]]) -> list[PlanMatch]:
    """Every plan of both versions ((file, plan) pairs), paired where they are the same plan: in
    the new version's order, then the old version's plans that have no pair."""
    pairs: dict[int, tuple[int, str]] = {}  # new plan index -> (old plan index, how)
    free_old = set(range(len(old)))
    old_keys = [plan_keys(plan) for _, plan in old]
    for how in ("case_ref+title", "title", "case_ref"):
        for j, (_, plan) in enumerate(new):
            wanted = plan_keys(plan)[how]
            if j in pairs or not wanted:
                continue
            found = [i for i in sorted(free_old) if old_keys[i][how] == wanted]
            if len(found) == 1:
                pairs[j] = (found[0], how)
                free_old.discard(found[0])
    for j, (_, plan) in enumerate(new):
        if j in pairs:
            continue
        scored = sorted((-overlap(old[i][1], plan), i) for i in free_old)
        if scored and -scored[0][0] >= PLAN_OVERLAP:
            pairs[j] = (scored[0][1], "text")
            free_old.discard(scored[0][1])
    out: list[PlanMatch] = []
    for j, (new_file, plan) in enumerate(new):
        if j in pairs:
            i, how = pairs[j]
            old_file, old_plan = old[i]
            recs = match_recs(old_plan, plan)
            out.append(PlanMatch(old_plan, plan, how, recs, old_file, new_file))
        else:
            recs = [RecMatch(None, r) for r in plan.recommendations]
            out.append(PlanMatch(None, plan, "", recs, "", new_file))
    for i in sorted(free_old):
        old_file, old_plan = old[i]
        recs = [RecMatch(r, None) for r in old_plan.recommendations]
        out.append(PlanMatch(old_plan, None, "", recs, old_file, ""))
    return out


def overlap(old: Plan, new: Plan) -> float:
    """Share of the smaller plan's recommendations that match one of the other's by text."""
    if not old.recommendations or not new.recommendations:
        return 0.0
    sims = similarity(
        [text_of(r) for r in old.recommendations],
        [text_of(r) for r in new.recommendations],
    )
    matched = min(
        int((sims.max(axis=1) >= TEXT_THRESHOLD).sum()),
        int((sims.max(axis=0) >= TEXT_THRESHOLD).sum()),
    )
    return matched / min(sims.shape)


def match_recs(old: Plan, new: Plan) -> list[RecMatch]:
    """The recommendations of two versions of one plan paired: in the new plan's order, then
    the removed ones in the old plan's order."""
    olds, news = old.recommendations, new.recommendations
    sims = similarity([text_of(r) for r in olds], [text_of(r) for r in news])
    pair: dict[int, tuple[int, str]] = {}  # new index -> (old index, how)
    taken: set[int] = set()
    for id_key in (lambda r: (r.section, r.rec_id), lambda r: r.rec_id):
        for j, rec in enumerate(news):
            if j in pair or not rec.rec_id:
                continue
            found = [i for i, o in enumerate(olds) if i not in taken and id_key(o) == id_key(rec)]
            if len(found) == 1 and sims[found[0], j] >= ID_MIN_SIMILARITY:
                pair[j] = (found[0], "rec_id")
                taken.add(found[0])
    for i, j in best_pairs(sims, taken, set(pair)):
        pair[j] = (i, "text")
        taken.add(i)
    out = []
    for j, rec in enumerate(news):
        if j in pair:
            i, how = pair[j]
            out.append(RecMatch(olds[i], rec, how, round(float(sims[i, j]), 3)))
        else:
            out.append(RecMatch(None, rec))
    out.extend(RecMatch(olds[i], None) for i in range(len(olds)) if i not in taken)
    return out


def best_pairs(sims: np.ndarray, taken_old: set[int], taken_new: set[int]) -> list[tuple[int, int]]:
    """Greedy pairs of the most similar texts left, at least TEXT_THRESHOLD alike."""
    order = np.argsort(-sims, axis=None, kind="stable")
    out = []
    used_old, used_new = set(taken_old), set(taken_new)
    for flat in order:
        i, j = divmod(int(flat), sims.shape[1])
        if sims[i, j] < TEXT_THRESHOLD:
            break
        if i in used_old or j in used_new:
            continue
        out.append((i, j))
        used_old.add(i)
        used_new.add(j)
    return out
