"""What a batch tells the user on stderr: a progress bar on a terminal, else a line per file."""

from __future__ import annotations

import sys
import time
from typing import TextIO

from tqdm import tqdm

from actionplan.normalise.models import Document

HINTS = (
    ("a password is needed", "pass --password"),
    ("): needs OCR", "rerun with --ocr auto"),
    ("ran out of memory", "raise --max-memory"),
    ("may have run out of memory, worker cap", "raise --max-memory"),
    ("timed out after", "raise --timeout"),
    ("internal error (", "rerun with --debug to see where"),
)
"""What the user can do about a failure, in the CLI's own terms (the library's messages name
no flags): words in the message -> hint."""


def describe(doc: Document) -> str:
    """The one-line report for a file."""
    if doc.status == "error":
        hint = next((h for words, h in HINTS if words in doc.message), None)
        return f"{doc.source_file}: error: {doc.message}" + (f" ({hint})" if hint else "")
    line = (
        f"{doc.source_file}: {doc.pages} pages, {len(doc.plans)} plans, "
        f"{doc.recommendation_count} recommendations"
    )
    if doc.message:
        line = f"{line} ({doc.message})"
    if doc.text_coverage is not None and doc.text_coverage < 1:
        pages = ", ".join(map(str, doc.uncovered_pages))
        line += (
            f"; warning: text coverage {doc.text_coverage:.1%}, table text on page(s) {pages} "
            "is not in the output"
        )
    if doc.warnings:
        # Rows that may be merged lose no text, so coverage stays 1.0: say so here instead.
        line += f"; warning: {'; '.join(doc.warnings)}"
    return line


class Reporter:
    """Reports each finished file: a tqdm bar (files, pages, current file, ETA) when stderr is
    a terminal and the user asked for neither --quiet nor --verbose; otherwise one line per
    file (only errors with --quiet)."""

    def __init__(self, total: int, quiet: bool, verbose: bool, stream: TextIO = sys.stderr):
        self.stream = stream
        self.quiet = quiet
        self.pages = 0
        self.started = time.monotonic()
        use_bar = stream.isatty() and not quiet and not verbose
        self.bar = (
            tqdm(total=total, unit="file", file=stream, dynamic_ncols=True) if use_bar else None
        )

    def done(self, doc: Document) -> None:
        """One file finished."""
        self.pages += doc.pages
        if self.bar is not None:
            self.bar.set_postfix_str(f"{self.pages} pages, last: {doc.source_file}", refresh=False)
            self.bar.update(1)
            if doc.status == "error":
                self.bar.write(describe(doc), file=self.stream)
        elif not self.quiet or doc.status == "error":
            print(describe(doc), file=self.stream, flush=True)

    def close(self) -> None:
        """Remove the bar."""
        if self.bar is not None:
            self.bar.close()

    def summary(self, docs: list[Document], skipped: int) -> str:
        """The closing line: files by outcome, pages, plans, recommendations, time."""
        count = {s: sum(d.status == s for d in docs) for s in ("ok", "no_tables", "error")}
        parts = [
            f"{count['ok']} ok",
            f"{count['no_tables']} without plan tables",
            f"{count['error']} failed",
        ]
        if skipped:
            parts.append(f"{skipped} already done (--resume)")
        pages = sum(d.pages for d in docs)
        plans = sum(len(d.plans) for d in docs)
        recs = sum(d.recommendation_count for d in docs)
        elapsed = time.monotonic() - self.started
        return (
            f"actionplan: {', '.join(parts)}; {pages} pages, {plans} plans, "
            f"{recs} recommendations in {elapsed:.1f} s"
        )
