"""The lean parser reads every page as pdfminer's own (through pdfplumber) does: the same
characters, rectangles, lines, curves and images with the same values, so the extract stage's
result is the same whichever reads the file; and a file the lean parser fails on is read by
pdfminer's, so what a broken file is reported as does not change (issue 10)."""

from __future__ import annotations

import logging
import math
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from pdfplumber.utils.exceptions import PdfminerException
from pydantic import ValidationError

from actionplan.extract import document
from actionplan.extract.document import extract_pdf
from actionplan.extract.errors import ExtractError
from actionplan.extract.parsing import parse_pages
from actionplan.extract.parsing.parse_lean import lean_pages
from actionplan.extract.parsing.parse_page import ParsedPage
from actionplan.extract.parsing.parse_pdfminer import pdfminer_pages
from actionplan.extract.settings import ExtractSettings
from tests.conftest import REAL, SAMPLES
from tests.robustness import make_inputs

PDFS = sorted(SAMPLES.glob("*.pdf")) + (sorted(REAL.glob("*.pdf")) if REAL.is_dir() else [])
KINDS = ("chars", "rects", "lines", "curves", "images")
SKIPPED = {"stream", "colorspace", "name"}
"""Image keys holding pdfminer objects, which are new objects each time a file is opened, and
the name pdfminer gives an inline image (the id() of one of them)."""


def same(a: Any, b: Any) -> bool:
    """Equal, numbers to 1e-6 (pdfplumber's values are floats of a few hundred points)."""
    if isinstance(a, bool) or isinstance(b, bool):
        return a is b
    if isinstance(a, int | float) and isinstance(b, int | float):
        return math.isclose(a, b, rel_tol=0, abs_tol=1e-6)
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return type(a) is type(b) and len(a) == len(b) and all(map(same, a, b))
    return a == b


def read(path: Path, parse: Any) -> list[ParsedPage]:
    """Every page of a file read by one parser."""
    with pdfplumber.open(path) as pdf:
        return list(parse(pdf))


@pytest.mark.parametrize("pdf", PDFS, ids=[p.stem for p in PDFS])
def test_lean_objects_are_pdfminers(pdf: Path) -> None:
    reference, lean = read(pdf, pdfminer_pages), read(pdf, lean_pages)
    assert len(lean) == len(reference)
    for ref_page, page in zip(reference, lean, strict=True):
        assert (page.page_number, page.width, page.height) == (
            ref_page.page_number,
            ref_page.width,
            ref_page.height,
        )
        for kind in KINDS:
            ours, theirs = getattr(page, kind), getattr(ref_page, kind)
            assert len(ours) == len(theirs), f"page {page.page_number} {kind}"
            for i, (mine, ref) in enumerate(zip(ours, theirs, strict=True)):
                wrong = [k for k in mine if k not in SKIPPED and not same(mine[k], ref.get(k))]
                assert not wrong, f"page {page.page_number} {kind}[{i}]: {wrong}"


def test_characters_have_the_keys_the_extract_stage_reads() -> None:
    (page, *_) = read(SAMPLES / "seed_bdhr_2013_14_02.pdf", lean_pages)
    keys = {"text", "fontname", "size", "upright", "x0", "x1", "top", "bottom", "doctop"}
    assert all(keys | {"non_stroking_color"} <= set(c) for c in page.chars)


SAMPLE_PDFS = sorted(SAMPLES.glob("*.pdf"))


@pytest.mark.parametrize("pdf", SAMPLE_PDFS, ids=[p.stem for p in SAMPLE_PDFS])
def test_extraction_is_the_same_with_either_parser(pdf: Path) -> None:
    lean = extract_pdf(pdf, ExtractSettings(parser="lean"))
    reference = extract_pdf(pdf, ExtractSettings(parser="pdfminer"))
    assert lean.model_dump() == reference.model_dump()


def test_a_file_the_lean_parser_fails_on_is_read_by_pdfminers_and_counted(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(pdf: Any, *args: Any) -> Any:
        raise PdfminerException(RuntimeError("lean parser failure"))
        yield

    pdf = SAMPLES / "cspr_child_t_portrait.pdf"
    expected = extract_pdf(pdf, ExtractSettings(parser="pdfminer"))
    assert expected.parser_fallbacks == 0
    monkeypatch.setattr(parse_pages, "lean_pages", broken)
    with caplog.at_level(logging.WARNING, logger="actionplan.extract.document"):
        fell_back = extract_pdf(pdf, ExtractSettings(parser="auto"))
    assert fell_back.parser_fallbacks == 1
    assert fell_back.model_dump() == expected.model_dump() | {"parser_fallbacks": 1}
    assert "the lean parser failed (lean parser failure)" in caplog.text
    with pytest.raises(PdfminerException, match="lean parser failure"):
        extract_pdf(pdf, ExtractSettings(parser="lean"))


def test_a_bug_outside_parsing_is_not_hidden_by_a_second_reading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def buggy(*args: Any) -> Any:
        raise RuntimeError("a bug in our grid code")

    monkeypatch.setattr(document, "read_page", buggy)
    with pytest.raises(RuntimeError, match="a bug in our grid code"):
        extract_pdf(SAMPLES / "cspr_child_t_portrait.pdf", ExtractSettings(parser="auto"))


def test_unknown_parser_is_refused() -> None:
    with pytest.raises(ValidationError, match="parser"):
        ExtractSettings(parser="fast")


HOSTILE = (
    "build_truncated_50",
    "build_truncated_before_eof",
    "build_broken_xref",
    "build_damaged_page_stream",
    "build_encrypted_owner_only",
    "build_encrypted_user_password",
    "build_scanned",
    "build_deeply_nested",
    "build_self_referencing",
    "build_zero_pages",
)


def outcome(path: Path, parser: str, password: str | None = None) -> Any:
    """What extraction gives: the document, or the error's type and message."""
    try:
        return extract_pdf(path, ExtractSettings(parser=parser), password).model_dump()
    except Exception as err:
        return type(err).__name__, str(err) if isinstance(err, ExtractError) else ""


@pytest.mark.parametrize("builder", HOSTILE)
def test_hostile_input_reads_as_with_pdfminer(builder: str, tmp_path: Path) -> None:
    path = getattr(make_inputs, builder)(tmp_path)
    assert outcome(path, "auto") == outcome(path, "pdfminer")


def test_password_opens_the_file_for_the_lean_parser(tmp_path: Path) -> None:
    path = make_inputs.build_encrypted_user_password(tmp_path)
    password = make_inputs.USER_PASSWORD
    lean = outcome(path, "lean", password)
    assert isinstance(lean, dict) and lean["tables"]
    assert lean == outcome(path, "pdfminer", password)


def test_vertical_writing_inline_images_and_forms_are_pdfminers(tmp_path: Path) -> None:
    """What the samples lack: a vertical CJK font (pdfminer's own character code path), an
    inline image (pdfminer's own tokenizer reads that page) and a form XObject."""
    from PIL import Image
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3", isVertical=True))
    path = tmp_path / "mixed.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.setFont("HeiseiMin-W3", 14)
    pdf.drawString(300, 700, "日本語のテキスト")
    pdf.setFont("Helvetica", 11)
    pdf.drawString(72, 500, "Horizontal text after it")
    pdf.drawInlineImage(Image.new("RGB", (4, 4), "red"), 72, 400, 20, 20)
    pdf.showPage()
    pdf.beginForm("box")
    pdf.setFillColorRGB(0.2, 0.6, 0.2)
    pdf.rect(10, 10, 80, 40, fill=1)
    pdf.drawString(15, 20, "In a form")
    pdf.endForm()
    pdf.doForm("box")
    pdf.drawString(72, 300, "After the form")
    pdf.save()
    reference, lean = read(path, pdfminer_pages), read(path, lean_pages)
    vertical = lean[0].chars[:8]
    assert "".join(c["text"] for c in vertical) == "日本語のテキスト"
    assert len({c["x0"] for c in vertical}) == 1 and len({c["top"] for c in vertical}) == 8
    assert lean[0].images and lean[1].rects
    for ref_page, page in zip(reference, lean, strict=True):
        for kind in KINDS:
            ours, theirs = getattr(page, kind), getattr(ref_page, kind)
            assert len(ours) == len(theirs)
            for mine, ref in zip(ours, theirs, strict=True):
                assert all(same(mine[k], ref.get(k)) for k in mine if k not in SKIPPED)
