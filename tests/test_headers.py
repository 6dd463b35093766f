"""Column headers mapped to canonical fields."""

from __future__ import annotations

import pytest

from actionplan.normalise.headers import CANONICAL, is_header_row, map_headers

SINGLE = [
    # the seed's joint and agency plans
    ("Recommendation (SMART)", "recommendation"),
    ("Agreed by Agency Lead", "agency"),
    ("Action Required by Agency", "action"),
    ("Implementation Lead & Agency", "lead"),
    ("Target date for completion", "target_date"),
    ("Summary of Action Taken & Date Received", "progress"),
    ("SCR Sub Group, Progress & Finalisation date", "review"),
    ("QA&A Audit, Progress & Finalisation date", "review"),
    ("RAG", "rag"),
    ("RAG Rating", "rag"),
    ("RAG status", "rag"),
    # the Home Office DHR template
    ("Recommendation", "recommendation"),
    ("Scope of recommendation i.e. local or regional", "extra"),
    ("Action to take", "action"),
    ("Lead Agency", "agency"),
    ("Key milestones achieved in enacting recommendation", "progress"),
    ("Target Date", "target_date"),
    ("Date of completion and Outcome", "review"),
    # other plans
    ("No.", "rec_id"),
    ("No", "rec_id"),
    ("Ref", "rec_id"),
    ("Rec No.", "rec_id"),
    ("#", "rec_id"),
    ("Recommendation No.", "rec_id"),
    ("Action", "action"),
    ("Actions", "action"),
    ("Agreed actions", "action"),
    ("Lead", "lead"),
    ("Lead Officer", "lead"),
    ("Responsible Lead", "lead"),
    ("Owner", "lead"),
    ("Responsible officer", "lead"),
    ("Timescale", "target_date"),
    ("Timescales", "target_date"),
    ("By when", "target_date"),
    ("Deadline", "target_date"),
    ("Target", "target_date"),
    ("Completion date", "target_date"),
    ("Progress", "progress"),
    ("Progress Update", "progress"),
    ("Progress to date", "progress"),
    ("Update", "progress"),
    ("Evidence of progress", "progress"),
    ("Review/Audit", "review"),
    ("Sub Group Progress & Finalisation", "review"),
    ("Monitoring", "review"),
    ("Outcome", "review"),
    ("Agency", "agency"),
    ("Organisation", "agency"),
    ("Agreed by", "agency"),
    ("Status", "status"),  # issue 15: a status column, not a RAG column
    ("Current status", "status"),
    ("Progress / status", "progress"),
    ("RAG Status", "rag"),
    ("Statut", "status"),
    ("STATE", "extra"),  # a US state or level of government (Michigan results table), no status
    # line breaks, hyphens, case and punctuation inside headers
    ("Implementation\nLead &\nAgency", "lead"),
    ("SCR Sub-\nGroup, Progress &\nFinalisation date", "review"),
    ("TARGET DATE FOR COMPLETION", "target_date"),
    ("Summary of Action Taken and Date Received", "progress"),
    ("", "extra"),
    ("Comments from the chair's office", "progress"),
    ("Notes", "progress"),
    ("Page", "extra"),
    # action tables outside review wording (issue 14)
    ("Description", "recommendation"),
    ("Objective", "recommendation"),
    ("Objectively Verifiable Indicators", "recommendation"),
    ("Measures", "action"),
    ("Duties", "action"),
    ("Responsibilities", "action"),
    ("Activities", "action"),
    ("Department", "agency"),
    ("Stakeholder", "agency"),
    ("Led by", "lead"),
    ("Implementation period", "target_date"),
    ("Timeline", "target_date"),
    ("Term", "target_date"),
    ("Remarks", "progress"),
    ("Qui", "lead"),
    ("Quoi", "action"),
    ("Quand", "target_date"),
    ("Acteur", "agency"),
    ("Responsabilité", "action"),
    (
        "the documentation in accordance with requirements in Tab 1 and Tab 2 and forwards to the "
        "Society for review",
        "extra",
    ),
]


@pytest.mark.parametrize(("header", "field"), SINGLE)
def test_single_header(header: str, field: str) -> None:
    assert map_headers([header]) == [field]


SEED_JOINT = [
    "Recommendation (SMART)",
    "Agreed by Agency Lead",
    "Action Required by Agency",
    "Implementation Lead & Agency",
    "Target date for completion",
    "Summary of Action Taken & Date Received",
    "SCR Sub Group, Progress & Finalisation date",
    "RAG",
]
SEED_AGENCY = [*SEED_JOINT[:6], "QA&A Audit, Progress & Finalisation date", "RAG Rating"]
HOME_OFFICE = [
    "Recommendation",
    "Scope of recommendation i.e. local or regional",
    "Action to take",
    "Lead Agency",
    "Key milestones achieved in enacting recommendation",
    "Target Date",
    "Date of completion and Outcome",
]
SIMPLE = ["No.", "Action", "Lead", "Timescale", "Progress", "RAG"]


@pytest.mark.parametrize(
    ("headers", "fields"),
    [
        (SEED_JOINT, [f for f in CANONICAL if f not in ("rec_id", "section", "status")]),
        (SEED_AGENCY, [f for f in CANONICAL if f not in ("rec_id", "section", "status")]),
        (
            HOME_OFFICE,
            ["recommendation", "extra", "action", "agency", "progress", "target_date", "review"],
        ),
        (SIMPLE, ["rec_id", "action", "lead", "target_date", "progress", "rag"]),
        (
            [
                "Rec No.",
                "Recommendation",
                "Agency",
                "Actions",
                "Lead Officer",
                "By when",
                "Progress Update",
                "Outcome",
                "RAG status",
            ],
            [f for f in CANONICAL if f not in ("section", "status")],
        ),
        # the Chelsea plan (French): the axis column heads its rows
        (
            ["AXES D’EVALUATION", "ACTIONS", "ÉCHEANCIER", "RESSOURCES", "RESPONSABLES"],
            ["section", "action", "target_date", "extra", "lead"],
        ),
        # the Federal Data Strategy milestone tables
        (
            ["Milestone", "Measurement", "Reporting Mechanism", "Target Date", "Required"],
            ["action", "extra", "extra", "target_date", "extra"],
        ),
        # each field at most once: the better-scoring column wins, the other is extra
        (["Progress", "Progress Update", "Action"], ["extra", "progress", "action"]),
        (["Lead", "Lead"], ["lead", "extra"]),
        (["", "Recommendation", ""], ["extra", "recommendation", "extra"]),
    ],
)
def test_header_rows(headers: list[str], fields: list[str]) -> None:
    assert map_headers(headers) == fields


@pytest.mark.parametrize("row", [SEED_JOINT, SEED_AGENCY, HOME_OFFICE, SIMPLE, ["Action", "Lead"]])
def test_is_header_row(row: list[str]) -> None:
    assert is_header_row(row)


SEED_BODY_ROWS = [
    [
        "Recommendation 1. Raise the awareness of all Children in Care and those who care for "
        "them about what constitutes a safe and a risky relationship",
        "Birmingham City Council, Corporate Parent Board",
        "Aim: to increase awareness in looked after young people of what constitutes a safe or "
        "risky relationship.",
        "Lead - Corporate Parent Board",
        "30/04/16",
        "Proposals made by Assistant Director Children in Care and Provider Services",
        "Progress is reviewed monthly by the Serious Case Review Sub-Group to ensure effective "
        "implementation prior to finalisation.",
        "",
    ],
    ["", "", "", "", "", "Completed", "", ""],
    ["West Midlands Police", "", "", "", "", "", "", ""],
    [
        "Recommendation 2",
        "",
        "Review the availability of visor terminals",
        "Lead",
        "July 2014",
        "COMPLETED",
        "Progress is reviewed",
        "",
    ],
    ["Lead", ""],
    [],
]


@pytest.mark.parametrize("row", SEED_BODY_ROWS)
def test_body_rows_are_not_headers(row: list[str]) -> None:
    assert not is_header_row(row)


@pytest.mark.parametrize(
    ("headers", "fields"),
    [
        (["No.", "Department", "Duties"], ["rec_id", "agency", "action"]),
        (
            ["Objective", "Measures", "Implementation period", "Responsible institution"],
            ["recommendation", "action", "target_date", "agency"],
        ),
        (
            ["Ref", "Measure", "Lead", "Deadline", "Status"],
            ["rec_id", "action", "lead", "target_date", "status"],
        ),
        (
            ["No. & title", "Description", "Owner", "Timescale", "Progress"],
            ["rec_id", "recommendation", "lead", "target_date", "progress"],
        ),
    ],
)
def test_plans_outside_review_wording(headers: list[str], fields: list[str]) -> None:
    assert map_headers(headers) == fields
