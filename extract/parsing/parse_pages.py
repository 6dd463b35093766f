"""Which parser reads a PDF's pages: the lean one, or pdfminer's own through pdfplumber."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

from actionplan.extract.parsing.form_fields import field_chars
from actionplan.extract.parsing.parse_lean import lean_pages
from actionplan.extract.parsing.parse_page import ParsedPage
from actionplan.extract.parsing.parse_pdfminer import pdfminer_pages

PARSERS = ("auto", "lean", "pdfminer")


def parser_order(setting: str) -> tuple[str, ...]:
    """The parsers to try in turn: 'auto' reads with the lean parser and, should it fail on a
    file, again with pdfminer's own (whose verdict on a broken file is the reference)."""
    if setting == "auto":
        return ("lean", "pdfminer")
    if setting in PARSERS:
        return (setting,)
    raise ValueError(f"unknown parser {setting!r}; one of {', '.join(PARSERS)}")


def parse_pages(pdf: Any, parser: str, max_shapes: int | None = None) -> Iterator[ParsedPage]:
    """The pages of an open pdfplumber PDF, read by one parser ('lean' or 'pdfminer'), with
    the values of filled form fields as characters beside the printed ones. The lean parser
    keeps at most max_shapes drawn shapes of a page; pdfminer's, the reference, keeps all."""
    parsed = lean_pages(pdf, max_shapes) if parser == "lean" else pdfminer_pages(pdf)
    for page, plumbed in zip(parsed, pdf.pages, strict=True):
        page.chars.extend(field_chars(plumbed, page.chars))
        yield page
