"""Status from the last status word of the progress, review and RAG texts."""

from __future__ import annotations

import pytest

from normalise.status import status_from_texts, status_hits

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
    (
        "Ongoing\n29.09.15 Recommendation 6 is partially delivered as stated, however the second "
        "part of the recommendation will not be able to be completed as stated ... exceeds this "
        "recommendation and is therefore completed.",
        "complete",
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
    ("The audit has not been completed", "ongoing"),
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


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_status_single_text(text: str, expected: str) -> None:
    assert status_from_texts(text) == expected


def test_texts_read_in_order() -> None:
    assert status_from_texts("Ongoing", SEED_REVIEW, "") == "ongoing"
    assert status_from_texts("Ongoing", "", "Complete") == "complete"
    assert status_from_texts("COMPLETED", "Ongoing") == "ongoing"
    assert status_from_texts("COMPLETED", SEED_REVIEW, "Green") == "complete"
    assert status_from_texts() == ""


def test_status_hits_report_phrases() -> None:
    hits = status_hits("This piece of work is ongoing ... COMPLETED")
    assert [(s, p) for s, p, _ in hits] == [("ongoing", "ongoing"), ("complete", "COMPLETED")]
