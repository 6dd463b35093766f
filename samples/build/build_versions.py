"""Build the later versions of two samples (issue 19) and the expected changes between versions.

Run from the repository root::

    .venv/bin/python samples/build/build_versions.py [STEM ...]
    .venv/bin/python samples/build/build_versions.py --verify [STEM ...]

Each version in :mod:`versions` is rendered exactly as ``build_samples.py`` renders a sample (the
same renderers, LibreOffice conversion, page location and checks) into
``samples/versions/<stem>.pdf`` and ``<stem>.expected.json``. Then
``<stem>.changes.expected.csv`` is written: the changes ``actionplan diff`` should report from the
old sample (``samples/<old stem>.pdf``) to the new version, computed from the two versions' data
and their expected rows (which rec is which comes from :attr:`versions.Version.origins`), never
by reading the PDFs. The old sample's expected rows are recomputed from its data and PDF, and
must equal its stored ``samples/<old stem>.expected.json``.

``--verify`` renders and writes nothing: it recomputes each version's expected JSON and changes
from the data and the PDFs already in ``samples/versions/`` and reports any difference.
"""

from __future__ import annotations

import argparse
import csv
import io
import json
import tempfile
from calendar import monthrange
from datetime import date
from pathlib import Path

from build_samples import MAX_PAGES, SAMPLES, expected_of, render_pdf
from locate import Locator
from versions import VERSIONS, Version

from actionplan.normalise.updates import progress_updates

VERSIONS_DIR = SAMPLES / "versions"
CHANGE_COLUMNS = (
    "change",
    "plan_title",
    "case_ref",
    "rec_id",
    "old_rec_id",
    "before",
    "after",
    "slip_days",
    "update_date",
    "matched_by",
    "old_file",
    "new_file",
    "old_page",
    "new_page",
    "recommendation",
)

Rows = dict[str, list[dict[str, object]]]


def old_expected(version: Version) -> Rows:
    """The old sample's expected rows from its data and PDF; they must be the stored ones."""
    pdf = SAMPLES / f"{version.old.stem}.pdf"
    fresh = expected_of(version.old, Locator(pdf, version.old), pdf.name, [])
    stored = json.loads((SAMPLES / f"{version.old.stem}.expected.json").read_text("utf-8"))
    if fresh != stored:
        raise SystemExit(
            f"{version.old.stem}: its expected JSON is stale; run build_samples.py --verify"
        )
    return fresh


def squash_space(text: str) -> str:
    """Whitespace runs collapsed to one space."""
    return " ".join(text.split())


def period_end(iso: str) -> date:
    """The last day of an ISO date's period: "2019-03" -> 2019-03-31, "2019" -> 2019-12-31."""
    parts = [int(p) for p in iso.split("-")]
    if len(parts) == 1:
        return date(parts[0], 12, 31)
    if len(parts) == 2:
        return date(parts[0], parts[1], monthrange(parts[0], parts[1])[1])
    return date(parts[0], parts[1], parts[2])


def slip_days(before: str, after: str) -> str:
    """Days from the end of the old target's period to the end of the new one's ('' if none)."""
    if not before or not after:
        return ""
    return str((period_end(after) - period_end(before)).days)


def change_rows(version: Version, old: Rows, new: Rows) -> list[dict[str, str]]:
    """The expected rows of ``changes.csv`` from the old version to the new one."""
    old_file = f"{version.old.stem}.pdf"
    new_file = f"{version.new.stem}.pdf"
    old_recs, new_recs = old["recommendations"], new["recommendations"]
    out: list[dict[str, str]] = []
    old_start = new_start = 0
    for old_plan, new_plan, origins in zip(
        version.old.plans, version.new.plans, version.origins, strict=True
    ):
        olds = old_recs[old_start : old_start + len(old_plan.recs)]
        news = new_recs[new_start : new_start + len(new_plan.recs)]
        old_start += len(old_plan.recs)
        new_start += len(new_plan.recs)
        assert len(origins) == len(news)

        def row(change: str, nrec: dict | None, orec: dict | None, **values: str) -> None:
            rec = nrec or orec
            assert rec is not None
            out.append(
                {
                    "change": change,
                    "plan_title": str(rec["plan_title"]),
                    "case_ref": str(rec["case_ref"]),
                    "rec_id": str(nrec["rec_id"]) if nrec else "",
                    "old_rec_id": str(orec["rec_id"]) if orec else "",
                    "before": values.get("before", ""),
                    "after": values.get("after", ""),
                    "slip_days": values.get("slip_days", ""),
                    "update_date": values.get("update_date", ""),
                    "matched_by": "rec_id" if nrec and orec else "",
                    "old_file": old_file,
                    "new_file": new_file,
                    "old_page": str(orec["page_start"]) if orec else "",
                    "new_page": str(nrec["page_start"]) if nrec else "",
                    "recommendation": str(rec["recommendation"]),
                }
            )

        for nrec, origin in zip(news, origins, strict=True):
            if origin is None:
                row("added", nrec, None)
                continue
            orec = olds[origin]
            assert (orec["section"], orec["rec_id"]) == (nrec["section"], nrec["rec_id"])
            before, after = str(orec["recommendation"]), str(nrec["recommendation"])
            if squash_space(before) != squash_space(after):
                row("text", nrec, orec, before=before, after=after)
            for name in ("status", "rag", "target_date"):
                before, after = str(orec[name]), str(nrec[name])
                if before != after:
                    slip = slip_days(before, after) if name == "target_date" else ""
                    row(name, nrec, orec, before=before, after=after, slip_days=slip)
            seen = {(u.date, squash_space(u.text)) for u in progress_updates(str(orec["progress"]))}
            for update in progress_updates(str(nrec["progress"])):
                if (update.date, squash_space(update.text)) not in seen:
                    row("update", nrec, orec, after=update.text, update_date=update.date)
        kept = {origin for origin in origins if origin is not None}
        for index, orec in enumerate(olds):
            if index not in kept:
                row("removed", None, orec)
    return out


def changes_csv(rows: list[dict[str, str]]) -> str:
    """The rows as ``changes.csv`` text: header, QUOTE_MINIMAL, "\\n" line ends."""
    buffer = io.StringIO()
    writer = csv.DictWriter(buffer, fieldnames=CHANGE_COLUMNS, lineterminator="\n")
    writer.writeheader()
    writer.writerows(rows)
    return buffer.getvalue()


def outputs(version: Version, locator: Locator, notes: list[str]) -> tuple[str, str]:
    """The expected JSON text and the changes CSV text of a rendered version."""
    new = expected_of(version.new, locator, f"{version.new.stem}.pdf", notes)
    expected = json.dumps(new, indent=2, ensure_ascii=False) + "\n"
    return expected, changes_csv(change_rows(version, old_expected(version), new))


def build(version: Version, work: Path) -> list[str]:
    """Render one version and write its PDF, expected JSON and expected changes; return notes."""
    doc = version.new
    notes: list[str] = []
    pdf_path = VERSIONS_DIR / f"{doc.stem}.pdf"
    locator = Locator(render_pdf(doc, pdf_path, work, notes), doc)
    expected, changes = outputs(version, locator, notes)
    (VERSIONS_DIR / f"{doc.stem}.expected.json").write_text(expected, encoding="utf-8")
    (VERSIONS_DIR / f"{doc.stem}.changes.expected.csv").write_text(changes, encoding="utf-8")
    if not 2 <= locator.page_count <= MAX_PAGES:
        notes.append(f"WARNING: {locator.page_count} pages, outside 2-{MAX_PAGES}")
    kinds: dict[str, int] = {}
    for line in changes.splitlines()[1:]:
        kind = line.split(",", 1)[0]
        kinds[kind] = kinds.get(kind, 0) + 1
    recs = len(json.loads(expected)["recommendations"])
    notes.insert(0, f"{locator.page_count} pages, {recs} recs; changes {kinds}")
    return notes


def verify(version: Version) -> list[str]:
    """Differences between the stored expected files and what the data and PDF give now."""
    doc = version.new
    locator = Locator(VERSIONS_DIR / f"{doc.stem}.pdf", doc)
    expected, changes = outputs(version, locator, [])
    problems = []
    for suffix, text in ((".expected.json", expected), (".changes.expected.csv", changes)):
        path = VERSIONS_DIR / f"{doc.stem}{suffix}"
        if not path.exists() or path.read_text(encoding="utf-8") != text:
            problems.append(f"{path.name} differs")
    return problems


def main(argv: list[str] | None = None) -> int:
    """Build all versions (or the named stems)."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("stems", nargs="*", help="build only these versions")
    parser.add_argument(
        "--verify", action="store_true", help="write nothing: compare the stored expected files"
    )
    args = parser.parse_args(argv)
    chosen = [v for v in VERSIONS if not args.stems or v.new.stem in args.stems]
    if args.stems and len(chosen) != len(args.stems):
        parser.error(f"unknown stem; choose from {[v.new.stem for v in VERSIONS]}")
    if args.verify:
        failed = 0
        for version in chosen:
            problems = verify(version)
            failed += bool(problems)
            print(f"{version.new.stem}: {'differs' if problems else 'unchanged'}")
            for problem in problems:
                print(f"    {problem}")
        return 1 if failed else 0
    VERSIONS_DIR.mkdir(exist_ok=True)
    with tempfile.TemporaryDirectory(prefix="actionplan-versions-") as tmp:
        for version in chosen:
            print(f"{version.new.stem} (from {version.old.stem}.pdf):")
            for note in build(version, Path(tmp)):
                print(f"    {note}")
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
