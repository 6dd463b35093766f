"""Encrypted files open with the password given or, when an owner password alone protects them,
with none: in every library that opens the file (issue 17)."""

from __future__ import annotations

from pathlib import Path

import pikepdf
import pypdfium2
import pytest

from actionplan.extract.document import open_pdf
from actionplan.extract.errors import ExtractError
from actionplan.extract.grids.grid_camelot import camelot_boxes
from actionplan.extract.parsing.passwords import open_with_password
from actionplan.extract.scans.ocr import add_text_layer
from actionplan.inspect.page_images import pdfium_rejected
from tests.robustness.make_inputs import (
    USER_PASSWORD,
    build_encrypted_owner_only,
    build_encrypted_user_password,
)
from tests.test_ocr import ocr_ready

WRONG = "not-the-password"


class Rejected(Exception):
    """What the fake file says to a password it does not take."""


def opener(accepts: set[str], tried: list[str]):
    """A fake library's open(): records each password tried, opens with the accepted ones."""

    def open_one(given: str) -> str:
        tried.append(given)
        if given not in accepts:
            raise Rejected(given)
        return f"opened with {given!r}"

    return open_one


def is_rejected(err: BaseException) -> bool:
    return isinstance(err, Rejected)


def test_owner_only_file_opens_with_the_empty_password_after_a_wrong_one() -> None:
    tried: list[str] = []
    assert open_with_password(opener({""}, tried), WRONG, is_rejected) == "opened with ''"
    assert tried == [WRONG, ""]


def test_the_right_password_is_tried_alone() -> None:
    tried: list[str] = []
    open_with_password(opener({"pw"}, tried), "pw", is_rejected)
    assert tried == ["pw"]


def test_a_file_that_needs_a_password_reports_the_one_given() -> None:
    tried: list[str] = []
    with pytest.raises(Rejected, match=WRONG):
        open_with_password(opener({"pw"}, tried), WRONG, is_rejected)
    assert tried == [WRONG, ""]


def test_other_failures_are_not_retried() -> None:
    tried: list[str] = []

    def broken(given: str) -> str:
        tried.append(given)
        raise OSError("truncated")

    with pytest.raises(OSError):
        open_with_password(broken, WRONG, is_rejected)
    assert tried == [WRONG]


@pytest.fixture(scope="module")
def encrypted(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Path]:
    """The sample encrypted with an owner password only, and with a user password too."""
    folder = tmp_path_factory.mktemp("encrypted")
    return {
        "owner": build_encrypted_owner_only(folder),
        "user": build_encrypted_user_password(folder),
    }


def test_pdfplumber_opens_an_owner_only_file_with_a_wrong_password(
    encrypted: dict[str, Path],
) -> None:
    with open_pdf(encrypted["owner"], WRONG) as pdf:
        assert len(pdf.pages) == 6
    with pytest.raises(ExtractError, match="the password given is wrong"):
        open_pdf(encrypted["user"], WRONG)
    with open_pdf(encrypted["user"], USER_PASSWORD) as pdf:
        assert len(pdf.pages) == 6


def test_camelot_opens_an_owner_only_file_with_a_wrong_password(
    encrypted: dict[str, Path],
) -> None:
    assert camelot_boxes(encrypted["owner"], "lattice", WRONG)


def test_pdfium_opens_an_owner_only_file_with_a_wrong_password(
    encrypted: dict[str, Path],
) -> None:
    def load(given: str) -> pypdfium2.PdfDocument:
        return pypdfium2.PdfDocument(encrypted["owner"], password=given)

    document = open_with_password(load, WRONG, pdfium_rejected)
    try:
        assert len(document) == 6
    finally:
        document.close()


def test_ocr_input_decrypted_whatever_the_password_says(
    encrypted: dict[str, Path], tmp_path: Path
) -> None:
    """OCRmyPDF refuses every encrypted file: an owner-only one is decrypted first, with a
    wrong password or none."""
    ocr_ready()
    for password in (WRONG, None):
        target = tmp_path / f"ocr-{password}.pdf"
        add_text_layer(encrypted["owner"], target, password, 1, tmp_path)
        with pikepdf.open(target) as pdf:
            assert not pdf.is_encrypted and len(pdf.pages) == 6
