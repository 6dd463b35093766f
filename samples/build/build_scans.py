"""Build scanned versions of some samples: each page rendered to an image, skewed, blurred and
speckled like a printed page fed through a scanner, then wrapped back into an image-only PDF.

Run from the repository root::

    .venv/bin/python samples/build/build_scans.py

The scans land in ``samples/scanned/`` as ``scan_<stem>.pdf`` with ``scan_<stem>.expected.json``,
which is the sample's own expected output with the file name changed: a scan must read the same
as the plan it was made from. A fixed random seed per file makes the build repeatable.
"""

from __future__ import annotations

import argparse
import json
import random
from pathlib import Path

import numpy as np
import pypdfium2 as pdfium
from PIL import Image, ImageFilter

SAMPLES = Path(__file__).resolve().parent.parent
SCANNED = SAMPLES / "scanned"
# One per family that a scanner meets: ruled with RAG fills and sections, the Home Office
# template, reportlab's stroked grid, portrait with RAG as text, and an unruled plan.
STEMS = (
    "dhr_2019_04_northshire",
    "sar_2016_02_home_office",
    "reportlab_cspr_2022_05_harbourside",
    "cspr_child_t_portrait",
    "unruled_sar_2020_01_millbrook",
)
DPI = 200
MAX_SKEW_DEGREES = 0.8
BLUR_RADIUS = 0.6
NOISE_SIGMA = 3.0
JPEG_QUALITY = 60


def scan_page(page: pdfium.PdfPage, rng: random.Random) -> Image.Image:
    """One page as a scanner would see it: slightly rotated, soft and speckled."""
    image = page.render(scale=DPI / 72).to_pil().convert("RGB")
    angle = rng.uniform(-MAX_SKEW_DEGREES, MAX_SKEW_DEGREES)
    image = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=(255, 255, 255))
    image = image.filter(ImageFilter.GaussianBlur(BLUR_RADIUS))
    pixels = np.asarray(image, dtype=np.float32)
    noise = np.random.default_rng(rng.randrange(1 << 30)).normal(0, NOISE_SIGMA, pixels.shape)
    return Image.fromarray(np.clip(pixels + noise, 0, 255).astype(np.uint8))


def build(stem: str) -> Path:
    """Write scan_<stem>.pdf and its expected JSON; return the PDF's path."""
    rng = random.Random(stem)
    pdf = pdfium.PdfDocument(SAMPLES / f"{stem}.pdf")
    pages = [scan_page(pdf[i], rng) for i in range(len(pdf))]
    pdf.close()
    SCANNED.mkdir(exist_ok=True)
    target = SCANNED / f"scan_{stem}.pdf"
    pages[0].save(
        target,
        save_all=True,
        append_images=pages[1:],
        resolution=DPI,
        quality=JPEG_QUALITY,
    )
    expected = json.loads((SAMPLES / f"{stem}.expected.json").read_text(encoding="utf-8"))
    expected["source_file"] = target.name
    for row in (*expected["recommendations"], *expected["actions"]):
        if "source_file" in row:
            row["source_file"] = target.name
    text = json.dumps(expected, indent=2, ensure_ascii=False) + "\n"
    (SCANNED / f"scan_{stem}.expected.json").write_text(text, encoding="utf-8")
    return target


def main() -> None:
    """Build the scans named, or all of them."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("stems", nargs="*", default=list(STEMS))
    for stem in parser.parse_args().stems:
        target = build(stem)
        print(f"{target.relative_to(SAMPLES.parent)}: {target.stat().st_size // 1024} KB")


if __name__ == "__main__":
    main()
