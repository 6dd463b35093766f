"""The command line: `actionplan convert INPUT... --out DIR`."""

from __future__ import annotations

import argparse
import sys
from datetime import date
from pathlib import Path

from actionplan.pipeline import Options, convert_file, find_inputs
from extract.engines import ENGINES
from normalise.models import Document
from output.csv_writer import write_csvs
from output.json_writer import write_json
from output.tables_writer import write_tables

EXIT_OK, EXIT_FAILED, EXIT_USAGE = 0, 1, 2


def build_parser() -> argparse.ArgumentParser:
    """Arguments of every subcommand."""
    parser = argparse.ArgumentParser(
        prog="actionplan", description="Turn published action-plan PDFs into structured data."
    )
    sub = parser.add_subparsers(dest="command", required=True)
    convert = sub.add_parser("convert", help="convert PDFs into CSV and JSON")
    convert.add_argument(
        "inputs", nargs="+", type=Path, metavar="INPUT", help="PDF files or folders"
    )
    convert.add_argument("--out", "-o", type=Path, required=True, help="output folder")
    convert.add_argument(
        "--date-order",
        choices=("dmy", "mdy"),
        help="how to read 04/05/2016 (default: day-first, unless a document's own dates prove "
        "month-first)",
    )
    convert.add_argument(
        "--as-of",
        type=iso_date,
        default=date.today(),
        metavar="YYYY-MM-DD",
        help="the day 'overdue' is judged on (default: today)",
    )
    convert.add_argument(
        "--engine",
        choices=ENGINES,
        default="auto",
        help="who finds table grids: auto (default), pdfplumber or camelot",
    )
    convert.add_argument("--password", help="password for encrypted PDFs")
    convert.add_argument("--quiet", "-q", action="store_true", help="no per-file lines on stderr")
    convert.add_argument("--debug", action="store_true", help="show tracebacks of failures")
    return parser


def iso_date(text: str) -> date:
    """An argparse type: YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from err


def describe(doc: Document) -> str:
    """The one-line report for a file."""
    if doc.status == "error":
        return f"{doc.source_file}: error: {doc.message}"
    line = (
        f"{doc.source_file}: {doc.pages} pages, {len(doc.plans)} plans, "
        f"{doc.recommendation_count} recommendations"
    )
    return f"{line} ({doc.message})" if doc.message else line


def run_convert(args: argparse.Namespace) -> int:
    """Convert every input, write the outputs, and say what happened."""
    paths = find_inputs(args.inputs)
    missing = [p for p in paths if not p.exists()]
    for p in missing:
        print(f"actionplan: {p}: no such file", file=sys.stderr)
    paths = [p for p in paths if p.exists()]
    if not paths:
        print("actionplan: no PDF files found in the inputs", file=sys.stderr)
        return EXIT_USAGE
    options = Options(
        dayfirst=None if args.date_order is None else args.date_order == "dmy",
        as_of=args.as_of,
        password=args.password,
        debug=args.debug,
        engine=args.engine,
    )
    docs = []
    for path in paths:
        doc = convert_file(path, options)
        docs.append(doc)
        if not args.quiet or doc.status == "error":
            print(describe(doc), file=sys.stderr)
    write_csvs(docs, args.out)
    write_json(docs, args.out)
    write_tables(docs, args.out)
    failed = bool(missing) or any(d.status == "error" for d in docs)
    return EXIT_FAILED if failed else EXIT_OK


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script."""
    args = build_parser().parse_args(argv)
    try:
        return run_convert(args)
    except KeyboardInterrupt:
        print("actionplan: interrupted", file=sys.stderr)
        return 130


if __name__ == "__main__":
    sys.exit(main())
