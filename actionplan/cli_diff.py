"""`actionplan diff OLD NEW --out DIR`: what changed between two versions of a plan."""

from __future__ import annotations

import argparse
import sys
from collections import Counter
from pathlib import Path

from actionplan.cli_args import add_reading, reading_of
from actionplan.collect import Collected, collect
from actionplan.inputs import display
from actionplan.output.errors import reason

EXIT_OK, EXIT_FAILED = 0, 1


def add_diff(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The diff command's arguments."""
    diff = sub.add_parser(
        "diff",
        help="what changed between two versions of a plan: changes.csv",
        description="Match the recommendations of two versions of a plan (by case reference and "
        "title, then rec_id, then text) and write DIR/changes.csv: added, removed, status, RAG, "
        "target date (with the slip in days), new dated updates, text changed.",
    )
    diff.add_argument(
        "old",
        type=Path,
        metavar="OLD",
        help="the earlier version: a PDF, an output folder or a plans.sqlite",
    )
    diff.add_argument("new", type=Path, metavar="NEW", help="the later version, likewise")
    diff.add_argument("--out", "-o", type=Path, required=True, help="output folder")
    add_reading(diff)
    diff.add_argument(
        "--raw-csv", action="store_true", help="CSV cells exactly as read (formulas included)"
    )
    diff.add_argument("--quiet", "-q", action="store_true", help="only errors on stderr")
    diff.add_argument("--debug", action="store_true", help="show tracebacks of failures")


def read_side(path: Path, args: argparse.Namespace) -> Collected:
    """One version's documents; each failure said in one line on stderr."""
    options, settings = reading_of(args, 1)
    side = collect([path], options, settings)
    for problem in side.problems:
        print(f"actionplan: {problem}", file=sys.stderr)
    for doc in side.documents:
        if doc.status == "error":
            print(f"actionplan: {display(doc.source_file)}: error: {doc.message}", file=sys.stderr)
    return side


def run_diff(args: argparse.Namespace) -> int:
    """Compare the two versions and write changes.csv."""
    # scikit-learn takes a second to import: only the commands that compare texts load it.
    from actionplan.compare.changes import KINDS, changes
    from actionplan.compare.matching import match_plans
    from actionplan.output.changes_writer import write_changes

    old, new = read_side(args.old, args), read_side(args.new, args)
    old_plans = [(d.source_file, p) for d in old.documents for p in d.plans]
    new_plans = [(d.source_file, p) for d in new.documents for p in d.plans]
    for name, side, plans in (("OLD", args.old, old_plans), ("NEW", args.new, new_plans)):
        if not plans:
            print(f"actionplan: {display(side)} ({name}): no plan to compare", file=sys.stderr)
            return EXIT_FAILED
    found = changes(match_plans(old_plans, new_plans))
    try:
        args.out.mkdir(parents=True, exist_ok=True)
        path = write_changes(found, args.out, raw=args.raw_csv)
    except OSError as err:
        print(f"actionplan: {display(args.out)}: {reason(err)}", file=sys.stderr)
        return EXIT_FAILED
    if not args.quiet:
        counts = Counter(c.change for c in found)
        parts = [f"{counts[k]} {k}" for k in KINDS if counts[k]]
        print(
            f"{len(found)} changes ({', '.join(parts) or 'none'}) -> {display(path)}",
            file=sys.stderr,
        )
    failed = (
        old.problems
        or new.problems
        or any(d.status == "error" for d in old.documents + new.documents)
    )
    return EXIT_FAILED if failed else EXIT_OK
