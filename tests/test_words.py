"""actionplan.extract.words finds the words pdfplumber's WordExtractor finds, with the settings
the extract stage uses: on every sample page, on random subsets of it, and on rotated, blank and
ligature characters."""

from __future__ import annotations

import random
from typing import Any

import pdfplumber
import pytest
from pdfplumber.utils.text import WordExtractor

from actionplan.extract.parsing.parse_pdfium import pdfplumber_pages
from actionplan.extract.words import extract_words
from tests.conftest import SAMPLES

PDFS = sorted(SAMPLES.glob("*.pdf"))
SETTINGS = [(3, ("size",)), (3, ("fontname", "size")), (1.5, ())]


def pdfplumbers(chars: list[dict[str, Any]], x_tol: float, attrs: tuple[str, ...]) -> list[Any]:
    """WordExtractor's (word, characters) as the extract stage used to configure it."""
    extractor = WordExtractor(
        x_tolerance=x_tol, y_tolerance=3, extra_attrs=list(attrs), use_text_flow=False
    )
    return list(extractor.iter_extract_tuples(chars))


def assert_same_words(chars: list[dict[str, Any]]) -> None:
    for x_tol, attrs in SETTINGS:
        expected = pdfplumbers(chars, x_tol, attrs)
        found = extract_words(chars, x_tol, 3, attrs)
        assert len(found) == len(expected)
        for (word, word_chars), (ref, ref_chars) in zip(found, expected, strict=True):
            assert word_chars == ref_chars
            assert {k: ref[k] for k in word} == word


def page_chars(pdf: Any) -> list[list[dict[str, Any]]]:
    """Each page's characters, as PDFium's parser (the default) reads them."""
    with pdfplumber.open(pdf) as doc:
        return [page.chars for page in pdfplumber_pages(doc)]


@pytest.mark.parametrize("pdf", PDFS, ids=[p.stem for p in PDFS])
def test_words_on_sample_pages(pdf: Any) -> None:
    rng = random.Random(pdf.name)
    for chars in page_chars(pdf):
        assert_same_words(chars)
        assert_same_words(rng.sample(chars, min(len(chars), 60)))


def test_rotated_blank_and_ligature_characters() -> None:
    rng = random.Random(10)
    (chars, *_) = page_chars(SAMPLES / "seed_bdhr_2013_14_02.pdf")
    mixed = []
    for char in chars:
        copy = dict(char)
        if rng.random() < 0.5:  # read top to bottom, as on a page turned on its side
            copy.update(upright=False, x0=char["top"], x1=char["bottom"])
            copy.update(top=char["x0"], bottom=char["x1"])
        roll = rng.random()
        if roll < 0.03:
            copy["text"] = ""
        elif roll < 0.06:
            copy["text"] = "ﬁ"
        elif roll < 0.09:
            copy["text"] = " "
        mixed.append(copy)
    assert_same_words(mixed)
