"""PDFium (extract/parsing/parse_pdfium.py, the default parser) against pdfminer's own through
pdfplumber (parse_pdfminer.py, the reference and fallback), issue 20.

1. Objects: every PDF of samples/, samples/structure/, samples/versions/ and tests/real_corpus/
   read by both parsers. Per file: pages; characters each way; the share of pdfminer's
   characters whose text lines up with PDFium's (difflib over each page's text); the median and
   largest |dx| (of x0 and x1) and |dy| (of top and bottom) of the characters lined up (blanks
   left out: in a run of them, difflib may pair any with any);
   rectangles, lines and curves each way; the filled shapes whose box or colour differ (the
   shapes extract.fills reads: those PDFium gives a colour of its own, e.g. from CMYK); and the
   seconds each parser takes (CPU time, best of --repeat; opening the file included).
2. Pipeline: every sample with an expected JSON converted with ExtractSettings(parser=...) and
   scored as bench/accuracy.py scores it (recommendations all-right, actions all-right), and
   every real-corpus and structure truth scored as bench/rows.py scores it (rows found, whole,
   merged), each with parser "pdfminer" and "pdfium"; pages per second of convert_file both
   ways.

`--part objects` or `--part pipeline` runs one half; `--only SUBSTRING` keeps matching files.
"""

from __future__ import annotations

import argparse
import difflib
import json
import statistics
import sys
import time
from collections.abc import Callable
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pdfplumber  # noqa: E402

from actionplan.extract.colours import is_white, to_hex  # noqa: E402
from actionplan.extract.parsing.parse_page import ParsedPage  # noqa: E402
from actionplan.extract.parsing.parse_pdfium import pdfium_pages  # noqa: E402
from actionplan.extract.parsing.parse_pdfminer import pdfminer_pages  # noqa: E402
from actionplan.extract.settings import ExtractSettings  # noqa: E402
from actionplan.output.rows import action_rows, recommendation_rows  # noqa: E402
from actionplan.pipeline import Options, convert_file  # noqa: E402
from bench.scoring.records import Score, score_actions, score_recommendations  # noqa: E402
from bench.scoring.rows import RowScore, load_truth, score_document  # noqa: E402

FOLDERS = [
    ROOT / "samples",
    ROOT / "samples" / "structure",
    ROOT / "samples" / "versions",
    ROOT / "tests" / "real_corpus",
]
PARSERS = ("pdfminer", "pdfium")


def pdfs(only: str) -> list[Path]:
    """Every PDF of the folders, in order."""
    return [p for folder in FOLDERS for p in sorted(folder.glob("*.pdf")) if only in p.name]


def read_pdfminer(path: Path) -> list[ParsedPage]:
    """pdfminer's pages (pdfplumber's open included, as the pipeline opens it)."""
    with pdfplumber.open(path) as pdf:
        return list(pdfminer_pages(pdf))


def read_pdfium(path: Path) -> list[ParsedPage]:
    """PDFium's pages, read on their own (no pdfplumber)."""
    return list(pdfium_pages(path))


def timed(read: Callable[[Path], list[ParsedPage]], path: Path, repeat: int) -> tuple[Any, float]:
    """The pages and the least CPU seconds of `repeat` readings."""
    best, pages = float("inf"), None
    for _ in range(repeat):
        start = time.process_time()
        pages = read(path)
        best = min(best, time.process_time() - start)
    return pages, best


@dataclass
class Objects:
    """One file's comparison."""

    name: str
    pages: int = 0
    chars: list[int] = field(default_factory=lambda: [0, 0])
    matched: int = 0
    """Letters of pdfminer's text lined up with PDFium's."""
    letters: int = 0
    dx: list[float] = field(default_factory=list)
    dy: list[float] = field(default_factory=list)
    shapes: dict[str, list[int]] = field(default_factory=dict)
    fills: list[int] = field(default_factory=lambda: [0, 0])
    """Filled shapes (as extract.fills keeps them) of pdfminer's parser, and of those the ones
    PDFium gives with another box or colour."""
    seconds: list[float] = field(default_factory=lambda: [0.0, 0.0])
    examples: list[str] = field(default_factory=list)


def page_text(chars: list[dict[str, Any]]) -> tuple[str, list[int]]:
    """A page's text and, for each of its letters, the index of its character."""
    text, owner = [], []
    for i, char in enumerate(chars):
        text.append(char["text"])
        owner.extend([i] * len(char["text"]))
    return "".join(text), owner


def fills(page: ParsedPage) -> list[tuple[tuple[float, ...], str]]:
    """(box, '#rrggbb') of every coloured filled rectangle or curve, as fills.py keeps them
    (its size bound left out)."""
    out = []
    for obj in (*page.rects, *page.curves):
        colour = to_hex(obj.get("non_stroking_color")) if obj.get("fill") else None
        if colour is not None and not is_white(colour):
            out.append((tuple(obj[k] for k in ("x0", "top", "x1", "bottom")), colour))
    return out


def unmatched_fills(ours: ParsedPage, theirs: ParsedPage) -> int:
    """Our fills with no fill of theirs of the same colour and box (to 0.01 pt)."""
    rest = fills(theirs)
    missing = 0
    for box, colour in fills(ours):
        at = next(
            (
                i
                for i, (other, hue) in enumerate(rest)
                if hue == colour
                and all(abs(p - q) <= 0.01 for p, q in zip(box, other, strict=True))
            ),
            None,
        )
        if at is None:
            missing += 1
        else:
            del rest[at]
    return missing


def compare(name: str, reference: list[ParsedPage], native: list[ParsedPage]) -> Objects:
    """Characters, shapes and fills of two readings of one file."""
    out = Objects(name, pages=len(reference))
    out.shapes = {kind: [0, 0] for kind in ("rects", "lines", "curves")}
    for ours, theirs in zip(reference, native, strict=False):
        out.chars[0] += len(ours.chars)
        out.chars[1] += len(theirs.chars)
        for kind in out.shapes:
            out.shapes[kind][0] += len(getattr(ours, kind))
            out.shapes[kind][1] += len(getattr(theirs, kind))
        a, owner_a = page_text(ours.chars)
        b, owner_b = page_text(theirs.chars)
        out.letters += len(a)
        matcher = difflib.SequenceMatcher(None, a, b, autojunk=False)
        for tag, i1, i2, j1, j2 in matcher.get_opcodes():
            if tag != "equal":
                if len(out.examples) < 3:
                    out.examples.append(
                        f"p{ours.page_number} {tag} {a[max(i1 - 8, 0) : i2 + 8]!r} -> "
                        f"{b[max(j1 - 8, 0) : j2 + 8]!r}"
                    )
                continue
            out.matched += i2 - i1
            for k in range(i2 - i1):
                x, y = ours.chars[owner_a[i1 + k]], theirs.chars[owner_b[j1 + k]]
                if x["text"].isspace():
                    continue  # runs of blanks line up one for another
                out.dx.append(max(abs(x["x0"] - y["x0"]), abs(x["x1"] - y["x1"])))
                out.dy.append(max(abs(x["top"] - y["top"]), abs(x["bottom"] - y["bottom"])))
        out.fills[0] += len(fills(ours))
        out.fills[1] += unmatched_fills(ours, theirs)
    return out


def objects_part(files: list[Path], repeat: int) -> None:
    """Part 1: the table of objects and seconds."""
    print(
        f"{'file':44} {'pages':>5} {'chars pdfminer/pdfium':>21} {'match':>7} "
        f"{'dx med/max':>13} {'dy med/max':>13} {'rects':>11} {'lines':>11} {'curves':>11} "
        f"{'fills!=':>8} {'s pdfminer/pdfium':>17}"
    )
    total = Objects("TOTAL")
    total.shapes = {kind: [0, 0] for kind in ("rects", "lines", "curves")}
    for path in files:
        reference, reference_s = timed(read_pdfminer, path, repeat)
        native, native_s = timed(read_pdfium, path, repeat)
        row = compare(path.name, reference, native)
        row.seconds = [reference_s, native_s]
        print_row(row)
        for line in row.examples:
            print(f"    {line}")
        total.pages += row.pages
        total.matched += row.matched
        total.letters += row.letters
        total.dx += row.dx
        total.dy += row.dy
        for i in (0, 1):
            total.chars[i] += row.chars[i]
            total.fills[i] += row.fills[i]
            total.seconds[i] += row.seconds[i]
            for kind in total.shapes:
                total.shapes[kind][i] += row.shapes[kind][i]
    print_row(total)
    reference_rate, native_rate = (total.pages / s for s in total.seconds)
    print(
        f"\nparse alone: pdfminer {reference_rate:.1f} pages/s, pdfium {native_rate:.1f} pages/s "
        f"({native_rate / reference_rate:.2f}x); characters whose |dx| > 0.01: "
        f"{sum(d > 0.01 for d in total.dx)}, |dy| > 0.01: {sum(d > 0.01 for d in total.dy)}"
    )


def print_row(row: Objects) -> None:
    """One line of part 1."""
    share = row.matched / row.letters if row.letters else 1.0

    def spread(values: list[float]) -> str:
        return f"{statistics.median(values):.3f}/{max(values):.2f}" if values else "-"

    shapes = " ".join(f"{n[0]:>5}/{n[1]:<5}" for n in row.shapes.values())
    print(
        f"{row.name[:44]:44} {row.pages:5d} {row.chars[0]:>12}/{row.chars[1]:<8} {share:7.2%} "
        f"{spread(row.dx):>13} {spread(row.dy):>13} {shapes} "
        f"{row.fills[1]:>3}/{row.fills[0]:<4} {row.seconds[0]:10.2f}/{row.seconds[1]:<6.2f}"
    )


def convert(path: Path, parser: str) -> tuple[Any, float]:
    """convert_file with one parser, and its wall seconds."""
    options = Options(settings=ExtractSettings(parser=parser))  # type: ignore[arg-type]
    start = time.perf_counter()
    doc = convert_file(path, options)
    return doc, time.perf_counter() - start


def pipeline_part(only: str) -> None:
    """Part 2: accuracy on the samples and rows on the corpora, both parsers."""
    truths = [
        t
        for folder in (ROOT / "samples", ROOT / "samples" / "versions")
        for t in sorted(folder.glob("*.expected.json"))
        if only in t.name
    ]
    convert(ROOT / "samples" / "cspr_child_t_portrait.pdf", "pdfium")  # warm-up
    pages = dict.fromkeys(PARSERS, 0)
    seconds = dict.fromkeys(PARSERS, 0.0)
    columns = f"{'recs all-right pdfminer/pdfium':>30} {'actions pdfminer/pdfium':>23}"
    print(f"\n{'sample':44} {columns}")
    totals = {p: (Score(), Score()) for p in PARSERS}
    for truth_file in truths:
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        pdf = truth_file.with_name(truth["source_file"])
        cells = []
        for parser in PARSERS:
            doc, spent = convert(pdf, parser)
            pages[parser] += doc.pages
            seconds[parser] += spent
            recs = score_recommendations(recommendation_rows(doc), truth["recommendations"])
            actions = score_actions(action_rows(doc), truth["actions"])
            totals[parser][0].add(recs)
            totals[parser][1].add(actions)
            cells.append((recs, actions))
        (lr, la), (pr, pa) = cells
        flag = "" if (lr.exact, la.exact) == (pr.exact, pa.exact) else "  <- differs"
        print(
            f"{pdf.name[:44]:44} {lr.exact:>9}/{lr.expected:<4} {pr.exact:>6}/{pr.expected:<8}"
            f"{la.exact:>9}/{la.expected:<4} {pa.exact:>6}/{pa.expected:<4}{flag}"
        )
        for parser, (recs, actions) in zip(PARSERS, cells, strict=True):
            if flag:
                for line in (recs.mismatches + actions.mismatches)[:4]:
                    print(f"    {parser}: {line}")
    for parser in PARSERS:
        recs, actions = totals[parser]
        print(
            f"  {parser:7} recommendations all-right {recs.exact}/{recs.expected} "
            f"({recs.exact_share:.1%}), actions all-right {actions.exact}/{actions.expected} "
            f"({actions.exact_share:.1%})"
        )
    print(
        f"\n{'document':44} {'found pdfminer/pdfium':>18} {'whole pdfminer/pdfium':>18} "
        f"{'merged pdfminer/pdfium':>19}"
    )
    row_totals = {p: RowScore("TOTAL") for p in PARSERS}
    for folder in (ROOT / "tests" / "real_corpus", ROOT / "samples" / "structure"):
        for truth_file in sorted(folder.glob("*.truth.json")):
            if only not in truth_file.name:
                continue
            truth = load_truth(truth_file)
            pdf = truth_file.with_name(truth.source_file)
            scores = []
            for parser in PARSERS:
                doc, spent = convert(pdf, parser)
                pages[parser] += doc.pages
                seconds[parser] += spent
                score = score_document(doc, truth)
                scores.append(score)
                total = row_totals[parser]
                for attr in ("expected", "found", "whole", "cut", "cut_whole", "merged"):
                    setattr(total, attr, getattr(total, attr) + getattr(score, attr))
            reference, native = scores
            same = (reference.found, reference.whole, reference.merged) == (
                native.found,
                native.whole,
                native.merged,
            )
            print(
                f"{pdf.name[:44]:44} {reference.found:>8}/{native.found:<9} "
                f"{reference.whole:>8}/{native.whole:<9} "
                f"{reference.merged:>8}/{native.merged:<10}"
                f"{'' if same else '  <- differs'}"
            )
            if not same:
                pairs = ((PARSERS[0], reference, native), (PARSERS[1], native, reference))
                for parser, score, other in pairs:
                    for problem in sorted(set(score.problems) - set(other.problems)):
                        print(f"    only {parser}: {problem}")
    for parser in PARSERS:
        total = row_totals[parser]
        print(
            f"  {parser:7} rows {total.expected}: found {total.found}, whole {total.whole}, "
            f"cut whole {total.cut_whole}/{total.cut}, records holding 2+ rows {total.merged}"
        )
    print(
        "\nconvert_file (wall clock, every document above): "
        + ", ".join(f"{p} {pages[p] / seconds[p]:.1f} pages/s" for p in PARSERS)
    )


def main() -> int:
    """Run the parts asked for; exit 0."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--part", choices=("objects", "pipeline", "all"), default="all")
    parser.add_argument("--only", default="", help="files whose name holds this")
    parser.add_argument("--repeat", type=int, default=1, help="readings timed per parser")
    args = parser.parse_args()
    if args.part in ("objects", "all"):
        objects_part(pdfs(args.only), args.repeat)
    if args.part in ("pipeline", "all"):
        pipeline_part(args.only)
    return 0


if __name__ == "__main__":
    sys.exit(main())
