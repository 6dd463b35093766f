"""The command line: `actionplan convert INPUT... --out DIR`."""

from __future__ import annotations

import argparse
import json
import logging
import os
import signal
import sys
import warnings
from datetime import date
from pathlib import Path

from actionplan.batch import BatchSettings, Interrupted, run_batch
from actionplan.inspect import inspect_pdf
from actionplan.pipeline import Options, find_inputs, internal_error
from actionplan.progress import Reporter
from actionplan.resume import done_hashes, merge, previous_documents
from extract.document import sha256_of
from extract.engines import ENGINES
from extract.errors import classify
from extract.ocr import OCR_MODES
from normalise.models import Document
from output.formats import DEFAULT_FORMATS, FORMATS, json_schema, parse_formats, write_outputs
from output.sqlite_writer import IncompatibleDatabase
from output.tables_writer import write_tables

EXIT_OK, EXIT_FAILED, EXIT_USAGE, EXIT_INTERRUPTED = 0, 1, 2, 130


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
    convert.add_argument(
        "--ocr",
        choices=OCR_MODES,
        nargs="?",
        const="on",
        default="auto",
        help="read scanned pages by OCR (Tesseract): auto (default: when the tools are "
        "installed), on (--ocr alone: fail a scan when they are not) or off",
    )
    convert.add_argument(
        "--jobs",
        "-j",
        type=positive_int,
        default=os.cpu_count() or 1,
        help="worker processes (default: the number of cores)",
    )
    convert.add_argument(
        "--timeout", type=float, default=300.0, help="seconds one file may take (default 300)"
    )
    convert.add_argument(
        "--max-memory",
        type=positive_int,
        default=2048,
        metavar="MB",
        help="memory cap of each worker in MB (default 2048)",
    )
    convert.add_argument(
        "--resume",
        action="store_true",
        help="skip files DIR/documents.csv records as converted, and merge new results in",
    )
    convert.add_argument(
        "--format",
        "-f",
        action="append",
        default=[],
        metavar="LIST",
        help=f"output formats, comma-separated or repeated: {', '.join(FORMATS)} "
        f"(default: {','.join(DEFAULT_FORMATS)}; --resume always keeps json)",
    )
    convert.add_argument(
        "--excel", action="store_true", help="CSVs with a UTF-8 byte-order mark, for Excel"
    )
    convert.add_argument("--quiet", "-q", action="store_true", help="only errors on stderr")
    convert.add_argument(
        "--verbose", "-v", action="store_true", help="a line per file instead of a progress bar"
    )
    convert.add_argument("--debug", action="store_true", help="show tracebacks of failures")
    sub.add_parser("schema", help="print the JSON Schema of plans.json")
    inspect = sub.add_parser(
        "inspect", help="draw what was detected over each page, with an index.html beside it"
    )
    inspect.add_argument("pdf", type=Path, metavar="FILE.pdf")
    inspect.add_argument("--out", "-o", type=Path, required=True, help="output folder")
    inspect.add_argument("--engine", choices=ENGINES, default="auto")
    inspect.add_argument("--password", help="password for an encrypted PDF")
    inspect.add_argument(
        "--resolution", type=positive_int, default=96, help="dots per inch of the page images"
    )
    return parser


def positive_int(text: str) -> int:
    """An argparse type: a whole number of at least 1."""
    try:
        value = int(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"not a whole number: {text!r}") from err
    if value < 1:
        raise argparse.ArgumentTypeError(f"must be at least 1: {text!r}")
    return value


def iso_date(text: str) -> date:
    """An argparse type: YYYY-MM-DD."""
    try:
        return date.fromisoformat(text)
    except ValueError as err:
        raise argparse.ArgumentTypeError(f"not a date in YYYY-MM-DD form: {text!r}") from err


def run_convert(args: argparse.Namespace) -> int:
    """Convert every input, write the outputs, and say what happened."""
    try:
        formats = parse_formats(args.format)
    except ValueError as err:
        print(f"actionplan: {err}", file=sys.stderr)
        return EXIT_USAGE
    if args.resume and "json" not in formats:
        formats = (*formats, "json")  # plans.json is what --resume reads back
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
        ocr=args.ocr,
        # Cores left over by the file workers OCR a file's pages in parallel.
        ocr_jobs=max(1, (os.cpu_count() or 1) // max(1, min(args.jobs, len(paths)))),
    )
    previous: list[Document] = []
    skipped = 0
    if args.resume:
        previous = previous_documents(args.out)
        done = done_hashes(previous)
        todo = [p for p in paths if sha256_of(p) not in done]
        skipped, paths = len(paths) - len(todo), todo
    settings = BatchSettings(jobs=args.jobs, timeout=args.timeout, memory_mb=args.max_memory)
    reporter = Reporter(len(paths), args.quiet, args.verbose)
    interrupted = False
    try:
        docs = run_batch(paths, options, settings, reporter.done)
    except Interrupted as stop:
        docs, interrupted = stop.done, True
    finally:
        reporter.close()
    try:
        write_outputs(merge(previous, docs), args.out, formats, excel_bom=args.excel)
    except IncompatibleDatabase as err:
        print(f"actionplan: {args.out / 'plans.sqlite'}: {err}", file=sys.stderr)
        return EXIT_FAILED
    write_tables(docs, args.out, excel_bom=args.excel)
    if interrupted:
        print(f"actionplan: interrupted; {len(docs)} finished files written", file=sys.stderr)
        return EXIT_INTERRUPTED
    if not args.quiet:
        print(reporter.summary(docs, skipped), file=sys.stderr)
    failed = bool(missing) or any(d.status == "error" for d in docs)
    return EXIT_FAILED if failed else EXIT_OK


def run_inspect(args: argparse.Namespace) -> int:
    """Write the page images and index.html for one PDF; print the index's path."""
    if not args.pdf.is_file():
        print(f"actionplan: {args.pdf}: no such file", file=sys.stderr)
        return EXIT_USAGE
    try:
        index = inspect_pdf(
            args.pdf,
            args.out,
            engine=args.engine,
            password=args.password,
            resolution=args.resolution,
        )
    except Exception as err:
        reason = classify(err, bool(args.password)) or internal_error(err)
        print(f"actionplan: {args.pdf.name}: error: {reason}", file=sys.stderr)
        return EXIT_FAILED
    print(index)
    return EXIT_OK


def quiet_libraries() -> None:
    """Keep the PDF libraries' own warnings ("MediaBox missing ...") off stderr, where each
    file gets one line; --debug shows them."""
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    logging.getLogger("pdfplumber").setLevel(logging.ERROR)
    logging.getLogger("camelot").setLevel(logging.ERROR)
    warnings.simplefilter("ignore")


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script."""
    args = build_parser().parse_args(argv)
    # Ctrl-C must stop a batch cleanly even when started where SIGINT was ignored (a
    # background job inherits that, and Python then installs no handler of its own).
    signal.signal(signal.SIGINT, signal.default_int_handler)
    if not getattr(args, "debug", False):
        quiet_libraries()
    if args.command == "schema":
        try:
            print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
        except BrokenPipeError:
            # `actionplan schema | head` closed the pipe early: not an error.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    if args.command == "inspect":
        return run_inspect(args)
    try:
        return run_convert(args)
    except KeyboardInterrupt:
        print("actionplan: interrupted", file=sys.stderr)
        return EXIT_INTERRUPTED


if __name__ == "__main__":
    sys.exit(main())
