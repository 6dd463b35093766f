"""`make bench`: record-level accuracy on the scanned samples, read by OCR.

Two folders by default: samples/scanned/ (samples printed with black grids, scanned) and
samples/scanned_office/ (plans in an office table style, rasterised at 150/200/300 dpi in colour
and greyscale), the latter also summed per resolution and colour mode. A scan must read as the
plan it was made from. OCR misreads a letter here and there, so records
are paired by their text (actionplan/scan_scoring.py) and scored as issue 9 asks: recommendation
found; rec_id, target date and RAG right; mean text similarity of recommendations and actions.

The office scans' image PDFs are not committed (51 MB): when one is missing, as on a fresh clone,
they are first built from the committed sources by samples/build/rasterise_office_scans.py
(Ghostscript only, which OCR needs anyway).
"""

from __future__ import annotations

import argparse
import json
import re
import subprocess
import sys
import time
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))

from actionplan.extract.scans.ocr_tools import unavailable_reason  # noqa: E402
from actionplan.output.rows import action_rows, recommendation_rows  # noqa: E402
from actionplan.pipeline import Options, convert_file  # noqa: E402
from bench.accuracy import machine  # noqa: E402
from bench.scoring.scans import EXACT_FIELDS, ScanScore, score_scan  # noqa: E402

#: An office scan's name ends in its resolution and colour mode (build_office_scans.py).
VARIANT_RE = re.compile(r"_(\d+)_(colour|grey)\.pdf$")
OFFICE = ROOT / "samples" / "scanned_office"
OFFICE_SCAN_STEP = ROOT / "samples" / "build" / "rasterise_office_scans.py"


@dataclass
class Tally:
    """Recommendation scores, pages and seconds of a group of scans."""

    recs: ScanScore = field(default_factory=ScanScore)
    pages: int = 0
    seconds: float = 0.0

    def add(self, recs: ScanScore, pages: int, seconds: float) -> None:
        """Fold one scan into the group."""
        self.recs.add(recs)
        self.pages += pages
        self.seconds += seconds


def print_variants(groups: dict[tuple[int, str], Tally]) -> None:
    """One row per resolution and colour mode; shares are of the expected recommendations."""
    print(
        f"\nper resolution and colour mode (shares of expected recommendations):\n"
        f"{'dpi':>4} {'mode':6} {'recs found':>10} {'rec_id':>7} {'target':>7} {'RAG':>7} "
        f"{'s/page':>7}"
    )
    for (dpi, mode), tally in sorted(groups.items()):
        r = tally.recs
        shares = [r.field_right[name] / r.expected if r.expected else 1.0 for name in EXACT_FIELDS]
        print(
            f"{dpi:4d} {mode:6} {r.found:5d}/{r.expected:<4d} "
            + " ".join(f"{share:7.1%}" for share in shares)
            + f" {tally.seconds / tally.pages if tally.pages else 0.0:7.2f}"
        )


def bench_folder(folder: Path, show: int, jobs: int) -> None:
    """Convert every scan in one folder with OCR, score it and print its table.

    Scans named ``…_<dpi>_<colour|grey>.pdf`` are also summed per resolution and colour mode.
    """
    recs, actions = ScanScore(), ScanScore()
    pages = seconds = 0.0
    groups: dict[tuple[int, str], Tally] = {}
    width = max([44, *(len(p.name) for p in folder.glob("*.pdf"))])
    print(f"\n{folder.relative_to(ROOT) if folder.is_relative_to(ROOT) else folder}:")
    header = (
        f"{'sample':{width}} {'pages':>5} {'recs':>7} {'all 3':>6} {'sim':>6} {'act sim':>7} "
        f"{'p/s':>5}"
    )
    print(header)
    for truth_file in sorted(folder.glob("*.expected.json")):
        truth = json.loads(truth_file.read_text(encoding="utf-8"))
        pdf = truth_file.with_name(truth["source_file"])
        start = time.perf_counter()
        doc = convert_file(pdf, Options(ocr="on", ocr_jobs=jobs))
        took = time.perf_counter() - start
        r = score_scan(recommendation_rows(doc), truth["recommendations"], "recommendation")
        a = score_scan(action_rows(doc), truth["actions"], "action")
        recs.add(r)
        actions.add(a)
        pages += doc.pages
        seconds += took
        variant = VARIANT_RE.search(pdf.name)
        if variant:
            key = (int(variant[1]), variant[2])
            groups.setdefault(key, Tally()).add(r, doc.pages, took)
        print(
            f"{pdf.name:{width}} {doc.pages:5d} {r.found:3d}/{r.expected:<3d} "
            f"{r.right_share:6.1%} {r.mean_similarity:6.4f} {a.mean_similarity:7.4f} "
            f"{doc.pages / took:5.2f}"
        )
        if doc.status != "ok":
            print(f"    {doc.status}: {doc.message}")
        for line in (r.mismatches + a.mismatches)[:show]:
            print(f"    {line}")
    print(
        f"{'TOTAL':{width}} {int(pages):5d} {recs.found:3d}/{recs.expected:<3d} "
        f"{recs.right_share:6.1%} {recs.mean_similarity:6.4f} {actions.mean_similarity:7.4f} "
        f"{pages / seconds if seconds else 0.0:5.2f}"
    )
    print("recommendations right, per field: " + ", ".join(
        f"{name} {recs.field_right[name] / recs.expected:.1%}" for name in EXACT_FIELDS
    ))  # fmt: skip
    print(
        f"actions: {actions.found}/{actions.expected} found, rec_id and target date right for "
        f"{actions.right_share:.1%}, mean text similarity {actions.mean_similarity:.4f}"
    )
    if groups:
        print_variants(groups)


def ensure_office_scans(folders: list[Path]) -> None:
    """Build the office scans' missing image PDFs, if the office folder is to be benched.

    They are git-ignored for their size, so a fresh clone has only their sources and truth; the
    scan step is a subprocess because samples/build/ is a folder of scripts, not a package.
    """
    if OFFICE.resolve() not in folders:
        return
    missing = [
        truth_file
        for truth_file in OFFICE.glob("*.expected.json")
        if not OFFICE.joinpath(
            json.loads(truth_file.read_text(encoding="utf-8"))["source_file"]
        ).exists()
    ]
    if missing:
        print(f"\nbuilding {len(missing)} missing office scans ({OFFICE_SCAN_STEP.name}):")
        sys.stdout.flush()  # before the subprocess's lines
        subprocess.run([sys.executable, str(OFFICE_SCAN_STEP), "--missing"], check=True)


def main() -> int:
    """Convert every scan of each folder with OCR, score it, print the tables; exit 0."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument(
        "--samples",
        type=Path,
        nargs="+",
        default=[ROOT / "samples" / "scanned", ROOT / "samples" / "scanned_office"],
        help="folders of scans with their .expected.json (default: scanned, scanned_office)",
    )
    parser.add_argument("--show", type=int, default=5, help="mismatches to print per sample")
    parser.add_argument("--jobs", type=int, default=2, help="pages OCRed at once")
    args = parser.parse_args()
    print(f"\nscanned samples (OCR); date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; {machine()}")
    missing = unavailable_reason()
    if missing:
        print(f"skipped: {missing}")
        return 0
    folders = [folder.resolve() for folder in args.samples]
    ensure_office_scans(folders)
    for folder in folders:
        bench_folder(folder, args.show, args.jobs)
    return 0


if __name__ == "__main__":
    sys.exit(main())
