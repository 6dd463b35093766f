"""Fuzz campaign: mutated copies of the sample PDFs, each converted in its own forked child
under a time bound, every outcome classified.

    .venv/bin/python -m tests.robustness.fuzz --cases 2000 --seconds-per-case 10

Each case is made from a seeded RNG keyed by (seed, case number), so any case can be rebuilt
alone (`--replay N`). Mutations, one to three stacked per case: byte flips (anywhere, or only
outside streams, where the PDF syntax is), a truncation, deletion of an `N 0 obj ... endobj`
block, duplication of such a block, and an integer token outside streams replaced by an
extreme value.

Outcomes:

- ``ok`` / ``no_tables``: converted.
- ``error``: a classified reason the user can act on ("corrupt or truncated PDF", ...).
- ``internal``: the message starts "internal error" (an exception nobody classified reached the
  pipeline's catch-all) — a bug to fix.
- ``crash``: the child died without a result, or convert_file itself raised (in a batch the
  worker would die).
- ``hang``: the child was killed at the time bound.

internal, crash and hang cases are saved under tests/robustness/regressions/ (one per distinct
failure, at most MAX_SAVED files of at most MAX_SAVED_BYTES each) with a note, and
test_hostile_inputs.py converts each of them. The summary goes to stdout and into the marked
section of docs/robustness.md.
"""

from __future__ import annotations

import argparse
import contextlib
import io
import json
import multiprocessing
import os
import platform
import random
import re
import resource
import subprocess
import sys
import tempfile
import time
import traceback
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import UTC, datetime
from multiprocessing.connection import Connection, wait
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
REGRESSIONS = Path(__file__).resolve().parent / "regressions"
DOC = ROOT / "docs" / "robustness.md"
BEGIN = "<!-- fuzz-results:begin (written by tests/robustness/fuzz.py) -->"
END = "<!-- fuzz-results:end -->"

MAX_SAVED = 20
MAX_SAVED_BYTES = 200_000
MEMORY_MB = 2048
OUTCOMES = ("ok", "no_tables", "error", "internal", "crash", "hang")
FAILURES = ("internal", "crash", "hang")
UNCLASSIFIED = ("internal error", "could not be read (")
"""Message prefixes of exceptions nobody classified (the second is the pre-issue-8 wording)."""


# --------------------------------------------------------------------------- mutations

OBJECT = re.compile(rb"(?<![0-9])\d+ \d+ obj\b.*?\bendobj\b\s*", re.DOTALL)
STREAM = re.compile(rb"stream\r?\n.*?endstream", re.DOTALL)
INTEGER = re.compile(rb"(?<![0-9.])-?\d+(?![0-9.])")
EXTREMES = (b"0", b"-1", b"1", b"2147483648", b"-2147483649", b"99999999999999999999", b"65535")


def structure_spans(data: bytes) -> list[tuple[int, int]]:
    """The (start, end) ranges of data outside stream bodies: dictionaries, xref, trailer."""
    spans, last = [], 0
    for match in STREAM.finditer(data):
        spans.append((last, match.start()))
        last = match.end()
    spans.append((last, len(data)))
    return [(a, b) for a, b in spans if b > a]


def structural_position(rng: random.Random, data: bytes) -> int:
    """A random offset outside any stream body."""
    spans = structure_spans(data)
    total = sum(b - a for a, b in spans)
    pick = rng.randrange(total)
    for a, b in spans:
        if pick < b - a:
            return a + pick
        pick -= b - a
    return len(data) - 1


def flip_bytes(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    """1 to 16 bytes XORed with a random non-zero byte, anywhere in the file or (half of the
    time) only outside stream bodies."""
    out = bytearray(data)
    structural = rng.random() < 0.5
    count = rng.randint(1, 16)
    for _ in range(count):
        pos = structural_position(rng, data) if structural else rng.randrange(len(out))
        out[pos] ^= rng.randint(1, 255)
    where = "outside streams" if structural else "anywhere"
    return bytes(out), f"flip {count} byte(s) {where}"


def truncate(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    """The file cut at a random point."""
    cut = rng.randrange(1, len(data))
    return data[:cut], f"truncate at {cut}/{len(data)}"


def delete_object(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    """One `N G obj ... endobj` block removed."""
    blocks = list(OBJECT.finditer(data))
    if not blocks:
        return truncate(rng, data)
    block = rng.choice(blocks)
    label = block.group().split(b"obj", 1)[0].strip().decode("latin-1")
    return data[: block.start()] + data[block.end() :], f"delete object {label}"


def duplicate_object(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    """One `N G obj ... endobj` block copied to just after another block (or itself)."""
    blocks = list(OBJECT.finditer(data))
    if not blocks:
        return flip_bytes(rng, data)
    block, after = rng.choice(blocks), rng.choice(blocks)
    label = block.group().split(b"obj", 1)[0].strip().decode("latin-1")
    copy = block.group()
    return data[: after.end()] + copy + data[after.end() :], f"duplicate object {label}"


def extreme_number(rng: random.Random, data: bytes) -> tuple[bytes, str]:
    """One integer token outside stream bodies (a /Length, /Count, offset, coordinate...)
    replaced by an extreme value."""
    candidates = [
        m for a, b in structure_spans(data) for m in INTEGER.finditer(data, a, b) if m.end() <= b
    ]
    if not candidates:
        return flip_bytes(rng, data)
    match = rng.choice(candidates)
    value = rng.choice(EXTREMES)
    context = data[max(0, match.start() - 12) : match.start()].decode("latin-1", "replace")
    note = f"number at {match.start()} ({context.split()[-1] if context.split() else ''}"
    note += f" {match.group().decode()}) -> {value.decode()}"
    return data[: match.start()] + value + data[match.end() :], note


MUTATORS: tuple[Callable[[random.Random, bytes], tuple[bytes, str]], ...] = (
    flip_bytes,
    flip_bytes,
    truncate,
    delete_object,
    duplicate_object,
    extreme_number,
)
"""Byte flips are drawn twice as often as the others."""


@dataclass(frozen=True)
class Case:
    """One mutated file: where it came from and how it was made."""

    index: int
    sample: Path
    mutations: tuple[str, ...]
    data: bytes


def make_case(seed: int, index: int, samples: list[Path]) -> Case:
    """Case `index` of the campaign with this seed (independent of every other case)."""
    rng = random.Random(f"{seed}:{index}")
    sample = rng.choice(samples)
    data = sample.read_bytes()
    notes = []
    for _ in range(rng.choice((1, 1, 1, 2, 3))):
        data, note = rng.choice(MUTATORS)(rng, data)
        notes.append(note)
        if not data:
            break
    return Case(index, sample, tuple(notes), data)


# --------------------------------------------------------------------------- running


@dataclass
class Result:
    """What one case came to."""

    case: Case
    outcome: str
    message: str = ""
    detail: str = ""
    """Traceback or exit code: what to put in a regression note."""
    seconds: float = 0.0
    recommendations: int = 0
    warned: bool = False
    """The Document says something is amiss: a message, or text coverage under 100%."""


def outcome_of(status: str, message: str) -> str:
    """ok, no_tables, error or internal, from a Document's status and message."""
    if status != "error":
        return status
    return "internal" if message.startswith(UNCLASSIFIED) else "error"


def child(path: Path, conn: Connection) -> None:
    """Forked child: convert one file under the memory cap and send back what happened."""
    from actionplan.pipeline import Options, convert_file

    limit = MEMORY_MB * 1024 * 1024
    resource.setrlimit(resource.RLIMIT_AS, (limit, limit))
    # Nothing the libraries log or print should flood the campaign's output.
    devnull = os.open(os.devnull, os.O_WRONLY)
    os.dup2(devnull, 1)
    os.dup2(devnull, 2)
    try:
        doc = convert_file(path, Options())
    except MemoryError:
        # Raised on purpose: the batch's worker reports it with its cap, as an error row.
        conn.send({"outcome": "error", "message": "ran out of memory", "detail": ""})
        return
    except BaseException as err:  # convert_file must never raise: in a batch this kills the worker
        message = f"convert_file raised {type(err).__name__}"
        conn.send({"outcome": "crash", "message": message, "detail": traceback.format_exc()})
        return
    outcome = outcome_of(doc.status, doc.message)
    detail = ""
    if outcome == "internal":
        captured = io.StringIO()
        with contextlib.redirect_stderr(captured), contextlib.suppress(BaseException):
            convert_file(path, Options(debug=True))
        detail = captured.getvalue()
    coverage = doc.text_coverage
    conn.send(
        {
            "outcome": outcome,
            "message": doc.message,
            "detail": detail,
            "recommendations": doc.recommendation_count,
            "warned": bool(doc.message) or (coverage is not None and coverage < 1),
        }
    )


@dataclass
class Running:
    """A child converting one case."""

    case: Case
    process: Any
    conn: Connection
    started: float


def start(case: Case, workdir: Path) -> Running:
    """Write the case to disk and fork a child to convert it."""
    path = workdir / f"case-{case.index}.pdf"
    path.write_bytes(case.data)
    context = multiprocessing.get_context("fork")
    receive, send = context.Pipe(duplex=False)
    process = context.Process(target=child, args=(path, send), daemon=True)
    process.start()
    send.close()
    return Running(case, process, receive, time.monotonic())


def finish(job: Running, bound: float, workdir: Path) -> Result | None:
    """The job's Result once it is over (answer, death or time bound), else None."""
    elapsed = time.monotonic() - job.started
    result: Result | None = None
    if job.conn.poll():
        with contextlib.suppress(EOFError, OSError):
            result = Result(job.case, **job.conn.recv())
        job.process.join(5)
        if job.process.is_alive():
            job.process.kill()
            job.process.join()
        if result is None:
            code = job.process.exitcode
            result = Result(job.case, "crash", f"child died (exit code {code})", f"exit {code}")
    elif not job.process.is_alive():
        job.process.join()
        code = job.process.exitcode
        result = Result(job.case, "crash", f"child died (exit code {code})", f"exit code {code}")
    elif elapsed > bound:
        job.process.kill()
        job.process.join()
        result = Result(job.case, "hang", f"killed after {bound:g} s", f"no result in {bound:g} s")
    if result is not None:
        job.conn.close()
        result.seconds = elapsed
        (workdir / f"case-{job.case.index}.pdf").unlink(missing_ok=True)
    return result


def run_cases(
    cases: list[int],
    seed: int,
    samples: list[Path],
    bound: float,
    jobs: int,
    on_result: Callable[[Result], None],
) -> None:
    """Every case run in a forked child, at most `jobs` at a time."""
    queue = list(cases)
    running: list[Running] = []
    with tempfile.TemporaryDirectory(prefix="actionplan-fuzz-") as tmp:
        workdir = Path(tmp)
        while queue or running:
            while queue and len(running) < jobs:
                running.append(start(make_case(seed, queue.pop(0), samples), workdir))
            wait([j.conn for j in running] + [j.process.sentinel for j in running], 0.2)
            for job in list(running):
                result = finish(job, bound, workdir)
                if result is not None:
                    running.remove(job)
                    on_result(result)


# --------------------------------------------------------------------------- reporting


def reason_key(message: str) -> str:
    """A classified message without its varying details (page numbers, exception text)."""
    return re.sub(r"\s*\([^)]*\)", "", message).strip() or "(empty message)"


def signature(result: Result) -> str:
    """What makes two failures the same bug: outcome, exception type, innermost frame."""
    frames = re.findall(r'File "([^"]+)", line (\d+)', result.detail)
    where = ""
    if frames:
        file, line = frames[-1]
        where = f" at {Path(file).name}:{line}"
    kind = re.match(r"(?:internal error|could not be read) \((\w+)", result.message)
    name = kind.group(1) if kind else re.sub(r"\d+", "N", result.message)[:60]
    return f"{result.outcome}: {name}{where}"


def saved_signatures() -> set[str]:
    """Signatures of the regressions saved by earlier campaigns."""
    found = set()
    for note in REGRESSIONS.glob("*.txt"):
        for line in note.read_text(encoding="utf-8").splitlines():
            if line.startswith("signature: "):
                found.add(line.removeprefix("signature: "))
    return found


def save_regression(result: Result, seed: int, known: set[str]) -> Path | None:
    """Keep a failing case under regressions/ with a note, unless it is a known failure, too
    big, or the folder is full."""
    sig = signature(result)
    if sig in known or len(result.case.data) > MAX_SAVED_BYTES:
        return None
    if len(list(REGRESSIONS.glob("*.pdf"))) >= MAX_SAVED:
        return None
    REGRESSIONS.mkdir(parents=True, exist_ok=True)
    stem = f"fuzz-{seed}-{result.case.index}-{result.outcome}"
    path = REGRESSIONS / f"{stem}.pdf"
    path.write_bytes(result.case.data)
    note = [
        f"outcome: {result.outcome}",
        f"signature: {sig}",
        f"message: {result.message}",
        f"sample: {result.case.sample.name}",
        f"mutations: {'; '.join(result.case.mutations)}",
        f"seed: {seed}  case: {result.case.index}",
        f"rebuild: .venv/bin/python -m tests.robustness.fuzz --seed {seed} "
        f"--replay {result.case.index}",
        f"found: {datetime.now(UTC):%Y-%m-%d %H:%M} UTC, {result.seconds:.1f} s",
        "",
        result.detail.strip()[-6000:],
        "",
    ]
    (REGRESSIONS / f"{stem}.txt").write_text("\n".join(note), encoding="utf-8")
    known.add(sig)
    return path


@dataclass
class Campaign:
    """Counts and failures of one campaign."""

    seed: int
    cases: int
    bound: float
    jobs: int
    samples: list[Path]
    counts: Counter[str] = field(default_factory=Counter)
    reasons: Counter[str] = field(default_factory=Counter)
    by_sample: dict[str, Counter[str]] = field(default_factory=dict)
    baseline: dict[str, int] = field(default_factory=dict)
    """Recommendations of each intact sample."""
    fewer: Counter[str] = field(default_factory=Counter)
    """Converted (ok or no_tables) with fewer recommendations than the intact sample, by
    whether the Document warned ('warned') or not ('silent')."""
    failures: list[Result] = field(default_factory=list)
    saved: list[Path] = field(default_factory=list)
    revision: str = ""
    """The code's git revision when the campaign started (children run the code loaded then)."""
    started: datetime = field(default_factory=lambda: datetime.now(UTC))
    slowest: Result | None = None
    """The finished case that took longest."""
    silent_examples: list[int] = field(default_factory=list)
    elapsed: float = 0.0

    def add(self, result: Result) -> None:
        """Count one finished case."""
        self.counts[result.outcome] += 1
        self.by_sample.setdefault(result.case.sample.name, Counter())[result.outcome] += 1
        if result.outcome == "error":
            self.reasons[reason_key(result.message)] += 1
        intact = self.baseline.get(result.case.sample.name)
        if result.outcome in ("ok", "no_tables") and intact and result.recommendations < intact:
            self.fewer["warned" if result.warned else "silent"] += 1
            if not result.warned and len(self.silent_examples) < 8:
                self.silent_examples.append(result.case.index)
        if result.outcome in FAILURES:
            self.failures.append(result)
        if result.outcome != "hang" and (
            self.slowest is None or result.seconds > self.slowest.seconds
        ):
            self.slowest = result


def git_revision() -> str:
    """The commit the campaign ran on, marked '+ uncommitted changes' when the tree is dirty."""
    try:
        rev = subprocess.run(
            ["git", "rev-parse", "--short", "HEAD"], cwd=ROOT, capture_output=True, text=True
        ).stdout.strip()
        dirty = subprocess.run(
            ["git", "status", "--porcelain", "--untracked-files=no"],
            cwd=ROOT,
            capture_output=True,
            text=True,
        ).stdout.strip()
    except OSError:
        return "unknown"
    return f"{rev} + uncommitted changes" if dirty else rev


def summary(c: Campaign) -> str:
    """The campaign's figures as Markdown (also printed to stdout)."""
    total = sum(c.counts.values())
    slow = c.slowest
    slowest = (
        f"{slow.seconds:.1f} s (case {slow.case.index}, {slow.case.sample.name}, {slow.outcome})"
        if slow
        else "-"
    )
    lines = [
        f"Last campaign: started {c.started:%Y-%m-%d %H:%M} UTC on `{platform.node()}` "
        f"({platform.platform()}, {os.cpu_count()} cores, Python {platform.python_version()}), "
        f"code at {c.revision}.",
        "",
        f"`python -m tests.robustness.fuzz --cases {c.cases} --seconds-per-case {c.bound:g} "
        f"--seed {c.seed} --jobs {c.jobs}`: {total} cases from {len(c.samples)} samples in "
        f"{c.elapsed / 60:.1f} min; slowest finished case {slowest}.",
        "",
        "| outcome | cases | share |",
        "|---|---:|---:|",
    ]
    for outcome in OUTCOMES:
        n = c.counts.get(outcome, 0)
        lines.append(f"| {outcome} | {n} | {n / max(total, 1):.1%} |")
    converted = c.counts.get("ok", 0) + c.counts.get("no_tables", 0)
    lines += [
        "",
        f"**Unhandled exceptions (internal), crashes and hangs: "
        f"{sum(c.counts.get(o, 0) for o in FAILURES)}** (target 0).",
        "",
        f"Of the {converted} cases converted (ok or no_tables), "
        f"{sum(c.fewer.values())} gave fewer recommendations than the intact sample: "
        f"{c.fewer.get('warned', 0)} with a message or a text-coverage warning, "
        f"**{c.fewer.get('silent', 0)} without any warning** (damaged or missing objects read "
        "as blank or partial pages, reported as if the file were whole)"
        + (
            f"; e.g. cases {', '.join(map(str, c.silent_examples))} (`--replay N`)."
            if c.silent_examples
            else "."
        ),
        "",
        "Classified error reasons (details in parentheses dropped):",
        "",
        "| reason | cases |",
        "|---|---:|",
    ]
    lines += [f"| {reason} | {n} |" for reason, n in c.reasons.most_common()]
    if c.failures:
        lines += ["", "Failures by signature:", "", "| signature | cases |", "|---|---:|"]
        sigs = Counter(signature(r) for r in c.failures)
        lines += [f"| `{sig}` | {n} |" for sig, n in sigs.most_common()]
    if c.saved:
        lines += ["", "Saved as regressions: " + ", ".join(f"`{p.name}`" for p in c.saved)]
    return "\n".join(lines)


def write_doc(text: str) -> None:
    """Replace the marked results section of docs/robustness.md (appended if missing)."""
    block = f"{BEGIN}\n{text}\n{END}"
    current = DOC.read_text(encoding="utf-8") if DOC.exists() else "# Robustness\n"
    if BEGIN in current and END in current:
        head, rest = current.split(BEGIN, 1)
        tail = rest.split(END, 1)[1]
        updated = head + block + tail
    else:
        updated = current.rstrip("\n") + "\n\n## Fuzz campaign: last figures\n\n" + block + "\n"
    DOC.write_text(updated, encoding="utf-8")


# --------------------------------------------------------------------------- command line


def warm_up(samples: list[Path]) -> dict[str, int]:
    """Load the converter, camelot and every lazy cache once in this process, so each forked
    child starts warm and a case costs only its own conversion; and the recommendations of
    each intact sample, the baseline of the cases made from it."""
    from actionplan.pipeline import Options, convert_file

    with contextlib.suppress(ImportError):
        import camelot  # noqa: F401
    return {p.name: convert_file(p, Options()).recommendation_count for p in samples}


def parse_args(argv: list[str] | None) -> argparse.Namespace:
    """The campaign's options."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--cases", type=int, default=2000, help="number of cases (default 2000)")
    parser.add_argument(
        "--seconds-per-case", type=float, default=10.0, help="time bound of one case (default 10)"
    )
    parser.add_argument("--seed", type=int, default=None, help="RNG seed (default: random)")
    parser.add_argument(
        "--jobs", type=int, default=os.cpu_count() or 1, help="cases at once (default: cores)"
    )
    parser.add_argument(
        "--samples", nargs="*", type=Path, help="PDFs to mutate (default: samples/*.pdf)"
    )
    parser.add_argument(
        "--replay", type=int, metavar="N", help="write case N of --seed to stdout and exit"
    )
    parser.add_argument(
        "--log", type=Path, metavar="FILE", help="write every case's outcome to FILE (JSON lines)"
    )
    parser.add_argument(
        "--no-write", action="store_true", help="neither save regressions nor update the doc"
    )
    return parser.parse_args(argv)


def main(argv: list[str] | None = None) -> int:
    """Run the campaign; exit 1 when any case was internal, crash or hang."""
    args = parse_args(argv)
    seed = args.seed if args.seed is not None else random.SystemRandom().randrange(10**6)
    samples = sorted(args.samples or SAMPLES.glob("*.pdf"))
    if args.replay is not None:
        sys.stdout.buffer.write(make_case(seed, args.replay, samples).data)
        return 0
    campaign = Campaign(seed, args.cases, args.seconds_per_case, args.jobs, samples)
    campaign.revision = git_revision()
    campaign.baseline = warm_up(samples)
    known = saved_signatures()
    began = time.monotonic()
    log = args.log.open("w", encoding="utf-8") if args.log else None

    def on_result(result: Result) -> None:
        campaign.add(result)
        if log is not None:
            record = {
                "case": result.case.index,
                "sample": result.case.sample.name,
                "mutations": result.case.mutations,
                "outcome": result.outcome,
                "message": result.message,
                "recommendations": result.recommendations,
                "intact": campaign.baseline.get(result.case.sample.name),
                "warned": result.warned,
                "seconds": round(result.seconds, 2),
            }
            print(json.dumps(record), file=log, flush=True)
        if result.outcome in FAILURES:
            print(f"case {result.case.index}: {result.outcome}: {result.message}", flush=True)
            if not args.no_write:
                saved = save_regression(result, seed, known)
                if saved is not None:
                    campaign.saved.append(saved)
        done = sum(campaign.counts.values())
        if done % 100 == 0 or done == args.cases:
            counts = ", ".join(f"{o} {campaign.counts.get(o, 0)}" for o in OUTCOMES)
            print(f"[{done}/{args.cases}] {time.monotonic() - began:.0f} s: {counts}", flush=True)

    print(f"fuzz: seed {seed}, {args.cases} cases, {len(samples)} samples, jobs {args.jobs}")
    run_cases(list(range(args.cases)), seed, samples, args.seconds_per_case, args.jobs, on_result)
    campaign.elapsed = time.monotonic() - began
    if log is not None:
        log.close()
    text = summary(campaign)
    print()
    print(text)
    if not args.no_write:
        write_doc(text)
    return 1 if any(campaign.counts.get(o, 0) for o in FAILURES) else 0


if __name__ == "__main__":
    sys.exit(main())
