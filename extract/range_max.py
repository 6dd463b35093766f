"""The largest of a fixed list's values over any slice, in logarithmic time (a bottom-up segment
tree): for questions asked of many slices, where max() over each slice costs its length."""

from __future__ import annotations

from math import inf


class RangeMax:
    """Maxima of slices of a list of numbers that does not change."""

    def __init__(self, values: list[float]) -> None:
        self.size = len(values)
        # Leaves at size..2*size-1, each inner node the larger of its two children.
        tree = [-inf] * self.size + list(values)
        for i in range(self.size - 1, 0, -1):
            left, right = tree[2 * i], tree[2 * i + 1]
            tree[i] = right if right > left else left
        self.tree = tree

    def max(self, lo: int, hi: int) -> float:
        """The largest of values[lo:hi] (0 <= lo, hi <= len); -inf for an empty slice."""
        tree, best = self.tree, -inf
        lo, hi = lo + self.size, hi + self.size
        while lo < hi:
            if lo & 1:
                if tree[lo] > best:
                    best = tree[lo]
                lo += 1
            if hi & 1:
                hi -= 1
                if tree[hi] > best:
                    best = tree[hi]
            lo >>= 1
            hi >>= 1
        return best
