"""Versions of one plan across documents (compare/versions.py), recurring groups
(compare/recurring.py) and stored outputs read back (actionplan/stored.py)."""

from __future__ import annotations

from pathlib import Path

from actionplan.compare.recurring import recurring_groups
from actionplan.compare.versions import plan_histories
from actionplan.normalise.models import Document, Plan, Recommendation
from actionplan.stored import is_stored, read_stored
from tests.conftest import SAMPLES, run_cli

TEXTS = [
    "Police to record every child present at a domestic abuse incident.",
    "The hospital trust to refer patients who disclose abuse to the IDVA service.",
    "Housing providers to seek accreditation against the DAHA standards.",
    "Adult social care to consider a MARAC referral in every domestic abuse enquiry.",
]


def plan(title: str, ref: str, texts: list[str], last_update: str = "") -> Plan:
    recs = [
        Recommendation(rec_id=str(i + 1), recommendation=t, last_update=last_update)
        for i, t in enumerate(texts)
    ]
    return Plan(plan_title=title, case_ref=ref, recommendations=recs)


def doc(name: str, *plans: Plan, ocr: bool = False) -> Document:
    return Document(source_file=name, plans=list(plans), ocr_pages=[1] if ocr else [])


def test_versions_grouped_and_the_latest_update_is_current() -> None:
    old = doc("v1.pdf", plan("DHR 7 action plan", "DHR/7", TEXTS, "2021-01-10"))
    new = doc("v2.pdf", plan("DHR 7 action plan", "DHR/7", TEXTS[:3], "2021-06-01"))
    other = doc("other.pdf", plan("DHR 8 action plan", "DHR/8", TEXTS[3:]))
    histories = plan_histories([new, other, old])
    assert [[v.doc.source_file for v in h.versions] for h in histories] == [
        ["v1.pdf", "v2.pdf"],
        ["other.pdf"],
    ]


def test_different_case_refs_are_never_one_plan_however_alike() -> None:
    a = doc("a.pdf", plan("Action plan", "DHR/1", TEXTS))
    b = doc("b.pdf", plan("Action plan", "DHR/2", TEXTS))
    assert len(plan_histories([a, b])) == 2


def test_a_generic_title_alone_does_not_join_different_plans() -> None:
    a = doc("a.pdf", plan("Action plan", "", TEXTS[:2]))
    b = doc("b.pdf", plan("Action plan", "", TEXTS[2:]))
    assert len(plan_histories([a, b])) == 2


def test_between_identical_copies_the_born_digital_one_counts() -> None:
    scan = doc("scan.pdf", plan("Plan", "SAR 1", TEXTS), ocr=True)
    digital = doc("digital.pdf", plan("Plan", "SAR 1", TEXTS))
    (history,) = plan_histories([digital, scan])
    assert history.current.doc.source_file == "digital.pdf"


def test_failed_documents_and_empty_plans_are_left_out() -> None:
    failed = Document(source_file="bad.pdf", status="error", message="not a PDF")
    empty = doc("empty.pdf", Plan(plan_title="Nothing"))
    assert plan_histories([failed, empty]) == []


def test_recurring_needs_two_reviews() -> None:
    texts = [TEXTS[0], TEXTS[0].replace("Police", "Constabulary"), TEXTS[1]]
    assert recurring_groups(texts, ["A", "A", "B"]) == []
    (group,) = recurring_groups(texts, ["A", "B", "C"])
    assert group.members == (0, 1) and group.reviews == 2


def test_a_chain_of_pairs_is_cut_where_the_ends_differ() -> None:
    words = [
        "alpha",
        "bravo",
        "charlie",
        "delta",
        "echo",
        "foxtrot",
        "golf",
        "hotel",
        "india",
        "juliet",
    ]
    # Each text shares five of its six words with its neighbour; the two ends share two.
    texts = [" ".join(words[i : i + 6]) for i in range(0, 5)]
    groups = recurring_groups(texts, ["A", "B", "C", "D", "E"], threshold=0.5)
    assert groups, "neighbours are alike"
    for group in groups:
        assert not {0, 4} <= set(group.members)


def test_stored_outputs_read_back_as_the_documents_written(tmp_path: Path) -> None:
    pdf = SAMPLES / "cspr_child_t_portrait.pdf"
    proc = run_cli("convert", str(pdf), "--out", str(tmp_path), "--format", "json,sqlite")
    assert proc.returncode == 0, proc.stderr
    assert is_stored(tmp_path) and is_stored(tmp_path / "plans.sqlite")
    assert not is_stored(pdf) and not is_stored(SAMPLES)
    from_journal = read_stored(tmp_path)
    from_sqlite = read_stored(tmp_path / "plans.sqlite")
    (tmp_path / ".actionplan" / "journal.jsonl").unlink()
    from_json = read_stored(tmp_path)
    for docs in (from_sqlite, from_json):
        assert [d.source_file for d in docs] == [d.source_file for d in from_journal]
        for ours, theirs in zip(docs, from_journal, strict=True):
            recs = [r for p in ours.plans for r in p.recommendations]
            want = [r for p in theirs.plans for r in p.recommendations]
            fields = ("rec_id", "recommendation", "status", "rag", "target_date", "last_update")
            assert [[getattr(r, f) for f in fields] for r in recs] == [
                [getattr(r, f) for f in fields] for r in want
            ]
            assert [r.progress_updates for r in recs] == [r.progress_updates for r in want]


def test_close_pairs_block_by_block_equal_the_whole_product(monkeypatch) -> None:
    import numpy as np

    from actionplan.compare import similarity

    texts = [f"{t} {extra}" for t in TEXTS for extra in ("now", "later", "")]
    rows = similarity.vectorise(texts)
    whole = (rows @ rows.T).toarray()
    monkeypatch.setattr(similarity, "BLOCK_ROWS", 2)
    pairs = similarity.close_pairs(rows, 0.3).toarray()
    assert np.allclose(pairs, np.where(whole >= 0.3, whole, 0.0))
    assert (pairs > 0).sum() > len(texts)  # some pairs beyond each text with itself


def test_stored_page_lists_read_back_as_written() -> None:
    from actionplan.extract.page_ranges import page_list, page_ranges

    for pages in ([], [4], [1, 2, 3, 7], [2, 3, 9, 10, 11]):
        assert page_list(page_ranges(pages)) == pages
