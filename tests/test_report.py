"""`actionplan report`: one self-contained report.html over the samples, every section and
figure with its table and CSV; recurring groups and theme counts as the sample builder wrote
them; slippage when a plan comes in several versions; rendered in headless Chromium."""

from __future__ import annotations

import json
import os
import re
import shutil
from pathlib import Path

import pytest
from PIL import Image

from tests.conftest import ROOT, SAMPLES, read_csv, run_cli
from tests.test_inspect import CHROMEDRIVER, CHROMIUM, start_chromium

SECTIONS = ("overview", "agencies", "quarters", "recurring", "themes", "slippage", "documents")
CSVS = (
    "overview.csv", "status.csv", "rag.csv", "agencies.csv", "quarters.csv", "recurring.csv",
    "themes.csv", "themes_by_review.csv", "slippage.csv", "documents.csv", "recommendations.csv",
)  # fmt: skip
TRUTH = json.loads((SAMPLES / "report.truth.json").read_text(encoding="utf-8"))


@pytest.fixture(scope="module")
def report(samples_run, tmp_path_factory: pytest.TempPathFactory) -> Path:
    """The report over the born-digital samples (read back from the session's conversion) and
    the structure samples (converted into a second output folder first)."""
    converted, _ = samples_run
    base = tmp_path_factory.mktemp("report")
    structure = base / "structure"
    proc = run_cli("convert", str(SAMPLES / "structure"), "--out", str(structure))
    assert proc.returncode == 0, proc.stderr
    out = base / "report"
    proc = run_cli("report", str(converted), str(structure), "--out", str(out), "--as-of",
                   "2026-12-06")  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    assert proc.stderr.strip().endswith(f"-> {out / 'report.html'}")
    return out


def test_every_section_and_csv_is_written(report: Path) -> None:
    html = (report / "report.html").read_text(encoding="utf-8")
    for anchor in SECTIONS:
        assert f'<section id="{anchor}">' in html
        assert f'href="#{anchor}"' in html
    for name in CSVS:
        assert (report / name).is_file(), name
        assert f'href="{name}"' in html, name
    # Every chart has its table one click away.
    assert html.count("<figure>") == html.count("<summary>Table</summary>") - 1
    assert html.count("<svg") >= 5


def test_the_page_is_self_contained(report: Path) -> None:
    html = (report / "report.html").read_text(encoding="utf-8")
    assert "<script" not in html
    assert not re.search(r'(?:src|href)="(?:https?:)?//', html)
    assert "<link" not in html and "<img" not in html
    for href in re.findall(r'href="([^"#][^"]*)"', html):
        target = (report / href.split("#")[0]).resolve()
        assert target.exists(), href  # each CSV, and each source PDF linked


def test_overview_counts_every_plan_once(report: Path) -> None:
    figures = {r["figure"]: r["value"] for r in read_csv(report / "overview.csv")}
    recommendations = read_csv(report / "recommendations.csv")
    assert int(figures["recommendations"]) == len(recommendations)
    # The structure samples print each plan two or three times (one copy per renderer).
    assert int(figures["plans printed more than once (versions or copies)"]) >= 8
    documents = read_csv(report / "documents.csv")
    assert {d["status"] for d in documents} == {"ok"}
    assert int(figures["documents given"]) == len(documents)


def test_recommendations_csv_keeps_the_contract_and_adds_themes(report: Path) -> None:
    from actionplan.output.rows import RECOMMENDATION_COLUMNS

    header = (report / "recommendations.csv").read_text(encoding="utf-8").splitlines()[0]
    assert header.split(",") == [*RECOMMENDATION_COLUMNS, "themes"]


def test_agencies_sorted_by_recommendations(report: Path) -> None:
    rows = read_csv(report / "agencies.csv")
    counts = [int(r["recommendations"]) for r in rows]
    assert counts == sorted(counts, reverse=True)
    recs = read_csv(report / "recommendations.csv")
    assert sum(counts) == len(recs)
    for row in rows:
        share = int(row["complete"]) / int(row["recommendations"])
        assert float(row["share_complete"]) == pytest.approx(share, abs=0.0005)


def test_quarters_hold_every_dated_recommendation(report: Path) -> None:
    rows = read_csv(report / "quarters.csv")
    assert [r["quarter"] for r in rows] == sorted(r["quarter"] for r in rows)
    assert all(re.fullmatch(r"\d{4} Q[1-4]", r["quarter"]) for r in rows)
    recs = read_csv(report / "recommendations.csv")
    assert sum(int(r["recommendations"]) for r in rows) == sum(1 for r in recs if r["target_date"])
    for row in rows:
        assert int(row["complete"]) + int(row["not_complete"]) == int(row["recommendations"])


def test_theme_counts_are_the_builders(report: Path) -> None:
    """On the born-digital samples' plans (whose rendered texts the builder knows), per plan
    and in total; the structure samples count too in themes.csv, so it is at least as much."""
    expected = TRUTH["themes_by_plan_taxonomy"]
    samples = {
        json.loads(p.read_text(encoding="utf-8"))["source_file"]
        for p in SAMPLES.glob("*.expected.json")
    }
    by_plan: dict[str, dict[str, int]] = {}
    for rec in read_csv(report / "recommendations.csv"):
        if rec["source_file"] not in samples:
            continue
        for theme in filter(None, rec["themes"].split("; ")):
            counts = by_plan.setdefault(rec["plan_title"], {})
            counts[theme] = counts.get(theme, 0) + 1
    assert by_plan == expected
    totals = {r["theme"]: int(r["recommendations"]) for r in read_csv(report / "themes.csv")}
    for theme, count in TRUTH["themes_taxonomy"].items():
        assert totals[theme] >= count, theme


def test_recurring_groups_are_the_ones_the_builder_made(report: Path) -> None:
    groups: dict[str, list[list[str]]] = {}
    for row in read_csv(report / "recurring.csv"):
        groups.setdefault(row["group"], []).append(
            [row["plan_title"], row["section"], row["rec_id"]]
        )
    got = sorted(sorted(members) for members in groups.values())
    assert got == TRUTH["recurring_made"]


def test_a_plan_in_two_versions_shows_its_slippage(tmp_path: Path) -> None:
    old = SAMPLES / "dhr_2019_04_northshire.pdf"
    new = SAMPLES / "versions" / "dhr_2019_04_northshire_v2.pdf"
    proc = run_cli("report", str(old), str(new), "--out", str(tmp_path))
    assert proc.returncode == 0, proc.stderr
    slips = [r for r in read_csv(tmp_path / "slippage.csv") if r["change"] == "target_date"]
    assert sorted(int(r["slip_days"]) for r in slips) == [181, 214]
    figures = {r["figure"]: r["value"] for r in read_csv(tmp_path / "overview.csv")}
    assert figures["plans"] == "1" and figures["plan versions read"] == "2"
    counted = read_csv(tmp_path / "recommendations.csv")
    assert {r["source_file"] for r in counted} == {"versions/dhr_2019_04_northshire_v2.pdf"}
    html = (tmp_path / "report.html").read_text(encoding="utf-8")
    assert "2 target dates moved (by 181 to 214 days" in html


def test_a_bad_taxonomy_is_one_line_and_usage_error(tmp_path: Path) -> None:
    bad = tmp_path / "themes.toml"
    bad.write_text('[themes]\n"Housing" = []\n', encoding="utf-8")
    proc = run_cli("report", str(SAMPLES / "cspr_child_t_portrait.pdf"), "--out",
                   str(tmp_path / "r"), "--themes", str(bad))  # fmt: skip
    assert proc.returncode == 2
    assert proc.stderr.count("\n") == 1 and "themes.toml: not a taxonomy" in proc.stderr


def test_a_custom_taxonomy_replaces_the_default(tmp_path: Path) -> None:
    mine = tmp_path / "mine.toml"
    mine.write_text('[themes]\n"Neglect" = ["neglect*"]\n', encoding="utf-8")
    proc = run_cli("report", str(SAMPLES / "cspr_child_t_portrait.pdf"), "--out",
                   str(tmp_path / "r"), "--themes", str(mine))  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    rows = read_csv(tmp_path / "r" / "themes.csv")
    assert [r["theme"] for r in rows] == ["Neglect"]
    assert int(rows[0]["recommendations"]) >= 1


def test_report_renders_in_headless_chromium(report: Path, tmp_path: Path) -> None:
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        pytest.skip(f"chromium/chromedriver not installed: {', '.join(missing)} missing")
    driver = start_chromium(tmp_path / "profile")
    shot = tmp_path / "report.png"
    try:
        driver.set_window_size(1300, 1800)
        driver.get((report / "report.html").resolve().as_uri())
        shown = driver.execute_script(
            "return Array.from(document.querySelectorAll('section'))"
            ".map(s => [s.id, s.getBoundingClientRect().height]);"
        )
        charts = driver.execute_script(
            "return Array.from(document.querySelectorAll('figure svg')).map(s => {"
            " const r = s.getBoundingClientRect();"
            " return [r.width, r.height, s.querySelectorAll('path, rect, use').length]; });"
        )
        driver.save_screenshot(str(shot))
    finally:
        driver.quit()
    assert [s for s, _ in shown] == list(SECTIONS)
    assert all(height > 40 for _, height in shown), shown
    assert len(charts) >= 5
    assert all(w > 200 and h > 100 and marks > 5 for w, h, marks in charts), charts
    with Image.open(shot) as image:
        assert image.width >= 1000
        assert len(image.convert("RGB").getcolors(1 << 20) or []) > 20  # a drawn page
    if os.environ.get("ACTIONPLAN_UPDATE_DOCS"):
        shutil.copy(shot, ROOT / "docs" / "report.png")


def test_a_bad_file_is_one_line_and_the_report_is_still_written(tmp_path: Path) -> None:
    bad = tmp_path / "in" / "notes.pdf"
    bad.parent.mkdir()
    bad.write_text("<html>not a plan</html>", encoding="utf-8")
    shutil.copy(SAMPLES / "cspr_child_t_portrait.pdf", tmp_path / "in")
    proc = run_cli("report", str(tmp_path / "in"), "--out", str(tmp_path / "r"))
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    errors = [line for line in proc.stderr.splitlines() if "notes.pdf" in line]
    assert len(errors) == 1 and errors[0].startswith("actionplan: notes.pdf: error: ")
    documents = {d["source_file"]: d for d in read_csv(tmp_path / "r" / "documents.csv")}
    assert documents["notes.pdf"]["status"] == "error"
    assert documents["cspr_child_t_portrait.pdf"]["counted"] == "yes"
    assert (tmp_path / "r" / "report.html").is_file()
