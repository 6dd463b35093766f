"""Pages searched for unruled tables are read again once furniture is known when their
characters were not kept (extract/document.py, KEPT_CHARS): the tables and lines found are the
same either way."""

from __future__ import annotations

from pathlib import Path

import pytest

from actionplan.extract import document
from actionplan.extract.document import extract_pdf
from actionplan.extract.settings import ExtractSettings
from tests.conftest import ROOT, SAMPLES

UNRULED = [
    SAMPLES / "unruled_dhr_2021_07_ashvale.pdf",
    SAMPLES / "unruled_sar_2020_01_millbrook.pdf",
    ROOT / "tests" / "real_corpus" / "un_ocha_nepal_flood_anticipatory_action_framework_2021.pdf",
]


@pytest.mark.parametrize("path", UNRULED, ids=lambda p: p.stem)
@pytest.mark.parametrize("parser", ["auto", "pdfium", "pdfminer"])
def test_read_again_or_kept_the_same_tables(
    path: Path, parser: str, monkeypatch: pytest.MonkeyPatch
) -> None:
    settings = ExtractSettings(parser=parser)
    kept = extract_pdf(path, settings)
    assert kept.tables, "the sample has unruled tables to find"
    monkeypatch.setattr(document, "KEPT_CHARS", 0)
    reread = extract_pdf(path, settings)
    assert reread.model_dump() == kept.model_dump()
