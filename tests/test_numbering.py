"""Recommendation labels and numbered actions, with the seed's own cell texts."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from actionplan.normalise.numbering import (
    action_label,
    is_action_label_line,
    is_roman,
    split_actions,
    split_rec_label,
)

REC_LABELS: list[tuple[str, tuple[str, str]]] = [
    # from the seed
    (
        "Recommendation 1. Raise the awareness of all Children in Care",
        ("1", "Raise the awareness of all Children in Care"),
    ),
    (
        "Recommendation 5.          West Midlands Police and Birmingham Children's",
        ("5", "West Midlands Police and Birmingham Children's"),
    ),
    (
        "Recommendation 2\nWest Midlands\nPolice should ensure that police information",
        ("2", "West Midlands\nPolice should ensure that police information"),
    ),
    (
        "Recommendation 1 Further audit to be undertaken",
        ("1", "Further audit to be undertaken"),
    ),
    (
        "Recommendation 1  West Midlands Police to ensure",
        ("1", "West Midlands Police to ensure"),
    ),
    (
        "Recommendation 5 Rehabilitative Interventions.  (i) Interventions identified",
        ("5", "Rehabilitative Interventions.  (i) Interventions identified"),
    ),
    ("Recommendation 2", ("2", "")),
    ("Recommendation 2\n", ("2", "")),
    # other plans
    ("Recommendation 1: Text", ("1", "Text")),
    ("Recommendation 1 - Text", ("1", "Text")),
    ("Recommendation 1.Text", ("1", "Text")),
    ("RECOMMENDATION 4 Text", ("4", "Text")),
    ("Recommendation One Text", ("1", "Text")),
    ("Recommendation Twelve: Text", ("12", "Text")),
    ("Recommendation No. 4 Text", ("4", "Text")),
    ("Recommendation 3a Text", ("3a", "Text")),
    ("Recommendation 3.2 Text", ("3.2", "Text")),
    ("Recommendation iv. Text", ("iv", "Text")),
    ("Rec 1 Text", ("1", "Text")),
    ("Rec. 2 - Text", ("2", "Text")),
    ("R1 Text", ("R1", "Text")),
    ("R1. Text", ("R1", "Text")),
    ("R 4 Text", ("R4", "Text")),
    ("R2a: Text", ("R2a", "Text")),
    ("1. Text", ("1", "Text")),
    ("12. Text", ("12", "Text")),
    ("1) Text", ("1", "Text")),
    ("(1) Text", ("1", "Text")),
    ("(iv) Text", ("iv", "Text")),
    ("1a Text", ("1a", "Text")),
    ("3a. Text", ("3a", "Text")),
    ("3.2 Text", ("3.2", "Text")),
    ("3.2: Text", ("3.2", "Text")),
    ("1 - Text", ("1", "Text")),
    ("iv. Text", ("iv", "Text")),
    ("IV) Text", ("IV", "Text")),
    ("1\nRaise the awareness", ("1", "Raise the awareness")),
    ("3", ("3", "")),
    ("  2.  Text\nsecond line  ", ("2", "Text\nsecond line")),
]

NO_LABEL = [
    "Raise the awareness of all Children in Care",
    "West Midlands Police to ensure",
    "10 sessions are due to be delivered",
    "2015 review of training",
    "100 cases were reviewed",
    "30.06.16 Complete",
    "6.9.16 Done",
    "31/07/2016",
    "1.5% rise",
    "Recommendation to review practice",
    "Recommendation visits",
    "Recording of contacts",
    "Raise awareness",
    "i.e. this",
    "I am",
    "1st June",
    "(a) Letters are not recommendation labels",
    "",
]


@pytest.mark.parametrize(("text", "expected"), REC_LABELS)
def test_split_rec_label(text: str, expected: tuple[str, str]) -> None:
    assert split_rec_label(text) == expected


@pytest.mark.parametrize("text", NO_LABEL)
def test_no_rec_label(text: str) -> None:
    assert split_rec_label(text) == ("", text)


ACTION_LINES: list[tuple[str, str | None]] = [
    ("1.1 The Corporate Parent Board tasks the Corporate Parenting Working Group", "1.1"),
    ("2.3 Audit of cases specifically looking at vulnerability issues.", "2.3"),
    ("1.1. Text", "1.1"),
    ("2.3) Text", "2.3"),
    ("(1.2) Text", "1.2"),
    ("10.12 Text", "10.12"),
    ("i) incorporate learning into the training programme", "i"),
    ("ii) Incorporate learning into future build", "ii"),
    ("(i) Interventions identified to address risk", "i"),
    ("(ii) Wales Probation Trust should progress", "ii"),
    ("ii. Text", "ii"),
    ("iv) Text", "iv"),
    ("(a) Text", "a"),
    ("a) Text", "a"),
    ("b. Text", "b"),
    ("(B) Text", "B"),
    ("1.1", "1.1"),
    ("1.", None),
    ("1. Text", None),
    ("1) Text", None),
    ("30.06.16 Complete", None),
    ("6.9.16 - Recommendation", None),
    ("01.05 Text", None),
    ("1.1.1 Text", None),
    ("• Evaluation of recent policing initiatives", None),
    ("- Broader tools available", None),
    ("▪ National examples", None),
    ("o National examples", None),
    ("i.e. email, EVE, newsletters", None),
    ("Aim: to ensure forward planning", None),
    ("Lead - Corporate Parent Board", None),
    ("A. Smith to lead", None),
    ("iiii) Text", None),
    ("", None),
]


@pytest.mark.parametrize(("line", "label"), ACTION_LINES)
def test_action_label(line: str, label: str | None) -> None:
    found = action_label(line)
    assert (found.label if found else None) == label
    assert is_action_label_line(line) == (label is not None)


def test_split_actions_seed_rec1_first_row() -> None:
    lines = [
        "Aim: to increase awareness in looked after young people of what constitutes a safe",
        "or risky relationship.",
        "1.1 The Corporate Parent Board tasks the Corporate Parenting Working Group to",
        "review and evaluate what programmes are currently available",
    ]
    preamble, items = split_actions(lines)
    assert preamble == lines[:2]
    assert items == [
        (
            "1.1",
            [
                "The Corporate Parent Board tasks the Corporate Parenting Working Group to",
                "review and evaluate what programmes are currently available",
            ],
        )
    ]


def test_split_actions_seed_rec2() -> None:
    lines = [
        "Aim: to ensure that messages are not just categorised as malicious",
        "2.1 A case study for use in staff development to be prepared",
        "2.2 Training and supervision delivered to frontline officers",
        "and staff to develop understanding of vulnerability",
        "2.3 Audit of cases specifically looking at vulnerability issues.",
    ]
    preamble, items = split_actions(lines)
    assert preamble == [lines[0]]
    assert [label for label, _ in items] == ["2.1", "2.2", "2.3"]
    assert items[1][1] == [
        "Training and supervision delivered to frontline officers",
        "and staff to develop understanding of vulnerability",
    ]


def test_split_actions_roman() -> None:
    lines = [
        "i) incorporate learning into the training programme for domestic abuse",
        "offender managers being delivered June – November 2014",
        "ii) Incorporate learning into future build for violent OM structures and training",
    ]
    preamble, items = split_actions(lines)
    assert preamble == []
    assert [label for label, _ in items] == ["i", "ii"]
    assert items[0][1][1] == "offender managers being delivered June – November 2014"


def test_split_actions_bullets_stay_in_preamble() -> None:
    lines = [
        "Domestic Violence Service Review of offender and abuser management to include",
        "• Evaluation of recent policing initiatives",
        "• Broader tools available to manage abusers",
        "The findings of the Domestic Violence Service Review to be shared with BSCB.",
    ]
    assert split_actions(lines) == (lines, [])


def test_split_actions_sub_points_stay_in_their_item() -> None:
    lines = ["1.1 Review guidance:", "(a) transfers", "(b) recalls", "1.2 Audit"]
    _, items = split_actions(lines)
    assert items == [
        ("1.1", ["Review guidance:", "(a) transfers", "(b) recalls"]),
        ("1.2", ["Audit"]),
    ]


def test_split_actions_letter_i_after_h() -> None:
    lines = [f"({c}) item {c}" for c in "abcdefghij"]
    _, items = split_actions(lines)
    assert [label for label, _ in items] == list("abcdefghij")


def test_split_actions_roman_list_keeps_letters_inside() -> None:
    lines = ["(i) first", "(a) detail", "(ii) second", "(v) fifth"]
    _, items = split_actions(lines)
    assert [label for label, _ in items] == ["i", "ii", "v"]
    assert items[0][1] == ["first", "(a) detail"]


def test_split_actions_label_alone_on_its_line() -> None:
    _, items = split_actions(["1.1", "Consult with young people in care"])
    assert items == [("1.1", ["", "Consult with young people in care"])]


def test_split_actions_plain_numbers_and_dates_are_not_items() -> None:
    lines = ["1. Recommendation-style number", "30.06.16", "6.9.16 complete"]
    assert split_actions(lines) == (lines, [])


@given(st.lists(st.sampled_from(["1.1 a", "1.2 b", "(i) c", "ii) d", "• e", "f", "", "1.1"])))
def test_split_actions_keeps_every_line(lines: list[str]) -> None:
    preamble, items = split_actions(lines)
    assert len(preamble) + sum(len(item) for _, item in items) == len(lines)


@pytest.mark.parametrize(
    ("label", "expected"),
    [("i", True), ("iv", True), ("xiv", True), ("XIV", True), ("iiii", False), ("vx", False)],
)
def test_is_roman(label: str, expected: bool) -> None:
    assert is_roman(label) is expected


# Issue 15: ids as real plans print them.
@pytest.mark.parametrize(
    ("text", "rec_id", "rest"),
    [
        (
            "A1 Improve the recording of children's details",
            "A1",
            "Improve the recording of children's details",
        ),
        ("B2. The Trust should audit", "B2", "The Trust should audit"),
        ("Ü3 Datenerfassung verbessern", "Ü3", "Datenerfassung verbessern"),
        ("Action 3: Review the referral pathway", "3", "Review the referral pathway"),
        ("R4 The Board should", "R4", "The Board should"),
        ("3(a) The Partnership should", "3(a)", "The Partnership should"),
        ("A5\nThe Trust should", "A5", "The Trust should"),
        ("Action 3\nThe CSP should", "3", "The CSP should"),
        ("Recommendation A1: Share the learning", "A1", "Share the learning"),
        ("6 - Improve data capture\nThe Trust will", "6", "Improve data capture\nThe Trust will"),
        # not ids
        ("Q3 2021 deliver the training", "", "Q3 2021 deliver the training"),
        ("Actions 1 and 2 are shared", "", "Actions 1 and 2 are shared"),
        ("Action plan agreed by the panel", "", "Action plan agreed by the panel"),
    ],
)
def test_issue_15_ids(text: str, rec_id: str, rest: str) -> None:
    assert split_rec_label(text) == (rec_id, rest)
