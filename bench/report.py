"""`make bench`: `actionplan report` on the samples: how long it takes, and how its recurring
groups and themes compare with the truth the sample builder wrote (samples/report.truth.json)
and with the hand-labelled truth (samples/build/report_truth.py).

1. Convert the sample folder's born-digital plans and structure samples, and its scans and
   later versions (samples/*.pdf, structure/; scanned/, versions/) into two output folders
   (timed, for the record), then time `actionplan report` on those folders (the median of three
   runs) and once straight from the born-digital PDFs and versions (conversion included).
2. Recurring groups: equal to the groups the builder made alike (`recurring_made`)? Against the
   hand-judged semantic groups (`recurring`): pairs found, precision and recall.
3. Themes: per-theme counts equal to the builder's (the taxonomy over the texts it rendered)?
   Against the hand labels: precision and recall per theme.
"""

from __future__ import annotations

import itertools
import statistics
import subprocess
import sys
import tempfile
import time
from datetime import date
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT))
sys.path.insert(0, str(ROOT / "samples" / "build"))

import json  # noqa: E402

from bench.accuracy import machine  # noqa: E402
from tests.conftest import read_csv  # noqa: E402

SAMPLES = ROOT / "samples"
MAIN = [str(p) for p in sorted(SAMPLES.glob("*.pdf"))] + [str(SAMPLES / "structure")]
"""The truth's scope: born-digital and structure samples."""
MORE = [str(SAMPLES / "scanned"), str(SAMPLES / "versions")]
"""Other printings of the same plans: scans, and later versions."""
CLI = [sys.executable, "-m", "actionplan.cli"]


def timed(args: list[str]) -> float:
    """Seconds one CLI run takes (it must succeed)."""
    start = time.perf_counter()
    proc = subprocess.run([*CLI, *args], capture_output=True, text=True, cwd=ROOT, check=False)
    seconds = time.perf_counter() - start
    if proc.returncode != 0:
        raise SystemExit(f"{' '.join(args[:2])} failed:\n{proc.stderr}")
    return seconds


def pairs(groups: list[list[tuple[str, ...]]]) -> set[frozenset[tuple[str, ...]]]:
    """Every pair of members that share a group."""
    return {frozenset(p) for g in groups for p in itertools.combinations(map(tuple, g), 2)}


def main() -> None:
    truth = json.loads((SAMPLES / "report.truth.json").read_text(encoding="utf-8"))
    as_of = date(2026, 12, 6).isoformat()
    with tempfile.TemporaryDirectory() as tmp:
        main, more, report = Path(tmp) / "main", Path(tmp) / "more", Path(tmp) / "report"
        convert_s = timed(["convert", *MAIN, "--out", str(main), "-q"])
        convert_s += timed(["convert", *MORE, "--out", str(more), "-q"])
        runs = [
            timed(["report", str(main), str(more), "--out", str(report), "--as-of", as_of, "-q"])
            for _ in range(3)
        ]
        direct = timed(
            ["report", *MAIN, MORE[1], "--out", str(Path(tmp) / "direct"), "--as-of", as_of, "-q"]
        )
        documents = read_csv(main / "documents.csv") + read_csv(more / "documents.csv")
        overview = {r["figure"]: r["value"] for r in read_csv(report / "overview.csv")}
        print(f"machine: {machine()}; {date.today().isoformat()}")
        print(
            f"convert the sample folder ({len(documents)} documents, "
            f"{sum(int(d['pages']) for d in documents)} pages, OCR included): {convert_s:.1f} s"
        )
        print(
            f"report on the converted folder: median {statistics.median(runs):.2f} s of "
            f"{', '.join(f'{r:.2f}' for r in runs)} ({overview['reviews']} reviews, "
            f"{overview['plans']} plans, {overview['recommendations']} recommendations)"
        )
        print(
            "report straight from the born-digital PDFs and versions (conversion included): "
            f"{direct:.1f} s"
        )
        # Recurring groups and themes are judged in the truth's own scope.
        scoped = Path(tmp) / "scoped"
        timed(["report", str(main), "--out", str(scoped), "--as-of", as_of, "-q"])
        recurring_report(truth, scoped)
        themes_report(truth, scoped)


def recurring_report(truth: dict, report: Path) -> None:
    """Print how the report's recurring groups compare with both truths."""
    groups: dict[str, list[tuple[str, ...]]] = {}
    for row in read_csv(report / "recurring.csv"):
        groups.setdefault(row["group"], []).append(
            (row["plan_title"], row["section"], row["rec_id"])
        )
    got = sorted(sorted(g) for g in groups.values())
    made = [sorted(map(tuple, g)) for g in truth.get("recurring_made", [])]
    print(f"recurring groups: {len(got)} found; {len(made)} made alike by the builder; "
          f"equal: {got == sorted(made)}")  # fmt: skip
    found, judged = pairs(got), pairs(truth["recurring"])
    hits = len(found & judged)
    print(
        f"against {len(truth['recurring'])} hand-judged semantic groups ({len(judged)} pairs): "
        f"{hits} pairs found, precision {hits / max(len(found), 1):.2f}, "
        f"recall {hits / max(len(judged), 1):.2f}"
    )


def themes_report(truth: dict, report: Path) -> None:
    """Print theme counts against the builder's, and precision/recall against hand labels."""
    from report_truth import THEMES

    recs = read_csv(report / "recommendations.csv")
    got = {
        (r["plan_title"], r["section"], r["rec_id"]): set(filter(None, r["themes"].split("; ")))
        for r in recs
    }
    expected = truth.get("themes_by_plan_taxonomy", {})
    by_plan: dict[str, dict[str, int]] = {}
    for (title, _, _), names in got.items():
        if title in expected:
            counts = by_plan.setdefault(title, {})
            for name in names:
                counts[name] = counts.get(name, 0) + 1
    same = by_plan == expected
    print(f"theme counts per plan equal to the builder's on {len(expected)} plans: {same}")
    print("themes against hand labels (recommendation text only):")
    print("| theme | labelled | found | precision | recall |")
    print("|---|---:|---:|---:|---:|")
    names = sorted({n for v in THEMES.values() for n in v})
    for name in names:
        labelled = {k for k, v in THEMES.items() if name in v and k in got}
        found = {k for k in got if name in got[k] and k in THEMES}
        hits = len(labelled & found)
        print(f"| {name} | {len(labelled)} | {len(found)} | {hits / max(len(found), 1):.2f} | "
              f"{hits / max(len(labelled), 1):.2f} |")  # fmt: skip


if __name__ == "__main__":
    main()
