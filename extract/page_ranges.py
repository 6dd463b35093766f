"""Page numbers as people write them: '1-3, 7'."""

from __future__ import annotations


def page_ranges(pages: list[int]) -> str:
    """'1-3, 7' for [1, 2, 3, 7]; '' for none."""
    runs: list[list[int]] = []
    for p in pages:
        if runs and p == runs[-1][-1] + 1:
            runs[-1].append(p)
        else:
            runs.append([p])
    return ", ".join(f"{r[0]}-{r[-1]}" if len(r) > 1 else str(r[0]) for r in runs)


def page_list(text: str) -> list[int]:
    """[1, 2, 3, 7] for '1-3, 7' (what page_ranges wrote); [] for ''."""
    out: list[int] = []
    for part in filter(None, (p.strip() for p in text.split(","))):
        first, _, last = part.partition("-")
        out.extend(range(int(first), int(last or first) + 1))
    return out
