"""Memory benchmark: peak memory of `actionplan convert` on one long plan, 300 to 3,000 pages.

Issue 20 asks for a peak under 300 MB on a 3,000-page plan, flat from 300 to 3,000 pages.

1. Plans of 300, 1,000 and 3,000 pages (`--pages`), built once each into a temporary folder by
   bench/batch.py's build_long_pdf: the pages of its two samples (MEMORY_SOURCES) repeated, each
   copy with its own content stream, as in a real long plan.
2. Each converted by `actionplan convert PLAN --out DIR --quiet --jobs 1` (with batch.py's fixed
   --as-of and long --timeout), spawned and reaped with os.wait4, which returns the resource
   usage of that run alone. Its peak MB is ru_maxrss: the kernel's maximum RSS of the largest
   single process of the run, the CLI or the per-file worker it forks and reaps, the figure
   `/usr/bin/time -v` reports. Not getrusage(RUSAGE_CHILDREN) in this process: that is the
   maximum over every child reaped so far, so a larger earlier run would hide a later one.
   Beside it, as bench/batch.py measures its 400 MB target, the peak PSS summed over the
   converting process tree (parent and worker), sampled from /proc every 50 ms.
3. MB per 1,000 pages: the growth of the peak beyond the smallest plan's, per 1,000 more pages.
   Flat: the largest plan's peak at most FLAT_RATIO (1.25) times the smallest's, i.e. at most
   25 % more memory for ten times the pages (300 to 3,000): room for noise and for what must
   grow with the plan (its rows, its page list), where memory held per page would grow tenfold.

Targets are reported, not asserted: the exit status is 0 whether they are met or MISSED.
`--pages 100 300` makes a quick run. Ends with a Markdown block to paste into docs/benchmarks.md.
"""

from __future__ import annotations

import argparse
import os
import resource
import shutil
import sys
import tempfile
import time
from datetime import UTC, datetime
from pathlib import Path

from accuracy import machine
from batch import (
    ACTIONPLAN,
    MEMORY_SOURCES,
    ROOT,
    Run,
    TreeSampler,
    build_long_pdf,
    check_run,
    convert_command,
    cpu_seconds,
    machine_busy_seconds,
    ram_gib,
    read_documents,
    supported_flags,
    verdict,
)

PAGES = [300, 1000, 3000]
PEAK_TARGET_MB = 300.0
"""Issue 20: the peak on a 3,000-page plan below this."""
FLAT_RATIO = 1.25
"""Flat: the largest plan's peak at most this many times the smallest plan's."""


def spawn(command: list[str], stderr: Path) -> int:
    """Start command with stdout discarded and stderr into a file (no pipe left to drain while
    this process waits); its pid."""
    actions = [
        (os.POSIX_SPAWN_OPEN, 1, os.devnull, os.O_WRONLY, 0),
        (os.POSIX_SPAWN_OPEN, 2, str(stderr), os.O_WRONLY | os.O_CREAT | os.O_TRUNC, 0o644),
    ]
    return os.posix_spawn(command[0], command, os.environ, file_actions=actions)


def convert(plan: Path, out: Path, flags: set[str]) -> Run:
    """Convert one plan with --jobs 1; wall time, the run's own peak RSS and CPU time (wait4),
    the tree's peak PSS, and the other load on the machine meanwhile."""
    stderr = out.with_name(out.name + ".stderr")
    command = convert_command([plan], out, 1, flags)
    own = cpu_seconds(resource.RUSAGE_SELF)
    start, busy = time.perf_counter(), machine_busy_seconds()
    pid = spawn(command, stderr)
    sampler = TreeSampler(pid)
    _, status, usage = os.wait4(pid, 0)
    seconds = time.perf_counter() - start
    run = Run(plan.name, seconds, os.waitstatus_to_exitcode(status))
    run.peak_tree_mb, run.peak_tree_pss_mb = sampler.stop()
    run.peak_single_mb = usage.ru_maxrss / 1024  # Linux reports KiB
    run.cpu_seconds = usage.ru_utime + usage.ru_stime
    own = cpu_seconds(resource.RUSAGE_SELF) - own  # the sampler's, not the machine's other load
    run.other_cpu_seconds = max(machine_busy_seconds() - busy - run.cpu_seconds - own, 0.0)
    run.stderr = stderr.read_text(encoding="utf-8", errors="replace")
    run.files, run.pages, run.statuses = read_documents(out)
    return run


def measure(sizes: list[int], flags: set[str], work: Path) -> dict[int, Run]:
    """Build each plan once and convert it; the runs by page count."""
    sources = [ROOT / "samples" / name for name in MEMORY_SOURCES]
    runs = {}
    for pages in sizes:
        plan = work / f"long_{pages}_pages.pdf"
        build_long_pdf(sources, pages, plan)
        runs[pages] = convert(plan, work / f"out-{pages}", flags)
        check_run(runs[pages], 1)
        print(f"  {pages} pages: {runs[pages].seconds:.1f} s", flush=True)
    return runs


def peak(run: Run) -> float:
    """The run's peak MB, the largest single process (always set by convert)."""
    assert run.peak_single_mb is not None
    return run.peak_single_mb


def ok(run: Run) -> bool:
    """Whether the run converted its plan: a failed run's memory says nothing."""
    return run.exit_code == 0 and run.statuses == {"ok": 1}


def header(runs: dict[int, Run]) -> list[str]:
    """The table's columns, the growth one naming the plan it starts from."""
    growth = f"MB per 1,000 pages beyond {min(runs):,}"
    return ["pages", "seconds", "peak MB", growth, "tree PSS MB", "CPU s", "status"]


def rows(runs: dict[int, Run]) -> list[list[str]]:
    """One row per plan; the growth column against the smallest plan."""
    base_pages = min(runs)
    base = peak(runs[base_pages])
    table = []
    for pages, run in runs.items():
        growth = (peak(run) - base) / (pages - base_pages) * 1000 if pages > base_pages else None
        table.append(
            [
                f"{pages:,}",
                f"{run.seconds:.1f}",
                f"{peak(run):.0f}",
                "" if growth is None else f"{growth:.1f}",
                f"{run.peak_tree_pss_mb or 0.0:.0f}",
                f"{run.cpu_seconds:.1f}",
                "ok" if ok(run) else f"exit {run.exit_code}, {run.statuses}",
            ]
        )
    return table


def verdicts(runs: dict[int, Run]) -> list[str]:
    """Issue 20's two memory targets on the largest plan and on the growth from the smallest."""
    largest, smallest = runs[max(runs)], runs[min(runs)]
    lines = [
        f"{max(runs):,} pages: {peak(largest):.0f} MB (target < {PEAK_TARGET_MB:.0f} MB): "
        f"{verdict(peak(largest) < PEAK_TARGET_MB and ok(largest))}"
    ]
    if len(runs) < 2:
        return [*lines, "flatness: needs two plan sizes"]
    ratio = peak(largest) / peak(smallest)
    flat = ratio <= FLAT_RATIO and ok(largest) and ok(smallest)
    lines.append(
        f"flat from {min(runs):,} to {max(runs):,} pages: peak {ratio:.2f}x "
        f"(target <= {FLAT_RATIO:.2f}x): {verdict(flat)}"
    )
    return lines


LEGEND = """\
peak MB: the kernel's maximum RSS of the largest single process of the run (the CLI or its
forked worker), from wait4; MB per 1,000 pages: its growth beyond the smallest plan's; tree PSS
MB: the peak of the PSS summed over the CLI and its worker, sampled every 50 ms (bench/batch.py's
figure); CPU s: user and system time of the run, worker included."""


def print_table(header: list[str], table: list[list[str]]) -> None:
    """Aligned columns, the figures right, the status (last) left."""
    widths = [max(len(r[i]) for r in [header, *table]) for i in range(len(header))]
    for row in [header, ["-" * w for w in widths], *table]:
        cells = [c.rjust(w) for c, w in zip(row, widths, strict=True)]
        print("  ".join([*cells[:-1], row[-1]]))


def markdown(header: list[str], table: list[list[str]]) -> str:
    """A Markdown pipe table, the figures right-aligned."""
    lines = ["| " + " | ".join(header) + " |", "|" + "---:|" * (len(header) - 1) + "---|"]
    return "\n".join(lines + ["| " + " | ".join(row) + " |" for row in table])


def main() -> int:
    """Build the plans, convert each, print the table and the verdicts."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--pages", type=int, nargs="+", default=PAGES, help="plan sizes (default 300 1000 3000)"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()
    sizes = sorted(set(args.pages))

    today = datetime.now(UTC)
    print(f"\nmemory on long plans; date: {today:%Y-%m-%d %H:%M} UTC; {machine()}, {ram_gib()}")
    sources = " and ".join(MEMORY_SOURCES)
    print(f"plans: the pages of {sources} repeated, converted with --jobs 1")
    work = Path(tempfile.mkdtemp(prefix="actionplan-memory-"))
    try:
        runs = measure(sizes, supported_flags(ACTIONPLAN), work)
    finally:
        if args.keep:
            print(f"kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)

    table, lines = rows(runs), verdicts(runs)
    print()
    print_table(header(runs), table)
    print(LEGEND)
    print("issue 20's targets:")
    print("\n".join(f"  {line}" for line in lines))
    print("\n--- Markdown for docs/benchmarks.md ---\n")
    print(f"## {today:%Y-%m-%d} — memory on long plans (`bench/memory.py`)\n")
    print(f"Machine: {machine()}, {ram_gib()}.")
    print(f"Plans: the pages of {sources} repeated, each copy with its own content stream,")
    print("converted with `--jobs 1`.\n")
    print(markdown(header(runs), table))
    print(f"\n{LEGEND}\n\nIssue 20's targets (flat: growth of at most {FLAT_RATIO - 1:.0%}):\n")
    print("\n".join(f"- {line}" for line in lines))
    return 0


if __name__ == "__main__":
    sys.exit(main())
