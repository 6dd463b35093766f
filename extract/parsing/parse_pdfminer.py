"""The reference parser: pdfplumber's own page objects (pdfminer.six's layout of each page)."""

from __future__ import annotations

from collections.abc import Container, Iterator
from typing import Any

from actionplan.extract.parsing.parse_page import ParsedPage


def pdfminer_pages(pdf: Any, wanted: Container[int] | None = None) -> Iterator[ParsedPage]:
    """Each page of an open pdfplumber PDF (those numbered in wanted, if given) as pdfplumber
    reads it; its caches freed after."""
    for page in pdf.pages:
        if wanted is not None and page.page_number not in wanted:
            continue
        objects = page.objects
        yield ParsedPage(
            page_number=page.page_number,
            width=float(page.width),
            height=float(page.height),
            chars=objects.get("char", []),
            rects=objects.get("rect", []),
            lines=objects.get("line", []),
            curves=objects.get("curve", []),
            images=objects.get("image", []),
        )
        page.close()
