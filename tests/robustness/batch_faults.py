"""The batch under the faults of real machines (issue 17), measured on a batch of real size:
kills and stop signals mid-batch, two converts into one folder, a full disk, a locked database,
file names that are not UTF-8, one name in two folders, copies, formula payloads, linked-folder
loops and named pipes. Each case is run with the CLI as a user would, and what survived is
counted; the figures replace the marked section of docs/robustness.md.

    python -m tests.robustness.batch_faults [--copies 3]

`make fuzz` runs it before the fuzz campaign. The pass/fail checks of the same cases, on small
batches, are tests/test_batch_safety.py.
"""

from __future__ import annotations

import argparse
import csv
import fcntl
import os
import platform
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from datetime import UTC, datetime
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
DOC = ROOT / "docs" / "robustness.md"
BEGIN = "<!-- batch-faults:begin (written by tests/robustness/batch_faults.py) -->"
END = "<!-- batch-faults:end -->"
FORMULA = ("=", "+", "-", "@", "\t", "\r")


def cli(*args: str, preexec: Callable[[], None] | None = None) -> subprocess.CompletedProcess[str]:
    """Run the CLI to the end."""
    return subprocess.run(
        [sys.executable, "-m", "actionplan.cli", *args],
        cwd=ROOT,
        capture_output=True,
        text=True,
        preexec_fn=preexec,
        check=False,
    )


def rows(path: Path) -> list[dict[str, str]]:
    """A CSV's rows ([] if it does not exist)."""
    if not path.exists():
        return []
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return list(csv.DictReader(fh))


def outputs(out: Path) -> dict[str, bytes]:
    """The output files (not the database, not the run's own state)."""
    return {
        str(p.relative_to(out)): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and ".actionplan" not in p.parts and p.suffix != ".sqlite"
    }


def recs(out: Path) -> int:
    """Recommendations in recommendations.csv."""
    return len(rows(out / "recommendations.csv"))


def journal_lines(out: Path) -> int:
    """Entries in the journal."""
    path = out / ".actionplan" / "journal.jsonl"
    return len(path.read_bytes().splitlines()) if path.exists() else 0


def make_batch(folder: Path, copies: int) -> Path:
    """The samples, copies times over, one folder per copy (so names repeat across folders)."""
    for n in range(copies):
        sub = folder / f"set{n + 1}"
        sub.mkdir(parents=True)
        for pdf in sorted(SAMPLES.glob("*.pdf")):
            shutil.copy(pdf, sub / pdf.name)
    return folder


def orphans(out: Path) -> int:
    """Processes still running a convert into out."""
    count = 0
    for entry in Path("/proc").iterdir():
        try:
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if entry.name.isdigit() and str(out).encode() in cmdline and b"actionplan" in cmdline:
            count += 1
    return count


def stopped(batch: Path, out: Path, signum: int, after: int) -> tuple[int, int, int]:
    """Start a convert, send signum once `after` files are done: (exit code, files journalled,
    processes left running a second later)."""
    proc = subprocess.Popen(
        [sys.executable, "-m", "actionplan.cli", "convert", str(batch), "--out", str(out), "-v"],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stderr is not None
    done = 0
    while done < after:
        line = proc.stderr.readline()
        if not line:
            break
        done += "recommendations" in line or ": error:" in line
    proc.send_signal(signum)
    proc.communicate(timeout=120)
    time.sleep(1)
    return proc.returncode, journal_lines(out), orphans(out)


def small_disk() -> None:
    """Files may grow to 1 MB: a disk that fills up mid-batch (EFBIG standing in for ENOSPC)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (1_000_000, 1_000_000))


def measure(work: Path, copies: int) -> list[tuple[str, str]]:
    """Every case: (case, what was measured)."""
    batch = make_batch(work / "batch", copies)
    files = len(list(batch.rglob("*.pdf")))
    results: list[tuple[str, str]] = []

    started = time.monotonic()
    clean_out = work / "clean"
    proc = cli("convert", str(batch), "--out", str(clean_out), "-q", "-f", "csv,json,sqlite")
    clean_s = time.monotonic() - started
    clean = outputs(clean_out)
    total = recs(clean_out)
    db = sqlite3.connect(clean_out / "plans.sqlite")
    in_db = db.execute("SELECT count(*) FROM recommendations").fetchone()[0]
    db.close()
    results.append(
        (
            f"{copies} folders holding the same {files // copies} file names",
            f"exit {proc.returncode} in {clean_s:.0f} s; {files} documents, {total} "
            f"recommendations in the CSV and {in_db} in plans.sqlite; "
            f"{len(list((clean_out / 'tables').rglob('*.csv')))} tables/ files",
        )
    )

    for signum, after in ((signal.SIGKILL, files // 2), (signal.SIGTERM, files // 2)):
        out = work / f"stop-{signum}"
        code, kept, left = stopped(batch, out, signum, after)
        started = time.monotonic()
        resumed = cli("convert", str(batch), "--out", str(out), "-q", "--resume")
        resume_s = time.monotonic() - started
        results.append(
            (
                f"{signal.Signals(signum).name} to the parent after {after} of {files} files, "
                "then `--resume`",
                f"exit {code}; {kept} files kept in the journal; {left} workers left running; "
                f"resume exit {resumed.returncode} in {resume_s:.0f} s; outputs equal to the "
                f"clean run: {outputs(out) == clean}",
            )
        )

    out = work / "concurrent"
    procs = [
        subprocess.Popen(
            [sys.executable, "-m", "actionplan.cli", "convert", str(batch), "--out", str(out)],
            cwd=ROOT,
            stderr=subprocess.PIPE,
            text=True,
        )
        for _ in range(2)
    ]
    codes = [p.wait(timeout=600) for p in procs]
    refused = sum(
        "another actionplan convert" in (p.stderr.read() if p.stderr else "") for p in procs
    )
    results.append(
        (
            "two converts started together into one folder",
            f"exits {sorted(codes)}, {refused} refused; {recs(out)} of {total} recommendations "
            f"in the CSV; outputs equal to the clean run: {outputs(out) == clean}",
        )
    )

    out = work / "full"
    full = cli("convert", str(batch), "--out", str(out), "-q", preexec=small_disk)
    kept = journal_lines(out)
    resumed = cli("convert", str(batch), "--out", str(out), "-q", "--resume")
    results.append(
        (
            "the disk fills up mid-batch (files capped at 1 MB), then `--resume`",
            f"exit {full.returncode}, {len(full.stderr.strip().splitlines())} line on stderr, "
            f"no traceback: {'Traceback' not in full.stderr}; {kept} files kept in the journal; "
            f"resume exit {resumed.returncode}; outputs equal to the clean run: "
            f"{outputs(out) == clean}",
        )
    )

    out = work / "locked"
    shutil.copytree(clean_out, out)
    holder = sqlite3.connect(out / "plans.sqlite", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    started = time.monotonic()
    locked = cli("convert", str(batch), "--out", str(out), "-f", "csv,sqlite")
    locked_s = time.monotonic() - started
    holder.execute("ROLLBACK")
    holder.close()
    results.append(
        (
            "plans.sqlite held locked by another program",
            f"exit {locked.returncode} after {locked_s:.1f} s, before any file is converted; "
            f"earlier outputs unchanged: {outputs(out) == outputs(clean_out)}",
        )
    )

    out = work / "busy"
    (out / ".actionplan").mkdir(parents=True)
    with (out / ".actionplan" / "lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)
        busy = cli("convert", str(batch), "--out", str(out))
    results.append(
        (
            "a convert into a folder another convert holds",
            f"exit {busy.returncode}: `{busy.stderr.strip().split(': ', 2)[-1]}`",
        )
    )

    names = work / "names"
    shutil.copytree(batch / "set1", names)
    odd = os.fsdecode(bytes(names) + b"/caf\xe9.pdf")
    shutil.copy(sorted(SAMPLES.glob("*.pdf"))[0], odd)
    shutil.copy(sorted(SAMPLES.glob("*.pdf"))[0], names / "copy.pdf")
    formula = names / "=HYPERLINK(1).pdf"
    shutil.copy(sorted(SAMPLES.glob("*.pdf"))[1], formula)
    out = work / "names-out"
    named = cli("convert", str(names), "--out", str(out), "-q", "--excel", "-f", "csv,sqlite")
    docs = rows(out / "documents.csv")
    cells = [
        cell
        for path in [
            *(out / n for n in ("recommendations.csv", "actions.csv", "documents.csv")),
            *sorted((out / "tables").rglob("*.csv")),
        ]
        for row in csv.reader(path.open(encoding="utf-8-sig", newline=""))
        for cell in row
    ]
    results.append(
        (
            "a name that is not UTF-8 (`caf\\xe9.pdf`), a copy and a name starting with `=` in "
            f"a folder of {len(docs) - 3} other files",
            f"exit {named.returncode}; {len(docs)} documents, "
            f"{sum(d['status'] == 'ok' for d in docs)} ok; shown as "
            f"`{next(d['source_file'] for d in docs if 'caf' in d['source_file'])}`; cells "
            f"starting with a formula character in the CSVs: "
            f"{sum(c.startswith(FORMULA) for c in cells)} of {len(cells)} "
            f"({sum(c[:1] == chr(39) and c[1:].startswith(FORMULA) for c in cells)} neutralised "
            "with a leading `'`)",
        )
    )

    loops = work / "loops"
    shutil.copytree(batch / "set1", loops / "sub")
    (loops / "self").symlink_to(".")
    (loops / "sub" / "back").symlink_to(loops)
    started = time.monotonic()
    globbed = cli("convert", str(loops / "**" / "*.pdf"), "--out", str(work / "loops-out"), "-q")
    results.append(
        (
            "`'DIR/**/*.pdf'` with a `self -> .` link and a link back up",
            f"exit {globbed.returncode} in {time.monotonic() - started:.0f} s; "
            f"{len(rows(work / 'loops-out' / 'documents.csv'))} documents for "
            f"{files // copies} files",
        )
    )

    fifo = work / "pipe.pdf"
    os.mkfifo(fifo)
    started = time.monotonic()
    piped = cli("convert", str(fifo), "--out", str(work / "fifo-out"), "--timeout", "600")
    results.append(
        (
            "a named pipe given as input (nothing writes to it)",
            f"exit {piped.returncode} after {time.monotonic() - started:.1f} s: "
            f"`{rows(work / 'fifo-out' / 'documents.csv')[0]['message']}`",
        )
    )
    return results


def revision() -> str:
    """The code's git revision."""
    proc = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
    )
    return proc.stdout.strip() or "unknown"


def write_doc(text: str) -> None:
    """Replace the marked section of docs/robustness.md (appended if missing)."""
    block = f"{BEGIN}\n{text}\n{END}"
    current = DOC.read_text(encoding="utf-8")
    if BEGIN in current and END in current:
        head, rest = current.split(BEGIN, 1)
        updated = head + block + rest.split(END, 1)[1]
    else:
        updated = current.rstrip("\n") + "\n\n## The batch under faults: last figures\n\n"
        updated += block + "\n"
    DOC.write_text(updated, encoding="utf-8")


def main(argv: list[str] | None = None) -> int:
    """Run every case, print the table and write it into docs/robustness.md."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--copies", type=int, default=3, help="folders of the samples")
    args = parser.parse_args(argv)
    started = datetime.now(UTC)
    with tempfile.TemporaryDirectory(prefix="batch-faults-") as tmp:
        results = measure(Path(tmp), args.copies)
    lines = [
        f"Measured {started:%Y-%m-%d %H:%M} UTC on `{platform.node()}` ({platform.platform()}, "
        f"{os.cpu_count()} cores, Python {platform.python_version()}), code at {revision()}, "
        f"by `python -m tests.robustness.batch_faults --copies {args.copies}`.",
        "",
        "| case | measured |",
        "|---|---|",
        *(f"| {case} | {what} |" for case, what in results),
    ]
    text = "\n".join(lines)
    print(text)
    write_doc(text)
    return 0


if __name__ == "__main__":
    sys.exit(main())
