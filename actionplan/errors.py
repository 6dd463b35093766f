"""Typed exceptions of the Python API: what `actionplan.read_pdf` raises for a file it cannot
read, in the library's terms.

They are made from what the extract stage already diagnoses (extract.errors.diagnose gives each
problem a kind), so the API and the CLI's error rows always agree on what is wrong with a file;
only the wording differs where the CLI names its own flags. `reason` keeps the one line the CLI
writes to documents.csv.
"""

from __future__ import annotations

from pathlib import Path

from actionplan.extract.errors import NeedsOcr as ExtractNeedsOcr
from actionplan.extract.errors import chain, diagnose

NOT_FOUND = "file not found"
"""The reason a missing file gets in an error Document."""


class ActionplanError(Exception):
    """A file could not be read. str(err) says why, in the library's terms."""

    def __init__(self, message: str, reason: str = "") -> None:
        super().__init__(message)
        self.reason = reason or message
        """The one line the CLI gives for the same file (its documents.csv message)."""


class PdfNotFound(ActionplanError, FileNotFoundError):
    """No file at the path given."""


class NotAPdf(ActionplanError):
    """The file is empty or not a PDF at all (a web page, a Word document …)."""


class EncryptedPdf(ActionplanError):
    """The PDF is encrypted: a password is needed, the one given is wrong, or its encryption
    method is not supported."""


class CorruptPdf(ActionplanError):
    """The PDF is truncated or its structure is broken beyond what the reader can follow."""


class NoPages(ActionplanError):
    """A well-formed PDF without a single page."""


class NeedsOcr(ActionplanError):
    """Every page with content is a scanned image without text: only OCR can read it."""

    def __init__(self, message: str, reason: str = "", pages: list[int] | None = None) -> None:
        super().__init__(message, reason)
        self.pages = pages or []
        """The scanned pages (1-based)."""


class OcrFailed(ActionplanError):
    """The file needs OCR and OCR could not run (tools missing) or failed."""


class OutOfMemory(ActionplanError, MemoryError):
    """Reading the file ran out of memory."""


def error_for(err: BaseException, password_given: bool = False) -> ActionplanError | None:
    """The typed exception for a failure met while reading a PDF; None when the failure is not
    a known problem of the file (a bug, which the caller lets through as it is)."""
    if isinstance(err, FileNotFoundError):
        return not_found(Path(err.filename or ""))
    found = diagnose(err, password_given)
    if found is None:
        return None
    kind, reason = found
    if kind == "not_pdf":
        return NotAPdf(reason)
    if kind == "password_needed":
        return EncryptedPdf("encrypted: a password is needed; pass password=", reason)
    if kind in ("password_wrong", "encryption_unsupported"):
        return EncryptedPdf(reason)
    if kind == "no_pages":
        return NoPages(reason)
    if kind == "out_of_memory":
        return OutOfMemory(reason)
    if kind == "ocr_failed":
        return OcrFailed(reason)
    if kind == "needs_ocr":
        pages = next((e.pages for e in chain(err) if isinstance(e, ExtractNeedsOcr)), [])
        message = f"{reason}; pass ocr='auto' (or 'on') to read it"
        return NeedsOcr(message, reason, pages)
    return CorruptPdf(reason)


def not_found(path: Path) -> PdfNotFound:
    """The error for a path that names no file."""
    return PdfNotFound(f"no such file: {path}", NOT_FOUND)
