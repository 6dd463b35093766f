"""`make bench`: accuracy against each sample's ground truth, and pages per second.

Prints, per sample and in total: recommendations expected/found, the share with every field
right, per-field accuracy, actions with every field right, and throughput of the whole pipeline.
"""

from __future__ import annotations

import argparse
import json
import os
import platform
import sys
import time
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pdfplumber  # noqa: E402

from actionplan.output.rows import action_rows, recommendation_rows  # noqa: E402
from actionplan.pipeline import Options, convert_file  # noqa: E402
from bench.scoring.records import REC_FIELDS, Score, score_actions, score_recommendations  # noqa: E402


def machine() -> str:
    """CPU model, cores and Python version, for the record in docs/benchmarks.md."""
    model = platform.processor() or platform.machine()
    cpuinfo = Path("/proc/cpuinfo")
    if cpuinfo.exists():
        for line in cpuinfo.read_text().splitlines():
            if line.startswith("model name"):
                model = line.split(":", 1)[1].strip()
                break
    return f"{model}, {os.cpu_count()} cores, Python {platform.python_version()}"


@dataclass
class SampleResult:
    """One sample converted by one engine and scored."""

    name: str
    pages: int
    seconds: float
    recs: Score
    actions: Score
    status: str


def run_engine(truths: list[Path], engine: str) -> list[SampleResult]:
    """Convert every sample with one engine and score it against its truth."""
    results = []
    for truth_file in truths:
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        pdf = truth_file.with_name(truth["source_file"])
        start = time.perf_counter()
        doc = convert_file(pdf, Options(engine=engine))
        seconds = time.perf_counter() - start
        results.append(
            SampleResult(
                pdf.name,
                doc.pages,
                seconds,
                score_recommendations(recommendation_rows(doc), truth["recommendations"]),
                score_actions(action_rows(doc), truth["actions"]),
                f"{doc.status}: {doc.message}" if doc.status != "ok" else "",
            )
        )
    return results


def print_detail(results: list[SampleResult], show: int) -> tuple[Score, float]:
    """Per-sample table with mismatches, totals and per-field accuracy; (totals, pages/s)."""
    total_recs, total_actions = Score(), Score()
    print(f"{'sample':42} {'pages':>5} {'recs':>9} {'all-right':>9} {'actions':>9} {'pages/s':>8}")
    for r in results:
        total_recs.add(r.recs)
        total_actions.add(r.actions)
        print(
            f"{r.name:42} {r.pages:5d} {r.recs.found:4d}/{r.recs.expected:<4d} "
            f"{r.recs.exact_share:9.1%} {r.actions.exact_share:9.1%} {r.pages / r.seconds:8.1f}"
        )
        if r.status:
            print(f"    {r.status}")
        for line in (r.recs.mismatches + r.actions.mismatches)[:show]:
            print(f"    {line}")
    pages = sum(r.pages for r in results)
    rate = pages / sum(r.seconds for r in results)
    print(
        f"{'TOTAL':42} {pages:5d} {total_recs.found:4d}/{total_recs.expected:<4d} "
        f"{total_recs.exact_share:9.1%} {total_actions.exact_share:9.1%} {rate:8.1f}"
    )
    print("per-field accuracy (recommendations):")
    for name in REC_FIELDS:
        print(f"  {name:18} {total_recs.field_share(name):7.1%}")
    return total_recs, rate


def print_comparison(by_engine: dict[str, list[SampleResult]]) -> None:
    """Per sample (family) and engine: recommendations all-right and pages per second."""
    engines = list(by_engine)
    print("\nengines compared (recommendations all-right / pages per second):")
    print(f"{'sample':42} " + " ".join(f"{e:>18}" for e in engines))
    names = [r.name for r in by_engine[engines[0]]]
    for i, name in enumerate(names):
        cells = [by_engine[e][i] for e in engines]
        print(
            f"{name:42} "
            + " ".join(f"{c.recs.exact_share:8.1%} {c.pages / c.seconds:7.1f}/s  " for c in cells)
        )
    totals = []
    for e in engines:
        rows = by_engine[e]
        right = sum(r.recs.exact for r in rows) / sum(r.recs.expected for r in rows)
        rate = sum(r.pages for r in rows) / sum(r.seconds for r in rows)
        totals.append(f"{right:8.1%} {rate:7.1f}/s  ")
    print(f"{'TOTAL':42} " + " ".join(totals))


def main() -> int:
    """Score every sample with ground truth for each engine; print the tables; exit 0."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--samples", type=Path, default=ROOT / "samples")
    parser.add_argument("--show", type=int, default=5, help="mismatches to print per sample")
    parser.add_argument(
        "--engines", default="auto,pdfplumber,camelot", help="engines to run, the first in detail"
    )
    args = parser.parse_args()
    print(f"date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; machine: {machine()}")
    truths = sorted(args.samples.glob("*.expected.json"))
    # Warm-up: imports and first-call costs are not throughput.
    convert_file(truths[0].with_name(json.loads(truths[0].read_text())["source_file"]), Options())
    engines = args.engines.split(",")
    by_engine = {engine: run_engine(truths, engine) for engine in engines}
    print(f"\nengine: {engines[0]}")
    _, ours = print_detail(by_engine[engines[0]], args.show)
    if len(engines) > 1:
        print_comparison(by_engine)
    pdfs = [truths[0].with_name(r.name) for r in by_engine[engines[0]]]
    raw = raw_pdfplumber_pages_per_second(pdfs)
    print(
        f"\nspeed on the same PDFs: actionplan ({engines[0]}) {ours:.1f} pages/s, raw pdfplumber "
        f"page.extract_tables() {raw:.1f} pages/s, ratio {ours / raw:.2f}x"
    )
    return 0


def raw_pdfplumber_pages_per_second(pdfs: list[Path]) -> float:
    """Baseline: pdfplumber's own table extraction, nothing more, over the same pages."""
    pages, start = 0, time.perf_counter()
    for pdf in pdfs:
        with pdfplumber.open(pdf) as doc:
            for page in doc.pages:
                page.extract_tables()
                pages += 1
                page.close()
    return pages / (time.perf_counter() - start)


if __name__ == "__main__":
    sys.exit(main())
