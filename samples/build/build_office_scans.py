"""Build scans made the way offices make them: a plan in the word processor's default table style,
printed to images by Ghostscript and wrapped into an image-only PDF.

Run from the repository root (``make samples`` runs the first)::

    .venv/bin/python samples/build/build_office_scans.py                  # all 12 variants
    .venv/bin/python samples/build/build_office_scans.py seed_bdhr_2013_14_02 --dpi 200 --mode grey
    .venv/bin/python samples/build/build_office_scans.py --no-scan        # committed files only

The ruled samples' crisp 0.5 pt black grid survives any scan; an office's plan does not. The build
has two steps, split so that a machine without LibreOffice can still make the scans:

1. Render (this module; needs LibreOffice and python-docx). Each plan is rendered again with
   ``borders="office"`` (:func:`model.office_styled`: 0.1 pt 50%-grey hairlines between rows,
   0.75 pt grey rules between columns, 15%-grey header, 5%-grey section bands) and converted by
   LibreOffice, its dates and file identifiers fixed so that a rebuild writes the same bytes:
   ``samples/scanned_office/source/office_<stem>.pdf`` (100 and 61 KB; committed). Beside the
   scans go the variants' ``office_<stem>_<dpi>_<colour|grey>.expected.json`` (committed).
2. Scan (:mod:`rasterise_office_scans`; needs only Ghostscript, Pillow and numpy). Each source is
   rasterised at 150, 200 and 300 dpi in colour and greyscale, Northshire's pages skewed, blurred,
   speckled and JPEG-compressed, and saved as ``office_<stem>_<dpi>_<colour|grey>.pdf``. These 12
   PDFs are 51 MB, too much to commit: they are ignored by git, and ``bench/ocr_accuracy.py``
   runs the scan step when one is missing. This module runs it after rendering unless
   ``--no-scan`` is given.

The truth is the born-digital sample's (only the file name changes), except that a greyscale page
cannot show which colour a RAG fill was: there ``rag`` is "" for every recommendation of a plan
whose RAG is a fill only. ``status`` never comes from a fill (see :func:`expected.status_of`), so
it is kept.
"""

from __future__ import annotations

import argparse
import copy
import json
import shutil
import sys
import tempfile
from pathlib import Path
from typing import Any

from build_samples import convert, expected_of
from invented import INVENTED_DOCUMENTS
from locate import Locator
from model import Document, office_styled
from rasterise_office_scans import (
    DPIS,
    MODES,
    OUT,
    SAMPLES,
    SKEWED,
    scan,
    source_pdf,
    variant_name,
    variants,
)
from render_docx import render
from seed_data import SEED_DOCUMENT
from structure_render import fix_dates

#: The plans printed the office way; which of them go through the scanner's defects is
#: :data:`rasterise_office_scans.SKEWED`, so that the scan step needs none of these imports.
DOCUMENTS = {
    doc.stem: doc
    for doc in (
        SEED_DOCUMENT,
        next(d for d in INVENTED_DOCUMENTS if d.stem == "dhr_2019_04_northshire"),
    )
}
assert DOCUMENTS.keys() == SKEWED.keys(), "render and scan steps must name the same plans"


def office_pdf(stem: str, work: Path) -> tuple[Document, Path]:
    """Render the plan in the office table style, convert it and store it as the scan step's
    source; return the styled document and the stored PDF."""
    styled = office_styled(DOCUMENTS[stem], f"office_{stem}")
    docx = work / f"{styled.stem}.docx"
    render(styled, docx)
    pdf = convert(docx, work, work / "lo_profile")
    # LibreOffice stamps the time into the dates, /ID and checksum: fixed, so that rebuilding
    # leaves the committed source unchanged (the pages, and so the scans, do not depend on them)
    fix_dates(pdf)
    target = source_pdf(stem)
    target.parent.mkdir(parents=True, exist_ok=True)
    shutil.copyfile(pdf, target)
    return styled, target


def located_truth(styled: Document, pdf: Path, notes: list[str]) -> dict[str, Any]:
    """The office render's expected JSON, checked against the born-digital sample's.

    Pages are located on the office render. The rows must equal the born-digital truth but for
    the file name and pages: the office style's thinner rules change row heights a little, which
    can move a row's last line to another page (each such move is appended to ``notes``).
    """
    expected: dict[str, Any] = expected_of(styled, Locator(pdf, styled), "", [])
    stem = styled.stem.removeprefix("office_")
    born = json.loads((SAMPLES / f"{stem}.expected.json").read_text(encoding="utf-8"))
    pages = ("page_start", "page_end")
    for kind in ("recommendations", "actions"):
        if len(expected[kind]) != len(born[kind]):
            sys.exit(f"{styled.stem}: {kind} differ in number from {stem}.expected.json")
        for mine, theirs in zip(expected[kind], born[kind], strict=True):
            for key in mine:
                if key in pages and mine[key] != theirs[key]:
                    notes.append(
                        f"{theirs['plan_title'][:30]}… rec {theirs['rec_id']}: {key} "
                        f"{theirs[key]} in {stem}.pdf, {mine[key]} in the office render"
                    )
                elif key not in (*pages, "source_file") and mine[key] != theirs[key]:
                    sys.exit(f"{styled.stem}: {kind} {theirs['rec_id']} {key} differs from {stem}")
    return expected


def variant_truth(
    located: dict[str, Any], styled: Document, file_name: str, mode: str
) -> dict[str, Any]:
    """One variant's expected JSON: the located truth under its file name, RAG fills blanked
    in greyscale."""
    expected = copy.deepcopy(located)
    expected["source_file"] = file_name
    for row in (*expected["recommendations"], *expected["actions"]):
        row["source_file"] = file_name
    if mode == "grey":
        # A RAG shown only as a cell fill is a shade of grey on a greyscale page: unknowable.
        fill_titles = {p.title for p in styled.plans if p.rag_mode == "fill"}
        for row in expected["recommendations"]:
            if row["plan_title"] in fill_titles:
                row["rag"] = ""
    return expected


def build(stem: str, dpis: list[int], modes: list[str], work: Path, scanned: bool) -> list[str]:
    """Render one plan and write the chosen variants' truth, then (if ``scanned``) their scans;
    return a summary line per file written, then notes."""
    styled, pdf = office_pdf(stem, work)
    lines = [f"{pdf.relative_to(SAMPLES.parent)}: {pdf.stat().st_size // 1024} KB"]
    notes: list[str] = []
    located = located_truth(styled, pdf, notes)
    OUT.mkdir(exist_ok=True)
    for _, dpi, mode in variants([stem], dpis, modes):
        name = variant_name(stem, dpi, mode)
        expected = variant_truth(located, styled, f"{name}.pdf", mode)
        text = json.dumps(expected, indent=2, ensure_ascii=False) + "\n"
        (OUT / f"{name}.expected.json").write_text(text, encoding="utf-8")
        if scanned:
            lines.append(scan(stem, dpi, mode, work))
    return lines + [f"    {note}" for note in notes]


def main(argv: list[str] | None = None) -> int:
    """Build the office scans named (all by default) and print one line per file written."""
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("stems", nargs="*", help=f"any of {', '.join(DOCUMENTS)} (default: both)")
    parser.add_argument("--dpi", type=int, action="append", choices=DPIS)
    parser.add_argument("--mode", action="append", choices=MODES)
    parser.add_argument(
        "--no-scan",
        action="store_true",
        help="write only the committed files (sources and truth), not the image PDFs",
    )
    args = parser.parse_args(argv)
    unknown = set(args.stems) - set(DOCUMENTS)
    if unknown:
        parser.error(f"unknown stem {sorted(unknown)}; choose from {list(DOCUMENTS)}")
    with tempfile.TemporaryDirectory(prefix="actionplan-office-") as tmp:
        for stem in args.stems or DOCUMENTS:
            dpis, modes = args.dpi or list(DPIS), args.mode or list(MODES)
            for line in build(stem, dpis, modes, Path(tmp), not args.no_scan):
                print(line, flush=True)
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
