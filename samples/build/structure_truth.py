"""Truth files of the structure samples: records as authored, page numbers found in the PDF.

Only page numbers come from the PDF: the page's characters, in content-stream order (all three
renderers write a table cell by cell), are joined without whitespace into one stream, and each
record's known words are followed through it, cell by cell. A word not where the last one ended
is looked for as a run of up to four words further on (a cut cell resumes after the other cells
of its row, and after a repeated header, on the next page).
"""

from __future__ import annotations

import re
import unicodedata
from pathlib import Path

import pdfplumber
from structure_model import Doc, Rec, Table, plain


def squash(text: str) -> str:
    return re.sub(r"\s+", "", unicodedata.normalize("NFKC", text))


class Stream:
    def __init__(self, pdf: Path) -> None:
        chars: list[str] = []
        pages: list[int] = []
        with pdfplumber.open(pdf) as doc:
            self.page_count = len(doc.pages)
            for page in doc.pages:
                for ch in page.chars:
                    for piece in squash(ch["text"]):
                        chars.append(piece)
                        pages.append(page.page_number)
        self.text = "".join(chars)
        self.pages = pages

    def count(self, text: str) -> int:
        return len(re.findall(re.escape(squash(text)), self.text))


def _words(text: str) -> list[str]:
    return plain(text).split()


def _pieces(words: list[str]) -> list[str]:
    """Words split after their hyphens: a renderer may break "sub-group" over two pages."""
    return [p for w in words for p in re.findall(r"[^-]+-|[^-]+$|-+", w)]


def locate_cell(stream: Stream, words: list[str], start: int) -> tuple[list[int], int, int]:
    """Pages of each word, where the cell began and where it ended."""
    pages = []
    owner = [i for i, w in enumerate(words) for _ in _pieces([w])]
    original = words
    words = _pieces(words)
    pos = None
    begin = None
    for i, w in enumerate(words):
        sw = squash(w)
        if pos is not None and stream.text.startswith(sw, pos):
            at = pos
        else:
            window = squash("".join(words[i : i + 4]))
            at = stream.text.find(window, pos if pos is not None else start)
            if at < 0:
                raise LookupError(f"not found: {' '.join(words[i : i + 4])!r}")
        if begin is None:
            begin = at
        pages.append(stream.pages[at])
        pos = at + len(sw)
    first_page = [0] * len(original)
    last_page = [0] * len(original)
    for k in range(len(words) - 1, -1, -1):
        first_page[owner[k]] = pages[k]
    for k in range(len(words)):
        last_page[owner[k]] = pages[k]
    return first_page, begin, pos, last_page


def build_truth(doc: Doc, pdf: Path) -> dict:
    stream = Stream(pdf)
    # fragments of each record in order
    order: list[Rec] = []
    frags: dict[int, list[list[str]]] = {}
    for block in doc.blocks:
        if not isinstance(block, Table):
            continue
        for row in block.rows:
            if row.rec is None:
                continue
            if id(row.rec) not in frags:
                order.append(row.rec)
                frags[id(row.rec)] = []
            frags[id(row.rec)].append([c.text if not c.merge_up else "" for c in row.cells])
    cursor = 0
    records = []
    for rec in order:
        cell_pages: dict[int, list[tuple[list[str], list[int]]]] = {}
        all_pages: list[int] = []
        for cells in frags[id(rec)]:
            row_start = None
            end = cursor
            for ci, text in enumerate(cells):
                words = _words(text)
                if not words:
                    continue
                pages, begin, stop, last_pages = locate_cell(
                    stream, words, cursor if row_start is None else row_start
                )
                if row_start is None:
                    row_start = begin
                cell_pages.setdefault(ci, []).append((words, pages))
                all_pages += pages + last_pages
                end = max(end, stop)
            cursor = end
        p0, p1 = min(all_pages), max(all_pages)
        main_words = [w for words, _ in cell_pages[rec.main] for w in words]
        skip = len(_words(rec.first_skip)) if rec.first_skip else 0
        first = " ".join(main_words[skip : skip + 6])
        try:
            last = _last(stream, cell_pages, p1, p0 != p1)
        except LookupError as exc:
            raise LookupError(f"{doc.stem} record {rec.id}: {exc}") from None
        if stream.count(first) != 1:
            first = " ".join(main_words[skip : skip + 10])
        records.append(
            {
                "id": rec.id,
                "first": first,
                "last": last,
                "page_start": p0,
                "page_end": p1,
                "cut": p0 != p1,
            }
        )
    return {
        "source_file": f"{doc.stem}.pdf",
        "mechanism": doc.mechanism,
        "renderer": {
            "reportlab": "reportlab",
            "writer": "docx->LibreOffice Writer",
            "chromium": "html->Chromium",
        }[doc.renderer],
        "plans": doc.plans,
        "pages": stream.page_count,
        "records": records,
    }


def _last(stream: Stream, cell_pages, page_end: int, cut: bool) -> str:
    """Last words of the last cell (with three words or more) printed on the record's last page."""
    candidates = []
    for ci in sorted(cell_pages, reverse=True):
        words = [w for ws, _ in cell_pages[ci] for w in ws]
        pages = [p for _, ps in cell_pages[ci] for p in ps]
        on_end = [w for w, p in zip(words, pages, strict=True) if p == page_end]
        if on_end:
            candidates.append(on_end)
    candidates.sort(key=lambda ws: len(ws) < 3)  # stable: keeps right-to-left order
    for on_end in candidates:
        for n in range(min(5, len(on_end)), min(12, len(on_end)) + 1):
            for end in range(len(on_end), n - 1, -1):  # the latest unique run of n words
                cand = " ".join(on_end[end - n : end])
                if stream.count(cand) == 1:
                    return cand
    raise LookupError(f"no unique last words in {candidates}")
