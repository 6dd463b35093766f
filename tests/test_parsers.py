"""Which parser reads a file: PDFium's by default, pdfminer's own (through pdfplumber) as the
reference. Both give the objects the extract stage reads (tests/test_parse_pdfium.py compares
them), so its result on the samples is the same whichever reads the file (coordinates to
POINT); and a file PDFium fails on is read by pdfminer's, so what a broken file is reported
as does not change (issues 10 and 20)."""

from __future__ import annotations

import logging
import math
from pathlib import Path
from typing import Any

import pytest
from pdfplumber.utils.exceptions import PdfminerException
from pydantic import ValidationError

from actionplan.extract import document
from actionplan.extract.document import extract_pdf
from actionplan.extract.errors import ExtractError
from actionplan.extract.parsing import parse_pdfium
from actionplan.extract.settings import ExtractSettings
from actionplan.output.rows import recommendation_rows
from actionplan.pipeline import Options, convert_file
from tests.conftest import SAMPLES
from tests.robustness import make_inputs

SAMPLE_PDFS = sorted(SAMPLES.glob("*.pdf"))
POINT = 1.0
"""How far apart two parsers' coordinates of a line or cell may be (every number the extract
stage gives is a coordinate or a size in points): PDFium's ligatures may end at their
outline's right edge, half a point past pdfminer's (see parse_pdfium)."""


def alike(a: Any, b: Any) -> bool:
    """Equal, floats to POINT."""
    if isinstance(a, float) and isinstance(b, float):
        return math.isclose(a, b, rel_tol=0, abs_tol=POINT)
    if isinstance(a, list | tuple) and isinstance(b, list | tuple):
        return len(a) == len(b) and all(map(alike, a, b))
    if isinstance(a, dict) and isinstance(b, dict):
        return a.keys() == b.keys() and all(alike(a[k], b[k]) for k in a)
    return bool(a == b)


@pytest.mark.parametrize("pdf", SAMPLE_PDFS, ids=[p.stem for p in SAMPLE_PDFS])
def test_extraction_is_the_same_with_either_parser(pdf: Path) -> None:
    pdfium = extract_pdf(pdf, ExtractSettings(parser="pdfium"))
    reference = extract_pdf(pdf, ExtractSettings(parser="pdfminer"))
    assert alike(pdfium.model_dump(), reference.model_dump())


def test_pdfium_reads_by_default() -> None:
    assert ExtractSettings().parser == "auto"
    pdf = SAMPLES / "cspr_child_t_portrait.pdf"
    assert (
        extract_pdf(pdf).model_dump()
        == extract_pdf(pdf, ExtractSettings(parser="pdfium")).model_dump()
    )


def test_a_file_pdfium_fails_on_is_read_by_pdfminers_and_counted(
    monkeypatch: pytest.MonkeyPatch, caplog: pytest.LogCaptureFixture
) -> None:
    def broken(pdf: Any, *args: Any) -> Any:
        raise PdfminerException(RuntimeError("pdfium failure"))
        yield

    pdf = SAMPLES / "cspr_child_t_portrait.pdf"
    expected = extract_pdf(pdf, ExtractSettings(parser="pdfminer"))
    assert expected.parser_fallbacks == 0
    monkeypatch.setattr(parse_pdfium, "pdfplumber_pages", broken)
    with caplog.at_level(logging.WARNING, logger="actionplan.extract.document"):
        fell_back = extract_pdf(pdf, ExtractSettings(parser="auto"))
    assert fell_back.parser_fallbacks == 1
    assert fell_back.model_dump() == expected.model_dump() | {"parser_fallbacks": 1}
    assert "the pdfium parser failed (pdfium failure)" in caplog.text
    with pytest.raises(PdfminerException, match="pdfium failure"):
        extract_pdf(pdf, ExtractSettings(parser="pdfium"))


def test_a_bug_outside_parsing_is_not_hidden_by_a_second_reading(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    def buggy(*args: Any) -> Any:
        raise RuntimeError("a bug in our grid code")

    monkeypatch.setattr(document, "read_page", buggy)
    with pytest.raises(RuntimeError, match="a bug in our grid code"):
        extract_pdf(SAMPLES / "cspr_child_t_portrait.pdf", ExtractSettings(parser="auto"))


@pytest.mark.parametrize("name", ["fast", "lean"])
def test_unknown_parser_is_refused(name: str) -> None:
    with pytest.raises(ValidationError, match="parser"):
        ExtractSettings(parser=name)  # type: ignore[arg-type]


HOSTILE = (
    "build_truncated_50",
    "build_truncated_before_eof",
    "build_broken_xref",
    "build_encrypted_owner_only",
    "build_encrypted_user_password",
    "build_scanned",
    "build_deeply_nested",
    "build_self_referencing",
    "build_zero_pages",
)
REFUSED = {"build_self_referencing"}
"""Files whose pages PDFium counts otherwise than pdfminer (a page tree that lists itself:
PDFium finds 2 pages, pdfminer 1): PDFium's reading is refused and pdfminer's taken."""


def outcome(path: Path, parser: str, password: str | None = None) -> Any:
    """What extraction gives: the document, or the error's type and message."""
    try:
        return extract_pdf(path, ExtractSettings(parser=parser), password).model_dump()
    except Exception as err:
        return type(err).__name__, str(err) if isinstance(err, ExtractError) else ""


@pytest.mark.parametrize("builder", HOSTILE)
def test_hostile_input_reads_as_with_pdfminer(builder: str, tmp_path: Path) -> None:
    path = getattr(make_inputs, builder)(tmp_path)
    ours, reference = outcome(path, "auto"), outcome(path, "pdfminer")
    if isinstance(ours, dict):
        assert ours.pop("parser_fallbacks") == (builder in REFUSED)
        reference.pop("parser_fallbacks")
    assert alike(ours, reference)


def test_a_damaged_content_stream_is_read_up_to_the_damage(tmp_path: Path) -> None:
    """pdfminer reads none of a content stream that does not decode (page 3 is blank to it),
    PDFium reads it up to the damage: the table's rulings and text before it are kept, the
    table is not cut in two, and the recommendations after page 3 are found. Both name the
    page as damaged."""
    path = make_inputs.build_damaged_page_stream(tmp_path)

    def read(parser: str) -> Any:
        return convert_file(path, Options(settings=ExtractSettings(parser=parser)))  # type: ignore[arg-type]

    pdfium, pdfminer = read("auto"), read("pdfminer")
    assert pdfium.damaged_pages == pdfminer.damaged_pages == [3]
    found = [row["rec_id"] for row in recommendation_rows(pdfium)]
    assert [row["rec_id"] for row in recommendation_rows(pdfminer)] == ["1", "2"]
    assert found == ["1", "2", "4a", "4b", "5", "6"]
    assert pdfminer.text_coverage is not None and pdfium.text_coverage is not None
    assert pdfminer.text_coverage < pdfium.text_coverage < 1


def test_password_opens_the_file_for_pdfium(tmp_path: Path) -> None:
    path = make_inputs.build_encrypted_user_password(tmp_path)
    password = make_inputs.USER_PASSWORD
    pdfium = outcome(path, "pdfium", password)
    assert isinstance(pdfium, dict) and pdfium["tables"]
    assert alike(pdfium, outcome(path, "pdfminer", password))
