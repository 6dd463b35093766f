"""Scan step of the office scans: each committed office-styled PDF printed to page images by
Ghostscript and wrapped into an image-only PDF, as an office's scan-to-PDF does.

Run from the repository root::

    .venv/bin/python samples/build/rasterise_office_scans.py              # all 12 variants
    .venv/bin/python samples/build/rasterise_office_scans.py --missing    # only those not on disk
    .venv/bin/python samples/build/rasterise_office_scans.py --dpi 200 --mode grey  # one each

Needs only Ghostscript, Pillow and numpy, so any machine that can run the OCR benchmark can run
it: ``bench/ocr_accuracy.py`` runs it with ``--missing`` when an image PDF is absent, as on a
fresh clone. The render step (:mod:`build_office_scans`, which needs LibreOffice) writes the
input, ``samples/scanned_office/source/office_<stem>.pdf``, and the ``.expected.json`` files;
those are committed. The 12 image PDFs this writes are not (51 MB; ``.gitignore``).

Each source is rasterised at 150, 200 and 300 dpi in colour (``png16m``) and greyscale
(``pnggray``), anti-aliased as a print driver does, and the page images saved as a PDF with the
resolution recorded: ``samples/scanned_office/office_<stem>_<dpi>_<colour|grey>.pdf``. The seed
plan's pages stay level and clean; Northshire's are skewed by a seeded angle within ±0.8° and
blurred, speckled and JPEG-compressed as :mod:`build_scans` does. Seeds are fixed and the PDFs
carry no date: the same sources, Ghostscript, Pillow and numpy give the same bytes.
"""

from __future__ import annotations

import argparse
import os
import random
import shutil
import subprocess
import sys
import tempfile
from pathlib import Path

import numpy as np
from build_scans import BLUR_RADIUS, JPEG_QUALITY, MAX_SKEW_DEGREES, NOISE_SIGMA
from PIL import Image, ImageFilter

SAMPLES = Path(__file__).resolve().parent.parent
OUT = SAMPLES / "scanned_office"
#: The render step's office-styled vector PDFs, committed so that no LibreOffice is needed here.
SOURCE = OUT / "source"
#: Each plan's stem, and whether its pages go through the scanner's defects (skew, blur, noise).
SKEWED = {"seed_bdhr_2013_14_02": False, "dhr_2019_04_northshire": True}
DPIS = (150, 200, 300)
MODES = ("colour", "grey")
GS_DEVICE = {"colour": "png16m", "grey": "pnggray"}
#: JPEG quality of the level, clean pages (Pillow's default; JPEG is what Pillow writes RGB
#: and greyscale PDF pages as, and what office scan-to-PDF uses).
CLEAN_JPEG_QUALITY = 75


def source_pdf(stem: str) -> Path:
    """The render step's office-styled PDF of one plan: ``source/office_<stem>.pdf``."""
    return SOURCE / f"office_{stem}.pdf"


def variant_name(stem: str, dpi: int, mode: str) -> str:
    """``office_<stem>_<dpi>_<colour|grey>``."""
    return f"office_{stem}_{dpi}_{mode}"


def rasterise(pdf: Path, dpi: int, mode: str, work: Path) -> list[Image.Image]:
    """Every page as Ghostscript prints it to an image, anti-aliased as a print driver does."""
    gs = shutil.which("gs")
    if gs is None:
        sys.exit("Ghostscript not found: install ghostscript (tools/system-packages.sh)")
    pages_dir = work / f"{pdf.stem}_{dpi}_{mode}"
    pages_dir.mkdir()
    subprocess.run(
        [
            gs,
            "-q",
            "-dSAFER",
            "-dBATCH",
            "-dNOPAUSE",
            f"-sDEVICE={GS_DEVICE[mode]}",
            f"-r{dpi}",
            "-dTextAlphaBits=4",
            "-dGraphicsAlphaBits=4",
            f"-sOutputFile={pages_dir / 'p%03d.png'}",
            str(pdf),
        ],
        check=True,
        capture_output=True,
        timeout=600,
    )
    images = []
    for png in sorted(pages_dir.glob("p*.png")):
        with Image.open(png) as image:
            images.append(image.convert("RGB" if mode == "colour" else "L"))
    return images


def scanner_defects(image: Image.Image, rng: random.Random) -> Image.Image:
    """Skew within ±0.8°, blur and speckle a page as :func:`build_scans.scan_page` does."""
    white = (255, 255, 255) if image.mode == "RGB" else 255
    angle = rng.uniform(-MAX_SKEW_DEGREES, MAX_SKEW_DEGREES)
    image = image.rotate(angle, resample=Image.Resampling.BICUBIC, fillcolor=white)
    image = image.filter(ImageFilter.GaussianBlur(BLUR_RADIUS))
    pixels = np.asarray(image, dtype=np.float32)
    noise = np.random.default_rng(rng.randrange(1 << 30)).normal(0, NOISE_SIGMA, pixels.shape)
    return Image.fromarray(np.clip(pixels + noise, 0, 255).astype(np.uint8))


def scan(stem: str, dpi: int, mode: str, work: Path, out: Path = OUT) -> str:
    """Write one variant's image PDF into ``out``; return a summary line."""
    pdf = source_pdf(stem)
    if not pdf.exists():
        sys.exit(
            f"{pdf.relative_to(SAMPLES.parent)} missing: run samples/build/build_office_scans.py "
            "(needs LibreOffice)"
        )
    name = variant_name(stem, dpi, mode)
    # seeded by the variant's name, so each variant is repeatable whatever else is built
    rng = random.Random(name)
    pages = rasterise(pdf, dpi, mode, work)
    if SKEWED[stem]:
        pages = [scanner_defects(page, rng) for page in pages]
    out.mkdir(exist_ok=True)
    target = out / f"{name}.pdf"
    # written beside the target and renamed into place, so that a benchmark reading the folder,
    # or a later --missing run after an interrupted one, never sees a half-written PDF
    partial = target.with_name(f".{target.name}.partial")
    pages[0].save(
        partial,
        format="PDF",
        save_all=True,
        append_images=pages[1:],
        resolution=dpi,
        quality=JPEG_QUALITY if SKEWED[stem] else CLEAN_JPEG_QUALITY,
        # Pillow's default title is the file name's stem: the final name's, not the partial's
        title=target.stem,
        # no creation or modification date, so a rebuild writes the same bytes
        creationDate=None,
        modDate=None,
    )
    os.replace(partial, target)
    width, height = pages[0].size
    shown = target.relative_to(SAMPLES.parent) if target.is_relative_to(SAMPLES.parent) else target
    return f"{shown}: {len(pages)} pages of {width}x{height} px, {target.stat().st_size // 1024} KB"


def variants(stems: list[str], dpis: list[int], modes: list[str]) -> list[tuple[str, int, str]]:
    """Every (stem, dpi, mode) chosen, in build order."""
    return [(stem, dpi, mode) for stem in stems for dpi in dpis for mode in modes]


def main(argv: list[str] | None = None) -> int:
    """Write the image PDFs chosen (all 12 by default) and print one line per PDF."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("stems", nargs="*", help=f"any of {', '.join(SKEWED)} (default: both)")
    parser.add_argument("--dpi", type=int, action="append", choices=DPIS)
    parser.add_argument("--mode", action="append", choices=MODES)
    parser.add_argument(
        "--missing", action="store_true", help="only the chosen PDFs that are not on disk"
    )
    args = parser.parse_args(argv)
    unknown = set(args.stems) - set(SKEWED)
    if unknown:
        parser.error(f"unknown stem {sorted(unknown)}; choose from {list(SKEWED)}")
    chosen = variants(args.stems or list(SKEWED), args.dpi or list(DPIS), args.mode or list(MODES))
    if args.missing:
        chosen = [v for v in chosen if not (OUT / f"{variant_name(*v)}.pdf").exists()]
    with tempfile.TemporaryDirectory(prefix="actionplan-office-scan-") as tmp:
        for stem, dpi, mode in chosen:
            print(scan(stem, dpi, mode, Path(tmp)), flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
