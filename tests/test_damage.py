"""Pages whose content stream is missing or does not decode are named, not read as blank
(issue 17): the check of each stream, of each page, and what the Document says of them."""

from __future__ import annotations

import zlib
from pathlib import Path

import pdfplumber
import pytest

from actionplan.extract.document import extract_pdf
from actionplan.extract.parsing.damage import damaged_pages, zlib_whole
from actionplan.normalise.document import normalise_document
from tests.conftest import SAMPLES
from tests.robustness.make_inputs import (
    HELVETICA,
    build_damaged_page_stream,
    raw_pdf,
    text_stream,
)

CONTENT = b"BT /F1 11 Tf 72 700 Td (Recommendation 1: agencies to share records) Tj ET\n" * 40
PACKED = zlib.compress(CONTENT)


def garbled(data: bytes) -> bytes:
    """16 bytes in the middle XORed, as a bad sector or a broken download leaves them."""
    out = bytearray(data)
    middle = len(out) // 2
    for k in range(16):
        out[middle + k] ^= 0x5A
    return bytes(out)


@pytest.mark.parametrize(
    "data, whole",
    [
        (PACKED, True),
        (zlib.compress(b""), True),  # an empty page or form, as some producers write them
        (PACKED + b"\r\n", True),  # an end-of-line the /Length counted
        # Only the checksum wrong: pdfminer keeps the data, but it is not what was written.
        (PACKED[:-4] + b"\0\0\0\0", False),
        (PACKED[: len(PACKED) // 2], False),  # cut short
        (garbled(PACKED), False),
        (b"\x00\x00" + PACKED[2:], False),  # not a zlib header: pdfminer reads nothing
        (b"", False),
    ],
    ids=["intact", "empty-page", "eol", "bad-checksum", "cut", "garbled", "bad-header", "empty"],
)
def test_zlib_data_is_whole_only_when_it_decodes_cleanly(data: bytes, whole: bool) -> None:
    assert zlib_whole(data) is whole


def flate_stream(data: bytes, extra: bytes = b"") -> bytes:
    """A FlateDecode stream object body holding data as it is (compressed or not)."""
    head = b"<< /Length %d /Filter /FlateDecode%s >>\nstream\n" % (len(data), extra)
    return head + data + b"\nendstream"


def page(contents: bytes, xobjects: bytes = b"") -> bytes:
    """A page object of a two-page tree (object 2), its font object 3."""
    return (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents "
        + contents
        + b" /Resources << /Font << /F1 3 0 R >>"
        + (b" /XObject << " + xobjects + b" >>" if xobjects else b"")
        + b" >> >>"
    )


def four_pages(path: Path) -> Path:
    """Page 1 intact, page 2 garbled, page 3's content object missing, page 4 drawing a form
    XObject whose data is cut short."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R 5 0 R 6 0 R 7 0 R] /Count 4 >>",
        HELVETICA,
        page(b"8 0 R"),
        page(b"9 0 R"),
        page(b"[8 0 R 99 0 R]"),
        page(b"10 0 R", b"/Fm1 11 0 R"),
        flate_stream(PACKED),
        flate_stream(garbled(PACKED)),
        text_stream(["q /Fm1 Do Q"]),
        flate_stream(
            PACKED[: len(PACKED) // 2],
            b" /Type /XObject /Subtype /Form /BBox [0 0 595 842]"
            b" /Resources << /Font << /F1 3 0 R >> >>",
        ),
    ]
    path.write_bytes(raw_pdf(objects))
    return path


def test_pages_with_broken_missing_or_cut_content_are_named(tmp_path: Path) -> None:
    with pdfplumber.open(four_pages(tmp_path / "four.pdf")) as pdf:
        assert damaged_pages(pdf.pages) == [2, 3, 4]


def test_an_empty_flate_form_is_no_damage(tmp_path: Path) -> None:
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /XObject << /Fm0 5 0 R >> >> >>"
    )
    empty_form = (
        b"<< /Type /XObject /Subtype /Form /BBox [0 0 595 842] /Filter /FlateDecode /Length 0 >>"
        b"\nstream\n\nendstream"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        page,
        b"<< /Length 11 >>\nstream\nq /Fm0 Do Q\nendstream",
        empty_form,
    ]
    path = tmp_path / "empty_form.pdf"
    path.write_bytes(raw_pdf(objects))
    with pdfplumber.open(path) as pdf:
        assert damaged_pages(pdf.pages) == []


def test_intact_samples_have_no_damaged_page() -> None:
    for sample in sorted(SAMPLES.glob("*.pdf")):
        with pdfplumber.open(sample) as pdf:
            assert damaged_pages(pdf.pages) == [], sample.name


def test_damaged_page_named_in_the_message_and_counted_uncovered(tmp_path: Path) -> None:
    extracted = extract_pdf(build_damaged_page_stream(tmp_path))
    assert extracted.damaged_pages == [3]
    doc = normalise_document(extracted)
    assert doc.damaged_pages == [3] and 3 in doc.uncovered_pages
    assert doc.status == "ok" and "page(s) 3 damaged" in doc.message
    assert doc.text_coverage is not None and doc.text_coverage < 1
