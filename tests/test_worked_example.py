"""GENRE.md's worked example: the first recommendation of the seed's joint plan."""

from __future__ import annotations

import pytest

from actionplan.normalise.models import Document, Recommendation
from actionplan.pipeline import Options, convert_file
from tests.conftest import SAMPLES

SEED = SAMPLES / "seed_bdhr_2013_14_02.pdf"


@pytest.fixture(scope="module")
def seed() -> Document:
    return convert_file(SEED, Options())


@pytest.fixture(scope="module")
def first(seed: Document) -> Recommendation:
    return seed.plans[0].recommendations[0]


def test_two_plans_with_titles_and_case_ref(seed: Document) -> None:
    assert [p.plan_title for p in seed.plans] == [
        "Joint Review Action Plan in respect of Case BDHR/2013-14/02",
        "Agency Action Plan in respect of Case BDHR/2013-14/02",
    ]
    assert {p.case_ref for p in seed.plans} == {"BDHR/2013-14/02"}


def test_number_split_from_text(first: Recommendation) -> None:
    assert first.rec_id == "1"
    assert first.recommendation.startswith("Raise the awareness of all Children in Care")
    assert first.agency == "Birmingham City Council, Corporate Parent Board"


def test_both_physical_rows_merged(first: Recommendation) -> None:
    assert first.action.startswith("Aim:")
    for label in ("1.1", "1.2", "1.3"):
        assert label in first.action
    assert " ".join(first.progress.split()).endswith("PHSE agenda and input. Completed")
    assert first.status == "complete"


def test_dates(first: Recommendation) -> None:
    assert first.target_date == "2016-07-31"
    assert first.target_dates == ["2016-04-30", "2016-06-30", "2016-07-31"]


def test_actions_have_their_own_lead_and_date(first: Recommendation) -> None:
    got = [(a.action_id, a.lead, a.target_date) for a in first.actions]
    assert got == [
        ("1.1", "Corporate Parent Board", "2016-04-30"),
        ("1.2", "Corporate Parent Board", "2016-06-30"),
        ("1.3", "Corporate Parent Board", "2016-07-31"),
    ]


def test_rag_from_fill_colour(first: Recommendation) -> None:
    assert first.rag in ("Red", "Amber", "Green", "Blue")


def test_sections_carried_down(seed: Document) -> None:
    agency = seed.plans[1]
    sections = [r.section for r in agency.recommendations]
    assert sections[0] == "Birmingham Children Social Care"
    assert "West Midlands Police" in sections
    wmp = [r.rec_id for r in agency.recommendations if r.section == "West Midlands Police"]
    assert wmp == ["1", "2", "3", "4", "5", "6"]


def test_superscript_ordinals_glued(seed: Document) -> None:
    texts = [r.target_date_text for p in seed.plans for r in p.recommendations]
    assert any("28th February 2014" in t for t in texts)
    assert not any(" th " in f" {t} " for t in texts)
