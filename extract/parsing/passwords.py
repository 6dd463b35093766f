"""Opening an encrypted PDF with the password the user gave, or with none.

A batch's password is meant for the files that need one, but most encrypted plans are published
with an owner password only (printing or copying restricted, opened by any reader with the
empty user password). Every library that opens the file tries the given password first and,
when the file rejects it, the empty one; only when both are rejected is the password wrong.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TypeVar

from actionplan.extract.errors import chain

T = TypeVar("T")


def open_with_password(
    open_one: Callable[[str], T],
    password: str | None,
    rejected: Callable[[BaseException], bool],
) -> T:
    """open_one(password), or open_one("") when the file rejects the password given (an owner
    password alone protects it). The first error is raised when the empty password is
    rejected too, so the user hears about the password they gave."""
    given = password or ""
    try:
        return open_one(given)
    except Exception as err:
        if not given or not rejected(err):
            raise
        try:
            return open_one("")
        except Exception:
            raise err from None


def raised_any(*kinds: type[BaseException]) -> Callable[[BaseException], bool]:
    """A test for open_with_password: the error, or one it wraps, is of one of these kinds
    (pdfplumber and camelot wrap the reader's password error in their own)."""

    def rejected(err: BaseException) -> bool:
        return any(isinstance(e, kinds) for e in chain(err))

    return rejected
