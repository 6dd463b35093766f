"""Recurring recommendations: groups of recommendations from different reviews that say
essentially the same thing.

Two recommendations are alike when their texts' similarity (TF-IDF cosine, see
:mod:`actionplan.compare.similarity`, the IDF weighed over every recommendation compared) is at
least ``RECURRING_THRESHOLD``. Alike pairs are joined into groups, and a group that a chain of
pairs would stretch (A like B like C, A unlike C) is cut by average linkage: within a group the
mean similarity of two members is at least the threshold. A group is recurring when its members
come from at least two reviews; largest groups first.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import numpy as np
from scipy.cluster.hierarchy import fcluster, linkage
from scipy.sparse import csr_matrix
from scipy.sparse.csgraph import connected_components

from actionplan.compare.similarity import close_pairs, cosine, vectorise
from actionplan.compare.thresholds import RECURRING_THRESHOLD


@dataclass(frozen=True)
class Group:
    """One recurring recommendation: its members' indices, and how alike they are."""

    members: tuple[int, ...]
    """Indices into the texts given, in the order given."""
    reviews: int
    mean_similarity: float


def recurring_groups(
    texts: Sequence[str], reviews: Sequence[str], threshold: float = RECURRING_THRESHOLD
) -> list[Group]:
    """The recurring groups among texts (reviews[i] names the review texts[i] comes from)."""
    if len(texts) < 2:
        return []
    rows = vectorise(texts)
    graph = close_pairs(rows, threshold).tocsr()
    count, labels = connected_components(graph, directed=False)
    groups: list[Group] = []
    for label in range(count):
        members = [int(i) for i in np.flatnonzero(labels == label)]
        if len({reviews[i] for i in members}) < 2:
            continue
        for cluster in split_chain(members, rows, threshold):
            kinds = {reviews[i] for i in cluster}
            if len(kinds) < 2:
                continue
            block = cosine(rows[cluster], rows[cluster])
            mean = (block.sum() - len(cluster)) / (len(cluster) * (len(cluster) - 1))
            groups.append(Group(tuple(cluster), len(kinds), round(float(mean), 3)))
    return sorted(groups, key=lambda g: (-len(g.members), -g.reviews, g.members))


def split_chain(members: list[int], rows: csr_matrix, threshold: float) -> list[list[int]]:
    """The members cut into groups whose average similarity is at least the threshold."""
    if len(members) <= 2:
        return [sorted(members)]
    block = cosine(rows[members], rows[members]).astype(np.float64)
    distance = np.clip(1.0 - block, 0.0, None)
    np.fill_diagonal(distance, 0.0)
    condensed = distance[np.triu_indices(len(members), k=1)]
    labels = fcluster(linkage(condensed, method="average"), 1.0 - threshold, criterion="distance")
    out: dict[int, list[int]] = {}
    for member, label in zip(members, labels.tolist(), strict=True):
        out.setdefault(label, []).append(member)
    return [sorted(v) for v in out.values()]
