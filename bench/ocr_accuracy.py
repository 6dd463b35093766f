"""`make bench`: record-level accuracy on the scanned samples (samples/scanned/), read by OCR.

A scan must read as the plan it was made from. OCR misreads a letter here and there, so records
are paired by their text (actionplan/scan_scoring.py) and scored as issue 9 asks: recommendation
found; rec_id, target date and RAG right; mean text similarity of recommendations and actions.
"""

from __future__ import annotations

import argparse
import json
import sys
import time
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from actionplan.pipeline import Options, convert_file  # noqa: E402
from actionplan.scan_scoring import EXACT_FIELDS, ScanScore, score_scan  # noqa: E402
from bench.accuracy import machine  # noqa: E402
from extract.ocr_tools import unavailable_reason  # noqa: E402
from output.rows import action_rows, recommendation_rows  # noqa: E402


def main() -> int:
    """Convert every scanned sample with OCR, score it, print the table; exit 0."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--samples", type=Path, default=ROOT / "samples" / "scanned")
    parser.add_argument("--show", type=int, default=5, help="mismatches to print per sample")
    parser.add_argument("--jobs", type=int, default=2, help="pages OCRed at once")
    args = parser.parse_args()
    print(f"\nscanned samples (OCR); date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; {machine()}")
    missing = unavailable_reason()
    if missing:
        print(f"skipped: {missing}")
        return 0
    recs, actions = ScanScore(), ScanScore()
    pages = seconds = 0.0
    header = (
        f"{'sample':44} {'pages':>5} {'recs':>7} {'all 3':>6} {'sim':>6} {'act sim':>7} {'p/s':>5}"
    )
    print(header)
    for truth_file in sorted(args.samples.glob("*.expected.json")):
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        pdf = truth_file.with_name(truth["source_file"])
        start = time.perf_counter()
        doc = convert_file(pdf, Options(ocr="on", ocr_jobs=args.jobs))
        took = time.perf_counter() - start
        r = score_scan(recommendation_rows(doc), truth["recommendations"], "recommendation")
        a = score_scan(action_rows(doc), truth["actions"], "action")
        recs.add(r)
        actions.add(a)
        pages += doc.pages
        seconds += took
        print(
            f"{pdf.name:44} {doc.pages:5d} {r.found:3d}/{r.expected:<3d} {r.right_share:6.1%} "
            f"{r.mean_similarity:6.4f} {a.mean_similarity:7.4f} {doc.pages / took:5.2f}"
        )
        if doc.status != "ok":
            print(f"    {doc.status}: {doc.message}")
        for line in (r.mismatches + a.mismatches)[: args.show]:
            print(f"    {line}")
    print(
        f"{'TOTAL':44} {int(pages):5d} {recs.found:3d}/{recs.expected:<3d} {recs.right_share:6.1%} "
        f"{recs.mean_similarity:6.4f} {actions.mean_similarity:7.4f} {pages / seconds:5.2f}"
    )
    print("recommendations right, per field: " + ", ".join(
        f"{name} {recs.field_right[name] / recs.expected:.1%}" for name in EXACT_FIELDS
    ))  # fmt: skip
    print(
        f"actions: {actions.found}/{actions.expected} found, rec_id and target date right for "
        f"{actions.right_share:.1%}, mean text similarity {actions.mean_similarity:.4f}"
    )
    return 0


if __name__ == "__main__":
    sys.exit(main())
