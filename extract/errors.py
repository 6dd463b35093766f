"""Why a PDF could not be read, in the user's terms: one line, naming what to do if anything."""

from __future__ import annotations

import re
from typing import Literal

from pdfminer.pdfdocument import PDFEncryptionError, PDFPasswordIncorrect
from pdfminer.psexceptions import PSException
from pdfplumber.utils.exceptions import MalformedPDFException, PdfminerException

Kind = Literal[
    "not_pdf",
    "password_needed",
    "password_wrong",
    "encryption_unsupported",
    "corrupt",
    "no_pages",
    "out_of_memory",
    "needs_ocr",
    "ocr_failed",
]
"""What is wrong with a file, for the typed errors of the Python API (actionplan.errors)."""


class ExtractError(Exception):
    """A PDF could not be read; str(err) is the reason in the user's terms, kind its category."""

    def __init__(self, message: str, kind: Kind) -> None:
        super().__init__(message)
        self.kind: Kind = kind

    def __reduce__(self) -> tuple:
        # Rebuilt with both arguments when it crosses a process boundary.
        return (type(self), (str(self), self.kind))


class NeedsOcr(ExtractError):
    """Every page with content is a scan without text: only OCR can read the file."""

    def __init__(self, message: str, pages: list[int]) -> None:
        super().__init__(message, "needs_ocr")
        self.pages = pages

    def __reduce__(self) -> tuple:
        return (type(self), (str(self), self.pages))


CORRUPT = "corrupt or truncated PDF"
OUT_OF_MEMORY = "ran out of memory"


def sniff(head: bytes) -> str | None:
    """The reason a file is not a PDF at all, from its first bytes; None if it may be one."""
    if not head.strip():
        return "empty file"
    if b"%PDF" in head[:1024]:
        return None
    lowered = head[:512].lstrip().lower()
    if lowered.startswith((b"<!doctype html", b"<html")) or b"<html" in lowered:
        return "not a PDF file (looks like a web page)"
    if head.startswith(b"PK\x03\x04"):
        return "not a PDF file (looks like a Word document or other ZIP file)"
    return "not a PDF file"


def out_of_memory(err: BaseException) -> bool:
    """A MemoryError, or one wrapped as pdfplumber wraps pdfminer's failures. Asked while the
    memory is still full, so it builds nothing (chain() would)."""
    if isinstance(err, PdfminerException) and err.args:
        err = err.args[0]
    return isinstance(err, MemoryError)


def chain(err: BaseException) -> list[BaseException]:
    """The exception, what it wraps (pdfplumber wraps pdfminer's in args[0]) and its causes."""
    out: list[BaseException] = []
    todo: list[BaseException | None] = [err]
    while todo:
        e = todo.pop()
        if e is None or e in out:
            continue
        out.append(e)
        todo.extend([e.__cause__, e.__context__])
        todo.extend(a for a in e.args if isinstance(a, BaseException))
    return out


def classify(err: BaseException, password_given: bool = False) -> str | None:
    """A one-line reason for an exception met while reading a PDF; None when it is not a known
    problem of the file (a bug of ours, to report as an internal error)."""
    found = diagnose(err, password_given)
    return found[1] if found else None


def diagnose(err: BaseException, password_given: bool = False) -> tuple[Kind, str] | None:
    """What kind of problem of the file an exception shows, and its one-line reason; None
    when it is not a known problem of the file."""
    for e in chain(err):
        if isinstance(e, ExtractError):
            return e.kind, str(e)
        if isinstance(e, PDFPasswordIncorrect):
            if password_given:
                return "password_wrong", "encrypted: the password given is wrong"
            return "password_needed", "encrypted: a password is needed"
        if isinstance(e, PDFEncryptionError):
            return "encryption_unsupported", unsupported_encryption(e)
        if isinstance(e, RecursionError):
            return "corrupt", "corrupt PDF (objects nested too deeply or referring to themselves)"
        if isinstance(e, MemoryError) or "insufficient memory" in str(e).lower():
            return "out_of_memory", OUT_OF_MEMORY  # OpenCV reports it as its own error
    for e in chain(err):
        if isinstance(e, PSException | MalformedPDFException | PdfminerException):
            return "corrupt", CORRUPT
    if raised_in_reader(err):
        name = type(err).__name__
        return "corrupt", f"{CORRUPT} (structure the PDF reader could not follow: {name})"
    return None


# pdfminer names the /Encrypt dictionary's repr in its message (keys quoted, names as /'X'),
# raw key strings included: only a clean short name and a version number are taken from it.
ENCRYPT_FILTER = re.compile(r"'Filter': /'([A-Za-z][\w.+-]{0,31})'[,}]")
ENCRYPT_VERSION = re.compile(r"'V': (\d{1,3})[,}]")


def unsupported_encryption(err: BaseException) -> str:
    """One line for a file encrypted by a security handler the reader does not implement,
    naming the handler (and its version) when the reader's message gives a clean name; never
    the raw /Encrypt dictionary, whose keys are binary."""
    text = str(err)
    found = ENCRYPT_FILTER.search(text)
    name = found.group(1) if found else ""
    version = ENCRYPT_VERSION.search(text)
    if name == "Standard" and version:
        name = f"Standard, version {version.group(1)}"
    method = f" ({name})" if name else ""
    return f"encrypted with an unsupported method{method}; cannot be read"


READERS = ("/pdfminer/", "/pdfplumber/", "/pypdfium2/", "/camelot/", "/playa/")


def raised_in_reader(err: BaseException) -> bool:
    """True when the exception was raised inside the PDF-reading libraries, not our code: on a
    damaged file they fail with TypeError, KeyError and the like (a page without a MediaBox)."""
    tb = err.__traceback__
    if tb is None:
        return False
    while tb.tb_next is not None:
        tb = tb.tb_next
    filename = tb.tb_frame.f_code.co_filename.replace("\\", "/")
    return any(part in filename for part in READERS)
