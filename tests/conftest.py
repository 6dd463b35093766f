"""Shared fixtures: the samples folder and one CLI run over it for all end-to-end tests."""

from __future__ import annotations

import csv
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parent.parent
SAMPLES = ROOT / "samples"
REAL = ROOT.parent / "shared" / "real"


def read_csv(path: Path) -> list[dict[str, str]]:
    """Rows of a CSV written by the tool."""
    with path.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def run_cli(*args: str) -> subprocess.CompletedProcess[str]:
    """Run the CLI as a user would, in a fresh interpreter."""
    return subprocess.run(
        [sys.executable, "-m", "actionplan.cli", *args],
        capture_output=True,
        text=True,
        cwd=ROOT,
        check=False,
    )


@pytest.fixture(scope="session")
def samples_run(
    tmp_path_factory: pytest.TempPathFactory,
) -> tuple[Path, subprocess.CompletedProcess[str]]:
    """Output folder of one `actionplan convert samples/*.pdf` run, and the process result (the
    scans in samples/scanned/ have tests of their own: tests/test_ocr.py)."""
    out = tmp_path_factory.mktemp("out")
    return out, run_cli("convert", str(SAMPLES / "*.pdf"), "--out", str(out))
