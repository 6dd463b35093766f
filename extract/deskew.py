"""Level scanned pages after OCR. A table's rulings must be level for the grid to be found,
and a skew of 0.3 degrees already moves a ruling 4 pt across a landscape page.

The angle is the one whose horizontal ink profile is sharpest: text lines and rulings both
turn into sharp peaks when level, so it works on ruled and unruled pages alike.
"""

from __future__ import annotations

from pathlib import Path

import cv2
import numpy as np
import pikepdf
import pypdfium2 as pdfium

PROFILE_DPI = 75
MAX_ANGLE = 3.0
MIN_ANGLE = 0.03
"""Below this the page is left as it is."""


def sharpness(mask: np.ndarray, angle: float) -> float:
    """How peaked the row sums of the ink mask are once it is rotated by angle degrees."""
    h, w = mask.shape
    rotation = cv2.getRotationMatrix2D((w / 2, h / 2), angle, 1.0)
    turned = cv2.warpAffine(mask, rotation, (w, h), flags=cv2.INTER_NEAREST)
    profile = turned.sum(axis=1, dtype=np.float64)
    return float(np.sum(np.diff(profile) ** 2))


def skew_angle(gray: np.ndarray, dpi: float) -> float:
    """Degrees to rotate the page image by (counter-clockwise, as OpenCV turns) to level it."""
    scale = PROFILE_DPI / dpi
    small = cv2.resize(gray, None, fx=scale, fy=scale, interpolation=cv2.INTER_AREA)
    _, mask = cv2.threshold(small, 0, 1, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    best = 0.0
    for step, span in ((0.25, MAX_ANGLE), (0.05, 0.25), (0.01, 0.05)):
        candidates = best + np.arange(-span, span + step / 2, step)
        best = max(candidates, key=lambda a: sharpness(mask, float(a)))
    return float(best)


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
    blurs small print, and OCR reads the unturned scan best."""
    document = pdfium.PdfDocument(path)
    try:
        angles = {}
        for n in pages:
            page = document[n - 1]
            gray = np.asarray(page.render(scale=PROFILE_DPI / 72, grayscale=True).to_pil())
            angles[n] = skew_angle(gray, PROFILE_DPI)
    finally:
        document.close()
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        for number, angle in angles.items():
            if abs(angle) < MIN_ANGLE:
                continue
            page = pdf.pages[number - 1]
            x0, y0, x1, y1 = (float(v) for v in page.mediabox)
            turn = level_matrix(angle, x1 - x0, y1 - y0)
            page.contents_add(pikepdf.Stream(pdf, f"q {turn}\n".encode("ascii")), prepend=True)
            page.contents_add(pikepdf.Stream(pdf, b"\nQ"))
        pdf.save(path)
    return angles
