"""`actionplan diff`: the versioned samples give exactly their expected changes; matching rules
on small hand-made plans."""

from __future__ import annotations

import csv
import json
from pathlib import Path

import pytest

from actionplan.compare.changes import changes, slip
from actionplan.compare.matching import match_documents
from actionplan.normalise.models import Document, Plan, ProgressUpdate, Recommendation
from bench.scoring.records import score_actions, score_recommendations
from tests.conftest import SAMPLES, read_csv, run_cli

VERSIONS = SAMPLES / "versions"
EXPECTED = sorted(VERSIONS.glob("*.changes.expected.csv"))


def original_of(expected: Path) -> tuple[Path, Path]:
    """The old and new PDFs of an expected changes file."""
    stem = expected.name.removesuffix(".changes.expected.csv")
    return SAMPLES / f"{stem.removesuffix('_v2')}.pdf", VERSIONS / f"{stem}.pdf"


def test_two_versioned_samples() -> None:
    assert len(EXPECTED) == 2


@pytest.fixture(scope="module")
def versions_run(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The later versions converted, for their own ground truth."""
    out = tmp_path_factory.mktemp("versions")
    proc = run_cli("convert", str(VERSIONS), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    return out


@pytest.mark.parametrize("truth_file", sorted(VERSIONS.glob("*.expected.json")))
def test_later_version_converts_as_its_truth(versions_run: Path, truth_file: Path) -> None:
    truth = json.loads(truth_file.read_text(encoding="utf-8"))
    name = truth["source_file"]
    recs = [r for r in read_csv(versions_run / "recommendations.csv") if r["source_file"] == name]
    actions = [r for r in read_csv(versions_run / "actions.csv") if r["source_file"] == name]
    score = score_recommendations(recs, truth["recommendations"])
    assert score.found == score.expected and score.mismatches == []
    assert score_actions(actions, truth["actions"]).mismatches == []


@pytest.mark.parametrize("expected", EXPECTED, ids=[e.name.split(".")[0] for e in EXPECTED])
def test_diff_gives_exactly_the_expected_changes(tmp_path: Path, expected: Path) -> None:
    old, new = original_of(expected)
    proc = run_cli("diff", str(old), str(new), "--out", str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    with expected.open(encoding="utf-8", newline="") as fh:
        want = list(csv.DictReader(fh))
    got = read_csv(tmp_path / "changes.csv")
    assert [{k: row[k] for k in want[0]} for row in got] == want
    kinds = {row["change"] for row in got}
    assert {"added", "removed", "text", "status", "rag", "target_date", "update"} <= kinds
    assert proc.stderr.strip().endswith(f"-> {tmp_path / 'changes.csv'}")


def test_diff_reads_output_folders_like_pdfs(tmp_path: Path) -> None:
    expected = EXPECTED[0]
    old, new = original_of(expected)
    for name, pdf in (("old", old), ("new", new)):
        assert run_cli("convert", str(pdf), "--out", str(tmp_path / name)).returncode == 0
    proc = run_cli("diff", str(tmp_path / "old"), str(tmp_path / "new"), "--out", str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    with expected.open(encoding="utf-8", newline="") as fh:
        want = list(csv.DictReader(fh))
    got = read_csv(tmp_path / "changes.csv")
    assert [{k: row[k] for k in want[0]} for row in got] == want


def test_diff_of_a_file_that_is_not_a_pdf_says_so(tmp_path: Path) -> None:
    bad = tmp_path / "notes.pdf"
    bad.write_text("<html>not a plan</html>")
    proc = run_cli("diff", str(bad), str(EXPECTED[0].parent / "x.pdf"), "--out", str(tmp_path))
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    assert "notes.pdf: error:" in proc.stderr


def rec(rec_id: str, text: str, **fields: object) -> Recommendation:
    return Recommendation(rec_id=rec_id, recommendation=text, **fields)  # type: ignore[arg-type]


def doc(name: str, *recs: Recommendation, title: str = "Action plan", ref: str = "") -> Document:
    return Document(
        source_file=name,
        plans=[Plan(plan_title=title, case_ref=ref, recommendations=list(recs))],
    )


TEXTS = [
    "Police to record every child present at a domestic abuse incident.",
    "The hospital trust to refer patients who disclose abuse to the IDVA service.",
    "Housing providers to seek accreditation against the DAHA standards.",
]


def test_a_renumbered_plan_is_matched_by_text_not_by_number() -> None:
    old = doc("a.pdf", *(rec(str(i + 1), t) for i, t in enumerate(TEXTS)))
    # The first recommendation removed and the rest renumbered: ids 1 and 2 now name others.
    new = doc("b.pdf", rec("1", TEXTS[1]), rec("2", TEXTS[2]))
    found = changes(match_documents(old, new))
    assert [(c.change, c.rec_id, c.old_rec_id, c.matched_by) for c in found] == [
        ("removed", "", "1", ""),
    ]
    pairs = [m for p in match_documents(old, new) for m in p.recs if m.old and m.new]
    assert {(m.old.rec_id, m.new.rec_id, m.matched_by) for m in pairs} == {  # type: ignore[union-attr]
        ("2", "1", "text"),
        ("3", "2", "text"),
    }


def test_target_date_slip_counts_to_the_end_of_each_period() -> None:
    assert slip("2021-02-28", "2021-09-30") == 214
    assert slip("2023-09", "2024-03") == 183
    assert slip("2022", "2023-01-31") == 31
    assert slip("", "2023-01-31") is None


def test_status_rag_date_and_new_updates_each_a_row() -> None:
    before = rec(
        "1",
        TEXTS[0],
        status="ongoing",
        rag="Amber",
        target_date="2021-03",
        progress_updates=[ProgressUpdate(date="2021-01-05", text="05/01/21 Briefing held.")],
    )
    after = rec(
        "1",
        TEXTS[0],
        status="complete",
        rag="Green",
        target_date="2021-06",
        progress_updates=[
            ProgressUpdate(date="2021-01-05", text="05/01/21  Briefing held."),
            ProgressUpdate(date="2021-05-20", text="20/05/21 Audit done."),
        ],
    )
    found = changes(match_documents(doc("a.pdf", before), doc("b.pdf", after)))
    assert [(c.change, c.before, c.after, c.slip_days) for c in found] == [
        ("status", "ongoing", "complete", None),
        ("rag", "Amber", "Green", None),
        ("target_date", "2021-03", "2021-06", 91),
        ("update", "", "20/05/21 Audit done.", None),
    ]
    assert found[-1].update_date == "2021-05-20"


def test_curly_quotes_and_spacing_are_not_a_text_change() -> None:
    old = doc("a.pdf", rec("1", "Police to review ‘right to ask’ applications."))
    new = doc("b.pdf", rec("1", "Police to review 'right to ask'\napplications."))
    assert changes(match_documents(old, new)) == []


def test_plans_are_paired_by_case_ref_and_title_before_order() -> None:
    a = Plan(
        plan_title="Single agency plan", case_ref="DHR 1", recommendations=[rec("1", TEXTS[0])]
    )
    b = Plan(plan_title="Overview plan", case_ref="DHR 1", recommendations=[rec("1", TEXTS[1])])
    old = Document(source_file="a.pdf", plans=[a, b])
    new = Document(source_file="b.pdf", plans=[b, a])
    matched = match_documents(old, new)
    assert [(p.old.plan_title, p.new.plan_title, p.matched_by) for p in matched] == [  # type: ignore[union-attr]
        ("Overview plan", "Overview plan", "case_ref+title"),
        ("Single agency plan", "Single agency plan", "case_ref+title"),
    ]
    assert changes(matched) == []
