"""Speed benchmark: pages per second and peak memory of actionplan against raw table extractors.

1. The corpus: every born-digital PDF the other benchmarks read, the samples (samples/*.pdf,
   bench/accuracy.py), the structure samples (samples/structure/, bench/rows.py) and the real
   plans (tests/real_corpus/, bench/rows.py), copied (distinct names) into a temporary folder in
   whole rounds until it holds --min-pages pages (one round is already more than the default 200).
   The scanned samples are left out: they need OCR, and the text floor cannot read them. Every
   tool reads that same corpus, each in a fresh subprocess of this script (`--worker TOOL`), so
   imports and memory do not carry over:
   - actionplan: the CLI's own entry point, `actionplan convert CORPUS --jobs 1 --quiet`,
     writing its normal outputs (csv, json, tables/) to a temporary folder;
   - PDFium text, the floor: pypdfium2 opens each PDF and reads every page's text
     (`get_textpage()`, `get_text_range()`), nothing more;
   - the calls floor and the Python floor: the same, then what any character layer in Python
     does at the least: the parser's two PDFium calls a character; and a dict a character and
     one words pass;
   - pdfplumber: open each PDF, `page.extract_tables()` on every page;
   - camelot lattice, default engine ("combined": renders each page and finds lines in the
     image, adding the PDF's vector rules);
   - camelot lattice with `engine="vector"` (ruling lines from the PDF's drawing operators).
   The worker times the work alone (after its imports); the wall time of the whole subprocess,
   interpreter start-up and imports included, is reported beside it. Peak memory is the
   kernel's maximum RSS of the largest process: the worker, or for actionplan the per-file
   process it forks, whichever is larger. A file a tool fails on is counted, not fatal.
   Ratios are actionplan's pages/s over each other tool's, by CPU time of the work (it barely
   moves when other processes share the machine; by work wall time beside it), with issue 20's
   two targets: actionplan at least 2x camelot vector, and PDFium text at most 6x actionplan,
   and how near the two floors themselves come to the second.
2. A per-stage profile of the pipeline on the same corpus: convert_file and the CLI's writers
   in this process under cProfile, each function's own time given to a stage by its module
   (STAGES); functions of unlisted modules (builtins, the standard library, pydantic) pass
   their time up to their callers' stages, and what reaches no stage is 'other'.

Ends with a Markdown block to paste into docs/benchmarks.md. Targets are reported, not asserted.
`--skip-camelot-default` and `--folders samples` make a quick run.
"""

from __future__ import annotations

import argparse
import cProfile
import csv
import json
import math
import pstats
import resource
import shutil
import subprocess
import sys
import tempfile
import time
import warnings
from collections import defaultdict
from collections.abc import Callable
from dataclasses import dataclass
from datetime import UTC, date, datetime
from fnmatch import fnmatch
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
AS_OF = "2026-01-01"
"""A fixed --as-of, so every run computes `overdue` alike."""

CORPUS_FOLDERS = [
    ROOT / "samples",
    ROOT / "samples" / "structure",
    ROOT / "tests" / "real_corpus",
]
"""The born-digital PDFs of bench/accuracy.py and bench/rows.py (not the scans: OCR)."""

TOOLS = {
    "actionplan": "actionplan convert --jobs 1",
    "pdfium-text": "PDFium text (get_text_range)",
    "calls-floor": "calls floor: PDFium text, two calls a character",
    "python-floor": "Python floor: calls floor, a dict a character, words once",
    "pdfplumber": "pdfplumber extract_tables",
    "camelot-vector": 'camelot lattice engine="vector"',
    "camelot-default": 'camelot lattice, default engine ("combined")',
}
"""Worker name -> label in the report; actionplan first, as the others are compared with it."""
CAMELOT_TARGET = 2.0
"""Issue 20: actionplan at least this many times camelot vector's pages/s."""
TEXT_FLOOR_TARGET = 6.0
"""Issue 20: PDFium's text extraction at most this many times actionplan's pages/s."""
FLOOR_KEYS = ("text", "fontname", "size", "upright", "x0", "x1", "top", "bottom", "doctop")
"""The keys of a character (parse_page's, but for non_stroking_color, added apart)."""

STAGES: dict[str, str] = {
    "pdfminer": "open and parse",
    "pdfplumber": "open and parse",
    "playa": "open and parse",
    "pypdfium2": "open and parse",
    "pikepdf": "open and parse",
    "actionplan.extract.parsing.parse_*": "open and parse",
    "actionplan.extract.document.open_pdf": "open and parse",
    "actionplan.extract.document.sha256_of": "open and parse",
    "actionplan.extract.grids.grid.assign_chars": "characters",
    "actionplan.extract.grids.grid.locate_all": "characters",
    "actionplan.extract.grids.grid.cells_under": "characters",
    "actionplan.extract.grids.sizes": "characters",
    "actionplan.extract.grids.grid.coverage": "characters",
    "actionplan.extract.document.furniture_marks": "characters",
    "actionplan.extract.grids.rulings": "lines and grid",
    "actionplan.extract.grids.grid": "lines and grid",
    "actionplan.extract.grids.grid_unruled": "lines and grid",
    "actionplan.extract.grids.grid_camelot": "lines and grid",
    "actionplan.extract.grids.engines": "lines and grid",
    "pdfplumber.table": "lines and grid",
    "camelot": "lines and grid",
    "actionplan.extract.text": "cell text",
    "actionplan.extract.words": "cell text",
    "pdfplumber.utils.text": "cell text",
    "actionplan.extract.fills": "colours",
    "actionplan.extract.colours": "colours",
    "actionplan.extract.stitch": "stitch",
    "actionplan.extract.furniture": "stitch",
    "actionplan.extract.headings": "stitch",
    "actionplan.extract.models": "stitch",
    "actionplan.normalise": "normalise",
    "actionplan.output": "write",
}
"""Pattern -> stage for each profiled function, named `module.function`. A pattern matches
that name, or the module and everything in it ('actionplan.extract.grids.grid' takes
actionplan.extract.grids.grid.*); the longest matching pattern wins, so 'pdfplumber.table' beats
'pdfplumber'. A function no pattern matches (builtins, the standard library, pydantic) gives its
time to its callers' stages."""

OTHER_LOAD_SHARE = 0.1
"""Other processes' CPU seconds, as a share of a run's wall seconds, worth a note."""
OTHER = "other"
LEAK = 1e-9
"""What each step up the callers gives to 'other' (StageProfile.stage_shares)."""
STAGE_ORDER = [*dict.fromkeys([*STAGES.values(), OTHER])]


@dataclass
class ToolRun:
    """One tool over the whole corpus, measured in its own subprocess."""

    tool: str
    work_seconds: float
    wall_seconds: float
    cpu_seconds: float
    """User and system CPU time of the work, forked processes included."""
    peak_rss_mb: float
    files: int
    failed: int
    tables: int | None
    """None for the text floor, which finds no tables."""
    note: str = ""


# --- the workers: each runs in a fresh subprocess, imports only its own tool ---------------

Work = Callable[[], tuple[int, int | None]]
"""The timed part of a worker: reads the whole corpus; (files failed, tables found or None)."""


def work_actionplan(pdfs: list[Path], scratch: Path) -> Work:
    """The CLI's entry point, called as the console script calls it; a file failed when
    documents.csv records an error (a real PDF without an action-plan table, 'no_tables', was
    read all the same), tables are the CSVs written to tables/."""
    from actionplan.cli import main as cli_main

    out = scratch / "out"
    argv = ["convert", *map(str, pdfs), "--out", str(out), "--jobs", "1", "--quiet"]
    argv += ["--as-of", AS_OF]

    def run() -> tuple[int, int | None]:
        cli_main(argv)
        with (out / "documents.csv").open(encoding="utf-8", newline="") as fh:
            failed = sum(row["status"] == "error" for row in csv.DictReader(fh))
        return failed, len(list((out / "tables").glob("*.csv")))

    return run


def per_file(pdfs: list[Path], read: Callable[[Path], None]) -> Work:
    """The timed part of a worker that reads each file in turn and finds no tables."""

    def run() -> tuple[int, int | None]:
        failed = 0
        for path in pdfs:
            try:
                read(path)
            except Exception:
                failed += 1
        return failed, None

    return run


def work_pdfium_text(pdfs: list[Path], scratch: Path) -> Work:
    """PDFium's text of every page, the least any tool reading the text must do: the floor."""
    import pypdfium2

    def read(path: Path) -> None:
        pdf = pypdfium2.PdfDocument(path)
        try:
            for page in pdf:
                text = page.get_textpage()
                text.get_text_range()
                # Closed at once, as a long document would otherwise hold every page.
                text.close()
                page.close()
        finally:
            pdf.close()

    return per_file(pdfs, read)


def python_floor(objects: bool) -> Callable[[list[Path], Path], Work]:
    """The least a character layer written in Python does per character, and nothing else:
    PDFium's text page and its text in one call, as the text floor reads them, then for each
    character the two calls the parser makes (its text object, its origin), kept in lists;
    with objects, also a dict of parse_page's keys a character and one pass of extract_words
    over them, as every stage after the parser (and pdfplumber's TableFinder) takes
    characters. No glyph measured, no table found, nothing written: what the whole CLI could
    at best come down to."""

    def prepare(pdfs: list[Path], scratch: Path) -> Work:
        import ctypes

        import pypdfium2

        from actionplan.extract.parsing.parse_pdfium import native
        from actionplan.extract.words import extract_words

        c = native()
        dx, dy = ctypes.c_double(), ctypes.c_double()
        get_object, get_origin = c.FPDFText_GetTextObject, c.FPDFText_GetCharOrigin

        def read(path: Path) -> None:
            pdf = pypdfium2.PdfDocument(path)
            try:
                for page in pdf:
                    textpage = page.get_textpage()
                    text = textpage.get_text_range()[: textpage.count_chars()]
                    handle = ctypes.cast(textpage.raw, ctypes.c_void_p).value
                    height = page.get_height()
                    # Kept, as the parser uses each character's text object (its style, its run).
                    found, xs, tops = [], [], []
                    for i in range(len(text)):
                        found.append(get_object(handle, i))
                        get_origin(handle, i, dx, dy)
                        xs.append(dx.value)
                        tops.append(height - dy.value)
                    if objects:
                        chars = []
                        for letter, x, top in zip(text, xs, tops, strict=True):
                            values = (letter, "F", 10.0, True, x, x + 5.0, top - 8, top + 2, top)
                            char = dict(zip(FLOOR_KEYS, values, strict=True))
                            char["non_stroking_color"] = (0.0,)
                            chars.append(char)
                        extract_words(chars, 3, 3, ("size",))
                    textpage.close()
                    page.close()
            finally:
                pdf.close()

        return per_file(pdfs, read)

    return prepare


def work_pdfplumber(pdfs: list[Path], scratch: Path) -> Work:
    """pdfplumber's own table extraction on every page."""
    import pdfplumber

    def run() -> tuple[int, int | None]:
        failed = tables = 0
        for path in pdfs:
            try:
                with pdfplumber.open(path) as pdf:
                    for page in pdf.pages:
                        tables += len(page.extract_tables())
                        page.close()
            except Exception:
                failed += 1
        return failed, tables

    return run


def camelot_worker(engine: str | None) -> Callable[[list[Path], Path], Work]:
    """A worker reading every page with camelot's lattice flavor and the given engine (None:
    camelot's default)."""

    def prepare(pdfs: list[Path], scratch: Path) -> Work:
        import camelot

        kwargs = {} if engine is None else {"engine": engine}

        def run() -> tuple[int, int | None]:
            failed = tables = 0
            for path in pdfs:
                try:
                    found = camelot.read_pdf(str(path), pages="all", flavor="lattice", **kwargs)
                    tables += len(found)
                except Exception:
                    failed += 1
            return failed, tables

        return run

    return prepare


WORKERS = {
    "actionplan": work_actionplan,
    "pdfium-text": work_pdfium_text,
    "calls-floor": python_floor(objects=False),
    "python-floor": python_floor(objects=True),
    "pdfplumber": work_pdfplumber,
    "camelot-vector": camelot_worker("vector"),
    "camelot-default": camelot_worker(None),
}


def cpu_seconds(who: int) -> float:
    """User and system CPU seconds of this process (RUSAGE_SELF) or of its finished, waited-for
    descendants (RUSAGE_CHILDREN)."""
    usage = resource.getrusage(who)
    return usage.ru_utime + usage.ru_stime


def total_cpu_seconds() -> float:
    """CPU seconds of this process and its finished descendants together."""
    return cpu_seconds(resource.RUSAGE_SELF) + cpu_seconds(resource.RUSAGE_CHILDREN)


def peak_rss_mb() -> float:
    """The maximum RSS of this process or of any finished process it forked, in MB (Linux
    reports ru_maxrss in KiB)."""
    self_kb = resource.getrusage(resource.RUSAGE_SELF).ru_maxrss
    children_kb = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss
    return max(self_kb, children_kb) / 1024


def run_worker(tool: str, corpus: Path, scratch: Path, result: Path) -> int:
    """The body of `--worker TOOL`: do the work, write what it cost to result as JSON."""
    # The libraries' warnings would only fill the captured stderr.
    warnings.simplefilter("ignore")
    pdfs = sorted(corpus.glob("*.pdf"))
    run = WORKERS[tool](pdfs, scratch)
    start, cpu = time.perf_counter(), total_cpu_seconds()
    failed, tables = run()
    figures: dict[str, float | None] = {
        "seconds": time.perf_counter() - start,
        "cpu": total_cpu_seconds() - cpu,
    }
    figures |= {"peak_rss_mb": peak_rss_mb(), "failed": failed, "tables": tables}
    figures["files"] = len(pdfs)
    result.write_text(json.dumps(figures), encoding="utf-8")
    return 0


# --- the parent: corpus, subprocesses, profile, report ------------------------------------


def page_count(path: Path) -> int:
    """Pages of one PDF."""
    import pypdfium2

    pdf = pypdfium2.PdfDocument(path)
    try:
        return len(pdf)
    finally:
        pdf.close()


def build_corpus(sources: list[Path], min_pages: int, folder: Path) -> tuple[list[Path], int]:
    """Whole rounds of the source PDFs copied into folder under distinct names, enough rounds
    for min_pages pages (every source as often as every other, so the mix of layouts stays the
    corpus's); the copies and their pages."""
    pages = sum(page_count(p) for p in sources)
    rounds = max(1, math.ceil(min_pages / pages))
    folder.mkdir(parents=True)
    copies = []
    for r in range(rounds):
        # The index keeps names distinct across source folders.
        for i, source in enumerate(sources):
            target = folder / f"{r:02d}_{i:03d}_{source.name}"
            shutil.copyfile(source, target)
            copies.append(target)
    return copies, rounds * pages


def shown(folder: Path) -> str:
    """A folder as the report names it: relative to the repository when inside it."""
    return str(folder.relative_to(ROOT)) if folder.is_relative_to(ROOT) else str(folder)


def describe_corpus(folders: list[Path], copies: int, pages: int) -> str:
    """What the corpus holds: files per source folder, rounds, files and pages in all."""
    counts = {shown(f): len(list(f.glob("*.pdf"))) for f in folders}
    rounds = copies // sum(counts.values())
    parts = ", ".join(f"{n} from {name}" for name, n in counts.items())
    return f"{parts}; {rounds} round(s): {copies} files, {pages} pages"


def measure(tool: str, corpus: Path, work: Path) -> ToolRun:
    """Run one tool's worker in a fresh subprocess; its figures, wall time included, and a
    note when other processes took CPU time meanwhile (the figures are then skewed)."""
    # Parent-only import: bench/batch.py pulls in pdfplumber and the pipeline via accuracy.py.
    from batch import machine_busy_seconds

    scratch = work / f"scratch-{tool}"
    scratch.mkdir()
    result = scratch / "result.json"
    command = [sys.executable, str(Path(__file__).resolve()), "--worker", tool]
    command += ["--corpus", str(corpus), "--scratch", str(scratch), "--result", str(result)]
    start, busy, cpu = time.perf_counter(), machine_busy_seconds(), total_cpu_seconds()
    proc = subprocess.run(command, capture_output=True, text=True, check=False)
    wall = time.perf_counter() - start
    other = machine_busy_seconds() - busy - (total_cpu_seconds() - cpu)
    note = f"other processes used {other:.0f} CPU s" if other > OTHER_LOAD_SHARE * wall else ""
    if proc.returncode != 0 or not result.exists():
        note = f"failed, exit {proc.returncode}: {proc.stderr.strip()[-300:]!r}"
        return ToolRun(tool, math.nan, wall, math.nan, math.nan, 0, 0, 0, note)
    figures = json.loads(result.read_text(encoding="utf-8"))
    return ToolRun(
        tool,
        figures["seconds"],
        wall,
        figures["cpu"],
        figures["peak_rss_mb"],
        figures["files"],
        figures["failed"],
        figures["tables"],
        note,
    )


def stage_of_name(name: str) -> str | None:
    """The stage of a `module.function` name by the longest matching STAGES pattern; None when
    no pattern matches."""
    matches = [p for p in STAGES if fnmatch(name, p) or fnmatch(name, p + ".*")]
    return STAGES[max(matches, key=len)] if matches else None


class StageProfile:
    """Own time of every profiled function, each function's share given to a stage."""

    def __init__(self, stats: pstats.Stats) -> None:
        """Index the profile and the module of each source file loaded."""
        self.stats: dict[tuple, tuple] = stats.stats  # type: ignore[attr-defined]
        self.modules = {
            str(Path(m.__file__).resolve()): name
            for name, m in list(sys.modules.items())
            if getattr(m, "__file__", None)
        }

    def own_stage(self, key: tuple) -> str | None:
        """The stage STAGES gives the function itself; None for builtins and unlisted code."""
        filename, _, function = key
        module = self.modules.get(str(Path(filename).resolve())) if filename != "~" else None
        return stage_of_name(f"{module}.{function}") if module else None

    def caller_weights(self, key: tuple) -> dict[tuple, float]:
        """The callers of a function, each with the fraction of its own time spent in calls
        from it (by call count where those times are all zero); its calls to itself are left
        out, as they lead to no other stage."""
        callers = {c: v for c, v in self.stats[key][4].items() if c != key}
        weights = {c: v[2] for c, v in callers.items()}
        if not any(weights.values()):
            weights = {c: v[1] for c, v in callers.items()}
        total = sum(weights.values())
        return {c: w / total for c, w in weights.items()} if total > 0 else {}

    def split(self) -> tuple[dict[tuple, dict[str, float]], dict[tuple, dict[tuple, float]]]:
        """The functions whose stage is known (listed ones; 'other' for those no one calls),
        and the rest with their callers' weights."""
        known: dict[tuple, dict[str, float]] = {}
        unknown: dict[tuple, dict[tuple, float]] = {}
        for key in self.stats:
            stage = self.own_stage(key)
            weights = self.caller_weights(key) if stage is None else {}
            if stage is not None:
                known[key] = {stage: 1.0}
            elif weights:
                unknown[key] = weights
            else:
                known[key] = {OTHER: 1.0}
        return known, unknown

    def stage_shares(self) -> dict[tuple, dict[str, float]]:
        """Fractions of each function's own time per stage. A listed function's: its own stage.
        An unlisted one's: the stages a walk up its callers first reaches, each caller taken by
        its weight (caller_weights), i.e. its callers' shares weighted; the root's: 'other'.

        Recursion among unlisted functions makes the walk loop, and following every path up
        takes time exponential in the depth of the call graph; so the shares are solved at
        once as the linear system they form, X = W X + G (W: weights of unlisted callers, G:
        what known callers give). Each step of the walk also leaks LEAK to 'other', so a cycle
        of unlisted functions with no way out (by weight) is solvable too: its time is 'other'."""
        import numpy as np
        from scipy.sparse import coo_array, identity
        from scipy.sparse.linalg import spsolve

        known, unknown = self.split()
        if not unknown:
            return known
        index = {key: i for i, key in enumerate(unknown)}
        column = {stage: j for j, stage in enumerate(STAGE_ORDER)}
        given = np.zeros((len(unknown), len(STAGE_ORDER)))
        given[:, column[OTHER]] = LEAK
        rows, columns, weights = [], [], []
        for key, callers in unknown.items():
            for caller, weight in callers.items():
                if caller in index:
                    rows.append(index[key])
                    columns.append(index[caller])
                    weights.append((1 - LEAK) * weight)
                    continue
                for stage, part in known.get(caller, {OTHER: 1.0}).items():
                    given[index[key], column[stage]] += (1 - LEAK) * weight * part
        walk = coo_array((weights, (rows, columns)), shape=(len(unknown),) * 2)
        solved = spsolve((identity(len(unknown)) - walk).tocsc(), given)
        for key, i in index.items():
            known[key] = {stage: solved[i, j] for stage, j in column.items() if solved[i, j] > 0}
        return known

    def by_stage(self) -> dict[str, tuple[float, float]]:
        """Stage -> (seconds, of which passed up from unlisted callees)."""
        seconds: dict[str, float] = defaultdict(float)
        inherited: dict[str, float] = defaultdict(float)
        shares = self.stage_shares()
        for key, (_, _, tottime, _, _) in self.stats.items():
            direct = self.own_stage(key) is not None
            for stage, part in shares[key].items():
                seconds[stage] += tottime * part
                if not direct:
                    inherited[stage] += tottime * part
        return {s: (seconds[s], inherited[s]) for s in STAGE_ORDER if s in seconds}


def profile_pipeline(pdfs: list[Path], out: Path) -> tuple[dict[str, tuple[float, float]], float]:
    """The pipeline over pdfs and the CLI's default outputs under cProfile; the seconds per
    stage (with the inherited part) and the profiled wall time."""
    from actionplan.output.formats import DEFAULT_FORMATS, write_outputs
    from actionplan.output.tables_writer import write_tables
    from actionplan.pipeline import Options, convert_file

    options = Options(as_of=date.fromisoformat(AS_OF))
    convert_file(pdfs[0], options)  # warm-up: first-call costs are not a stage

    def run() -> None:
        docs = [convert_file(p, options) for p in pdfs]
        write_outputs(docs, out, DEFAULT_FORMATS)
        write_tables(docs, out)

    profiler = cProfile.Profile()
    start = time.perf_counter()
    profiler.runcall(run)
    wall = time.perf_counter() - start
    return StageProfile(pstats.Stats(profiler)).by_stage(), wall


def rate(pages: int, seconds: float) -> float:
    """Pages per second (nan for a failed run)."""
    return pages / seconds if seconds and not math.isnan(seconds) else math.nan


def ratio(ours: ToolRun, theirs: ToolRun) -> float:
    """ours' pages/s over theirs' by CPU time of the work: the same pages, so their CPU seconds
    inverted."""
    return theirs.cpu_seconds / ours.cpu_seconds


def wall_ratio(ours: ToolRun, theirs: ToolRun) -> float:
    """ours' pages/s over theirs' by wall time of the work."""
    return theirs.work_seconds / ours.work_seconds


def tool_rows(runs: list[ToolRun], pages: int) -> list[list[str]]:
    """One row per tool: pages/s, times, peak memory, ratio to actionplan, files failed."""
    rows = []
    for run in runs:
        rows.append(
            [
                TOOLS[run.tool],
                f"{rate(pages, run.cpu_seconds):.1f}",
                f"{rate(pages, run.work_seconds):.1f}",
                f"{run.work_seconds:.1f}",
                f"{run.wall_seconds:.1f}",
                f"{run.cpu_seconds:.1f}",
                f"{run.peak_rss_mb:.0f}",
                "" if run is runs[0] else f"{ratio(runs[0], run):.2f}x",
                f"{run.failed}/{run.files}",
                "n/a" if run.tables is None else str(run.tables),
                run.note,
            ]
        )
    return rows


def target_lines(runs: list[ToolRun]) -> list[str]:
    """Issue 20's two speed targets, by CPU time, met or MISSED."""
    by_tool = {run.tool: run for run in runs}
    ours = by_tool["actionplan"]
    x = ratio(ours, by_tool["camelot-vector"])
    y = ratio(by_tool["pdfium-text"], ours)
    z = ratio(by_tool["pdfium-text"], by_tool["python-floor"])
    w = ratio(by_tool["pdfium-text"], by_tool["calls-floor"])
    return [
        f"actionplan / camelot vector = {x:.2f}x (target >= {CAMELOT_TARGET:g}x): "
        f"{verdict(x >= CAMELOT_TARGET)}",
        f"PDFium text / actionplan = {y:.2f}x (target <= {TEXT_FLOOR_TARGET:g}x): "
        f"{verdict(y <= TEXT_FLOOR_TARGET)}",
        f"PDFium text / Python floor = {z:.2f}x, calls floor = {w:.2f}x: the nearest a "
        "character layer in Python comes to that target, with a dict a character and words "
        "once, or with PDFium's two calls a character alone",
    ]


def verdict(met: bool) -> str:
    """The verdict on a target, worded as bench/batch.py's (a failed run's nan: MISSED)."""
    return "met" if met else "MISSED"


TOOL_HEADER = [
    "tool",
    "pages/s (CPU)",
    "pages/s (work)",
    "work s",
    "wall s",
    "cpu s",
    "peak RSS MB",
    "actionplan / tool",
    "files failed",
    "tables",
    "note",
]
STAGE_HEADER = ["stage", "seconds", "share", "via callees"]
PROFILE_NOTE = "cProfile own time; convert_file and the CLI's writers in one process"
TEXT_COLUMNS = {"tool", "stage", "note"}
"""Columns aligned left; the rest hold figures, aligned right."""
TOOL_LEGEND = """\
pages/s (CPU) from cpu s: user and system time of the work, forked processes included; pages/s
(work) from work s: the wall time of the work alone, after imports; wall s adds interpreter
start-up and imports; actionplan / tool: pages/s by CPU time; peak RSS: the largest single
process (for actionplan its forked per-file worker); actionplan runs the whole CLI (a process per
file, outputs written), PDFium text only reads each page's text, the calls floor adds PDFium's two
calls a character, the Python floor a dict a character and one words pass, the others only find
tables; tables: actionplan's stitched tables, the others' per page."""
STAGE_LEGEND = """\
cProfile's cost per call weighs most on code of many small calls (the parser), so that share is
overstated; via callees: time of builtins and unlisted libraries given to the calling stage."""


def stage_rows(stages: dict[str, tuple[float, float]]) -> list[list[str]]:
    """One row per stage: seconds, share of the profiled total, time passed up from callees."""
    total = sum(seconds for seconds, _ in stages.values())
    rows = [
        [name, f"{seconds:.2f}", f"{seconds / total:.1%}", f"{inherited:.2f}"]
        for name, (seconds, inherited) in stages.items()
    ]
    return [*rows, ["total", f"{total:.2f}", "100.0%", ""]]


def print_table(header: list[str], rows: list[list[str]]) -> None:
    """Aligned columns, text left and figures right, columns blank in every row dropped."""
    keep = [i for i in range(len(header)) if any(r[i] for r in rows)]
    widths = {i: max(len(r[i]) for r in [header, *rows]) for i in keep}
    left = {i for i in keep if header[i] in TEXT_COLUMNS}
    for row in [header, ["-" * widths[i] for i in keep], *rows]:
        cells = [row[i].ljust(widths[i]) if i in left else row[i].rjust(widths[i]) for i in keep]
        print("  ".join(cells).rstrip())


def markdown_table(header: list[str], rows: list[list[str]]) -> str:
    """A Markdown pipe table, figure columns right-aligned, columns blank in every row dropped."""
    keep = [i for i in range(len(header)) if any(r[i] for r in rows)]
    lines = ["| " + " | ".join(header[i] for i in keep) + " |"]
    lines.append("|" + "|".join("---" if header[i] in TEXT_COLUMNS else "---:" for i in keep) + "|")
    lines += ["| " + " | ".join(r[i] for i in keep) + " |" for r in rows]
    return "\n".join(lines)


def versions() -> str:
    """Versions of the PDF libraries compared."""
    from importlib.metadata import version

    names = ("pdfplumber", "pdfminer.six", "camelot-py", "pypdfium2")
    return ", ".join(f"{name} {version(name)}" for name in names)


def print_report(
    runs: list[ToolRun], pages: int, stages: dict[str, tuple[float, float]], profiled: float
) -> None:
    """The tools compared, the ratios, and the profile by stage, as plain text."""
    print("\nspeed, each tool in its own subprocess over the whole corpus:")
    print_table(TOOL_HEADER, tool_rows(runs, pages))
    print(TOOL_LEGEND)
    print("\nratios of pages/s, by CPU time (by work wall time in brackets):")
    for run in runs[1:]:
        by_cpu, by_wall = ratio(runs[0], run), wall_ratio(runs[0], run)
        print(f"  actionplan / {TOOLS[run.tool]} = {by_cpu:.2f}x ({by_wall:.2f}x)")
    print("issue 20's targets, by CPU time:")
    for line in target_lines(runs):
        print(f"  {line}")
    for run in runs:
        if run.note:
            # On a busy machine a tool waits for a core: work s grows beyond its cpu s.
            print(
                f"WARNING: {TOOLS[run.tool]}: {run.note} during its run (work "
                f"{run.work_seconds:.1f} s, cpu {run.cpu_seconds:.1f} s): figures may be skewed"
            )
    print(f"\nprofile of the pipeline by stage ({PROFILE_NOTE}):")
    print_table(STAGE_HEADER, stage_rows(stages))
    print(f"profiled run {profiled:.1f} s against {runs[0].work_seconds:.1f} s unprofiled")
    print(STAGE_LEGEND)


def main() -> int:
    """Build the corpus, measure every tool, profile the pipeline; print the report."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n")[0])
    parser.add_argument(
        "--min-pages",
        type=int,
        default=200,
        help="least pages in the corpus, reached in whole rounds (default 200)",
    )
    parser.add_argument(
        "--skip-camelot-default", action="store_true", help="skip the slow rendering camelot"
    )
    parser.add_argument(
        "--folders",
        type=Path,
        nargs="+",
        default=CORPUS_FOLDERS,
        help="folders whose PDFs make the corpus (default: samples, structure, real plans)",
    )
    parser.add_argument("--keep", action="store_true", help="keep the temporary folder")
    parser.add_argument("--worker", choices=WORKERS, help=argparse.SUPPRESS)
    parser.add_argument("--corpus", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--scratch", type=Path, help=argparse.SUPPRESS)
    parser.add_argument("--result", type=Path, help=argparse.SUPPRESS)
    args = parser.parse_args()
    if args.worker:
        return run_worker(args.worker, args.corpus, args.scratch, args.result)

    # Imported here, not at the top: the workers load this file too, and their start-up
    # (reported as wall time) must carry only their own tool's imports.
    from accuracy import machine

    today = datetime.now(UTC)
    print(f"date: {today:%Y-%m-%d %H:%M} UTC; machine: {machine()}")
    print(versions())
    folders = [folder.resolve() for folder in args.folders]
    sources = [pdf for folder in folders for pdf in sorted(folder.glob("*.pdf"))]
    work = Path(tempfile.mkdtemp(prefix="actionplan-speed-"))
    try:
        pdfs, pages = build_corpus(sources, args.min_pages, work / "corpus")
        corpus = describe_corpus(folders, len(pdfs), pages)
        print(f"corpus: {corpus}")
        tools = [t for t in TOOLS if not (args.skip_camelot_default and t == "camelot-default")]
        runs = []
        for tool in tools:
            runs.append(measure(tool, work / "corpus", work))
            print(f"  measured {TOOLS[tool]}: {runs[-1].work_seconds:.1f} s", flush=True)
        stages, profiled = profile_pipeline(pdfs, work / "profile-out")
    finally:
        if args.keep:
            print(f"kept: {work}")
        else:
            shutil.rmtree(work, ignore_errors=True)

    print_report(runs, pages, stages, profiled)
    print("\n--- Markdown for docs/benchmarks.md ---\n")
    print(f"## {today:%Y-%m-%d} — speed (`bench/speed.py`)\n")
    print(f"Machine: {machine()}; {versions()}. Corpus: {corpus}.\n")
    print(markdown_table(TOOL_HEADER, tool_rows(runs, pages)))
    print(f"\n{TOOL_LEGEND}\n\nIssue 20's targets, by CPU time:\n")
    print("\n".join(f"- {line}" for line in target_lines(runs)))
    print(f"\nPipeline profile by stage ({PROFILE_NOTE}; profiled run")
    print(f"{profiled:.1f} s against {runs[0].work_seconds:.1f} s unprofiled):\n")
    print(markdown_table(STAGE_HEADER, stage_rows(stages)))
    print(f"\n{STAGE_LEGEND}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
