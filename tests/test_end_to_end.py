"""The CLI on samples/: every recommendation found once, every field as the ground truth says."""

from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from actionplan.extract.document import extract_pdf
from actionplan.output.rows import ACTION_COLUMNS, DOCUMENT_COLUMNS, RECOMMENDATION_COLUMNS
from bench.scoring.records import score_actions, score_recommendations
from tests.conftest import SAMPLES, read_csv

TRUTHS = sorted(SAMPLES.glob("*.expected.json"))


def test_samples_exist() -> None:
    assert len(TRUTHS) >= 5


def test_cli_exit_code_and_one_line_per_file(samples_run) -> None:
    _, proc = samples_run
    assert proc.returncode == 0, proc.stderr
    *lines, summary = [ln for ln in proc.stderr.splitlines() if ln.strip()]
    assert len(lines) == len(list(SAMPLES.glob("*.pdf")))
    assert all(ln.endswith(" recommendations") for ln in lines)
    assert summary.startswith(f"actionplan: {len(lines)} ok, 0 without plan tables, 0 failed;")


def test_contract_columns_in_order(samples_run) -> None:
    out, _ = samples_run
    for name, columns in (
        ("recommendations.csv", RECOMMENDATION_COLUMNS),
        ("actions.csv", ACTION_COLUMNS),
        ("documents.csv", DOCUMENT_COLUMNS),
    ):
        header = (out / name).read_text(encoding="utf-8").splitlines()[0].split(",")
        assert tuple(header[: len(columns)]) == columns


@pytest.mark.parametrize("truth_file", TRUTHS, ids=[t.stem for t in TRUTHS])
def test_sample_matches_truth(samples_run, truth_file: Path) -> None:
    out, _ = samples_run
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    name = truth["source_file"]
    recs = [r for r in read_csv(out / "recommendations.csv") if r["source_file"] == name]
    actions = [r for r in read_csv(out / "actions.csv") if r["source_file"] == name]
    rec_score = score_recommendations(recs, truth["recommendations"])
    assert rec_score.found == rec_score.expected, rec_score.mismatches[:10]
    assert rec_score.mismatches == []
    action_score = score_actions(actions, truth["actions"])
    assert action_score.mismatches == []


def test_documents_csv_says_ok(samples_run) -> None:
    out, _ = samples_run
    rows = read_csv(out / "documents.csv")
    assert {r["status"] for r in rows} == {"ok"}
    assert all(len(r["sha256"]) == 64 and int(r["pages"]) > 0 for r in rows)


def test_plans_json_nests_documents_plans_recommendations_actions(samples_run) -> None:
    out, _ = samples_run
    data = json.loads((out / "plans.json").read_text(encoding="utf-8"))
    doc = data["documents"][0]
    assert doc["source_file"].endswith(".pdf") and len(doc["sha256"]) == 64
    rec = doc["plans"][0]["recommendations"][0]
    assert rec["actions"] and "action_id" in rec["actions"][0]


def test_page_furniture_never_leaks_into_fields(samples_run) -> None:
    out, _ = samples_run
    furniture = re.compile(r"Page \d+ of \d+|\bOFFICIAL\b")
    for name in ("recommendations.csv", "actions.csv"):
        for row in read_csv(out / name):
            for column, value in row.items():
                assert not furniture.search(value), (name, column, value[:80])


@pytest.mark.parametrize("truth_file", TRUTHS, ids=[t.stem for t in TRUTHS])
def test_intro_text_never_leaks_into_fields(samples_run, truth_file: Path) -> None:
    out, _ = samples_run
    name = json.loads(truth_file.read_text(encoding="utf-8"))["source_file"]
    intro = [
        line
        for table in extract_pdf(SAMPLES / name).tables
        for line in table.preamble.splitlines()
        if len(line) > 30
    ]
    fields = " ".join(
        " ".join(row.values())
        for row in read_csv(out / "recommendations.csv")
        if row["source_file"] == name
    )
    assert not [line for line in intro if line in fields]
