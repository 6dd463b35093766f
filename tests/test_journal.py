"""Journal lines (actionplan/journal.py): what is written is read back whole."""

from __future__ import annotations

import json
from datetime import date

from actionplan.journal import VERSION, entry, parse
from actionplan.normalise.models import Document
from actionplan.pipeline import Options, convert_file
from tests.conftest import SAMPLES


def test_a_journal_line_reads_back_the_document_and_its_raw_tables() -> None:
    doc = convert_file(SAMPLES / "dhr_2019_04_northshire.pdf", Options(as_of=date(2024, 1, 1)))
    assert doc.plans and doc.tables
    line = entry(doc)
    assert line.endswith(b"\n") and line.count(b"\n") == 1
    data = json.loads(line)
    assert data["journal"] == VERSION
    assert data["document"]["tables"] == [t.model_dump(mode="json") for t in doc.tables]
    back = parse(line)
    assert back == doc
    assert back is not None and back.tables == doc.tables


def test_a_failed_file_and_a_line_cut_short() -> None:
    failed = Document(source_file="x.pdf", sha256="", status="error", message="not a PDF")
    line = entry(failed)
    assert parse(line) == failed
    assert parse(line[: len(line) // 2]) is None
