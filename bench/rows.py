"""`make bench`: rows of real plans (tests/real_corpus) and of the structure samples
(samples/structure), each against its hand-checked truth: rows found, whole, cut by a page break
and whole, records holding two rows; beside them, how many rows a bare pdfplumber
`extract_tables()` dump holds as loose rows (the floor).

Prints one line per document and writes the same table between the markers in
docs/benchmarks.md.
"""

from __future__ import annotations

import sys
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pdfplumber  # noqa: E402

from actionplan.normalise.coverage import squeeze  # noqa: E402
from actionplan.pipeline import Options, convert_file  # noqa: E402
from bench.accuracy import machine  # noqa: E402
from bench.scoring.rows import RowScore, Truth, load_truth, score_document  # noqa: E402

CORPORA = {
    "real": ROOT / "tests" / "real_corpus",
    "structure": ROOT / "samples" / "structure",
}
DOC = ROOT / "docs" / "benchmarks.md"
START, END = "<!-- rows:start -->", "<!-- rows:end -->"


def floor(pdf: Path, truth: Truth) -> int:
    """Truth rows whose opening words one row of pdfplumber's extract_tables() holds."""
    pages = {p for row in truth.rows for p in range(row.page_start, row.page_end + 1)}
    texts: list[str] = []
    with pdfplumber.open(pdf) as doc:
        for number in sorted(pages):
            for table in doc.pages[number - 1].extract_tables():
                texts.extend(squeeze("".join(c or "" for c in row)) for row in table)
    return sum(any(squeeze(row.first) in t for t in texts) for row in truth.rows)


def score_corpus(folder: Path) -> list[tuple[RowScore, str, int, float | None]]:
    """Each truth of a folder: its score, its kind, the floor, and text coverage."""
    out = []
    for truth_file in sorted(folder.glob("*.truth.json")):
        truth = load_truth(truth_file)
        pdf = truth_file.with_name(truth.source_file)
        doc = convert_file(pdf, Options())
        score = score_document(doc, truth)
        out.append((score, truth.kind, floor(pdf, truth), doc.text_coverage))
    return out


def table(name: str, results: list[tuple[RowScore, str, int, float | None]]) -> list[str]:
    """Markdown lines for one corpus."""
    lines = [
        f"**{name}** ({len(results)} documents)",
        "",
        "| document | kind | rows | found | whole | cut by a page break: whole "
        "| records holding 2+ rows | in tables/ | pdfplumber floor | text_coverage |",
        "|---|---|---:|---:|---:|---:|---:|---:|---:|---:|",
    ]
    total = RowScore("TOTAL")
    floor_total = 0
    for score, kind, low, coverage in results:
        cov = "" if coverage is None else f"{coverage:.4f}"
        lines.append(
            f"| {score.source_file} | {kind} | {score.expected} | {score.found} | {score.whole} "
            f"| {score.cut_whole}/{score.cut} | {score.merged} | {score.in_tables} | {low} "
            f"| {cov} |"
        )
        for attr in ("expected", "found", "whole", "cut", "cut_whole", "merged", "in_tables"):
            setattr(total, attr, getattr(total, attr) + getattr(score, attr))
        floor_total += low
    lines.append(
        f"| **total** | | {total.expected} | {total.found} | {total.whole} "
        f"| {total.cut_whole}/{total.cut} | {total.merged} | {total.in_tables} | {floor_total} | |"
    )
    return lines


def main() -> None:
    """Score both corpora, print the tables and problems, and record them."""
    stamp = datetime.now(UTC).strftime("%Y-%m-%d %H:%M UTC")
    report = [START, f"Measured {stamp} on {machine()} by `make bench` (bench/rows.py).", ""]
    for name, folder in CORPORA.items():
        results = score_corpus(folder)
        report += [*table(name, results), ""]
        for score, *_ in results:
            for problem in score.problems:
                print(f"{score.source_file}: {problem}")
    report.append(END)
    print("\n".join(report))
    text = DOC.read_text(encoding="utf-8")
    if START in text and END in text:
        head, rest = text.split(START, 1)
        text = head + "\n".join(report) + rest.split(END, 1)[1]
    else:
        text = text.rstrip("\n") + "\n\n## Rows of real plans and structure samples\n\n"
        text += "\n".join(report) + "\n"
    DOC.write_text(text, encoding="utf-8")


if __name__ == "__main__":
    main()
