"""Which parser reads a PDF's pages: the lean one, pdfminer's own through pdfplumber, or
PDFium's (parse_pdfium)."""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import Any

from actionplan.extract.parsing.form_fields import field_chars
from actionplan.extract.parsing.parse_lean import lean_pages
from actionplan.extract.parsing.parse_page import ParsedPage
from actionplan.extract.parsing.parse_pdfminer import pdfminer_pages

PARSERS = ("auto", "lean", "pdfminer", "pdfium")


def parser_order(setting: str) -> tuple[str, ...]:
    """The parsers to try in turn: 'auto' reads with the lean parser and, should it fail on a
    file, again with pdfminer's own (whose verdict on a broken file is the reference)."""
    if setting == "auto":
        return ("lean", "pdfminer")
    if setting in PARSERS:
        return (setting,)
    raise ValueError(f"unknown parser {setting!r}; one of {', '.join(PARSERS)}")


def parse_pages(
    pdf: Any, parser: str, max_shapes: int | None = None, numbers: Collection[int] | None = None
) -> Iterator[ParsedPage]:
    """The pages of an open pdfplumber PDF (those numbered in numbers, 1-based, if given), read
    by one parser ('lean', 'pdfminer' or 'pdfium'), with the values of filled form fields as
    characters beside the printed ones. The lean and PDFium parsers keep at most max_shapes
    drawn shapes of a page; pdfminer's, the reference, keeps all."""
    wanted = None if numbers is None else set(numbers)
    if parser == "lean":
        parsed = lean_pages(pdf, max_shapes, wanted)
    elif parser == "pdfium":
        # Opt-in, and it reads font dictionaries with pikepdf (the [ocr] extra): loaded only
        # when asked for, so convert neither pays for nor needs it.
        from actionplan.extract.parsing.parse_pdfium import pdfplumber_pages

        parsed = pdfplumber_pages(pdf, max_shapes, wanted)
    else:
        parsed = pdfminer_pages(pdf, wanted)
    plumbed = [p for p in pdf.pages if wanted is None or p.page_number in wanted]
    for page, plumbed_page in zip(parsed, plumbed, strict=True):
        page.chars.extend(field_chars(plumbed_page, page.chars))
        yield page
