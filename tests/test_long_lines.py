"""Work grows in proportion to the words on a line (issue 17: a page with one line of 320,000
words took 50 s, the time growing with the square of its words). Not timed: the lines of our
code run are counted, on lines four times as long, in the three shapes a long line takes on
the way through the extract stage (words, unruled columns, blanks between lines side by side)."""

from __future__ import annotations

import sys
from collections.abc import Callable
from pathlib import Path
from types import FrameType
from typing import Any

import pytest

from actionplan.pipeline import Options, convert_file
from tests.robustness.make_inputs import HELVETICA, raw_pdf

ROOT = Path(__file__).resolve().parents[1]
OURS = tuple(f"{ROOT / package}/" for package in ("actionplan", "extract", "normalise", "output"))


def line_pdf(path: Path, words: int, step: float, rows: int = 1, blank: bool = False) -> Path:
    """A page of `rows` lines, 14 pt apart, of `words` Helvetica 10 pt words `step` points apart
    ("w0".."w9", each followed by a blank when asked), on a page as wide as they need."""
    ops = [b"BT /F1 10 Tf"]
    for row in range(rows):
        ops.append(b"1 0 0 1 20 %d Tm" % (400 - 14 * row))
        ops.extend(
            b"(w%d%s) Tj %g 0 Td" % (i % 10, b" " if blank else b"", step) for i in range(words)
        )
    ops.append(b"ET")
    content = b"\n".join(ops)
    width = int(40 + words * step)
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 %d 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 3 0 R >> >> >>" % width
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [5 0 R] /Count 1 >>",
        HELVETICA,
        b"<< /Length %d >>\nstream\n" % len(content) + content + b"\nendstream",
        page,
    ]
    path.write_bytes(raw_pdf(objects))
    return path


def lines_run(work: Callable[[], Any]) -> int:
    """How many lines of the project's own code work() runs (libraries' lines not counted)."""
    count = 0

    def in_ours(frame: FrameType, event: str, arg: Any) -> Any:
        nonlocal count
        if event == "line":
            count += 1
        return in_ours

    def on_call(frame: FrameType, event: str, arg: Any) -> Any:
        return in_ours if frame.f_code.co_filename.startswith(OURS) else None

    sys.settrace(on_call)
    try:
        work()
    finally:
        sys.settrace(None)
    return count


SHAPES = {
    # A word space apart: one line of words (grouping words into lines).
    "words": {"step": 18.0},
    # A column gap apart, on four lines: an unruled table of as many columns as words.
    "columns": {"step": 30.0, "rows": 4},
    # Words and a blank, far apart: outside tables, each is a line of its own beside the others.
    "blanks": {"step": 50.0, "blank": True},
}


@pytest.mark.parametrize("shape", SHAPES)
def test_work_grows_with_the_words_on_a_line_not_their_square(shape: str, tmp_path: Path) -> None:
    short = line_pdf(tmp_path / "short.pdf", 150, **SHAPES[shape])
    long = line_pdf(tmp_path / "long.pdf", 600, **SHAPES[shape])
    for path in (short, long):  # imports and caches warmed, so both runs count alike
        convert_file(path, Options())
    ratio = lines_run(lambda: convert_file(long, Options())) / lines_run(
        lambda: convert_file(short, Options())
    )
    # Four times the words: about four times the work; the square would be sixteen.
    assert ratio < 6, ratio
