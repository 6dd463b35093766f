"""Level scanned pages after OCR. A table's rulings must be level for the grid to be found,
and a skew of 0.3 degrees already moves a ruling 4 pt across a landscape page.

The angle is the one whose horizontal ink profile is sharpest: text lines and rulings both
turn into sharp peaks when level, so it works on ruled and unruled pages alike.

How the angle is found, and why:

- The profile is a projection, not a resampled image: every ink pixel's row after turning,
  weighted by how dark it is, is added into bins a quarter of a pixel high and smoothed by a
  one-pixel Gaussian. Turning the image itself (nearest neighbour) leaves it unchanged until a
  row moves half a pixel, so the score was flat for about ±0.09° at 75 dpi and the search took
  the first angle of that plateau: every level page was turned by -0.07° and small skews were
  found with the wrong sign. Grey levels are kept (not thresholded) because they say where an
  anti-aliased edge lies within its pixel. The projection's blur is the same at every angle, so
  0° has no advantage over its neighbours beyond being right.
- The search is symmetric about 0: every 0.1° from -3° to +3°, then every 0.01° within 0.1° of
  the best, then the peak of a parabola through the best fine angle and its two neighbours.
- A level page stays level: when the score at 0° is within ``ZERO_TOLERANCE`` (0.2%, relative)
  of the best score, the angle is exactly 0. Measured on the pages of tests/test_deskew.py: on
  a level page no angle within ±0.03° scores more than 0.12% above 0° (a real page's uneven
  print puts its peak a hundredth of a degree off); a true skew of 0.05° costs the score at 0°
  0.56% to 4.2%, and 0.1° costs 3% to 14%, so those are still found and turned.
- Below ``MIN_ANGLE`` a page is left as it is, and a file none of whose pages is turned is not
  rewritten.
"""

from __future__ import annotations

from dataclasses import dataclass
from pathlib import Path

import cv2
import numpy as np
import pikepdf
import pypdfium2 as pdfium

PROFILE_DPI = 75
MAX_ANGLE = 3.0
MIN_ANGLE = 0.03
"""Below this the page is left as it is."""
COARSE_STEP = 0.1
FINE_STEP = 0.01
ZERO_TOLERANCE = 2e-3
"""0° is kept when its score is at least (1 - ZERO_TOLERANCE) times the best score."""

_BINS_PER_PIXEL = 4
_SMOOTH_SIGMA = 1.0
"""Gaussian smoothing of the profile, in pixels: wide against a quarter-pixel bin, so where an
edge falls among the bins does not change the score."""
_MIN_WEIGHT = 0.1
_COARSE_SAMPLE = 4
"""The coarse search scores every fourth ink pixel only."""
"""Pixels lighter than this share of full ink are paper (and scanner noise): left out."""


@dataclass(frozen=True)
class _Ink:
    """The ink pixels of a page image: offsets from the page centre and darkness 0-1."""

    dx: np.ndarray
    dy: np.ndarray
    weight: np.ndarray
    reach: float
    """Half the page's diagonal: no pixel is further from the centre, at any angle."""

    def sample(self, every: int) -> _Ink:
        """Every n-th ink pixel in reading order: enough for a coarse search, n times faster."""
        return _Ink(self.dx[::every], self.dy[::every], self.weight[::every], self.reach)


def _ink(gray: np.ndarray) -> _Ink:
    """Ink weights of a grey page: 0 at the paper's shade, 1 at the ink's, linear between."""
    img = np.asarray(gray, dtype=np.uint8)
    threshold, _ = cv2.threshold(img, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    light, dark = img[img > threshold], img[img <= threshold]
    # Median shades, not 255 and 0: scanned paper is grey and toner is rarely black.
    paper = float(np.median(light)) if light.size else 255.0
    ink = float(np.median(dark)) if dark.size else 0.0
    weight = np.clip((paper - img.astype(np.float32)) / max(paper - ink, 1.0), 0.0, 1.0)
    ys, xs = np.nonzero(weight >= _MIN_WEIGHT)
    h, w = img.shape
    return _Ink(
        dx=(xs - (w - 1) / 2).astype(np.float64),
        dy=(ys - (h - 1) / 2).astype(np.float64),
        weight=weight[ys, xs].astype(np.float64),
        reach=float(np.hypot(h, w)) / 2,
    )


def _kernel() -> np.ndarray:
    radius = int(np.ceil(3 * _SMOOTH_SIGMA * _BINS_PER_PIXEL))
    t = np.arange(-radius, radius + 1) / (_SMOOTH_SIGMA * _BINS_PER_PIXEL)
    k = np.exp(-0.5 * t**2)
    return k / k.sum()


_KERNEL = _kernel()


def _score(ink: _Ink, angle: float) -> float:
    """Sharpness of the ink's horizontal profile once turned by angle degrees (see module)."""
    if ink.weight.size == 0:
        return 0.0
    theta = np.radians(angle)
    # Row of each pixel after turning counter-clockwise by theta about the centre (image y
    # points down), in bins, offset so every row lands inside the profile.
    rows = ink.dy * np.cos(theta) - ink.dx * np.sin(theta)
    pos = (rows + ink.reach + 1) * _BINS_PER_PIXEL
    low = np.floor(pos)
    frac = pos - low
    low = low.astype(np.int64)
    size = int(np.ceil((2 * ink.reach + 3) * _BINS_PER_PIXEL))
    profile = np.bincount(low, ink.weight * (1 - frac), size)
    profile += np.bincount(low + 1, ink.weight * frac, size)
    smooth = np.convolve(profile, _KERNEL, mode="same")
    return float(np.sum(np.diff(smooth) ** 2))


def sharpness(mask: np.ndarray, angle: float) -> float:
    """How peaked the row sums of a page image's ink are once it is turned by angle degrees
    (counter-clockwise, as OpenCV turns). mask: the page in grey, dark ink on light paper."""
    return _score(_ink(mask), angle)


def _grid(centre: float, span: float, step: float) -> np.ndarray:
    """Angles centre-span .. centre+span every step, symmetric about centre and holding it."""
    n = round(span / step)
    return np.round(centre + np.arange(-n, n + 1) * step, 6)


def skew_angle(gray: np.ndarray, dpi: float) -> float:
    """Degrees to rotate the page image by (counter-clockwise, as OpenCV turns) to level it;
    exactly 0.0 for a page that is level (see the module docstring)."""
    scale = PROFILE_DPI / dpi
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    ink = _ink(small)
    sampled = ink.sample(_COARSE_SAMPLE)
    scores: dict[float, float] = {}

    def score(angle: float) -> float:
        if angle not in scores:
            scores[angle] = _score(ink, angle)
        return scores[angle]

    # Ties go to the angle nearer 0, never to the first one tried.
    coarse = max(_grid(0.0, MAX_ANGLE, COARSE_STEP), key=lambda a: (_score(sampled, a), -abs(a)))
    fine = max(_grid(coarse, COARSE_STEP, FINE_STEP), key=lambda a: (score(a), -abs(a)))
    best = float(fine)
    left, mid = score(round(best - FINE_STEP, 6)), score(best)
    right = score(round(best + FINE_STEP, 6))
    curve = left - 2 * mid + right
    if curve < 0:
        # The parabola's peak lies within half a step of the best fine angle.
        best += FINE_STEP * float(np.clip((left - right) / (2 * curve), -0.5, 0.5))
    if score(0.0) >= max(mid, score(round(best, 6))) * (1 - ZERO_TOLERANCE):
        return 0.0
    return round(best, 3)


def level_matrix(angle: float, width: float, height: float) -> str:
    """The `cm` operator turning page content by angle degrees about the page centre."""
    theta = np.radians(angle)
    cos, sin = float(np.cos(theta)), float(np.sin(theta))
    cx, cy = width / 2, height / 2
    tx, ty = cx - (cx * cos - cy * sin), cy - (cx * sin + cy * cos)
    return f"{cos:.6f} {sin:.6f} {-sin:.6f} {cos:.6f} {tx:.4f} {ty:.4f} cm"


def level_scans(path: Path, pages: list[int]) -> dict[int, float]:
    """Turn each listed page's content (scan and OCR text alike) level, in place; return the
    angles. Turned in the page's own coordinates, not by resampling the image: every resampling
    blurs small print, and OCR reads the unturned scan best. Pages found within MIN_ANGLE of
    level are left alone, and when every page is, the file is not rewritten at all."""
    document = pdfium.PdfDocument(path)
    try:
        angles = {}
        for n in pages:
            page = document[n - 1]
            gray = np.asarray(page.render(scale=PROFILE_DPI / 72, grayscale=True).to_pil())
            angles[n] = skew_angle(gray, PROFILE_DPI)
    finally:
        document.close()
    turns = {n: angle for n, angle in angles.items() if abs(angle) >= MIN_ANGLE}
    if not turns:
        return angles
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        for number, angle in turns.items():
            page = pdf.pages[number - 1]
            x0, y0, x1, y1 = (float(v) for v in page.mediabox)
            turn = level_matrix(angle, x1 - x0, y1 - y0)
            page.contents_add(pikepdf.Stream(pdf, f"q {turn}\n".encode("ascii")), prepend=True)
            page.contents_add(pikepdf.Stream(pdf, b"\nQ"))
        pdf.save(path)
    return angles
