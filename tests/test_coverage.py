"""Text coverage proves no printed table text was lost or given to the wrong record."""

from __future__ import annotations

from datetime import date

import pytest

from actionplan.extract.document import extract_pdf
from actionplan.normalise.coverage import Coverage, table_coverage, with_unread_pages
from actionplan.normalise.document import normalise_document
from actionplan.normalise.records import normalise_table
from tests.conftest import SAMPLES, read_csv

SEED = SAMPLES / "seed_bdhr_2013_14_02.pdf"


def test_every_sample_has_full_coverage(samples_run) -> None:
    out, _ = samples_run
    rows = read_csv(out / "documents.csv")
    assert rows and {r["text_coverage"] for r in rows} == {"1.0000"}


@pytest.fixture(scope="module")
def seed_table():
    extracted = extract_pdf(SEED)
    return extracted, extracted.tables[0]


def test_deleting_a_cells_text_from_the_output_fails_the_check(seed_table) -> None:
    _, table = seed_table
    plan = normalise_table(table, dayfirst=True, as_of=date(2020, 1, 1))
    assert plan is not None and table_coverage(table, plan).share == 1.0
    victim = plan.recommendations[2]
    page = next(p.page for p in victim.provenance if p.field == "progress")
    victim.progress = ""
    lost = table_coverage(table, plan)
    assert lost.share < 1.0
    assert page in lost.pages


def test_text_given_to_the_wrong_record_counts_as_lost(seed_table) -> None:
    _, table = seed_table
    plan = normalise_table(table, dayfirst=True, as_of=date(2020, 1, 1))
    assert plan is not None
    first, second = plan.recommendations[0], plan.recommendations[1]
    first.agency, second.agency = second.agency, first.agency
    assert table_coverage(table, plan).share < 1.0


def test_document_reports_the_pages_with_lost_text(seed_table) -> None:
    extracted, _ = seed_table
    doc = normalise_document(extracted)
    assert doc.text_coverage == 1.0 and doc.uncovered_pages == []


def test_the_files_stderr_line_warns_and_names_the_page() -> None:
    from actionplan.normalise.models import Document
    from actionplan.progress import describe

    doc = Document(source_file="a.pdf", pages=4, text_coverage=0.9871, uncovered_pages=[3])
    line = describe(doc)
    assert line.startswith("a.pdf: 4 pages")
    assert "text coverage 98.7%" in line and "page(s) 3" in line
    assert "warning" not in describe(Document(source_file="b.pdf", text_coverage=1.0))


def test_missing_pages_lower_coverage_by_the_average_page_and_a_wild_count_is_bounded() -> None:
    read = Coverage(found=900, total=900, pages=())
    assert with_unread_pages(read, [], 3) == read
    one = with_unread_pages(read, [], 3, missing=1)
    assert (one.found, one.total, one.pages) == (900, 1200, ())
    damaged_and_missing = with_unread_pages(read, [2], 3, missing=1)
    assert (damaged_and_missing.total, damaged_and_missing.pages) == (1500, (2,))
    wild = with_unread_pages(read, [], 3, missing=999_999)  # a /Count a byte flip made
    assert wild.total == 1800
