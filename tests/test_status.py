"""Status from printed evidence: status column, then status lines, then RAG words; prose never."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from actionplan.normalise.status import decide_status, status_lines, status_of_text

SEED_REVIEW = (
    "Progress is reviewed monthly by the Serious Case Review Sub Group to ensure effective "
    "implementation of agency action, the below areas have been identified for consideration as "
    "part of the finalisation process.\n\nAgency action to be reviewed by Serious Case Review Sub "
    "Group on 11.09.15"
)

CASES = [
    # from the seed
    (
        "... This work with CIC forms part of a wider the PHSE agenda and input.\nCompleted",
        "complete",
    ),
    (
        "Complete 6.9.16 - Recommendation 3 is reliant on the publication of NPS guidance",
        "complete",
    ),
    ("Therefore this action can now be considered closed– NPS Wales", "complete"),
    (
        "This piece of work is ongoing, DSU has commissioned this review with a view to "
        "supporting a business case for an increase in terminals.\nCOMPLETED",
        "complete",
    ),
    # "... and is therefore completed" ends a sentence of prose: the status lines are "Ongoing"
    # and "Recommendation 6 is partially delivered".
    (
        "Ongoing\n29.09.15 Recommendation 6 is partially delivered as stated, however the second "
        "part of the recommendation will not be able to be completed as stated ... exceeds this "
        "recommendation and is therefore completed.",
        "ongoing",
    ),
    ("This piece of work is ongoing, DSU has commissioned this review", "ongoing"),
    ("Ongoing", "ongoing"),
    (
        "Progress is reviewed monthly by the Serious Case Review Sub-Group to ensure effective "
        "implementation prior to finalisation.",
        "",
    ),
    (SEED_REVIEW, ""),
    (
        "Progress reviewed by the Serious Case Review Sub-Group who are satisfied that the actions "
        "for this recommendation have been finalised.",
        "complete",
    ),
    ("This will be done when new specialist midwife is established in post.", ""),
    ("Specialist midwife not yet in post, awaiting clearances.", ""),
    ("New specialist midwife for domestic abuse post appointed but not yet taken up.", ""),
    # the words of the genre
    ("COMPLETE", "complete"),
    ("Completed", "complete"),
    ("Closed", "complete"),
    ("Achieved", "complete"),
    ("Done", "complete"),
    ("Finished", "complete"),
    ("In progress", "ongoing"),
    ("IN PROGRESS", "ongoing"),
    ("On track", "ongoing"),
    ("Underway", "ongoing"),
    ("Work is under way", "ongoing"),
    ("In hand", "ongoing"),
    ("On-going", "ongoing"),
    ("Partially complete", "ongoing"),
    ("Partially completed", "ongoing"),
    ("Overdue", "ongoing"),
    ("Open", "ongoing"),
    ("Not started", "not_started"),
    ("Not yet started", "not_started"),
    ("Not yet commenced", "not_started"),
    ("Yet to start", "not_started"),
    # negation and words inside words
    ("Not complete", "ongoing"),
    ("Not completed", "ongoing"),
    ("Not yet complete", "ongoing"),
    ("The audit has not been completed", ""),  # prose about the audit, not a status line
    ("Yet to be completed", "ongoing"),
    ("incomplete", "ongoing"),
    ("Action incomplete at review", "ongoing"),
    ("Information was disclosed to the panel", ""),
    ("The case remains open to the team", ""),
    ("completeness of records", ""),
    # completion words that report no state
    ("To be completed by March 2016", ""),
    ("Audit will be completed by the end of June", ""),
    ("Once completed, the guidance will be shared", ""),
    ("Complete the audit by June", ""),
    # last one wins
    ("Completed in June. Reopened: ongoing", "ongoing"),
    ("Not started\nUpdate: in progress\nUpdate: complete", "complete"),
    ("", ""),
]


# Issue 15: words of status inside prose, from real plans, that state nothing.
PROSE = [
    # the issue's own words
    "once the training is complete",
    "to be completed by March",
    "completion report due",
    "before sign-off",
    "assurance to be supplied before the review is finalised",
    "Once the training is complete, the team will audit twenty cases.",
    "The revised protocol is to be completed by March 2018.",
    "A completion report is due in June 2018.",
    "Assurance to be supplied before the review is finalised.",
    "Assurance to be supplied to the CSP before the review is finalised.",
    "Sign-off due at the DHR panel before sign-off of the overview report.",
    "Agency action to be reviewed by Serious Case Review Sub Group on 11.09.15",
    "When the pathway is fully implemented the Board will receive a report.",
    "Completed audits will be reported to the Board each quarter.",
    "Delivered training to 300 staff across the partnership.",
    "Met with the housing provider on 3 May to agree the referral route.",
    "The panel noted that the work on the new form had started late.",
    "Staff are asked to complete the e-learning module before March.",
    "Once the new pathway is COMPLETE the Board will be told.",
    "The audit programme will not be COMPLETE",
    "The training will be complete.",
    "Report to be completed",
    "Staff said the work is complete but the Board has asked for evidence",
]

STATUS_LINES = [
    ("ONGOING", "ongoing"),
    ("Completed 24/03/2020", "complete"),
    ("Action complete", "complete"),
    ("Completed – evidence accepted by the Partnership.", "complete"),
    ("COMPLETE (3 October 2019) – the Board accepted the assurance report.", "complete"),
    (
        "Action closed by the Sub Group on 12/03/2019 on the basis of the joint audit report.",
        "complete",
    ),
    ("Underway – revised date agreed 5/3/2021", "ongoing"),
    ("Not yet achieved", "ongoing"),
    ("Incomplete", "ongoing"),
    ("Partially met", "ongoing"),
    ("Status: Not yet started", "not_started"),
    ("March 2019: Completed", "complete"),
    ("Green - complete", "complete"),
    ("Blue (complete)", "complete"),
    ("This action is now complete.", "complete"),
    (
        "Progress reviewed by the Serious Case Review Sub-Group who are satisfied that the actions "
        "for this recommendation have been finalised.",
        "complete",
    ),
    # The work named in a word or two, in a sentence of its own (Ghana contract awards, 2016).
    ("Assignment is ongoing", "ongoing"),
    ("Project ongoing", "ongoing"),
    ("The audit is complete.", "complete"),
    ("Training not yet complete", "ongoing"),
    # A status stamped in capitals after a line of ordinary text (Birmingham SCR plan, 2015).
    ("Discussed at maternity managers meeting on 23.05.14  COMPLETED", "complete"),
    ("and establish clearer lines of accountability practice at ACE level  COMPLETED", "complete"),
]


@pytest.mark.parametrize("text", PROSE)
def test_prose_sets_no_status(text: str) -> None:
    assert status_of_text(text) == ""


@pytest.mark.parametrize(("text", "expected"), STATUS_LINES)
def test_status_lines(text: str, expected: str) -> None:
    assert status_of_text(text) == expected


_WORDS = ["complete", "completed", "closed", "achieved", "finalised", "ongoing", "in progress",
          "not started", "done", "implemented", "signed off", "delivered"]  # fmt: skip
_OPENERS = ["Once the", "When the", "The officer said the", "Before the", "After the",
            "Staff will check that the", "If the", "Until the",
            "The Board asked whether the"]  # fmt: skip
_NOUNS = ["training", "review", "audit", "report", "pathway", "policy", "survey", "protocol"]


@given(
    opener=st.sampled_from(_OPENERS),
    noun=st.sampled_from(_NOUNS),
    verb=st.sampled_from(["is", "was", "has been", "will be", "is not yet"]),
    word=st.sampled_from(_WORDS),
    rest=st.sampled_from(["", ", the panel will meet.", " the team will audit cases.", "."]),
    case=st.sampled_from([str.lower, str.upper, str.title, str]),
)
def test_status_words_inside_sentences_are_not_status(
    opener: str, noun: str, verb: str, word: str, rest: str, case: object
) -> None:
    """A status word in the middle of an ordinary sentence about something else states nothing."""
    text = f"{opener} {noun} {verb} {case(word)}{rest}"  # type: ignore[operator]
    assert status_of_text(text) == "", text


@given(
    prose=st.lists(st.sampled_from(PROSE), max_size=3),
    line=st.sampled_from(STATUS_LINES),
)
def test_a_status_line_among_prose_is_read(prose: list[str], line: tuple[str, str]) -> None:
    """However much prose surrounds it, a line that is a status on its own is the status."""
    text = "\n".join([*prose, line[0], *prose])
    assert status_of_text(text) == line[1]


def test_status_column_is_the_strongest_evidence() -> None:
    decision = decide_status("Complete", "Work continues.\nONGOING", "", "")
    assert (decision.status, decision.source) == ("complete", "status column")
    assert any("ONGOING" in w for w in decision.warnings)
    decision = decide_status("Incomplete", "Completed 24/03/2020")
    assert decision.status == "ongoing" and decision.warnings


def test_status_lines_come_before_rag_words() -> None:
    assert decide_status("", "ONGOING", "", "Complete").status == "ongoing"
    assert decide_status("", "", "", "Green - complete").status == "complete"
    assert decide_status("", "Updates are given monthly.", "", "Green").status == ""


def test_rag_colour_that_contradicts_warns() -> None:
    decision = decide_status("Complete", "", "", "", rag="Red")
    assert decision.status == "complete"
    assert decision.warnings == (
        "status 'complete' from the status column ('Complete') but RAG Red",
    )
    assert decide_status("", "Completed", "", "", rag="Green").warnings == ()


def test_the_oversight_boilerplate_does_not_override_progress() -> None:
    """The held-out failure: every record came out complete from the review column's prose."""
    review = "Assurance to be supplied before the review is finalised."
    assert decide_status("", "Training in place.\nONGOING", review).status == "ongoing"


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_status_single_text(text: str, expected: str) -> None:
    assert status_of_text(text) == expected


def test_texts_read_in_order() -> None:
    assert decide_status("", "Ongoing", SEED_REVIEW, "").status == "ongoing"
    assert decide_status("", "COMPLETED", "Ongoing").status == "ongoing"
    assert decide_status("", "COMPLETED", SEED_REVIEW, "Green").status == "complete"
    assert decide_status().status == ""


def test_status_lines_report_sentences() -> None:
    lines = status_lines("This piece of work is ongoing ... COMPLETED")
    assert [(x.status, x.text) for x in lines] == [
        ("ongoing", "This piece of work is ongoing ..."),
        ("complete", "COMPLETED"),
    ]
