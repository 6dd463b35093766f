"""A page drawing more shapes than a worker's memory holds (issue 17: a page of a million tiny
rectangles ended as "worker crashed (exit code 1)"): PDFium's parser keeps a page's first
ExtractSettings.max_page_shapes shapes and counts the rest, the document says which pages were
cut short, and running out of memory anyway is an ExtractError raised once the memory is free."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from pdfplumber.utils.exceptions import PdfminerException

from actionplan.extract.document import extract_pdf
from actionplan.extract.errors import OUT_OF_MEMORY, ExtractError
from actionplan.extract.parsing import parse_pages, parse_pdfium
from actionplan.extract.parsing.parse_pdfium import pdfplumber_pages
from actionplan.extract.settings import ExtractSettings
from actionplan.pipeline import Options, convert_file
from tests.robustness.make_inputs import HELVETICA, raw_pdf

TABLE = [
    # A ruled table of three columns and two rows, drawn first, with its text.
    b"0 0 0 RG 1 w",
    *(b"72 %d m 472 %d l S" % (y, y) for y in (700, 670, 640)),
    *(b"%d 640 m %d 700 l S" % (x, x) for x in (72, 200, 330, 472)),
    b"BT /F1 10 Tf 76 682 Td (Recommendation) Tj 128 0 Td (Action) Tj 130 0 Td (Owner) Tj ET",
    b"BT /F1 10 Tf 76 652 Td (1. Keep records) Tj 128 0 Td (Audit them) Tj 130 0 Td (Nurse) Tj ET",
]
TABLE_SHAPES = 7


def crowded_pdf(path: Path, rects: int, one_path: bool = False) -> Path:
    """The table, then `rects` small grey squares below it (too big to be read as rulings):
    each filled on its own, or all as the pieces of one path filled once."""
    squares = [b"%d %d 4 4 re" % (72 + 5 * (i % 80), 100 + 5 * (i // 80)) for i in range(rects)]
    fills = [b"\n".join(squares) + b" f"] if one_path else [s + b" f" for s in squares]
    content = b"\n".join([*TABLE, b"0.5 g", *fills])
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
        HELVETICA,
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 3 0 R >> >> >>",
    ]
    path.write_bytes(raw_pdf(objects))
    return path


def shapes_read(path: Path, bound: int | None) -> tuple[int, int]:
    """(shapes kept, shapes dropped) of PDFium's first page."""
    with pdfplumber.open(path) as pdf:
        page = next(pdfplumber_pages(pdf, bound))
    return len(page.rects) + len(page.lines) + len(page.curves), page.shapes_dropped


@pytest.mark.parametrize("one_path", [False, True], ids=["separate", "one path"])
def test_shapes_past_the_bound_are_counted_not_kept(tmp_path: Path, one_path: bool) -> None:
    path = crowded_pdf(tmp_path / "crowded.pdf", 300, one_path)
    total = TABLE_SHAPES + 300
    assert shapes_read(path, None) == (total, 0)
    assert shapes_read(path, 50) == (50, total - 50)
    assert shapes_read(path, total) == (total, 0)


def test_a_crowded_page_is_read_and_named(tmp_path: Path) -> None:
    path = crowded_pdf(tmp_path / "crowded.pdf", 300)
    bounded = extract_pdf(path, ExtractSettings(max_page_shapes=50))
    assert bounded.crowded_pages == [1]
    # The table drawn before the bound is read as with every shape kept.
    full = extract_pdf(path, ExtractSettings(max_page_shapes=None))
    assert full.crowded_pages == []
    assert [t.model_dump() for t in bounded.tables] == [t.model_dump() for t in full.tables]
    assert full.tables and full.tables[0].header == ["Recommendation", "Action", "Owner"]


def test_the_default_bound_keeps_a_table_page_whole(tmp_path: Path) -> None:
    doc = convert_file(crowded_pdf(tmp_path / "plan.pdf", 300), Options())
    assert doc.status == "ok" and "too many shapes" not in doc.message


def test_running_out_of_memory_is_a_reason_raised_with_the_memory_free(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    """PDFium's parser fails for want of memory: pdfminer's parser, which needs more, is not
    tried, and the ExtractError comes after the handler, holding no traceback of the pages."""
    fallback: list[Any] = []

    def out_of_memory(pdf: Any, *args: Any) -> Any:
        raise PdfminerException(MemoryError())  # as pdfplumber_pages wraps a failure
        yield

    monkeypatch.setattr(parse_pdfium, "pdfplumber_pages", out_of_memory)
    monkeypatch.setattr(parse_pages, "pdfminer_pages", fallback.append)
    path = crowded_pdf(tmp_path / "crowded.pdf", 10)
    with pytest.raises(ExtractError, match=OUT_OF_MEMORY) as raised:
        extract_pdf(path)
    assert raised.value.__context__ is None
    assert not fallback
    doc = convert_file(path, Options())
    assert (doc.status, doc.message) == ("error", OUT_OF_MEMORY)
