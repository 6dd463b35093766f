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
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

import pdfplumber  # noqa: E402

from actionplan.pipeline import Options, convert_file  # noqa: E402
from actionplan.scoring import REC_FIELDS, Score, score_actions, score_recommendations  # noqa: E402
from output.rows import action_rows, recommendation_rows  # noqa: E402


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


def main() -> int:
    """Score every sample with ground truth; print a table; exit 0."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--samples", type=Path, default=ROOT / "samples")
    parser.add_argument("--show", type=int, default=5, help="mismatches to print per sample")
    parser.add_argument("--engine", default="auto", help="auto, pdfplumber or camelot")
    args = parser.parse_args()
    total_recs, total_actions = Score(), Score()
    total_pages, total_seconds = 0, 0.0
    print(f"date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; machine: {machine()}")
    truths = sorted(args.samples.glob("*.expected.json"))
    # Warm-up: imports and first-call costs are not throughput.
    convert_file(truths[0].with_name(json.loads(truths[0].read_text())["source_file"]), Options())
    print(f"{'sample':42} {'pages':>5} {'recs':>9} {'all-right':>9} {'actions':>9} {'pages/s':>8}")
    pdfs = []
    for truth_file in truths:
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        pdf = truth_file.with_name(truth["source_file"])
        pdfs.append(pdf)
        start = time.perf_counter()
        doc = convert_file(pdf, Options(engine=args.engine))
        seconds = time.perf_counter() - start
        recs = score_recommendations(recommendation_rows(doc), truth["recommendations"])
        acts = score_actions(action_rows(doc), truth["actions"])
        total_recs.add(recs)
        total_actions.add(acts)
        total_pages += doc.pages
        total_seconds += seconds
        print(
            f"{pdf.name:42} {doc.pages:5d} {recs.found:4d}/{recs.expected:<4d} "
            f"{recs.exact_share:9.1%} {acts.exact_share:9.1%} {doc.pages / seconds:8.1f}"
        )
        if doc.status != "ok":
            print(f"    {doc.status}: {doc.message}")
        for line in (recs.mismatches + acts.mismatches)[: args.show]:
            print(f"    {line}")
    print(
        f"{'TOTAL':42} {total_pages:5d} {total_recs.found:4d}/{total_recs.expected:<4d} "
        f"{total_recs.exact_share:9.1%} {total_actions.exact_share:9.1%} "
        f"{total_pages / total_seconds if total_seconds else 0:8.1f}"
    )
    print("per-field accuracy (recommendations):")
    for name in REC_FIELDS:
        print(f"  {name:18} {total_recs.field_share(name):7.1%}")
    raw = raw_pdfplumber_pages_per_second(pdfs)
    ours = total_pages / total_seconds if total_seconds else 0.0
    print(
        f"speed on the same PDFs: actionplan {ours:.1f} pages/s, raw pdfplumber "
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
