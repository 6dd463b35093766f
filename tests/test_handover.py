"""A worker's Document reaches the parent whole (actionplan/handover.py)."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from actionplan.handover import read_handover, write_handover
from actionplan.normalise.models import Document
from actionplan.pipeline import Options, convert_file
from tests.conftest import SAMPLES


def test_a_converted_plan_reads_back_with_its_plans_and_raw_tables(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    doc = convert_file(SAMPLES / "dhr_2019_04_northshire.pdf", Options(as_of=date(2024, 1, 1)))
    assert len(doc.plans) >= 1 and len(doc.tables) >= 1
    path = write_handover(doc)
    assert path.parent == tmp_path
    back = read_handover(path)
    assert back == doc and back.tables == doc.tables


def test_text_json_cannot_carry_is_refused(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr("tempfile.tempdir", str(tmp_path))
    doc = Document(source_file="caf\udce9.pdf", sha256="")
    with pytest.raises(ValueError):
        write_handover(doc)
