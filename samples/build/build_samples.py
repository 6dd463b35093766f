"""Build the sample action plans: DOCX (python-docx) -> PDF (LibreOffice) + expected JSON.

Run from the repository root::

    .venv/bin/python samples/build/build_samples.py [STEM ...]
    .venv/bin/python samples/build/build_samples.py --verify [STEM ...]

``--verify`` renders and writes nothing: it recomputes each sample's expected rows from the data
and the PDF already in ``samples/`` (pages located as the build does) and reports any difference
from its ``<stem>.expected.json``; use it after changing the truth rules.

Needs LibreOffice (``soffice``; Debian package ``libreoffice-writer-nogui``). Two samples are drawn
with reportlab instead, and one is stored rotated with pypdf; those two libraries are imported only
when their sample is built. The DOCX files are written to a temporary folder; the PDFs and
``<stem>.expected.json`` land in ``samples/``. The expected output is computed from the data that
was rendered; only the page numbers are read back from the PDF, by locating each recommendation's
known text (see :mod:`locate`).
"""

from __future__ import annotations

import argparse
import json
import shutil
import subprocess
import sys
import tempfile
from dataclasses import dataclass
from pathlib import Path

import pdfplumber
from expected import expected_rows
from invented import INVENTED_DOCUMENTS
from invented_layouts import LAYOUT_DOCUMENTS
from invented_recurring import RECURRING_DOCUMENTS
from invented_rules import RULES_DOCUMENTS
from locate import Locator, split_words
from model import Document, Plan, plain
from render_docx import render
from seed_data import SEED_DOCUMENT

SAMPLES = Path(__file__).resolve().parent.parent
DOCUMENTS: list[Document] = [
    SEED_DOCUMENT,
    *INVENTED_DOCUMENTS,
    *LAYOUT_DOCUMENTS,
    *RULES_DOCUMENTS,
    *RECURRING_DOCUMENTS,
]
MAX_PAGES = 12


def convert(docx: Path, out_dir: Path, profile: Path) -> Path:
    """Convert a DOCX to PDF with LibreOffice headless, using a private user profile."""
    soffice = shutil.which("soffice") or shutil.which("libreoffice")
    if soffice is None:
        sys.exit("LibreOffice not found: install libreoffice-writer-nogui")
    subprocess.run(
        [
            soffice,
            f"-env:UserInstallation={profile.as_uri()}",
            "--headless",
            "--convert-to",
            "pdf",
            "--outdir",
            str(out_dir),
            str(docx),
        ],
        check=True,
        capture_output=True,
        timeout=300,
    )
    pdf = out_dir / (docx.stem + ".pdf")
    if not pdf.exists():
        sys.exit(f"LibreOffice did not write {pdf}")
    return pdf


def check_plan(plan: Plan, spans: dict[int, tuple[int, int]], locator: Locator) -> list[str]:
    """Sanity checks on one rendered plan: header rows, RAG fills. Returns notes for the log."""
    first = min(a for a, _ in spans.values())
    last = max(b for _, b in spans.values())
    header_pages = [p for p in range(first, last + 1) if locator.plan_header_band(plan, p)]
    notes = [f"{plan.title[:50]}: pages {first}-{last}, header row on pages {header_pages}"]
    if plan.header_repeat and header_pages != list(range(first, last + 1)):
        raise SystemExit(f"header row does not repeat on every page of {plan.title!r}")
    if plan.rag_mode == "fill":
        rag_x = locator.column_bounds(plan)[[c.key for c in plan.columns].index("rag")]
        for index, rec in enumerate(plan.recs):
            page = spans[index][0]
            if rec.rag_fill and not locator.has_fill(page, rag_x, rec.rag_fill):
                raise SystemExit(f"rec {rec.rec_id}: no {rec.rag_fill} rect in the RAG column")
        fills = sorted({rec.rag_fill for rec in plan.recs if rec.rag_fill})
        notes.append(f"every RAG cell is a filled rect in the RAG column; colours {fills}")
    broken_words = split_words(locator, plan, range(first, last + 1))
    if broken_words:
        notes.append(f"WARNING: words broken over two lines: {broken_words}")
    return notes


def furniture_strings(doc: Document) -> list[str]:
    """Text printed outside the plans: running header and footer, cover page, logo alt text.

    The cover's heading is left out: it is the partnership's name, which is also a lead agency.
    """
    texts = [doc.page_header, doc.footer_left]
    if doc.cover is not None:
        cover = doc.cover
        texts += [cover.subheading, cover.logo_alt]
        texts += [plain(p) for p in cover.paragraphs]
    return [t for t in texts if t]


def check_no_furniture(doc: Document, rows: list[dict[str, object]]) -> None:
    """Fail when text from outside the plans (see :func:`furniture_strings`) is in any field."""
    for text in furniture_strings(doc):
        for row in rows:
            for name, value in row.items():
                if isinstance(value, str) and text in value:
                    raise SystemExit(f"{doc.stem}: {text[:40]!r} in field {name!r}")


@dataclass
class Stats:
    """What one built sample holds, for the summary."""

    stem: str
    pages: int
    plans: int
    recs: int
    actions: int
    broken: int  # recommendations whose rows span more than one page
    kb: int
    notes: list[str]


def check_rotated(upright: Path, stored: Path, rotate: int) -> str:
    """Check a rotated copy: portrait MediaBox with ``/Rotate``, the same text in the same place.

    pdfplumber (0.11) applies ``/Rotate``: it reports the page as displayed (landscape) and the
    characters in displayed coordinates, so the stored file's characters must match the upright
    render's, page by page, in text and position. Returns a note for the log.
    """
    from pypdf import PdfReader

    for number, page in enumerate(PdfReader(stored).pages, start=1):
        box = page.mediabox
        if page.get("/Rotate") != rotate or not box.width < box.height:
            raise SystemExit(f"{stored.name} p{number}: /Rotate {page.get('/Rotate')}, {box}")

    with pdfplumber.open(upright) as a, pdfplumber.open(stored) as b:
        if len(a.pages) != len(b.pages):
            raise SystemExit(f"{stored.name}: page count changed by rotation")
        for pa, pb in zip(a.pages, b.pages, strict=True):
            if pb.rotation % 360 != rotate:
                raise SystemExit(f"{stored.name} p{pb.page_number}: rotation {pb.rotation}")
            same = len(pa.chars) == len(pb.chars) and all(
                ca["text"] == cb["text"]
                and abs(ca["x0"] - cb["x0"]) < 0.01
                and abs(ca["top"] - cb["top"]) < 0.01
                for ca, cb in zip(pa.chars, pb.chars, strict=True)
            )
            if not same:
                raise SystemExit(f"{stored.name} p{pb.page_number}: characters differ")
    return (
        f"every page: portrait MediaBox, /Rotate {rotate}; pdfplumber shows the same characters "
        "at the same displayed positions as the upright render"
    )


def expected_of(
    doc: Document, locator: Locator, source_file: str, notes: list[str]
) -> dict[str, list[dict[str, object]]]:
    """The expected JSON of a rendered document (checks' notes appended to ``notes``)."""
    recs: list[dict[str, object]] = []
    actions: list[dict[str, object]] = []
    for plan in doc.plans:
        spans = locator.locate_plan(plan)
        notes.extend(check_plan(plan, spans, locator))
        plan_recs, plan_actions = expected_rows(source_file, plan, spans)
        recs.extend(plan_recs)
        actions.extend(plan_actions)
    check_no_furniture(doc, recs + actions)
    return {"source_file": source_file, "recommendations": recs, "actions": actions}


def verify(doc: Document) -> list[str]:
    """Differences between a sample's expected JSON and the one its data and PDF give now.

    Nothing is rendered or written: pages are located on the PDF in ``samples/`` (a rotated
    sample's stored PDF shows the same characters at the same places as its upright render).
    """
    pdf_path = SAMPLES / f"{doc.stem}.pdf"
    stored = json.loads((SAMPLES / f"{doc.stem}.expected.json").read_text(encoding="utf-8"))
    fresh = expected_of(doc, Locator(pdf_path, doc), pdf_path.name, [])
    if json.dumps(fresh, ensure_ascii=False) == json.dumps(stored, ensure_ascii=False):
        return []
    problems = []
    for kind in ("recommendations", "actions"):
        old, new = stored.get(kind, []), fresh[kind]
        if len(old) != len(new):
            problems.append(f"{kind}: {len(old)} stored, {len(new)} now")
        for i, (a, b) in enumerate(zip(old, new, strict=False)):
            for key in dict.fromkeys([*a, *b]):
                if a.get(key) != b.get(key):
                    problems.append(f"{kind}[{i}].{key}: {a.get(key)!r} -> {b.get(key)!r}")
            if list(a) != list(b):
                problems.append(f"{kind}[{i}]: key order {list(a)} -> {list(b)}")
    return problems or ["differs (source_file or layout)"]


def render_pdf(doc: Document, pdf_path: Path, work: Path, notes: list[str]) -> Path:
    """Render a document to pdf_path (stored rotated if it says so; checks' notes appended);
    returns the upright render, which pages are located on."""
    if doc.renderer == "reportlab":
        from render_reportlab import render_pdf as draw  # reportlab: needed for that doc only

        pdf_tmp = work / f"{doc.stem}.pdf"
        draw(doc, pdf_tmp)
    else:
        docx = work / f"{doc.stem}.docx"
        render(doc, docx)
        pdf_tmp = convert(docx, work, work / "lo_profile")
    if doc.rotate:
        from rotate import store_rotated  # pypdf: needed for that doc only

        store_rotated(pdf_tmp, pdf_path, doc.rotate)
        notes.append(check_rotated(pdf_tmp, pdf_path, doc.rotate))
    else:
        shutil.copyfile(pdf_tmp, pdf_path)
    return pdf_tmp


def build(doc: Document, work: Path) -> Stats:
    """Render one document, convert it and write its PDF and expected JSON; return its stats.

    A document with ``rotate`` is located on its upright render: rotation moves no character
    to another page, and :func:`check_rotated` checks that.
    """
    notes: list[str] = []
    pdf_path = SAMPLES / f"{doc.stem}.pdf"
    pdf_tmp = render_pdf(doc, pdf_path, work, notes)

    locator = Locator(pdf_tmp, doc)
    expected = expected_of(doc, locator, pdf_path.name, notes)
    recs, actions = expected["recommendations"], expected["actions"]
    out = SAMPLES / f"{doc.stem}.expected.json"
    out.write_text(json.dumps(expected, indent=2, ensure_ascii=False) + "\n", encoding="utf-8")

    broken = sum(1 for r in recs if r["page_end"] != r["page_start"])
    if not 2 <= locator.page_count <= MAX_PAGES:
        notes.append(f"WARNING: {locator.page_count} pages, outside 2-{MAX_PAGES}")
    return Stats(
        stem=doc.stem,
        pages=locator.page_count,
        plans=len(doc.plans),
        recs=len(recs),
        actions=len(actions),
        broken=broken,
        kb=pdf_path.stat().st_size // 1024,
        notes=notes,
    )


def main(argv: list[str] | None = None) -> int:
    """Build all samples (or the named stems) and print a summary table."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stems", nargs="*", help="build only these samples")
    parser.add_argument(
        "--verify",
        action="store_true",
        help="write nothing: compare each expected JSON with what the data and PDF give now",
    )
    args = parser.parse_args(argv)
    chosen = [d for d in DOCUMENTS if not args.stems or d.stem in args.stems]
    if args.stems and len(chosen) != len(args.stems):
        parser.error(f"unknown stem; choose from {[d.stem for d in DOCUMENTS]}")
    if args.verify:
        failed = 0
        for doc in chosen:
            problems = verify(doc)
            failed += bool(problems)
            print(f"{doc.stem}: {'differs' if problems else 'unchanged'}")
            for problem in problems[:20]:
                print(f"    {problem}")
        return 1 if failed else 0

    total_recs = total_broken = 0
    with tempfile.TemporaryDirectory(prefix="actionplan-samples-") as tmp:
        for doc in chosen:
            st = build(doc, Path(tmp))
            total_recs += st.recs
            total_broken += st.broken
            print(
                f"{st.stem}: {st.pages} pages, {st.plans} plan(s), {st.recs} recs, "
                f"{st.actions} actions, {st.broken}/{st.recs} recs "
                f"({100 * st.broken / st.recs:.0f}%) break across pages, {st.kb} KB"
            )
            for note in st.notes:
                print(f"    {note}")
    if total_recs:
        print(
            f"total: {total_recs} recs, {total_broken} ({100 * total_broken / total_recs:.0f}%) "
            "break across pages"
        )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
