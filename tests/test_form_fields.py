"""Filled form fields read as text in their cells (issue 17): a fillable-form plan, whose cell
text lives only in its fields' values, gives its recommendations; which fields are read, and
where their text is put."""

from __future__ import annotations

from pathlib import Path

import pdfplumber
import pytest

from actionplan.extract.document import extract_pdf
from actionplan.extract.parsing.form_fields import (
    field_chars,
    page_box,
    page_matrix,
    width_of,
    wrap,
)
from actionplan.normalise.document import normalise_document
from tests.robustness.make_inputs import FORM_ROWS, HELVETICA, build_form_plan, raw_pdf


def widget_pdf(
    path: Path, widgets: list[bytes], page_extra: bytes = b"", content: bytes = b""
) -> Path:
    """One page holding the given widget annotation bodies (objects 5 on), and content."""
    annots = b" ".join(b"%d 0 R" % (5 + i) for i in range(len(widgets)))
    stream = b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream"
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 %d 0 R >> >> /Annots [%s]%s >>"
        % (5 + len(widgets), annots, page_extra),
        stream,
        *widgets,
        HELVETICA,
    ]
    path.write_bytes(raw_pdf(objects))
    return path


def text_field(value: bytes, rect: bytes = b"[100 700 300 720]", extra: bytes = b"") -> bytes:
    """A text field's widget with its value."""
    return (
        b"<< /Type /Annot /Subtype /Widget /FT /Tx /T (f) /Rect " + rect
        + b" /V " + value + b" /DA (/Helv 10 Tf 0 g)" + extra + b" >>"
    )  # fmt: skip


def page_text(path: Path) -> str:
    """The text the page's fields add, in reading order."""
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        chars = field_chars(page, page.chars)
    return "".join(c["text"] for c in sorted(chars, key=lambda c: (round(c["top"]), c["x0"])))


def test_text_value_read_inside_its_rectangle(tmp_path: Path) -> None:
    path = widget_pdf(tmp_path / "a.pdf", [text_field(b"(Audit records)")])
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        chars = field_chars(page, page.chars)
    assert "".join(c["text"] for c in chars) == "Audit records"
    assert all(100 <= c["x0"] < c["x1"] <= 300 for c in chars)
    assert all(842 - 720 <= c["top"] < c["bottom"] <= 842 - 700 for c in chars)


@pytest.mark.parametrize(
    "widget",
    [
        text_field(b"(secret)", extra=b" /Ff 8192"),  # a password field
        text_field(b"(gone)", extra=b" /F 2"),  # hidden
        text_field(b"()"),  # empty
        b"<< /Type /Annot /Subtype /Widget /FT /Btn /Rect [100 700 120 720] /V /Yes >>",
        b"<< /Type /Annot /Subtype /Link /Rect [100 700 300 720] /V (a link) >>",
    ],
    ids=["password", "hidden", "empty", "checkbox", "not-a-widget"],
)
def test_fields_that_show_no_text_add_none(tmp_path: Path, widget: bytes) -> None:
    assert page_text(widget_pdf(tmp_path / "a.pdf", [widget])) == ""


def test_value_held_by_the_parent_field_and_choice_display_names(tmp_path: Path) -> None:
    parent = b"<< /FT /Ch /T (rag) /V (G) /Opt [[(R) (Red)] [(G) (Green)]] >>"
    kid = b"<< /Type /Annot /Subtype /Widget /Parent 6 0 R /Rect [100 700 300 720] >>"
    path = widget_pdf(tmp_path / "a.pdf", [kid, parent])
    assert page_text(path) == "Green"


def test_value_also_printed_in_the_page_is_not_read_twice(tmp_path: Path) -> None:
    printed = b"BT /F1 10 Tf 104 706 Td (Audit records) Tj ET"
    path = widget_pdf(tmp_path / "a.pdf", [text_field(b"(Audit records)")], content=printed)
    assert page_text(path) == ""


def test_long_value_wrapped_and_shrunk_into_its_rectangle(tmp_path: Path) -> None:
    long = b"(" + b"Agencies to review their guidance on self-neglect. " * 12 + b")"
    path = widget_pdf(tmp_path / "a.pdf", [text_field(long, rect=b"[100 600 250 700]")])
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        chars = field_chars(page, page.chars)
    assert all(c["x0"] >= 100 and c["x1"] <= 250 for c in chars)
    assert all(c["top"] >= 842 - 700 and c["bottom"] <= 842 - 600 for c in chars)
    assert "".join(c["text"] for c in chars).count("self-neglect") == 12


def test_wrap_breaks_at_spaces_and_inside_a_word_too_wide() -> None:
    lines = wrap("one two three\nfour " + "x" * 40, 60, 10)
    assert lines[:2] == ["one two", "three"]
    assert all(width_of(line, 10) <= 60 for line in lines)
    assert "".join(lines[2:]) == "four" + "x" * 40


@pytest.mark.parametrize("rotate", [0, 90, 180, 270])
def test_rectangle_placed_where_printed_text_lands_on_a_rotated_page(
    tmp_path: Path, rotate: int
) -> None:
    """Text printed at a rectangle's corner, on a page with a shifted MediaBox and any
    rotation, lands inside the box the rectangle is given."""
    printed = b"BT /F1 10 Tf 205 705 Td (X) Tj ET"
    path = widget_pdf(
        tmp_path / "a.pdf",
        [],
        page_extra=b" /Rotate %d /MediaBox [10 20 605 862]" % rotate,
        content=printed,
    )
    with pdfplumber.open(path) as pdf:
        page = pdf.pages[0]
        (char,) = page.chars
        box = page_box([200, 700, 230, 730], page_matrix(page.page_obj.mediabox, rotate), page)
    assert box is not None
    x = (char["x0"] + char["x1"]) / 2
    y = (char["top"] + char["bottom"]) / 2
    assert box[0] <= x <= box[2] and box[1] <= y <= box[3], (char, box)


def test_form_plan_gives_its_recommendations(tmp_path: Path) -> None:
    doc = normalise_document(extract_pdf(build_form_plan(tmp_path)))
    recs = [r for plan in doc.plans for r in plan.recommendations]
    assert [r.rec_id for r in recs] == ["1", "2", "3"]
    for rec, row in zip(recs, FORM_ROWS, strict=True):
        assert row[0].endswith(rec.recommendation)
        assert (rec.action, rec.lead, rec.target_date_text, rec.rag) == tuple(row[1:])
    assert doc.text_coverage == 1.0 and doc.status == "ok"
