"""Real published PDFs (../shared/real) convert without error: no crash, no error status."""

from __future__ import annotations

import json
from pathlib import Path

import pytest

from actionplan.output.rows import action_rows, recommendation_rows
from actionplan.pipeline import Options, convert_file
from bench.scoring.records import score_actions, score_recommendations
from tests.conftest import REAL, read_csv, run_cli

PDFS = sorted(REAL.glob("*.pdf")) if REAL.is_dir() else []


@pytest.mark.skipif(not PDFS, reason="../shared/real is not beside this checkout")
@pytest.mark.parametrize("pdf", PDFS, ids=[p.stem for p in PDFS])
def test_real_pdf_converts(pdf: Path) -> None:
    doc = convert_file(pdf, Options())
    assert doc.status in ("ok", "no_tables"), doc.message
    assert doc.pages > 0 and len(doc.sha256) == 64


@pytest.mark.skipif(not PDFS, reason="../shared/real is not beside this checkout")
def test_federal_data_strategy_milestones_are_a_plan() -> None:
    doc = convert_file(REAL / "us_fds_2021_action_plan_final.pdf", Options())
    assert doc.status == "ok"
    targets = [r.target_date for p in doc.plans for r in p.recommendations]
    assert "2021-12-31" in targets


EXPECTED = sorted((Path(__file__).parent / "real_expected").glob("*.expected.json"))


@pytest.mark.skipif(not PDFS, reason="../shared/real is not beside this checkout")
@pytest.mark.parametrize("truth_file", EXPECTED, ids=[t.stem for t in EXPECTED])
def test_real_plan_matches_checked_output(truth_file: Path) -> None:
    """Output checked by eye against the page images (FDS pp. 10-21, Chelsea pp. 26-30)."""
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    doc = convert_file(REAL / truth["source_file"], Options())
    recs = score_recommendations(recommendation_rows(doc), truth["recommendations"])
    assert recs.mismatches == []
    actions = score_actions(action_rows(doc), truth["actions"])
    assert actions.mismatches == []


@pytest.mark.skipif(not PDFS, reason="../shared/real is not beside this checkout")
def test_tables_that_are_not_plans_are_written_under_their_own_headers(tmp_path: Path) -> None:
    pdf = REAL / "us_ca_warn_report_2015_2016.pdf"
    proc = run_cli("convert", str(pdf), "--out", str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    (doc,) = read_csv(tmp_path / "documents.csv")
    assert doc["status"] == "no_tables"
    assert doc["message"].startswith("no action-plan table found")
    rows = read_csv(tmp_path / "tables" / "us_ca_warn_report_2015_2016-1.csv")
    assert "Company" in rows[0] and "Layoff/Closure" in rows[0]
    # One table over 15 pages: its header repeated on every page is dropped, not a row.
    assert len(rows) > 600
    assert not any(r["Company"] == "Company" for r in rows)


@pytest.mark.skipif(not PDFS, reason="../shared/real is not beside this checkout")
def test_a_tracker_outside_review_wording_is_a_plan(tmp_path: Path) -> None:
    """Contract Description | ... | Estimated completion date | Remarks: a tracker of work with
    a timescale and a status is read as a plan, every row a record, over its 5 pages."""
    pdf = REAL / "gh_transport_contract_awards_2016.pdf"
    proc = run_cli("convert", str(pdf), "--out", str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    (doc,) = read_csv(tmp_path / "documents.csv")
    assert doc["status"] == "ok"
    recs = read_csv(tmp_path / "recommendations.csv")
    assert [r["rec_id"] for r in recs] == [str(n) for n in range(1, 45)]
    assert recs[5]["recommendation"] == "Procurement of Speed Radar Guns (20 No.)"
    assert recs[5]["target_date"] == "2011-12-14"
    assert recs[5]["status"] == "complete"
    assert (tmp_path / "tables" / "gh_transport_contract_awards_2016-1.csv").exists()
