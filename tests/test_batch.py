"""Batch conversion: isolation of bad files, time limits, --jobs, --resume and Ctrl-C."""

from __future__ import annotations

import filecmp
import shutil
import signal
import subprocess
import sys
import time
from pathlib import Path

import pytest
from pypdf import PdfReader, PdfWriter

from tests.conftest import ROOT, SAMPLES, read_csv, run_cli

OUTPUTS = ("recommendations.csv", "actions.csv", "documents.csv", "plans.json")


def same_outputs(a: Path, b: Path) -> bool:
    return all(filecmp.cmp(a / name, b / name, shallow=False) for name in OUTPUTS)


@pytest.fixture(scope="module")
def folder(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Four good samples."""
    path = tmp_path_factory.mktemp("in")
    for pdf in sorted(SAMPLES.glob("*.pdf"))[:4]:
        shutil.copy(pdf, path / pdf.name)
    return path


def long_pdf(path: Path, pages: int) -> Path:
    """A plan of many pages, made by repeating a sample's pages: slow enough to time out."""
    source = PdfReader(SAMPLES / "seed_bdhr_2013_14_02.pdf")
    writer = PdfWriter()
    while len(writer.pages) < pages:
        for page in source.pages:
            writer.add_page(page)
    with path.open("wb") as fh:
        writer.write(fh)
    return path


def test_good_files_convert_while_corrupt_and_hanging_ones_are_reported(
    folder: Path, tmp_path: Path
) -> None:
    mixed = tmp_path / "mixed"
    shutil.copytree(folder, mixed)
    (mixed / "broken.pdf").write_bytes(b"%PDF-1.4\n" + b"\x00garbage" * 50)
    long_pdf(mixed / "zz_slow.pdf", 220)
    out = tmp_path / "out"
    proc = run_cli("convert", str(mixed), "--out", str(out), "--jobs", "2", "--timeout", "4")
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    docs = {d["source_file"]: d for d in read_csv(out / "documents.csv")}
    assert docs["broken.pdf"]["status"] == "error"
    assert docs["zz_slow.pdf"]["status"] == "error"
    assert "timed out after 4 s" in docs["zz_slow.pdf"]["message"]
    assert "zz_slow.pdf: error: timed out" in proc.stderr
    good = [name for name in docs if name not in ("broken.pdf", "zz_slow.pdf")]
    assert len(good) == 4 and all(docs[name]["status"] == "ok" for name in good)
    assert "4 ok, 0 without plan tables, 2 failed" in proc.stderr


def test_jobs_1_and_jobs_2_write_identical_files(folder: Path, tmp_path: Path) -> None:
    one, two = tmp_path / "one", tmp_path / "two"
    assert run_cli("convert", str(folder), "--out", str(one), "--jobs", "1").returncode == 0
    assert run_cli("convert", str(folder), "--out", str(two), "--jobs", "2").returncode == 0
    assert same_outputs(one, two)
    names = [d["source_file"] for d in read_csv(one / "documents.csv")]
    assert names == sorted(names)


def test_resume_after_ctrl_c_gives_the_same_outputs_as_one_full_run(
    folder: Path, tmp_path: Path
) -> None:
    # A long file last, so that Ctrl-C surely lands while files are still to do.
    inputs = tmp_path / "in"
    shutil.copytree(folder, inputs)
    long_pdf(inputs / "zz_long.pdf", 44)
    folder = inputs
    full = tmp_path / "full"
    assert run_cli("convert", str(folder), "--out", str(full), "-j", "1").returncode == 0
    out = tmp_path / "out"
    command = ["convert", str(folder), "--out", str(out), "-j", "1", "--verbose"]
    proc = subprocess.Popen(
        [sys.executable, "-m", "actionplan.cli", *command],
        cwd=ROOT,
        stderr=subprocess.PIPE,
        text=True,
    )
    assert proc.stderr is not None
    seen = [proc.stderr.readline()]
    while "recommendations" not in seen[-1] and seen[-1]:
        seen.append(proc.stderr.readline())  # wait until the first file is done
    proc.send_signal(signal.SIGINT)
    _, err = proc.communicate(timeout=60)
    assert proc.returncode == 130, [*seen, err]
    assert "interrupted" in err and "Traceback" not in err
    first = read_csv(out / "documents.csv")
    assert 1 <= len(first) < 5
    resumed = run_cli("convert", str(folder), "--out", str(out), "-j", "2", "--resume")
    assert resumed.returncode == 0, resumed.stderr
    assert f"{len(first)} already done (--resume)" in resumed.stderr
    assert same_outputs(full, out)


def test_resume_with_nothing_new_rewrites_the_same_outputs(folder: Path, tmp_path: Path) -> None:
    out = tmp_path / "out"
    assert run_cli("convert", str(folder), "--out", str(out)).returncode == 0
    before = (out / "recommendations.csv").read_bytes()
    time.sleep(0.01)
    again = run_cli("convert", str(folder), "--out", str(out), "--resume")
    assert again.returncode == 0
    assert "4 already done" in again.stderr
    assert (out / "recommendations.csv").read_bytes() == before


def test_inputs_may_be_files_folders_and_globs(folder: Path, tmp_path: Path) -> None:
    first = sorted(folder.glob("*.pdf"))[0]
    out = tmp_path / "out"
    proc = run_cli("convert", str(first), str(folder / "*_2019_*.pdf"), "--out", str(out), "-q")
    assert proc.returncode == 0, proc.stderr
    names = [d["source_file"] for d in read_csv(out / "documents.csv")]
    assert first.name in names and any("_2019_" in n for n in names)
    assert len(names) == len(set(names))
