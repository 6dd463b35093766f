"""Levelling scanned pages (issue 16): small skews found with the right sign, a level page left
exactly as it is, and its file not rewritten."""

from __future__ import annotations

import hashlib
from itertools import pairwise
from pathlib import Path

import cv2
import numpy as np
import pikepdf
import pypdfium2 as pdfium
import pytest
from PIL import Image

from actionplan.extract.scans.deskew import MIN_ANGLE, level_scans, skew_angle
from tests.conftest import SAMPLES

DPI = 100
ANGLES = [-0.8, -0.3, -0.1, 0.0, 0.1, 0.3, 0.8]
TOLERANCE = 0.05


def text_page() -> np.ndarray:
    """A portrait page of text-like lines: words of one length in even rows."""
    page = np.full((1100, 850), 255, np.uint8)
    for y in range(80, 1000, 24):
        for x in range(60, 780, 70):
            cv2.rectangle(page, (x, y), (x + 55, y + 9), 0, -1)
    return page


def table_page() -> np.ndarray:
    """A landscape action-plan table: two-pixel rulings, words of uneven length in its cells."""
    rng = np.random.default_rng(7)
    page = np.full((850, 1100), 255, np.uint8)
    cols = [60, 140, 560, 760, 900, 1040]
    rows = list(range(70, 800, 62))
    for x in cols:
        cv2.line(page, (x, rows[0]), (x, rows[-1]), 0, 2)
    for y in rows:
        cv2.line(page, (cols[0], y), (cols[-1], y), 0, 2)
    for top, bottom in pairwise(rows):
        for left, right in pairwise(cols):
            for y in range(top + 10, bottom - 12, 15):
                x = left + 6
                while x < right - 30:
                    width = int(rng.integers(12, 50))
                    cv2.rectangle(page, (x, y), (min(x + width, right - 8), y + 7), 0, -1)
                    x += width + 7
    return page


def sample_page() -> np.ndarray:
    """Page 2 of a born-digital sample plan (ruled table, real print), rendered in grey."""
    document = pdfium.PdfDocument(SAMPLES / "sar_2016_02_home_office.pdf")
    try:
        bitmap = document[1].render(scale=DPI / 72, grayscale=True)
        return np.asarray(bitmap.to_pil())
    finally:
        document.close()


PAGES = {"text": text_page(), "table": table_page(), "sample": sample_page()}


def turned(page: np.ndarray, angle: float) -> np.ndarray:
    """The page turned counter-clockwise by angle degrees (as OpenCV turns), paper at the edges."""
    h, w = page.shape
    rotation = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    return cv2.warpAffine(page, rotation, (w, h), flags=cv2.INTER_LINEAR, borderValue=255)


@pytest.mark.parametrize("name", sorted(PAGES))
@pytest.mark.parametrize("angle", ANGLES)
def test_skew_found_with_its_sign(name: str, angle: float) -> None:
    """The angle that levels the page again is minus the one it was turned by."""
    found = skew_angle(turned(PAGES[name], angle), DPI)
    assert abs(found + angle) <= TOLERANCE, (name, angle, found)
    if angle:
        assert found * angle < 0, (name, angle, found)


@pytest.mark.parametrize("name", sorted(PAGES))
def test_a_level_page_is_left_exactly_level(name: str) -> None:
    assert skew_angle(PAGES[name], DPI) == 0.0


@pytest.mark.parametrize("angle", [0.2, 0.45])
def test_opposite_skews_give_opposite_angles(angle: float) -> None:
    page = PAGES["table"]
    plus, minus = skew_angle(turned(page, angle), DPI), skew_angle(turned(page, -angle), DPI)
    assert abs(plus + minus) <= 0.01 and abs(plus + angle) <= TOLERANCE


def test_a_blank_page_is_level() -> None:
    assert skew_angle(np.full((400, 300), 255, np.uint8), DPI) == 0.0


def scan_pdf(path: Path, page: np.ndarray) -> Path:
    """A one-page PDF holding the page image, as a scanner writes it."""
    Image.fromarray(page).save(path, "PDF", resolution=DPI)
    return path


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_a_level_scan_is_not_rewritten(tmp_path: Path) -> None:
    pdf = scan_pdf(tmp_path / "level.pdf", PAGES["table"])
    before, mtime = digest(pdf), pdf.stat().st_mtime_ns
    angles = level_scans(pdf, [1])
    assert angles == {1: 0.0}
    assert digest(pdf) == before and pdf.stat().st_mtime_ns == mtime


def test_a_skewed_scan_is_turned_level(tmp_path: Path) -> None:
    pdf = scan_pdf(tmp_path / "skewed.pdf", turned(PAGES["table"], 0.5))
    before = digest(pdf)
    angles = level_scans(pdf, [1])
    assert abs(angles[1] + 0.5) <= TOLERANCE and abs(angles[1]) >= MIN_ANGLE
    assert digest(pdf) != before
    with pikepdf.open(pdf) as doc:
        contents = doc.pages[0].Contents
        first = contents[0] if isinstance(contents, pikepdf.Array) else contents
        assert first.read_bytes().startswith(b"q ") and b" cm" in first.read_bytes()
