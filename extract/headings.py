"""The plan title and intro printed between one table and the next."""

from __future__ import annotations

from statistics import median

from extract.text import TextLine


def body_size(lines: list[TextLine]) -> float:
    """The document's ordinary text size outside tables."""
    return median(line.size for line in lines) if lines else 10.0


def is_heading(line: TextLine, body: float) -> bool:
    """Headings stand out by weight or size."""
    return line.bold or line.size >= body * 1.15


def title_and_preamble(lines: list[TextLine], body: float) -> tuple[str, str]:
    """The last run of heading lines above a table, and the text after it."""
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
    title = " ".join(line.text for line in lines[start : end + 1])
    preamble = "\n".join(line.text for line in lines[end + 1 :])
    return title, preamble
