"""Batch benchmark: throughput with --jobs 2 over --jobs 1, and peak memory on a long plan.

1. Throughput: the sample PDFs copied (distinct names) to 40+ files in a temporary folder, then
   `actionplan convert FOLDER --quiet --jobs 1` and the same with `--jobs 2`, each timed once by
   wall clock in a subprocess after a one-file warm-up; files/s, pages/s, the speed-up (target
   1.7x or more on 2 cores) and whether the two runs wrote byte-identical CSV files.
2. Peak memory: a 300-page PDF built with pypdf by repeating the pages of two samples (each page
   with its own content stream, as in a real long plan), converted with `--jobs 1`; the peak
   memory of the whole converting process tree (parent and forked worker) sampled from /proc as
   PSS (shared pages counted once: the memory the machine really gives up) against the 400 MB
   target, with the summed RSS (an upper bound) and the kernel's maximum RSS of the largest
   single process from `/usr/bin/time -v` (when installed) beside it; seconds and pages/s.

Targets are reported, not asserted: the exit status is 0 whether they are met or MISSED.
`--quick` runs a smaller version (12 files, 60 pages) for trying it out.
"""

from __future__ import annotations

import argparse
import csv
import filecmp
import os
import re
import resource
import shutil
import subprocess
import sys
import tempfile
import threading
import time
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from pathlib import Path

from accuracy import machine

ROOT = Path(__file__).resolve().parent.parent
ACTIONPLAN = ROOT / ".venv" / "bin" / "actionplan"
GNU_TIME = Path("/usr/bin/time")
SPEEDUP_TARGET = 1.7
MEMORY_TARGET_MB = 400.0
MEMORY_SOURCES = ("seed_bdhr_2013_14_02.pdf", "scr_2017_03_westbridge.pdf")
AS_OF = "2026-01-01"
"""A fixed --as-of, so `overdue` cannot differ between two runs either side of midnight."""


def ram_gib() -> str:
    """Total memory of the machine, from /proc/meminfo."""
    try:
        kib = int(Path("/proc/meminfo").read_text().split()[1])
    except (OSError, IndexError, ValueError):
        return "RAM unknown"
    return f"{kib / 2**20:.0f} GiB RAM"


def supported_flags(command: Path) -> set[str]:
    """The long options `actionplan convert --help` lists, to skip what a build lacks."""
    text = subprocess.run(
        [str(command), "convert", "--help"], capture_output=True, text=True, check=False
    ).stdout
    return set(re.findall(r"--[a-z][a-z-]*", text))


@dataclass
class Run:
    """One `actionplan convert` run: what it did and what it cost."""

    label: str
    seconds: float
    exit_code: int
    files: int = 0
    pages: int = 0
    statuses: dict[str, int] = field(default_factory=dict)
    peak_tree_mb: float | None = None
    """Peak of the summed RSS of the process tree, sampled from /proc."""
    peak_tree_pss_mb: float | None = None
    """Peak of the summed PSS (shared pages divided among their sharers) of the tree."""
    peak_single_mb: float | None = None
    """The kernel's maximum RSS of the largest single process (GNU time), when measured."""
    stderr: str = ""
    cpu_seconds: float = 0.0
    """User and system CPU time of the converting process tree."""
    other_cpu_seconds: float = 0.0
    """CPU time the rest of the machine used meanwhile: other work skews the figures."""

    @property
    def cpu_note(self) -> str:
        """CPU time and cores kept busy, and other load if any."""
        note = f"CPU {self.cpu_seconds:.1f} s ({self.cpu_seconds / self.seconds:.2f} cores busy)"
        if self.other_cpu_seconds >= 0.5:
            note += f", other load {self.other_cpu_seconds:.1f} CPU s"
        return note

    @property
    def files_per_s(self) -> float:
        """Input files converted per wall-clock second."""
        return self.files / self.seconds

    @property
    def pages_per_s(self) -> float:
        """Pages converted per wall-clock second."""
        return self.pages / self.seconds


def read_documents(out: Path) -> tuple[int, int, dict[str, int]]:
    """Files, pages and the count per status, from OUT/documents.csv."""
    path = out / "documents.csv"
    if not path.exists():
        return 0, 0, {}
    with path.open(encoding="utf-8", newline="") as fh:
        rows = list(csv.DictReader(fh))
    statuses: dict[str, int] = {}
    for row in rows:
        statuses[row["status"]] = statuses.get(row["status"], 0) + 1
    return len(rows), sum(int(row["pages"] or 0) for row in rows), statuses


def convert_command(inputs: list[Path], out: Path, jobs: int | None, flags: set[str]) -> list[str]:
    """The convert command line, using --jobs, --quiet and --timeout only where supported."""
    command = [str(ACTIONPLAN), "convert", *map(str, inputs), "--out", str(out)]
    command += ["--as-of", AS_OF]
    if "--quiet" in flags:
        command.append("--quiet")
    if jobs is not None and "--jobs" in flags:
        command += ["--jobs", str(jobs)]
    if "--timeout" in flags:
        command += ["--timeout", "3600"]  # the benchmark measures; it must not be cut short
    return command


def process_tree(root: int) -> list[int]:
    """root and all its descendants, from the parent ids in /proc/<pid>/stat."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            stat = (entry / "stat").read_text()
        except OSError:
            continue
        # The command name may hold spaces and parentheses: fields follow the last ')'.
        ppid = int(stat.rsplit(")", 1)[1].split()[1])
        children.setdefault(ppid, []).append(int(entry.name))
    tree, todo = [], [root]
    while todo:
        pid = todo.pop()
        tree.append(pid)
        todo.extend(children.get(pid, []))
    return tree


def memory_kb(pid: int) -> tuple[int, int]:
    """(RSS, PSS) of one process in KiB, (0, 0) once it has gone. PSS shares each page among
    the processes mapping it, so a tree's PSS does not count forked, shared pages twice."""
    found = {"Rss:": 0, "Pss:": 0}
    try:
        for line in Path(f"/proc/{pid}/smaps_rollup").read_text().splitlines():
            key = line.split(maxsplit=1)[0] if line else ""
            if key in found:
                found[key] = int(line.split()[1])
    except OSError:
        pass
    return found["Rss:"], found["Pss:"]


class TreeSampler:
    """Samples the summed RSS and PSS of a process tree in a thread, keeping the peaks."""

    def __init__(self, root: int, interval: float = 0.05) -> None:
        """Start sampling the tree under root every interval seconds."""
        self.root, self.interval = root, interval
        self.peak_rss_kb = self.peak_pss_kb = 0
        self._stop = threading.Event()
        self._thread = threading.Thread(target=self._run, daemon=True)
        self._thread.start()

    def _run(self) -> None:
        while not self._stop.is_set():
            sizes = [memory_kb(pid) for pid in process_tree(self.root)]
            self.peak_rss_kb = max(self.peak_rss_kb, sum(rss for rss, _ in sizes))
            self.peak_pss_kb = max(self.peak_pss_kb, sum(pss for _, pss in sizes))
            self._stop.wait(self.interval)

    def stop(self) -> tuple[float, float]:
        """Stop sampling; the peaks (RSS, PSS) in MB."""
        self._stop.set()
        self._thread.join()
        return self.peak_rss_kb / 1024, self.peak_pss_kb / 1024


def machine_busy_seconds() -> float:
    """CPU seconds all cores have spent busy since boot, from /proc/stat (0 where absent)."""
    try:
        fields = Path("/proc/stat").read_text().splitlines()[0].split()[1:]
    except OSError:
        return 0.0
    user, nice, system, _idle, _iowait, irq, softirq, steal = map(int, fields[:8])
    return (user + nice + system + irq + softirq + steal) / os.sysconf("SC_CLK_TCK")


def cpu_seconds(who: int) -> float:
    """User and system CPU seconds of this process (RUSAGE_SELF: the memory sampler's) or of
    its finished, waited-for descendants (RUSAGE_CHILDREN: the conversion's)."""
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def run_convert(
    label: str,
    inputs: list[Path],
    out: Path,
    jobs: int | None,
    flags: set[str],
    measure_memory: bool = False,
) -> Run:
    """Run one conversion in a subprocess, timed by wall clock, optionally measuring memory."""
    command = convert_command(inputs, out, jobs, flags)
    use_time = measure_memory and GNU_TIME.exists()
    if use_time:
        command = [str(GNU_TIME), "-v", *command]
    start, busy = time.perf_counter(), machine_busy_seconds()
    children, own = cpu_seconds(resource.RUSAGE_CHILDREN), cpu_seconds(resource.RUSAGE_SELF)
    proc = subprocess.Popen(command, stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
    sampler = TreeSampler(proc.pid) if measure_memory else None
    _, stderr = proc.communicate()
    seconds = time.perf_counter() - start
    run = Run(label, seconds, proc.returncode, stderr=stderr)
    run.cpu_seconds = cpu_seconds(resource.RUSAGE_CHILDREN) - children
    own = cpu_seconds(resource.RUSAGE_SELF) - own
    run.other_cpu_seconds = max(machine_busy_seconds() - busy - run.cpu_seconds - own, 0.0)
    run.files, run.pages, run.statuses = read_documents(out)
    if sampler is not None:
        run.peak_tree_mb, run.peak_tree_pss_mb = sampler.stop()
    if use_time:
        found = re.search(r"Maximum resident set size \(kbytes\): (\d+)", stderr)
        if found:
            run.peak_single_mb = int(found.group(1)) / 1024
    return run


def copy_samples(samples: list[Path], count: int, folder: Path) -> list[Path]:
    """count copies of the samples, round robin, each under a distinct name."""
    folder.mkdir(parents=True)
    copies = []
    for i in range(count):
        source = samples[i % len(samples)]
        target = folder / f"{i:03d}_{source.name}"
        shutil.copyfile(source, target)
        copies.append(target)
    return copies


def build_long_pdf(sources: list[Path], pages: int, target: Path) -> None:
    """A pages-long PDF of the sources' pages, repeated in turn, each copy with its own content
    stream (shared streams would let the parser cache them and understate the memory)."""
    from pypdf import PdfReader, PdfWriter
    from pypdf.generic import DecodedStreamObject, NameObject

    readers = [PdfReader(s) for s in sources]
    writer = PdfWriter()
    added = 0
    while added < pages:
        for reader in readers:
            for page in reader.pages:
                if added == pages:
                    break
                copy = writer.add_page(page)
                added += 1
                stream = DecodedStreamObject()
                stream.set_data(page.get_contents().get_data() + f"\n% copy {added}\n".encode())
                copy[NameObject("/Contents")] = writer._add_object(stream.flate_encode())
    with target.open("wb") as fh:
        writer.write(fh)


def csv_files(out: Path) -> list[Path]:
    """Every CSV under an output folder (tables/ included), relative to it, sorted."""
    return sorted(p.relative_to(out) for p in out.rglob("*.csv"))


def identical(a: Path, b: Path, names: list[Path]) -> list[Path]:
    """The names whose files differ (or are missing) between folders a and b."""
    return [n for n in names if not (b / n).exists() or not filecmp.cmp(a / n, b / n, False)]


def verdict(met: bool) -> str:
    """The result column."""
    return "met" if met else "MISSED"


def check_run(run: Run, expected_files: int) -> None:
    """Say so when a run did not convert every file: its figures would mislead."""
    ok = run.statuses.get("ok", 0)
    if run.exit_code != 0 or ok != expected_files:
        print(
            f"WARNING: {run.label}: exit {run.exit_code}, {ok}/{expected_files} files ok "
            f"({run.statuses}); stderr tail: {run.stderr.strip()[-400:]!r}"
        )
    if run.other_cpu_seconds > 0.05 * run.seconds * (os.cpu_count() or 1):
        print(
            f"WARNING: {run.label}: other processes used {run.other_cpu_seconds:.1f} CPU s "
            f"during its {run.seconds:.1f} s: the machine was not idle, figures are skewed"
        )


def throughput_row(run: Run) -> list[str]:
    """The table row of one timed batch run."""
    return [
        f"throughput {run.label} ({run.files} files, {run.pages} pages)",
        f"{run.seconds:.1f} s",
        f"{run.files_per_s:.2f} files/s, {run.pages_per_s:.1f} pages/s; {run.cpu_note}",
        "",
        "",
    ]


def throughput(
    samples: list[Path], count: int, jobs: int, flags: set[str], work: Path
) -> list[list[str]]:
    """Time --jobs 1 against --jobs N on count sample copies; rows of the result table."""
    inputs = copy_samples(samples, count, work / "batch")
    warm = run_convert("warm-up", [inputs[0]], work / "out-warm", 1, flags)
    check_run(warm, 1)
    serial = run_convert("--jobs 1", [work / "batch"], work / "out-jobs1", 1, flags)
    check_run(serial, count)
    rows = [throughput_row(serial)]
    if "--jobs" not in flags:
        rows.append(["throughput --jobs N", "n/a", "this build has no --jobs", "", "not run"])
        return rows
    out = work / f"out-jobs{jobs}"
    parallel = run_convert(f"--jobs {jobs}", [work / "batch"], out, jobs, flags)
    check_run(parallel, count)
    speedup = serial.seconds / parallel.seconds
    rows.append(throughput_row(parallel))
    rows.append(
        [
            f"speed-up --jobs {jobs} / --jobs 1",
            f"{speedup:.2f}x",
            "",
            f">= {SPEEDUP_TARGET}x",
            verdict(speedup >= SPEEDUP_TARGET),
        ]
    )
    first = work / "out-jobs1"
    names = csv_files(first)
    differ = identical(first, out, names) + [n for n in csv_files(out) if n not in names]
    json_same = (first / "plans.json").exists() and not identical(first, out, [Path("plans.json")])
    rows.append(
        [
            f"CSV files byte-identical, --jobs 1 vs {jobs}",
            "yes" if names and not differ else "NO",
            f"{len(names)} CSV files"
            + (f"; differ: {', '.join(map(str, differ[:5]))}" if differ else "")
            + f"; plans.json {'identical' if json_same else 'DIFFERS'}",
            "identical",
            verdict(bool(names) and not differ),
        ]
    )
    return rows


def memory(pages: int, flags: set[str], work: Path) -> list[list[str]]:
    """Peak memory converting one pages-long plan with --jobs 1; rows of the result table."""
    long_pdf = work / f"long_{pages}_pages.pdf"
    build_long_pdf([ROOT / "samples" / name for name in MEMORY_SOURCES], pages, long_pdf)
    run = run_convert("memory", [long_pdf], work / "out-long", 1, flags, measure_memory=True)
    check_run(run, 1)
    ok = run.statuses.get("ok") == 1
    pss, rss = run.peak_tree_pss_mb or 0.0, run.peak_tree_mb or 0.0
    if run.peak_single_mb is not None:
        single = f"{run.peak_single_mb:.0f} MB"
        single_note = "the kernel's maximum RSS of one process (/usr/bin/time -v)"
    else:
        single, single_note = "n/a", "/usr/bin/time missing: apt-get install time"
    return [
        [
            f"peak memory, {run.pages}-page plan, --jobs 1",
            f"{pss:.0f} MB",
            "PSS summed over the converting process tree (parent and worker), every 50 ms",
            f"< {MEMORY_TARGET_MB:.0f} MB",
            verdict(pss < MEMORY_TARGET_MB and ok),
        ],
        [
            "  upper bound: summed RSS",
            f"{rss:.0f} MB",
            "counts the pages a forked worker shares with its parent twice",
            f"< {MEMORY_TARGET_MB:.0f} MB",
            verdict(rss < MEMORY_TARGET_MB and ok),
        ],
        ["  largest single process", single, single_note, "", ""],
        [
            f"time, {run.pages}-page plan",
            f"{run.seconds:.1f} s",
            f"{run.pages_per_s:.1f} pages/s; {run.cpu_note}",
            "",
            "",
        ],
    ]


def print_table(rows: list[list[str]]) -> None:
    """The results as aligned columns."""
    header = ["measure", "value", "detail", "target", "result"]
    widths = [max(len(r[i]) for r in [header, *rows]) for i in range(len(header))]
    for row in [header, ["-" * w for w in widths], *rows]:
        print("  ".join(cell.ljust(w) for cell, w in zip(row, widths, strict=True)).rstrip())


def main() -> int:
    """Run both measurements, print the table; exit 0 whether targets are met or missed."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument("--quick", action="store_true", help="12 files and a 60-page plan")
    parser.add_argument("--files", type=int, help="sample copies to convert (default 40)")
    parser.add_argument("--pages", type=int, help="pages of the long plan (default 300)")
    parser.add_argument("--jobs", type=int, default=2, help="workers compared with 1 (default 2)")
    parser.add_argument("--samples", type=Path, default=ROOT / "samples")
    parser.add_argument(
        "--part", choices=("all", "throughput", "memory"), default="all", help="what to measure"
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    args = parser.parse_args()
    files = args.files or (12 if args.quick else 40)
    pages = args.pages or (60 if args.quick else 300)

    import pdfplumber
    import pypdf

    print(f"date: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC; machine: {machine()}, {ram_gib()}")
    print(f"pdfplumber {pdfplumber.__version__}, pypdf {pypdf.__version__}; today {date.today()}")
    flags = supported_flags(ACTIONPLAN)
    missing = [f for f in ("--jobs", "--quiet", "--timeout") if f not in flags]
    if missing:
        print(f"note: this actionplan has no {', '.join(missing)}; those parts are skipped")
    samples = sorted(args.samples.glob("*.pdf"))
    work = Path(tempfile.mkdtemp(prefix="actionplan-bench-"))
    try:
        rows = []
        if args.part in ("all", "throughput"):
            rows += throughput(samples, files, args.jobs, flags, work)
        if args.part in ("all", "memory"):
            rows += memory(pages, flags, work)
    finally:
        if args.keep:
            print(f"kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)
    print()
    print_table(rows)
    return 0


if __name__ == "__main__":
    sys.exit(main())
