"""Pages whose content could not be read whole: pdfminer decodes a content stream whose
compressed data is broken to nothing (or to the part before the damage, or, when only its
checksum fails, to data that may be altered), and skips a content stream that is missing,
without a word, so the page reads as blank, partial or wrong. Each page's content streams, and
the form XObjects its resources hold, are checked here before the page is parsed.
"""

from __future__ import annotations

import zlib
from typing import Any

from pdfminer.pdftypes import LITERALS_FLATE_DECODE, PDFStream, resolve1
from pdfminer.psparser import LIT

FORM = LIT("Form")
CHUNK = 1 << 20
"""Bytes of output inflated at a time (and thrown away): a bomb costs time, not memory."""


def damaged_pages(pages: list[Any]) -> list[int]:
    """The 1-based numbers of the pages (pdfplumber's) whose content, or a form they may draw,
    is missing or does not decode to its end."""
    checked: dict[int, bool] = {}
    damaged = []
    for page in pages:
        if page_is_damaged(page.page_obj.contents, page.page_obj.resources, checked):
            damaged.append(page.page_number)
    return damaged


def page_is_damaged(contents: list[Any], resources: Any, checked: dict[int, bool]) -> bool:
    """A /Contents entry that is no stream (its object is gone) or does not decode, or a form
    XObject in the resources (nested forms too) that does not decode. checked holds the
    verdict on each stream by object id, shared by the pages of a document."""
    for entry in contents:
        stream = resolve1(entry)
        if not isinstance(stream, PDFStream) or stream_is_damaged(stream, checked):
            return True
    return any(stream_is_damaged(form, checked) for form in forms(resources))


def forms(resources: Any) -> list[PDFStream]:
    """The form XObjects named in the resources and, in turn, in theirs: each stream once,
    so a form that draws itself ends the walk."""
    found: list[PDFStream] = []
    seen: set[int] = set()
    todo = [resources]
    while todo:
        res = resolve1(todo.pop())
        xobjects = resolve1(res.get("XObject")) if isinstance(res, dict) else None
        if not isinstance(xobjects, dict):
            continue
        for ref in xobjects.values():
            xobj = resolve1(ref)
            if not isinstance(xobj, PDFStream) or resolve1(xobj.get("Subtype")) is not FORM:
                continue
            key = id(xobj) if xobj.objid is None else xobj.objid
            if key in seen:
                continue
            seen.add(key)
            found.append(xobj)
            todo.append(xobj.get("Resources"))
    return found


def stream_is_damaged(stream: PDFStream, checked: dict[int, bool]) -> bool:
    """The stream's Flate data does not decode cleanly (checked once per object id)."""
    key = stream.objid
    if key is not None and key in checked:
        return checked[key]
    verdict = not inflates(stream)
    if key is not None:
        checked[key] = verdict
    return verdict


def inflates(stream: PDFStream) -> bool:
    """True unless the stream is Flate-compressed (its first filter) and its data, decrypted
    as pdfminer decrypts it, does not decode cleanly. Other filters raise in pdfminer when
    broken, which classifies the file; data already decoded is taken as read."""
    filters = stream.get_filters()
    # An empty stream (OCRmyPDF writes an empty form for a page it found no text on) holds
    # nothing to lose, whatever its filter says.
    if not stream.rawdata or not filters or filters[0][0] not in LITERALS_FLATE_DECODE:
        return True
    data = stream.rawdata
    if stream.decipher:
        # As pdfminer's own PDFStream.decode: a stream given a decipher has its object's ids.
        assert stream.objid is not None and stream.genno is not None
        data = stream.decipher(stream.objid, stream.genno, data, stream.attrs)
    return zlib_whole(data)


def zlib_whole(data: bytes) -> bool:
    """The zlib data inflates to its end and its checksum holds. pdfminer keeps what it could
    inflate of a stream that fails either way, and a checksum that does not hold means the
    stream was altered after it was written: a flipped bit can change or drop text without
    breaking the data (well-formed files never fail it; none of the samples and real plans
    do)."""
    inflater = zlib.decompressobj()
    tail = data
    try:
        while not inflater.eof:
            out = inflater.decompress(tail, CHUNK)
            tail = inflater.unconsumed_tail
            if not (out or tail or inflater.eof):
                return False  # the data ran out before the final block: cut short
    except zlib.error:
        return False
    return True


def missing_pages(pdf: Any) -> int:
    """How many pages the page tree's root declares (/Count) beyond those found in the tree: a
    page whose object is lost is skipped without a word. 0 when the count cannot be read."""
    try:
        root = resolve1(pdf.doc.catalog.get("Pages"))
        count = resolve1(root.get("Count")) if isinstance(root, dict) else None
    except Exception:  # a damaged tree is the parser's to report; this only adds a doubt
        return 0
    found = len(pdf.pages)
    return count - found if isinstance(count, int) and count > found else 0
