"""What the Python API accepts as a PDF, a path, bytes or a binary file object, as a path on
disk (the readers open files by path: pdfplumber, camelot, OCRmyPDF)."""

from __future__ import annotations

import os
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import BinaryIO

Source = str | os.PathLike[str] | bytes | bytearray | memoryview | BinaryIO
"""A PDF given to read_pdf or read_many."""

BYTES_NAME = "<bytes>"
STREAM_NAME = "<stream>"


def is_path(source: Source) -> bool:
    """Whether the source names a file on disk."""
    return isinstance(source, str | os.PathLike)


def payload(source: Source) -> tuple[Path | bytes, str]:
    """The source as a path or as its bytes (a file object is read now), and the name its
    Document is known by."""
    if is_path(source):
        path = Path(source)  # type: ignore[arg-type]
        return path, path.name
    if isinstance(source, bytes | bytearray | memoryview):
        return bytes(source), BYTES_NAME
    if callable(getattr(source, "read", None)):
        data = source.read()  # type: ignore[union-attr]
        if not isinstance(data, bytes):
            raise TypeError("a file object given as a PDF must be opened in binary mode ('rb')")
        name = getattr(source, "name", None)
        return data, Path(name).name if isinstance(name, str) else STREAM_NAME
    raise TypeError(f"a PDF is a path, bytes or a binary file object, not {type(source).__name__}")


@contextmanager
def on_disk(data: Path | bytes) -> Iterator[Path]:
    """A path holding the PDF: the path itself, or bytes spooled to a temporary file that is
    removed afterwards."""
    if isinstance(data, Path):
        yield data
        return
    with tempfile.TemporaryDirectory(prefix="actionplan-") as tmp:
        path = Path(tmp) / "source.pdf"
        path.write_bytes(data)
        yield path
