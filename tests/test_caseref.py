"""Case references found by shape in the title, intro or text before the table; pseudonyms."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from actionplan.normalise.caseref import find_case_ref, find_code, find_pseudonym

CASES = [
    # the samples and the seed
    ("Joint Review Action Plan in respect of Case BDHR/2013-14/02", "BDHR/2013-14/02"),
    ("Domestic Homicide Review DHR/2019/04 Action Plan", "DHR/2019/04"),
    ("Multi-Agency Action Plan: Serious Case Review SCR-2017-03 (Child R)", "SCR-2017-03"),
    ("Child Safeguarding Practice Review CSPR 2022/05 (Harbourside): Action Plan", "CSPR 2022/05"),
    ("Safeguarding Adults Review SAR 2020/01 ('Mr D'): Action Plan", "SAR 2020/01"),
    # issue 15: dashed form in the title, intro sentence, board prefix kept whole
    ("Domestic Homicide Review Action Plan - DHR-ABC-2016-02", "DHR-ABC-2016-02"),
    ("This plan responds to the recommendations of XDHR/2016-17/08.", "XDHR/2016-17/08"),
    ("Safeguarding Adults Review WXSAB/SAR/2015/12 Action Plan", "WXSAB/SAR/2015/12"),
    ("The review (WXSAB/SAR/2015/12) was commissioned by the Board.", "WXSAB/SAR/2015/12"),
    ("LCSPR 2021-04: Local Child Safeguarding Practice Review", "LCSPR 2021-04"),
    # a cue word straight before a code without an acronym
    ("Case reference: NS-0412", "NS-0412"),
    ("Case No. 2016/17-03", "2016/17-03"),
    # not references
    ("Review of the COVID-19 response", ""),
    ("Learning from DHRs/SCRs across the region", ""),
    ("The plan was agreed on 12/03/2019", ""),
    ("Case 12/03/2019", ""),  # a date after a cue word
    ("Multi-Agency Action Plan 2016-17", ""),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_case_ref(text: str, expected: str) -> None:
    assert find_case_ref(text) == expected


@pytest.mark.parametrize(
    ("text", "expected"),
    [
        ("Child Safeguarding Practice Review: Child T – Action Plan", "Child T"),
        ("SAR Adult D Action Plan", "Adult D"),
        ("Safeguarding Adults Review 'Mr B' – Action Plan", "Mr B"),
        ("Serious Case Review: Baby C", "Baby C"),
        ("Review into the death of “Adult D”", "Adult D"),
        ("Mr A Smith attended the panel", ""),  # a name with an initial
        ("The adult at the centre of this review", ""),
    ],
)
def test_pseudonym(text: str, expected: str) -> None:
    assert find_pseudonym(text) == expected


def test_code_wins_over_pseudonym_and_texts_are_read_in_order() -> None:
    assert find_case_ref("Safeguarding Adults Review 'Mr B'", "Ref SAR/2016/02") == "SAR/2016/02"
    assert find_case_ref("Action Plan", "", "Cover page: DHR-ABC-2016-02") == "DHR-ABC-2016-02"
    assert find_case_ref("Action Plan: Child T", "") == "Child T"
    assert find_case_ref("", "") == ""


@given(
    board=st.from_regex(r"[A-Z]{2,4}", fullmatch=True),
    kind=st.sampled_from(["DHR", "SAR", "SCR", "CSPR"]),
    year=st.integers(2000, 2030),
    seq=st.integers(1, 40),
    sep=st.sampled_from(["/", "-"]),
    words=st.sampled_from(["Action plan for", "This plan responds to", "Review", "In respect of"]),
)
def test_codes_are_kept_whole(
    board: str, kind: str, year: int, seq: int, sep: str, words: str
) -> None:
    """A board-prefixed code comes out whole, never cut to its acronym's tail."""
    code = sep.join([board, kind, str(year), f"{seq:02d}"])
    assert find_code(f"{words} {code}.") == code
