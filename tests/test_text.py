"""Printed lines joined back into text."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from actionplan.normalise.text import clean, clean_line, collapse_ws, is_bullet_line, join_lines

JOINS: list[tuple[list[str], str]] = [
    (
        ["Raise the awareness of all Children in Care and those who", "care for them"],
        "Raise the awareness of all Children in Care and those who care for them",
    ),
    (["The multi-", "agency Domestic Abuse Strategy"], "The multi-agency Domestic Abuse Strategy"),
    (
        ["The Corporate Parenting Co-", "ordinator completed the review"],
        "The Corporate Parenting Co-ordinator completed the review",
    ),
    (
        ["to deliver CSE training to front-", "line staff"],
        "to deliver CSE training to front-line staff",
    ),
    (["during 2017-", "18"], "during 2017-18"),
    (["the organi\u00ad", "sation"], "the organisation"),
    (["Lead -", "Corporate Parent Board"], "Lead - Corporate Parent Board"),
    (
        ["Lead –", "West Midlands Chair of MAPP A SMB to"],
        "Lead – West Midlands Chair of MAPP A SMB to",
    ),
    (
        ["ends with a dash -", "- and a bullet-like line"],
        "ends with a dash - - and a bullet-like line",
    ),
    (["  Double   spaces\tand tabs  ", "  next  "], "Double spaces and tabs next"),
    (["ﬁnal ﬂow of the ofﬁce"], "final flow of the office"),
    (["no\u00a0break\u2009thin"], "no break thin"),
    (["zero\u200bwidth"], "zerowidth"),
    (
        [
            "Domestic Violence Service Review of offender and abuser management to include",
            "• Evaluation of recent policing initiatives",
            "• Broader tools available to manage abusers",
        ],
        "Domestic Violence Service Review of offender and abuser management to include\n"
        "• Evaluation of recent policing initiatives\n• Broader tools available to manage abusers",
    ),
    (["\uf0b7 Symbol-font bullet", "wrapped"], "• Symbol-font bullet wrapped"),
    (["▪ square", "● round", "◦ hollow"], "• square\n• round\n• hollow"),
    (
        ["- a dash is not a bullet", "o nor is a letter o"],
        "- a dash is not a bullet o nor is a letter o",
    ),
    (["first paragraph", "", "second paragraph"], "first paragraph\nsecond paragraph"),
    (["", "  ", "only"], "only"),
    ([], ""),
]


@pytest.mark.parametrize(("lines", "expected"), JOINS)
def test_join_lines(lines: list[str], expected: str) -> None:
    assert join_lines(lines) == expected


def test_paragraph_starts() -> None:
    lines = [
        "Proposals made by Assistant Director Children in Care and Provider Services to embed",
        "the learning from this case have been ratified.",
        "Completed",
    ]
    assert join_lines(lines, [False, False, True]) == (
        "Proposals made by Assistant Director Children in Care and Provider Services to embed "
        "the learning from this case have been ratified.\nCompleted"
    )
    # The first line starting a paragraph adds no leading break.
    assert join_lines(["a", "b"], [True, False]) == "a b"


def test_paragraph_starts_length_must_match() -> None:
    with pytest.raises(ValueError):
        join_lines(["a", "b"], [True])


def test_hyphen_before_new_paragraph_is_kept_with_break() -> None:
    assert join_lines(["multi-", "agency"], [False, True]) == "multi-\nagency"


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("  Progress  is   reviewed \n monthly  ", "Progress is reviewed\nmonthly"),
        ("organi\u00adsation", "organisation"),
        ("ﬁnal", "final"),
        ("a\r\nb", "a\nb"),
        ("\uf0a7 Wingdings bullet", "• Wingdings bullet"),
        ("para one\n\npara two", "para one\n\npara two"),
        ("", ""),
    ],
)
def test_clean(text: str, expected: str) -> None:
    assert clean(text) == expected


def test_clean_line_and_bullets() -> None:
    assert clean_line("•Evaluation") == "• Evaluation"
    assert clean_line("  ●   item ") == "• item"
    assert is_bullet_line("  • item")
    assert not is_bullet_line("- item")
    assert not is_bullet_line("o item")


def test_collapse_ws() -> None:
    assert collapse_ws("  Progress\nis \t reviewed  ") == "Progress is reviewed"
    assert collapse_ws("") == ""


@given(st.lists(st.text(max_size=30), max_size=8))
def test_join_keeps_every_word(lines: list[str]) -> None:
    # Joining never loses text: every non-space character survives (modulo NFKC, soft
    # hyphens, zero-width characters and bullet glyphs).
    joined = join_lines(lines)
    assert collapse_ws(clean(joined)) == collapse_ws(joined)
    assert "\n\n" not in joined
