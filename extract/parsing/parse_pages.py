"""Which parser reads a PDF's pages: PDFium's (parse_pdfium, the default) or pdfminer's own
through pdfplumber (parse_pdfminer, the reference).

PDFium reads every page's characters, paths and images. pdfminer and pdfplumber still earn
their place around it:
- They open the file (decryption, the page tree) and give each page's box, rotation and
  offset in the document: PDFium's objects are placed by them exactly where pdfplumber puts
  its own (parse_pdfium.plumber_frame), so either parser's objects fit the same code.
- Their verdict on a broken file is the reference: with 'auto', a file PDFium fails on (or
  finds another number of pages in) is read again by pdfminer's parser, and the error it
  raises, if any, is what the file is reported as (extract.errors classifies it).
- They read what PDFium's pages do not give the same way: the values of filled form fields
  (form_fields), damaged content streams (damage) and pages lost from the page tree.
- pdfplumber's TableFinder turns ruling lines into cells (grids/grid.py), and its
  WordExtractor is what extract.words reproduces.
"""

from __future__ import annotations

from collections.abc import Collection, Iterator
from typing import Any

from actionplan.extract.parsing.form_fields import field_chars
from actionplan.extract.parsing.parse_page import ParsedPage
from actionplan.extract.parsing.parse_pdfminer import pdfminer_pages

PARSERS = ("auto", "pdfium", "pdfminer")


def parser_order(setting: str) -> tuple[str, ...]:
    """The parsers to try in turn: 'auto' reads with PDFium and, should it fail on a file,
    again with pdfminer's own (whose verdict on a broken file is the reference)."""
    if setting == "auto":
        return ("pdfium", "pdfminer")
    if setting in PARSERS:
        return (setting,)
    raise ValueError(f"unknown parser {setting!r}; one of {', '.join(PARSERS)}")


def load_parser(setting: str) -> None:
    """Load what the parsers of a setting need before a file is read (PDFium's library and its
    functions): a batch does it once before forking its workers, which inherit it rather than
    each paying for it (some 40 ms a file). Should loading fail, each file meets the failure
    when it is read, and it is reported there, file by file."""
    if "pdfium" not in parser_order(setting):
        return
    try:
        from actionplan.extract.parsing.parse_pdfium import native

        native()
    except Exception:  # only a head start: the reading reports the failure
        return


def parse_pages(
    pdf: Any, parser: str, max_shapes: int | None = None, numbers: Collection[int] | None = None
) -> Iterator[ParsedPage]:
    """The pages of an open pdfplumber PDF (those numbered in numbers, 1-based, if given), read
    by one parser ('pdfium' or 'pdfminer'), with the values of filled form fields as characters
    beside the printed ones. PDFium's parser keeps at most max_shapes drawn shapes of a page;
    pdfminer's, the reference, keeps all."""
    wanted = None if numbers is None else set(numbers)
    if parser == "pdfium":
        # Importing pypdfium2 and pikepdf with the CLI would add 50 ms to its 300 ms start
        # (-X importtime): loaded when files are to be read (a batch's load_parser, or here),
        # not for `actionplan --help`.
        from actionplan.extract.parsing.parse_pdfium import pdfplumber_pages

        parsed = pdfplumber_pages(pdf, max_shapes, wanted)
    else:
        parsed = pdfminer_pages(pdf, wanted)
    plumbed = [p for p in pdf.pages if wanted is None or p.page_number in wanted]
    for page, plumbed_page in zip(parsed, plumbed, strict=True):
        page.chars.extend(field_chars(plumbed_page, page.chars))
        yield page
