"""`actionplan report INPUT... --out DIR`: what many plans say together, as report.html."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from actionplan import __version__
from actionplan.cli_args import add_reading, reading_of
from actionplan.collect import collect
from actionplan.compare.thresholds import RECURRING_THRESHOLD
from actionplan.inputs import display
from actionplan.normalise.themes import compile_taxonomy
from actionplan.output.errors import reason
from actionplan.taxonomy import TaxonomyError, chosen_themes, load_taxonomy

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def similarity_threshold(text: str) -> float:
    """An argparse type: a similarity between 0 and 1."""
    try:
        value = float(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"not a number: {text!r}") from err
    if not 0 < value <= 1:
        raise argparse.ArgumentTypeError(f"must be above 0 and at most 1: {text!r}")
    return value


def add_report(sub: argparse._SubParsersAction[argparse.ArgumentParser]) -> None:
    """The report command's arguments."""
    report = sub.add_parser(
        "report",
        help="one HTML report across many plans: agencies, dates, recurring recommendations, "
        "themes, slippage",
        description="Read PDFs (converted here) or what convert wrote (output folders, "
        "plans.sqlite) and write DIR/report.html with a CSV of every figure.",
    )
    report.add_argument(
        "inputs",
        nargs="+",
        type=Path,
        metavar="INPUT",
        help="PDF files or folders, output folders of convert, or plans.sqlite files",
    )
    report.add_argument("--out", "-o", type=Path, required=True, help="output folder")
    report.add_argument(
        "--themes",
        type=Path,
        metavar="FILE",
        help="a taxonomy TOML file (theme -> phrases) instead of the default one",
    )
    report.add_argument(
        "--similarity",
        type=similarity_threshold,
        default=RECURRING_THRESHOLD,
        metavar="X",
        help=f"how alike two recommendations' texts must be to recur (TF-IDF cosine, 0-1; "
        f"default {RECURRING_THRESHOLD})",
    )
    add_reading(report)
    report.add_argument("--quiet", "-q", action="store_true", help="only errors on stderr")
    report.add_argument("--debug", action="store_true", help="show tracebacks of failures")


def run_report(args: argparse.Namespace) -> int:
    """Gather the documents, then write the report."""
    # scikit-learn and matplotlib take seconds to import: only the report loads them.
    from actionplan.report.records import report_data
    from actionplan.report.write import write_report

    try:
        themes = chosen_themes(args.themes) or compile_taxonomy(load_taxonomy())
    except TaxonomyError as err:
        print(f"actionplan: {display(str(err))}", file=sys.stderr)
        return EXIT_USAGE
    options, settings = reading_of(args, len(args.inputs))
    gathered = collect(args.inputs, options, settings)
    for problem in gathered.problems:
        print(f"actionplan: {problem}", file=sys.stderr)
    failed = [d for d in gathered.documents if d.status == "error"]
    for doc in failed:
        print(f"actionplan: {display(doc.source_file)}: error: {doc.message}", file=sys.stderr)
    if not any(d.plans for d in gathered.documents):
        print("actionplan: no plan found in the inputs; no report written", file=sys.stderr)
        return EXIT_FAILED
    data = report_data(gathered.documents, args.as_of, themes, args.similarity)
    meta = (
        f"As of {args.as_of.isoformat()} · {len(gathered.documents)} documents · "
        f"{len(data.records)} recommendations · actionplan {__version__}"
    )
    try:
        path = write_report(data, args.out, "Action plans: report", meta)
    except OSError as err:
        print(f"actionplan: {display(args.out)}: {reason(err)}", file=sys.stderr)
        return EXIT_FAILED
    if not args.quiet:
        print(
            f"{data.records['review'].nunique()} reviews, {len(data.histories)} plans, "
            f"{len(data.records)} recommendations, {len(data.groups)} recurring groups -> "
            f"{display(path)}",
            file=sys.stderr,
        )
    return EXIT_FAILED if failed or gathered.problems else EXIT_OK
