"""OCRmyPDF plugin: what Tesseract is shown of each scanned page (readers still see the scan).

Two things measurably garble small print in tables: a ruling beside a word, read as a letter
('|', 'l'), and the grey, speckled strokes of a soft scan ('31.1.21' read as 'SL.iL.2i').
So the rulings are erased and the contrast stretched from the page's own paper and ink levels.
"""

from __future__ import annotations

from typing import Any

import cv2
import numpy as np
from PIL import Image

from actionplan.extract.scans.image_rulings import ImageSettings, erase_rulings
from actionplan.extract.scans.ocrmypdf_import import ocrmypdf

hookimpl = ocrmypdf.hookimpl

INK_SHARE = 0.25
"""Levels within this share of the ink-to-paper range above the ink level turn black ..."""
PAPER_SHARE = 0.15
"""... and within this share below the paper level turn white."""


def stretch_contrast(gray: np.ndarray) -> np.ndarray:
    """Grey levels spread so that ink is black and paper white: the paper level is the page's
    common light level, the ink level its darkest."""
    paper = float(np.percentile(gray, 75))
    ink = float(np.percentile(gray, 0.5))
    span = paper - ink
    if span < 32:
        return gray  # a blank or all-dark page: nothing to stretch
    low, high = ink + INK_SHARE * span, paper - PAPER_SHARE * span
    out = (gray.astype(np.float32) - low) * (255.0 / (high - low))
    return np.clip(out, 0, 255).astype(np.uint8)


def ocr_view(rgb: np.ndarray, dpi: float) -> np.ndarray:
    """The grey image Tesseract reads: rulings erased, contrast stretched."""
    cleaned = erase_rulings(rgb, dpi, ImageSettings())
    return stretch_contrast(cv2.cvtColor(cleaned, cv2.COLOR_RGB2GRAY))


@hookimpl
def filter_ocr_image(page: Any, image: Image.Image) -> Image.Image:
    """The page image OCR reads; same size and resolution, so the text layer lines up."""
    dpi = image.info.get("dpi", (300, 300))
    out = Image.fromarray(ocr_view(np.asarray(image.convert("RGB")), float(dpi[0])))
    out.info["dpi"] = dpi
    return out
