"""`actionplan inspect`: page images with the tables drawn over them, and an index.html that
shows them beside the records; checked on disk and rendered in headless Chromium."""

from __future__ import annotations

import re
from html import escape
from itertools import pairwise
from pathlib import Path
from typing import Any

import pytest
from PIL import Image

from actionplan.extract.document import extract_pdf
from actionplan.extract.models import Cell, Line, Row, Table
from actionplan.inspect import inspect_pdf
from actionplan.inspect.marks import page_marks
from actionplan.normalise.document import normalise_document
from actionplan.normalise.models import Document
from tests.conftest import SAMPLES

SAMPLE = SAMPLES / "reportlab_cspr_2022_05_harbourside.pdf"
"""Six pages, agency section rows, a repeated header: every kind of mark."""

CHROMIUM = Path("/usr/bin/chromium")
CHROMEDRIVER = Path("/usr/bin/chromedriver")
CHROMIUM_FLAGS = (
    "--headless=new",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-dev-shm-usage",
    "--no-first-run",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--window-size=1400,1000",
)


@pytest.fixture(scope="module")
def inspected(tmp_path_factory: pytest.TempPathFactory) -> tuple[Path, Document]:
    """index.html of the sample, and the Document a conversion gives for it."""
    out = tmp_path_factory.mktemp("inspect")
    index = inspect_pdf(SAMPLE, out)
    return index, normalise_document(extract_pdf(SAMPLE))


def records_of(document: Document) -> list[Any]:
    """Every recommendation of the document, in order."""
    return [rec for plan in document.plans for rec in plan.recommendations]


def opening(text: str, words: int = 6) -> str:
    """The first words of a text, whitespace collapsed."""
    return " ".join(text.split()[:words])


def test_one_png_per_page_and_index_links_them(inspected: tuple[Path, Document]) -> None:
    index, document = inspected
    pngs = sorted(index.parent.glob("page-*.png"))
    assert len(pngs) == document.pages == 6
    html = index.read_text(encoding="utf-8")
    for png in pngs:
        assert f'src="{png.name}"' in html
        with Image.open(png) as image:
            assert image.width > 100 and image.height > 100


def test_index_holds_every_record(inspected: tuple[Path, Document]) -> None:
    index, document = inspected
    html = index.read_text(encoding="utf-8")
    flat = " ".join(html.split())
    assert escape(document.source_file) in html
    records = records_of(document)
    assert records
    for rec in records:
        assert f"Recommendation {escape(rec.rec_id)}</span>" in html
        assert escape(opening(rec.recommendation)) in flat
    # Self-contained: no script, nothing fetched from elsewhere.
    assert "<script" not in html
    assert not re.search(r'(src|href)="(https?:)?//', html)


def test_every_record_is_drawn_in_its_own_colour(inspected: tuple[Path, Document]) -> None:
    index, document = inspected
    html = index.read_text(encoding="utf-8")
    swatches = re.findall(r'id="rec-\d+" open style="--c: (rgb\([^)]*\))', html)
    assert len(swatches) == len(records_of(document))
    # Neighbouring records differ in colour, so each can be told apart on the image.
    assert all(a != b for a, b in pairwise(swatches))


def test_pdf_without_tables_still_shows_its_pages(tmp_path: Path) -> None:
    from reportlab.pdfgen import canvas

    pdf = tmp_path / "letter <&> notes.pdf"
    page = canvas.Canvas(str(pdf))
    page.drawString(72, 720, "A covering letter, no action plan in it.")
    page.save()
    index = inspect_pdf(pdf, tmp_path / "out")
    html = index.read_text(encoding="utf-8")
    assert (tmp_path / "out" / "page-001.png").is_file()
    assert "letter &lt;&amp;&gt; notes.pdf" in html
    assert "no_tables" in html
    assert "No records on this page." in html


def grid_cell(row: int, col: int, x0: float, x1: float, text: str, colspan: int = 1) -> Cell:
    """A cell of a made-up one-page table whose rows are 20 pt high from y = 100."""
    top = 100 + 20 * row
    lines = [Line(text, x0 + 2, top + 2, x1 - 2, top + 10)] if text else []
    return Cell(
        row=row, col=col, colspan=colspan, page=1, bbox=(x0, top, x1, top + 20), lines=lines
    )


def test_marks_sections_headers_and_stray_text() -> None:
    """Marks from geometry alone: a section row, the header found again above the first row
    from the page's words and rules, and a cell whose text went into no record."""
    rows = [
        Row(page=1, bbox=(50, 100, 250, 120), cells=[grid_cell(0, 0, 50, 250, "Police", 2)]),
        Row(
            page=1,
            bbox=(50, 120, 250, 140),
            cells=[grid_cell(1, 0, 50, 150, "R1"), grid_cell(1, 1, 150, 250, "Do it")],
        ),
        Row(
            page=1,
            bbox=(50, 140, 250, 160),
            cells=[grid_cell(2, 0, 50, 150, "R2"), grid_cell(2, 1, 150, 250, "lost")],
        ),
    ]
    header = ["Recommendation", "Action to take"]
    table = Table(n_cols=2, header=header, rows=rows, page_start=1, page_end=1)
    owners = {
        (1, (50.0, 120.0, 150.0, 140.0)): [0],
        (1, (150.0, 120.0, 250.0, 140.0)): [0],
        (1, (50.0, 140.0, 150.0, 160.0)): [1],
    }
    words = [
        {"x0": 52, "top": 60, "x1": 90, "bottom": 68, "text": "A title above"},
        {"x0": 52, "top": 86, "x1": 120, "bottom": 94, "text": "Recommendation"},
        {"x0": 152, "top": 86, "x1": 200, "bottom": 94, "text": "Action to take"},
    ]
    rules = [{"x0": 50, "x1": 250, "top": 82}, {"x0": 50, "x1": 250, "top": 100}]
    marks = page_marks(1, [table], owners, words, rules)
    assert marks.sections == [(50, 100, 250, 120)]
    assert marks.headers == [(50, 82, 250, 100)]
    assert marks.stray == [(150, 140, 250, 160)]
    assert [record for _, record in marks.labels] == [0, 1]
    assert len(marks.grid) == 5
    # A page where the table runs on without repeating its header gets no header band.
    assert page_marks(1, [table], owners, words[:1], rules).headers == []


# The browser test ---------------------------------------------------------------------------


def start_chromium(profile: Path) -> Any:
    """Headless Chromium driven by the system chromedriver, with a fresh profile and nothing
    fetched in the background (the tests must not depend on the network)."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = str(CHROMIUM)
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    # An explicit driver path keeps Selenium Manager from looking for (or downloading) one.
    return webdriver.Chrome(service=Service(executable_path=str(CHROMEDRIVER)), options=options)


def images_loaded(driver: Any) -> list[tuple[str, int]]:
    """Each <img> of the page: its src and natural width (0 when it failed to load)."""
    script = (
        "return Array.from(document.images)"
        ".map(i => [i.getAttribute('src'), i.complete ? i.naturalWidth : 0]);"
    )
    return [(src, width) for src, width in driver.execute_script(script)]


def screenshot_index(index: Path, png: Path, profile: Path) -> tuple[list[tuple[str, int]], str]:
    """Open index.html from disk in headless Chromium and save a screenshot of what shows;
    the images with their natural widths, and the page's visible text."""
    driver = start_chromium(profile)
    try:
        driver.get(index.resolve().as_uri())
        loaded = images_loaded(driver)
        text = driver.execute_script("return document.body.innerText;")
        driver.save_screenshot(str(png))
    finally:
        driver.quit()
    return loaded, text


def test_index_renders_in_headless_chromium(
    inspected: tuple[Path, Document], tmp_path: Path
) -> None:
    missing = [str(p) for p in (CHROMIUM, CHROMEDRIVER) if not p.exists()]
    if missing:
        pytest.skip(
            f"chromium/chromedriver not installed: {', '.join(missing)} missing "
            "(apt-get install chromium chromium-driver)"
        )
    index, document = inspected
    shot = tmp_path / "inspect.png"
    loaded, text = screenshot_index(index, shot, tmp_path / "profile")
    pages = sorted(p.name for p in index.parent.glob("page-*.png"))
    assert sorted(src for src, _ in loaded) == pages
    assert all(width > 0 for _, width in loaded), loaded
    visible = " ".join(text.split())
    assert document.source_file in visible
    for rec in records_of(document):
        assert f"Recommendation {rec.rec_id}" in visible
        assert opening(rec.recommendation) in visible
    with Image.open(shot) as image:
        assert image.width >= 1000  # the window size asked for, so a real page was drawn
