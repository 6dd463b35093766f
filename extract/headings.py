"""The plan title and intro printed between one table and the next."""

from __future__ import annotations

from statistics import median

from actionplan.extract.models import Line


def body_size(lines: list[Line]) -> float:
    """The document's ordinary text size outside tables."""
    return median(line.size for line in lines) if lines else 10.0


def is_heading(line: Line, body: float) -> bool:
    """Headings stand out by weight or size."""
    return line.bold or line.size >= body * 1.15


def title_and_preamble(lines: list[Line], body: float) -> tuple[str, str]:
    """The most prominent lines of the last run of heading lines above a table, and the rest of
    the text after the run's start (a legend printed beside a title is not the title)."""
    end = None
    for i in range(len(lines) - 1, -1, -1):
        if is_heading(lines[i], body):
            end = i
            break
    if end is None:
        return "", "\n".join(line.text for line in lines)
    start = end
    while start > 0 and is_heading(lines[start - 1], body):
        start -= 1
    run = lines[start : end + 1]
    largest = max(line.size for line in run)
    title = " ".join(line.text for line in run if line.size >= largest - 1.0)
    rest = [line for line in run if line.size < largest - 1.0] + lines[end + 1 :]
    return title, "\n".join(line.text for line in rest)
