"""Which files a batch converts, and the name each is known by.

Inputs are PDF files, folders (searched recursively) and globs the shell did not expand
('archive/**/*.pdf'). Nothing here follows a symbolic link to a folder: a `self -> .` link would
otherwise visit every file once per level, and two links into each other never end.

Each file is named by its path relative to the root of the inputs (the folder given, the folder
of a file given, the fixed part of a glob; for several inputs, their common folder), so that
`f1/plan.pdf` and `f2/plan.pdf` stay two documents, and a batch resumed under another spelling of
the same path (absolute, relative, `a/../a`) names its files as before.
"""

from __future__ import annotations

import fnmatch
import os
import stat
from dataclasses import dataclass
from pathlib import Path

GLOB_CHARS = "*?["


@dataclass(frozen=True)
class InputFile:
    """One file of the batch."""

    path: Path
    """Where to read it (the name's bytes exactly as on disk)."""
    name: str
    """Its path relative to the inputs' root, in display form: the identity of the document."""


@dataclass(frozen=True)
class Inputs:
    """What the inputs named."""

    files: list[InputFile]
    """Every file found, sorted by name, no repeats."""
    missing: list[Path]
    """Names that match nothing."""


def display(text: str | Path) -> str:
    """A file name safe to print and to write as UTF-8: bytes that are not UTF-8 (kept by Python
    as surrogates) become backslash escapes, 'caf\\xe9.pdf'."""
    return os.fsencode(text).decode("utf-8", "backslashreplace")


def is_glob(part: str) -> bool:
    """Whether a path component holds glob characters."""
    return any(ch in part for ch in GLOB_CHARS)


def split_glob(pattern: Path) -> tuple[Path, list[str]]:
    """The fixed folder a glob starts from, and its remaining components."""
    parts = pattern.parts
    first = next(i for i, part in enumerate(parts) if is_glob(part))
    return Path(*parts[:first]) if first else Path("."), list(parts[first:])


def matches(parts: list[str], pattern: list[str]) -> bool:
    """Whether path components match glob components; '**' matches any number of folders."""
    if not pattern:
        return not parts
    head, rest = pattern[0], pattern[1:]
    if head == "**":
        # As glob does: '**' enters no hidden folder, '*' matches no hidden name.
        return any(
            matches(parts[i:], rest)
            for i in range(len(parts) + 1)
            if not any(p.startswith(".") for p in parts[:i])
        )
    if not parts or (parts[0].startswith(".") and not head.startswith(".")):
        return False
    return fnmatch.fnmatchcase(parts[0], head) and matches(parts[1:], rest)


def walk(folder: Path, depth: int | None = None) -> list[Path]:
    """Every file under folder, without entering linked folders; with depth, only files at most
    that many components below it."""
    found: list[Path] = []
    for top, dirs, names in os.walk(folder, followlinks=False):
        level = len(Path(top).relative_to(folder).parts) + 1
        found.extend(Path(top, name) for name in names)
        if depth is not None and level >= depth:
            dirs.clear()
    return found


def expand(pattern: Path) -> list[Path]:
    """Files a glob matches, found by walking from its fixed folder (never following links)."""
    base, rest = split_glob(pattern)
    if not base.is_dir():
        return []
    depth = None if "**" in rest else len(rest)
    return [path for path in walk(base, depth) if matches(list(path.relative_to(base).parts), rest)]


def is_pdf(path: Path) -> bool:
    """A file named like a PDF."""
    return path.suffix.lower() == ".pdf"


def find_inputs(inputs: list[Path]) -> Inputs:
    """The files the inputs name, each with its name relative to the inputs' root."""
    found: dict[str, Path] = {}
    roots: list[str] = []
    missing: list[Path] = []
    for item in inputs:
        if item.is_dir():
            paths, root = [p for p in walk(item) if is_pdf(p)], item
        elif not os.path.lexists(item) and is_glob(str(item)):
            paths, root = [p for p in expand(item) if not p.is_dir()], split_glob(item)[0]
            if not paths:
                missing.append(item)
                continue
        elif os.path.lexists(item):
            paths, root = [item], item.parent
        else:
            missing.append(item)
            continue
        roots.append(os.path.abspath(root))
        for path in paths:
            found.setdefault(os.path.abspath(path), path)
    if not found:
        return Inputs([], missing)
    common = os.path.commonpath(roots)
    files = [InputFile(path, display(os.path.relpath(key, common))) for key, path in found.items()]
    return Inputs(sorted(files, key=lambda f: f.name), missing)


def not_regular(path: Path) -> str | None:
    """Why a path cannot be read as a file (a named pipe, a device, a folder), else None.

    Checked before the file is opened: reading a named pipe blocks until something writes to
    it, past any time limit, and a device may never end.
    """
    try:
        mode = os.stat(path).st_mode
    except OSError as err:
        return f"cannot be read ({err.strerror})"
    if stat.S_ISREG(mode):
        return None
    kinds = {
        stat.S_ISFIFO: "a named pipe",
        stat.S_ISCHR: "a character device",
        stat.S_ISBLK: "a block device",
        stat.S_ISSOCK: "a socket",
        stat.S_ISDIR: "a folder",
    }
    kind = next((name for test, name in kinds.items() if test(mode)), "not a file")
    return f"not a regular file ({kind}); not read"
