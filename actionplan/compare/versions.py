"""Which plans, across many documents, are versions of one plan (republished with progress
added, or the same file twice), and which version is the current one.

Two plans of different documents are versions of one plan when nothing they print contradicts
it (case references, where both print one, are equal; titles, where both print one, share most
of their words, unless the case references are equal) and at least ``SAME_PLAN_SHARE`` of the
smaller plan's recommendations have a near-identical text (similarity at least
``SAME_REC_SIMILARITY``) in the other. Versions are ordered oldest first by their latest dated
progress update, then a scanned copy before a born-digital one (so the born-digital copy is the
current one of two identical files), then the order the documents were given in.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field

import numpy as np

from actionplan.compare.similarity import close_pairs, loose_key, text_of, vectorise
from actionplan.compare.thresholds import SAME_PLAN_SHARE, SAME_REC_SIMILARITY, TITLE_WORDS_SHARED
from actionplan.normalise.dates import latest
from actionplan.normalise.models import Document, Plan


@dataclass(frozen=True)
class PlanVersion:
    """One plan as one document prints it."""

    doc_index: int
    """Position of the document among those given."""
    doc: Document
    plan: Plan

    @property
    def last_update(self) -> str:
        """The latest dated progress update of any of its recommendations (ISO, or '')."""
        return latest([r.last_update for r in self.plan.recommendations if r.last_update])


@dataclass
class PlanHistory:
    """Every version of one plan, oldest first."""

    versions: list[PlanVersion] = field(default_factory=list)

    @property
    def current(self) -> PlanVersion:
        """The latest version: the one a report counts."""
        return self.versions[-1]


def words(text: str) -> set[str]:
    """The lower-case words of a title."""
    return set(re.findall(r"\w+", text.lower()))


def compatible(a: Plan, b: Plan) -> bool:
    """Whether two plans' case references and titles allow them to be one plan."""
    ref_a, ref_b = loose_key(a.case_ref), loose_key(b.case_ref)
    if ref_a and ref_b:
        return ref_a == ref_b
    wa, wb = words(a.plan_title), words(b.plan_title)
    if not wa or not wb:
        return True
    return len(wa & wb) / len(wa | wb) >= TITLE_WORDS_SHARED


def version_order(version: PlanVersion) -> tuple[str, bool, int]:
    """Sort key, oldest first (see the module's docstring)."""
    return (version.last_update, not version.doc.ocr_pages, version.doc_index)


def plan_histories(docs: list[Document]) -> list[PlanHistory]:
    """Every plan of the documents with a recommendation, grouped into histories, in the order
    their first version was given."""
    versions = [
        PlanVersion(i, doc, plan)
        for i, doc in enumerate(docs)
        if doc.status != "error"
        for plan in doc.plans
        if plan.recommendations
    ]
    owner = np.array([k for k, v in enumerate(versions) for _ in v.plan.recommendations])
    texts = [text_of(r) for v in versions for r in v.plan.recommendations]
    parent = list(range(len(versions)))
    docs_of: list[set[int]] = [{v.doc_index} for v in versions]

    def root(k: int) -> int:
        while parent[k] != k:
            parent[k] = parent[parent[k]]
            k = parent[k]
        return k

    if texts:
        sims = close_pairs(vectorise(texts), SAME_REC_SIMILARITY)
        a_recs, b_recs = sims.row, sims.col
        pairs: dict[tuple[int, int], tuple[set[int], set[int]]] = {}
        for i, j in zip(a_recs.tolist(), b_recs.tolist(), strict=True):
            a, b = int(owner[i]), int(owner[j])
            if a < b and versions[a].doc_index != versions[b].doc_index:
                seen = pairs.setdefault((a, b), (set(), set()))
                seen[0].add(i)
                seen[1].add(j)
        for (a, b), (recs_a, recs_b) in sorted(pairs.items()):
            smaller = min(
                len(versions[a].plan.recommendations), len(versions[b].plan.recommendations)
            )
            if min(len(recs_a), len(recs_b)) / smaller < SAME_PLAN_SHARE:
                continue
            if not compatible(versions[a].plan, versions[b].plan):
                continue
            ra, rb = root(a), root(b)
            if ra != rb and not docs_of[ra] & docs_of[rb]:  # one document, one version
                parent[rb] = ra
                docs_of[ra] |= docs_of[rb]
    groups: dict[int, list[PlanVersion]] = {}
    for k, version in enumerate(versions):
        groups.setdefault(root(k), []).append(version)
    return [PlanHistory(sorted(group, key=version_order)) for group in groups.values()]
