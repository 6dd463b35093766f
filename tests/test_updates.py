"""Dated progress updates, last_update and overdue, with the genre's own strings."""

from __future__ import annotations

from datetime import date

import pytest

from actionplan.extract.models import Cell, ExtractedDocument, Line, Row, Table
from actionplan.normalise.document import normalise_document, resolve_dayfirst
from actionplan.normalise.models import Recommendation
from actionplan.normalise.records import is_overdue
from actionplan.normalise.settings import NormaliseSettings
from actionplan.normalise.updates import last_update, progress_updates

SEED_PROGRESS = [
    ("Update 24/6/15: Arrangements were made for the advice. COMPLETED", ["2015-06-24"]),
    (
        "An update will be provided prior to the deadline date of 31/01/15. Supt reports.\n"
        "09.10.15 Update Domestic Abuse (DA) Offender Managers are in place.\nCOMPLETED",
        ["2015-10-09"],
    ),
    ("Proposals made.\nComplete 6.9.16 - Recommendation 3 is reliant on NPS.", ["2016-09-06"]),
    (
        "Current capacity issues.\n10th September 2014 – update.\nSpecialist midwife not in post."
        "\nUpdate 6th January 2015 The new specialist midwife is in post.",
        ["2014-09-10", "2015-01-06"],
    ),
    (
        "They will book on to the session on November 13th 2014. Update 24/12/14. The GP "
        "Safeguarding Lead has attended. COMPLETED",
        ["2014-12-24"],
    ),
    (
        "Ongoing\n29.09.15 Recommendation 6 is partially delivered.\n09.10.15 Offender managers",
        [
            "2015-09-29",
            "2015-10-09",
        ],
    ),
    ("Discussed at maternity managers meeting on 23.05.14\nCOMPLETED", []),
    ("Progress is reviewed monthly by the Serious Case Review Sub Group.", []),
    (
        "Update 30th April 2014 – audit done. Updated 31st July 2014: re-audit booked.",
        [
            "2014-04-30",
            "2014-07-31",
        ],
    ),
]


@pytest.mark.parametrize(("text", "dates"), SEED_PROGRESS)
def test_updates_start_where_a_date_opens_a_line_or_sentence(text: str, dates: list[str]) -> None:
    updates = progress_updates(text)
    assert [u.date for u in updates] == dates
    for update in updates:
        assert update.text in " ".join(text.split())


def test_last_update_is_the_latest() -> None:
    updates = progress_updates("Update 6/1/15 done.\nUpdate 24/12/14 started.")
    assert last_update(updates) == "2015-01-06"
    assert last_update([]) == ""


@pytest.mark.parametrize(
    ("target", "status", "as_of", "expected"),
    [
        ("2016-04-30", "ongoing", date(2016, 5, 1), True),
        ("2016-04-30", "complete", date(2020, 1, 1), False),
        ("2016-04-30", "", date(2016, 4, 30), False),
        ("2014-07", "ongoing", date(2014, 7, 31), False),  # July is not over until the 31st
        ("2014-07", "ongoing", date(2014, 8, 1), True),
        ("", "ongoing", date(2030, 1, 1), None),
    ],
)
def test_overdue(target: str, status: str, as_of: date, expected: bool | None) -> None:
    rec = Recommendation(target_date=target, status=status)
    assert is_overdue(rec, as_of) is expected


def table_of(dates: list[str]) -> ExtractedDocument:
    def cell(row: int, col: int, text: str) -> Cell:
        return Cell(row=row, col=col, page=1, bbox=(0, 0, 1, 1), lines=[Line(text, 0, 0, 1, 1)])

    rows = [
        Row(
            page=1,
            bbox=(0, 0, 1, 1),
            cells=[cell(i, 0, f"Recommendation {i + 1}. Do it"), cell(i, 1, d)],
        )
        for i, d in enumerate(dates)
    ]
    table = Table(
        n_cols=2, header=["Recommendation", "Target date"], rows=rows, page_start=1, page_end=1
    )
    return ExtractedDocument(source_file="x.pdf", sha256="0" * 64, pages=1, tables=[table])


def test_month_first_only_when_the_document_proves_it() -> None:
    assert resolve_dayfirst(table_of(["04/05/2016", "30/06/2016"]), None) is True
    assert resolve_dayfirst(table_of(["04/05/2016", "06/30/2016"]), None) is False
    assert resolve_dayfirst(table_of(["04/05/2016"]), None) is True
    assert resolve_dayfirst(table_of(["06/30/2016"]), True) is True


def test_inferred_month_first_reads_every_date_of_the_document() -> None:
    doc = normalise_document(table_of(["04/05/2016", "06/30/2016"]), NormaliseSettings())
    assert [r.target_date for r in doc.plans[0].recommendations] == ["2016-04-05", "2016-06-30"]
