"""How alike two recommendation texts are: TF-IDF vectors compared by cosine (scikit-learn).

TF-IDF weighs a word by how rare it is across the texts compared, so the words every plan uses
("ensure", "agencies", "staff") count for little and the ones that say what must change count
for much. Words are lower-cased, English stop words dropped, and word pairs kept beside single
words (so "risk assessment" is a feature of its own); term counts are damped (sublinear tf) so a
long text does not win by repeating itself. A score is 0 (no word in common) to 1 (the same
words in the same proportions).
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import numpy as np
from scipy.sparse import coo_matrix, csr_matrix
from sklearn.feature_extraction.text import TfidfVectorizer

from actionplan.normalise.models import Recommendation

QUOTES = str.maketrans(
    {"\u2018": "'", "\u2019": "'", "\u201c": '"', "\u201d": '"', "\u2013": "-", "\u2014": "-"}
)


def text_of(rec: Recommendation) -> str:
    """The words a record is compared by: its recommendation, or its action when a plan prints
    actions only (an improvement plan, a heatwave plan)."""
    return rec.recommendation or rec.action


def squash(text: str) -> str:
    """Text with every run of whitespace made one space, ends trimmed."""
    return " ".join(text.split())


def loose_key(text: str) -> str:
    """A title or case reference as compared: lower case, punctuation and spacing gone."""
    return re.sub(r"[\W_]+", "", text.lower())


def same_text(a: str, b: str) -> bool:
    """Whether two texts read the same: spacing, Unicode forms, curly quotes and dashes aside."""
    return plain(a) == plain(b)


def plain(text: str) -> str:
    """Text in one form for comparing: NFKC, straight quotes, hyphens for dashes, spacing."""
    return squash(unicodedata.normalize("NFKC", text).translate(QUOTES))


def vectorise(texts: Sequence[str]) -> csr_matrix:
    """One L2-normalised TF-IDF row per text (a text with no word left is an all-zero row)."""
    vectoriser = TfidfVectorizer(
        stop_words="english", sublinear_tf=True, ngram_range=(1, 2), dtype=np.float32
    )
    try:
        return vectoriser.fit_transform([squash(t) for t in texts]).tocsr()
    except ValueError:  # no text has a word that is not a stop word
        return csr_matrix(np.zeros((len(texts), 1), dtype=np.float32))


BLOCK_ROWS = 1000
"""Rows compared at a time by :func:`close_pairs`: the whole product of thousands of
recommendations with each other would be dense and take gigabytes."""


def close_pairs(rows: csr_matrix, threshold: float) -> coo_matrix:
    """The similarities of at least threshold between every two rows (both orders, and each
    row with itself), computed a block of rows at a time so that memory follows the pairs
    kept, not the square of the rows."""
    kept = []
    for start in range(0, rows.shape[0], BLOCK_ROWS):
        block = (rows[start : start + BLOCK_ROWS] @ rows.T).tocoo()
        close = block.data >= threshold
        kept.append(
            coo_matrix(
                (block.data[close], (block.row[close] + start, block.col[close])),
                shape=(rows.shape[0], rows.shape[0]),
            )
        )
    return sum(kept[1:], kept[0]).tocoo() if kept else coo_matrix((0, 0))


def cosine(rows_a: csr_matrix, rows_b: csr_matrix) -> np.ndarray:
    """The dense matrix of cosine similarities between rows of a and rows of b (both from
    :func:`vectorise`, so already unit length)."""
    return np.asarray((rows_a @ rows_b.T).todense(), dtype=np.float32)


def similarity(old: Sequence[str], new: Sequence[str]) -> np.ndarray:
    """Similarity of every old text to every new one, IDF weighed over both lists."""
    rows = vectorise([*old, *new])
    return cosine(rows[: len(old)], rows[len(old) :])
