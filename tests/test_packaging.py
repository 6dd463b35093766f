"""What installing the project puts into site-packages (issue 18): one top-level package,
`actionplan`, with the stages inside it, so nothing clobbers or is shadowed by another package
or a user's own `output/` folder or `extract.py`."""

from __future__ import annotations

import subprocess
import sys
import zipfile
from pathlib import Path

import pytest

from tests.conftest import ROOT


@pytest.fixture(scope="module")
def installed(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The wheel built from the checkout, installed (without dependencies) into a folder."""
    work = tmp_path_factory.mktemp("wheel")
    pip = [sys.executable, "-m", "pip", "--disable-pip-version-check", "-q"]
    build = [*pip, "wheel", "--no-deps", "--no-build-isolation", "-w", str(work), str(ROOT)]
    subprocess.run(build, check=True, capture_output=True)
    (wheel,) = work.glob("actionplan-*.whl")
    target = work / "site"
    subprocess.run([*pip, "install", "--no-deps", "--target", str(target), str(wheel)], check=True)
    return target


def test_the_wheel_holds_one_top_level_package(installed: Path) -> None:
    (wheel,) = installed.parent.glob("actionplan-*.whl")
    with zipfile.ZipFile(wheel) as archive:
        tops = {name.split("/")[0] for name in archive.namelist()}
    assert {t for t in tops if not t.endswith(".dist-info")} == {"actionplan"}
    names = zipfile.ZipFile(wheel).namelist()
    assert "actionplan/extract/document.py" in names
    assert "actionplan/extract/parsing/parse_pdfium.py" in names
    assert "actionplan/extract/scans/ocr.py" in names
    assert "actionplan/inspect/page_images.py" in names
    assert "actionplan/normalise/dates.py" in names
    assert "actionplan/output/csv_writer.py" in names


def run_in(folder: Path, site: Path, code: str) -> subprocess.CompletedProcess[str]:
    """Python in folder (a user's working folder), seeing only the installed copy."""
    return subprocess.run(
        [sys.executable, "-I", "-c", f"import sys; sys.path[:0] = [{str(site)!r}, '']; {code}"],
        cwd=folder,
        capture_output=True,
        text=True,
        check=False,
    )


def test_installed_stages_import_under_actionplan_only(installed: Path, tmp_path: Path) -> None:
    for bare in ("extract", "normalise", "output"):
        proc = run_in(tmp_path, installed, f"import {bare}")
        assert "ModuleNotFoundError" in proc.stderr, bare
    proc = run_in(tmp_path, installed, "import actionplan.extract.document as d; print(d.__file__)")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip().startswith(str(installed))


def test_a_users_own_output_folder_and_extract_script_do_not_break_the_cli(
    installed: Path, tmp_path: Path
) -> None:
    (tmp_path / "output").mkdir()
    (tmp_path / "output" / "__init__.py").write_text("raise ImportError('the user\\'s own')\n")
    (tmp_path / "extract.py").write_text("raise ImportError('the user\\'s own')\n")
    proc = run_in(tmp_path, installed, "import actionplan.cli; print('ok')")
    assert proc.returncode == 0, proc.stderr
    assert proc.stdout.strip() == "ok"
