"""No silent merges (issue 16): a record that holds the labels of several records, and ids that
skip, are warned about on the record, the plan and the document."""

from __future__ import annotations

from datetime import date
from pathlib import Path

import pytest

from actionplan.normalise.merge_checks import (
    check_plan,
    document_warnings,
    id_skips,
    label_of_text,
    merged_labels,
)
from actionplan.normalise.models import Plan, Recommendation
from actionplan.pipeline import Options, convert_file
from tests.conftest import read_csv, run_cli

NUMBER_COLUMN = {"No.": "rec_id", "Recommendation": "recommendation", "Action": "action"}
TEXT_COLUMN = {"Recommendation (SMART)": "recommendation", "Action Required by Agency": "action"}
ACTIONS_ONLY = {"Action": "action", "Target date": "target_date"}

# The seed plan's recommendations 2 and 3, as printed.
REC_2 = (
    "That all police officers and staff recognise the importance of considering the "
    "safeguarding of children and young persons identified within any reported incident."
)
REC_3 = (
    "Probation Offender Managers should ensure that information about visitors to Domestic "
    "Violence perpetrators supplied by the prison service is considered at MAPP meetings."
)


def rec(label: str, text: str = "", action: str = "", rec_id: str = "") -> Recommendation:
    """A record as normalise.records builds it: the label split off the text."""
    return Recommendation(
        rec_id=rec_id or (label_of_text(label).rec_id if label_of_text(label) else ""),
        rec_label=label,
        recommendation=text,
        action=action,
    )


# --- merged labels --------------------------------------------------------------------------


@pytest.mark.parametrize(
    "label, ids",
    [
        ("2\n3", ["2", "3"]),
        ("2.\n3.", ["2", "3"]),
        ("2 3", ["2", "3"]),  # the line break between them not seen
        ("R1\nR2\nR3", ["R1", "R2", "R3"]),
        ("2\n3\n4", ["2", "3", "4"]),
        ("3a\n3b", ["3a", "3b"]),
        ("3b\n4", ["3b", "4"]),  # any second id in a number cell is another record's
        ("A3\nB1", ["A3", "B1"]),
        ("3b\nR4", ["3b", "R4"]),
        ("Recommendation 2\nRecommendation 3", ["2", "3"]),
    ],
)
def test_a_number_cell_with_two_ids_holds_two_records(label: str, ids: list[str]) -> None:
    assert merged_labels(rec(label, REC_2), NUMBER_COLUMN) == ("number cell", ids)


@pytest.mark.parametrize(
    "label",
    [
        "2",
        "R4",
        "3(a)",
        "5 - Enhanced maternity dataset",
        "6 -\nImprove data capture",
        "1\n1.1\n1.2",  # a recommendation and its actions' numbers
        "3\n(i)",
    ],
)
def test_a_number_cell_with_one_id_is_one_record(label: str) -> None:
    assert merged_labels(rec(label, REC_2), NUMBER_COLUMN) == ("", [])


def test_worded_labels_at_line_starts_in_the_recommendation_text() -> None:
    record = rec("Recommendation 2.", f"{REC_2}\nRecommendation 3. {REC_3}")
    assert merged_labels(record, TEXT_COLUMN) == ("recommendation text", ["2", "3"])
    # The label alone on its line, the text on the next, as the seed's agency plans print it.
    record = rec("Recommendation 2", f"{REC_2}\nRecommendation 3\n{REC_3}")
    assert merged_labels(record, TEXT_COLUMN) == ("recommendation text", ["2", "3"])
    # Four rows run together: every label counts.
    record = rec("Recommendation 2", f"{REC_2}\nRecommendation 3 {REC_3}\nRecommendation 4 MAPP")
    assert merged_labels(record, TEXT_COLUMN)[1] == ["2", "3", "4"]


def test_a_worded_label_opening_a_sentence_mid_paragraph() -> None:
    """The line break before the merged row's label was not seen: it follows a full stop."""
    record = rec("Recommendation 2.", f"{REC_2} Recommendation 3. {REC_3}")
    assert merged_labels(record, TEXT_COLUMN) == ("recommendation text", ["2", "3"])


def test_bare_numbers_at_line_starts_in_the_recommendation_text() -> None:
    record = rec("2.", f"{REC_2}\n3. {REC_3}")
    assert merged_labels(record, TEXT_COLUMN) == ("recommendation text", ["2", "3"])


@pytest.mark.parametrize(
    "text",
    [
        # References, not labels: mid-sentence, or a sentence about the recommendation.
        f"{REC_2} This builds on recommendation 3 of the overview report.",
        f"{REC_2}\nRecommendation 3 is reliant on the publication of NPS guidance.",
        f"{REC_2} Recommendation 3 also requires audits to monitor the guidance.",
        f"{REC_2}\nRecommendation 3 (see above) applies to the same teams.",
        # Numbered sub-points of this recommendation.
        f"{REC_2}\n(a) response officers\n(b) call handlers\n(i) sergeants\na) PCSOs",
        f"{REC_2}\n2.1 Brief all officers\n2.2 Audit 20 incidents",
        # A sub-list inside the recommendation counts from 1, not on from its own number.
        "Agencies should:\n1. train staff\n2. audit cases\n3. report to the Board",
        # A bare number after a full stop is not read mid-line (dates, clause numbers).
        f"{REC_2} Review by 31.3. 3. Partners to report.",
        # A label of another form: "3." inside "Recommendation 2".
        f"{REC_2}\n3. Birmingham CCG should ensure GPs record disclosures.",
        # A lower number: a reference back, not the next record.
        f"{REC_2}\nRecommendation 1 Raise the awareness of all Children in Care.",
    ],
)
def test_references_and_sub_points_are_not_record_labels(text: str) -> None:
    assert merged_labels(rec("Recommendation 2", text), TEXT_COLUMN) == ("", [])


def test_numbered_actions_inside_one_recommendation_do_not_warn() -> None:
    """Actions go to actions.csv; a recommendation with actions 1., 2., 3. or 2.1, 2.2 is one."""
    for action in ("1. Train staff\n2. Audit cases\n3. Report", "2.1 Brief\n2.2 Audit\n2.3 Report"):
        record = rec("Recommendation 2.", REC_2, action=action)
        assert merged_labels(record, TEXT_COLUMN) == ("", [])
        assert merged_labels(rec("2", REC_2, action=action), NUMBER_COLUMN) == ("", [])


def test_a_table_of_actions_only_reads_recommendation_level_numbers() -> None:
    """Without a recommendation column the action's own number is the record's id: a second
    "2." is another record's, but "1.1", "1.2" number one row's actions (a plan whose
    recommendation header went unrecognised lists each recommendation's actions so)."""
    merged = rec("", action="1. Pre-agreement with suppliers\n2. Advocate for crop diversification")
    assert merged_labels(merged, ACTIONS_ONLY) == ("action text", ["1", "2"])
    actions = rec("", action="1.1 Revise the checklist\n1.2 Brief call handlers", rec_id="1.1")
    assert merged_labels(actions, ACTIONS_ONLY) == ("", [])
    single = rec("", action="1. Assess data assets\n(a) inventories\n(b) gaps", rec_id="1")
    assert merged_labels(single, ACTIONS_ONLY) == ("", [])


def test_a_record_without_a_label_is_not_checked() -> None:
    assert merged_labels(rec("", f"{REC_2}\n3. {REC_3}"), TEXT_COLUMN) == ("", [])


# --- id skips -------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "ids, skips",
    [
        (["1", "2", "4", "5"], [(2, "2", "4")]),
        (["1", "2", "4"], [(2, "2", "4")]),
        (["R1", "R2", "R4", "R5"], [(2, "R2", "R4")]),
        (["1", "2", "3a", "3c", "4"], [(3, "3a", "3c")]),
        (["1", "2", "3a", "3b", "4b", "5"], [(4, "3b", "4b")]),
        (["1.1", "1.2", "1.4", "2.1"], [(2, "1.2", "1.4")]),
        # Counting sequences, restarts and sub-id families.
        (["1", "2", "3", "4", "5"], []),
        (["1", "2", "1", "2", "3", "1", "2", "3", "4", "5", "1"], []),  # sections restart
        (["1", "2", "3a", "3b", "4", "5", "6"], []),
        (["1", "2", "3(a)", "3(b)", "4", "5"], []),
        (["1.1", "1.2", "1.3", "2.1", "2.2"], []),
        (["A1", "A2", "A3", "B1", "B2"], []),
        # Different forms side by side are not compared ("3" then "R4", "A2" then "B1").
        (["3", "R4", "3(a)", "A5", "6", "7"], []),
        (["R1", "R2", "3a", "3b", "R4", "R5"], []),
        # An unnumbered record between two breaks the sequence.
        (["1", "", "3", "4"], []),
        # A selection of an overview report's recommendations is no counting sequence.
        (["3", "7", "9", "12"], []),
        (["1", "2", "5", "8"], []),
    ],
)
def test_id_skips(ids: list[str], skips: list[tuple[int, str, str]]) -> None:
    assert id_skips(ids) == skips


def test_findings_go_to_the_record_the_plan_and_the_document() -> None:
    plan = Plan(
        columns=NUMBER_COLUMN,
        recommendations=[
            Recommendation(rec_id="1", rec_label="1", page_start=3),
            Recommendation(rec_id="2", rec_label="2\n3", page_start=3),
            Recommendation(rec_id="4", rec_label="4", page_start=4),
            Recommendation(rec_id="5", rec_label="5\n6", page_start=5),
        ],
    )
    found = check_plan(plan)
    assert [(m.index, m.labels) for m in found.merged] == [(1, ("2", "3")), (3, ("5", "6"))]
    assert found.merged[0].warning == "number cell holds 2 record labels (2, 3): rows may be merged"
    (skip,) = found.skips
    assert skip.warning == "ids skip from 2 to 4: a row may be merged or lost"
    assert skip.plan_warning == "ids skip from 2 to 4 on page 4: a row may be merged or lost"
    assert document_warnings([found]) == [
        "2 records may hold merged rows (pages 3, 5)",
        "ids skip 2->4 on page 4",
    ]
    assert document_warnings([check_plan(Plan())]) == []


# --- end to end: a ruled table whose rule between rows 2 and 3 is not drawn -----------------

RECS = [
    ("1", "Raise the awareness of all Children in Care about safe and risky relationships."),
    ("2", REC_2),
    ("3", REC_3),
    ("4", "MAPP panels should consider the risk to new partners before release."),
    ("5", "Offender managers should record the outcome of every home visit."),
]
AGENCIES = ["Corporate Parent Board", "West Mercia Police", "Probation", "MAPPA SMB", "NPS"]
DATES = ["30/04/2016", "31/07/2016", "30/09/2016", "31/12/2016", "31/03/2017"]


def draw_plan(path: Path, number_column: bool, lost_rule: int | None) -> None:
    """A one-page landscape plan: a ruled table of five numbered recommendations, the
    horizontal rule under row ``lost_rule`` not drawn (None: every rule drawn)."""
    from reportlab.lib.pagesizes import A4, landscape
    from reportlab.lib.utils import simpleSplit
    from reportlab.pdfgen import canvas

    width, height = landscape(A4)
    page = canvas.Canvas(str(path), pagesize=(width, height))
    page.setFont("Helvetica-Bold", 13)
    page.drawString(40, height - 50, "Domestic Homicide Review DHR 04/2019: Action Plan")
    header = ["Recommendation", "Agency", "Action", "Lead", "Target date"]
    widths = [300.0, 120.0, 150.0, 110.0, 80.0]
    rows = [
        [
            text if number_column else f"Recommendation {rec_id}. {text}",
            agency,
            "Brief staff and audit 20 cases",
            "Named lead",
            when,
        ]
        for (rec_id, text), agency, when in zip(RECS, AGENCIES, DATES, strict=True)
    ]
    if number_column:
        header, widths = ["No.", *header], [36.0, *widths]
        rows = [[rec_id, *row] for (rec_id, _), row in zip(RECS, rows, strict=True)]
    xs = [40.0]
    for w in widths:
        xs.append(xs[-1] + w)
    row_height, top = 52.0, height - 80
    ys = [top - i * row_height for i in range(len(rows) + 2)]
    for r, cells in enumerate([header, *rows]):
        page.setFont("Helvetica-Bold" if r == 0 else "Helvetica", 9)
        for x, w, text in zip(xs[:-1], widths, cells, strict=True):
            for k, line in enumerate(simpleSplit(text, "Helvetica", 9, w - 8)):
                page.drawString(x + 4, ys[r] - 12 - 11 * k, line)
    page.setLineWidth(0.6)
    for k, y in enumerate(ys):
        if lost_rule is None or k != lost_rule + 1:
            page.line(xs[0], y, xs[-1], y)
    for x in xs:
        page.line(x, ys[0], x, ys[-1])
    page.save()


@pytest.fixture(scope="module")
def lost_rule_run(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, str]:
    """One CLI run over three plans: number column and labels in the text with the rule under
    recommendation 2 lost, and the same table fully ruled."""
    folder = tmp_path_factory.mktemp("merged")
    draw_plan(folder / "lost_rule_number_column.pdf", number_column=True, lost_rule=2)
    draw_plan(folder / "lost_rule_labels.pdf", number_column=False, lost_rule=2)
    draw_plan(folder / "fully_ruled.pdf", number_column=True, lost_rule=None)
    out = folder / "out"
    proc = run_cli("convert", str(folder / "*.pdf"), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    return out, proc.stderr


@pytest.mark.parametrize(
    "name, where",
    [
        ("lost_rule_number_column.pdf", "number cell"),
        ("lost_rule_labels.pdf", "recommendation text"),
    ],
)
def test_a_lost_rule_warns_on_the_merged_record_and_in_documents_csv(
    lost_rule_run: tuple[Path, str], name: str, where: str
) -> None:
    out, stderr = lost_rule_run
    recs = [r for r in read_csv(out / "recommendations.csv") if r["source_file"] == name]
    assert [r["rec_id"] for r in recs] == ["1", "2", "4", "5"]
    merged = recs[1]
    assert "Probation Offender Managers" in merged["recommendation"]  # both texts in one record
    assert f"{where} holds 2 record labels (2, 3): rows may be merged" in merged["warnings"]
    assert "ids skip from 2 to 4: a row may be merged or lost" in recs[2]["warnings"]
    assert not any("merged" in r["warnings"] for r in (recs[0], recs[3]))
    (doc,) = [d for d in read_csv(out / "documents.csv") if d["source_file"] == name]
    assert list(doc)[-5:] == [
        "text_coverage",
        "ocr_pages",
        "warnings",
        "damaged_pages",
        "parser_fallbacks",
    ]
    summary = "1 record may hold merged rows (page 1); ids skip 2->4 on page 1"
    assert doc["warnings"] == summary
    # Nothing is lost, so coverage cannot tell; the warnings column and the file's line do.
    assert doc["status"] == "ok" and doc["text_coverage"] == "1.0000"
    assert f"{name}: 1 pages, 1 plans, 4 recommendations; warning: {summary}" in stderr


def test_the_same_table_fully_ruled_has_no_warnings(lost_rule_run: tuple[Path, str]) -> None:
    out, stderr = lost_rule_run
    recs = read_csv(out / "recommendations.csv")
    ruled = [r for r in recs if r["source_file"] == "fully_ruled.pdf"]
    assert [r["rec_id"] for r in ruled] == ["1", "2", "3", "4", "5"]
    assert all(r["warnings"] == "" for r in ruled)
    (doc,) = [d for d in read_csv(out / "documents.csv") if d["source_file"] == "fully_ruled.pdf"]
    assert doc["warnings"] == ""
    assert "fully_ruled.pdf: 1 pages, 1 plans, 5 recommendations\n" in stderr


def test_the_plan_in_plans_json_names_the_skip(tmp_path: Path) -> None:
    pdf = tmp_path / "lost.pdf"
    draw_plan(pdf, number_column=True, lost_rule=2)
    doc = convert_file(pdf, Options(as_of=date(2024, 1, 1)))
    (plan,) = doc.plans
    assert "ids skip from 2 to 4 on page 1: a row may be merged or lost" in plan.warnings
    assert doc.warnings == ["1 record may hold merged rows (page 1)", "ids skip 2->4 on page 1"]
