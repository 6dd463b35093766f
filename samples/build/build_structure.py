"""Build samples/structure: synthetic PDFs that each reproduce one mechanism by which real plans
defeat row extraction, each mechanism drawn by two or three renderers, with their truth files.

    .venv/bin/python samples/build/build_structure.py [STEM_PREFIX...]

Needs LibreOffice (``soffice``) and Chromium (``chromium``). The truth is written from the data
rendered; only page numbers are read back from the PDF (structure_truth.py).
"""

from __future__ import annotations

import json
import sys
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

import pdfplumber
import structure_docs as docs
from structure_render import render
from structure_truth import build_truth, squash

OUT = Path(__file__).resolve().parent.parent / "structure"

PLAN = [
    (docs.footnotes, ("reportlab", "writer", "chromium")),
    (docs.idtitles, ("reportlab", "writer", "chromium")),
]
for _name, _renderers in (
    ("shiftedheader", ("reportlab", "writer", "chromium")),
    ("unruled", ("reportlab", "writer", "chromium")),
    ("nonreview", ("reportlab", "writer", "chromium")),
    ("fillcells", ("reportlab", "writer", "chromium")),
    ("tracker", ("reportlab", "chromium")),
):
    if hasattr(docs, _name):
        PLAN.append((getattr(docs, _name), _renderers))


def check(pdf: Path, truth: dict) -> list[str]:
    """Every first/last string printed on its page, once in the document (the page's characters
    in content-stream order, as pdfplumber reads them, whitespace removed)."""
    problems = []
    with pdfplumber.open(pdf) as doc:
        pages = [squash("".join(c["text"] for c in p.chars)) for p in doc.pages]
        whole = "".join(pages)
        for r in truth["records"]:
            first, last = squash(r["first"]), squash(r["last"])
            if first not in pages[r["page_start"] - 1]:
                problems.append(f"{r['id']}: first not on p. {r['page_start']}: {r['first']!r}")
            if last not in pages[r["page_end"] - 1]:
                problems.append(f"{r['id']}: last not on p. {r['page_end']}: {r['last']!r}")
            for key in ("first", "last"):
                if whole.count(squash(r[key])) != 1:
                    problems.append(f"{r['id']}: {key} not unique: {r[key]!r}")
    return problems


def main(prefixes: list[str]) -> None:
    OUT.mkdir(parents=True, exist_ok=True)
    failed = False
    for builder, renderers in PLAN:
        spans_seen = {}
        for renderer in renderers:
            doc = builder(renderer)
            if prefixes and not any(doc.stem.startswith(p) for p in prefixes):
                continue
            pdf = render(doc, OUT)
            truth = build_truth(doc, pdf)
            (OUT / f"{doc.stem}.truth.json").write_text(
                json.dumps(truth, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
            )
            cut = sum(r["cut"] for r in truth["records"])
            size = pdf.stat().st_size // 1024
            spans = " ".join(
                f"{r['id'] or '-'}:{r['page_start']}-{r['page_end']}" for r in truth["records"]
            )
            print(
                f"{doc.stem}: {truth['pages']} pages, {len(truth['records'])} records, "
                f"{cut} cut, {size} KB | {spans}"
            )
            for problem in check(pdf, truth):
                failed = True
                print(f"  PROBLEM {problem}")
            spans_seen[renderer] = spans
            if len(set(spans_seen.values())) > 1:
                print(f"  NOTE page spans differ between renderers: {sorted(spans_seen)}")
    if failed:
        sys.exit(1)


if __name__ == "__main__":
    main(sys.argv[1:])
