"""The command line: `actionplan convert INPUT... --out DIR`, and report, diff, inspect, schema."""

from __future__ import annotations

import argparse
import json
import logging
import os
import sys
import warnings
from functools import partial
from multiprocessing.connection import wait
from pathlib import Path

from actionplan.batch import run_batch
from actionplan.cli_args import add_limits, add_reading, positive_int, reading_of
from actionplan.cli_diff import add_diff, run_diff
from actionplan.cli_report import add_report, run_report
from actionplan.extract.document import sha256_of
from actionplan.extract.errors import classify
from actionplan.extract.grids.engines import ENGINES
from actionplan.inputs import InputFile, display, find_inputs, not_regular
from actionplan.normalise.models import Document
from actionplan.normalise.themes import CompiledTheme
from actionplan.output.errors import OutputError, reason
from actionplan.output.formats import DEFAULT_FORMATS, FORMATS, Format, json_schema, parse_formats
from actionplan.output.publish import stage
from actionplan.pipeline import internal_error
from actionplan.progress import Reporter
from actionplan.signals import Stopped, handle_stops, held
from actionplan.taxonomy import TaxonomyError, chosen_themes
from actionplan.worker import Limits, start
from actionplan.workspace import Workspace, open_workspace

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
    add_reading(convert)
    convert.add_argument(
        "--resume",
        action="store_true",
        help="keep what earlier runs into DIR converted (its journal), convert only the files "
        "not done yet (new, changed or failed), and write every output for them all",
    )
    convert.add_argument(
        "--format",
        "-f",
        action="append",
        default=[],
        metavar="LIST",
        help=f"output formats, comma-separated or repeated: {', '.join(FORMATS)} "
        f"(default: {','.join(DEFAULT_FORMATS)})",
    )
    convert.add_argument(
        "--excel", action="store_true", help="CSVs with a UTF-8 byte-order mark, for Excel"
    )
    convert.add_argument(
        "--themes",
        type=Path,
        metavar="FILE",
        help="a taxonomy TOML file (theme -> phrases; 'default' for the one actionplan ships): "
        "recommendations.csv gets a themes column",
    )
    convert.add_argument(
        "--raw-csv",
        action="store_true",
        help="CSV cells exactly as read: by default a cell starting with = + - @ (which a "
        "spreadsheet would run as a formula) gets a leading '",
    )
    convert.add_argument("--quiet", "-q", action="store_true", help="only errors on stderr")
    convert.add_argument(
        "--verbose", "-v", action="store_true", help="a line per file instead of a progress bar"
    )
    convert.add_argument("--debug", action="store_true", help="show tracebacks of failures")
    add_report(sub)
    add_diff(sub)
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
    add_limits(inspect)
    return parser


def run_convert(args: argparse.Namespace) -> int:
    """Convert every input into the output folder, and say what happened."""
    try:
        formats = parse_formats(args.format)
    except ValueError as err:
        print(f"actionplan: {err}", file=sys.stderr)
        return EXIT_USAGE
    try:
        themes = chosen_themes(args.themes)
    except TaxonomyError as err:
        print(f"actionplan: {display(str(err))}", file=sys.stderr)
        return EXIT_USAGE
    inputs = find_inputs(args.inputs)
    for path in inputs.missing:
        print(f"actionplan: {display(path)}: no such file", file=sys.stderr)
    if not inputs.files:
        print("actionplan: no PDF files found in the inputs", file=sys.stderr)
        return EXIT_USAGE
    try:
        workspace = open_workspace(args.out, fresh=not args.resume, sqlite="sqlite" in formats)
    except OutputError as err:
        print(f"actionplan: {display(str(err))}", file=sys.stderr)
        return EXIT_FAILED
    try:
        code = convert_into(workspace, inputs.files, formats, args, themes)
    finally:
        workspace.close()
    return EXIT_FAILED if code == EXIT_OK and inputs.missing else code


def convert_into(
    workspace: Workspace,
    files: list[InputFile],
    formats: tuple[Format, ...],
    args: argparse.Namespace,
    themes: list[CompiledTheme] | None = None,
) -> int:
    """Convert the files not yet done, journal each result as it comes, then write every format
    from the journal."""
    journal = workspace.journal
    if journal.damaged:
        print(
            f"actionplan: {display(journal.path)}: {journal.damaged} damaged entries skipped; "
            "their files are converted again",
            file=sys.stderr,
        )
    refused = {f: why for f in files if (why := not_regular(f.path))}
    todo = [f for f in files if f not in refused]
    skipped = 0
    if args.resume:
        todo = [f for f in todo if not journal.done(f.name, sha256_of(f.path))]
        skipped = len(files) - len(refused) - len(todo)
    options, settings = reading_of(args, len(todo))
    reporter = Reporter(len(todo) + len(refused), args.quiet, args.verbose)
    new: list[Document] = []

    def record(doc: Document) -> None:
        try:
            journal.append(doc)
        except OSError as err:
            raise OutputError(journal.path, reason(err)) from err
        new.append(doc)
        reporter.done(doc)

    stop: KeyboardInterrupt | None = None
    try:
        for file, why in refused.items():
            record(
                Document(
                    source_file=file.name,
                    source_path=display(file.path),
                    status="error",
                    message=why,
                )
            )
        run_batch(todo, options, settings, record)
    except KeyboardInterrupt as err:
        stop = err
    except OutputError as err:
        reporter.close()
        return write_failed(err, len(new))
    finally:
        reporter.close()
    try:
        publish(workspace, formats, args, themes)
    except OutputError as err:
        return write_failed(err, len(new))
    except KeyboardInterrupt as err:
        print(
            f"actionplan: interrupted while writing the outputs; {len(new)} finished files are "
            "kept in the output folder's journal: run again with --resume to write them",
            file=sys.stderr,
        )
        return stop_code(err)
    if stop is not None:
        print(f"actionplan: interrupted; {len(new)} finished files written", file=sys.stderr)
        return stop_code(stop)
    if not args.quiet:
        print(reporter.summary(new, skipped), file=sys.stderr)
    return EXIT_FAILED if any(d.status == "error" for d in new) else EXIT_OK


def publish(
    workspace: Workspace,
    formats: tuple[Format, ...],
    args: argparse.Namespace,
    themes: list[CompiledTheme] | None = None,
) -> None:
    """Write every format from the journal: staged, then put in place with stop signals held
    back, so that the formats never disagree; then compact the journal."""
    staged = stage(
        workspace.journal.results(),
        workspace.out,
        workspace.staging(),
        formats,
        excel_bom=args.excel,
        raw_csv=args.raw_csv,
        themes=themes,
    )
    try:
        with held():
            staged.commit()
    finally:
        staged.discard()
    try:
        workspace.journal.compact()
    except OSError as err:
        raise OutputError(workspace.journal.path, reason(err)) from err


def write_failed(err: OutputError, finished: int) -> int:
    """Report an output that could not be written; the journal keeps what was done."""
    print(
        f"actionplan: {display(str(err))}; {finished} finished files are kept in the output "
        "folder's journal: run again with --resume",
        file=sys.stderr,
    )
    return EXIT_FAILED


def stop_code(stop: KeyboardInterrupt) -> int:
    """The exit code after a stop: 128 + the signal's number, as shells report it."""
    return 128 + stop.signum if isinstance(stop, Stopped) else EXIT_INTERRUPTED


def inspect_job(args: argparse.Namespace) -> tuple[bool, str]:
    """In a worker: (True, the index's path) or (False, why the file could not be drawn)."""
    # Pillow's drawing and fonts are for inspect alone: convert does not load them.
    from actionplan.inspect import inspect_pdf

    try:
        index = inspect_pdf(
            args.pdf,
            args.out,
            engine=args.engine,
            password=args.password,
            resolution=args.resolution,
        )
    except MemoryError:
        raise  # the worker reports it with its memory cap
    except Exception as err:
        return False, classify(err, bool(args.password)) or internal_error(err)
    return True, str(index)


def run_inspect(args: argparse.Namespace) -> int:
    """Write the page images and index.html for one PDF, in a worker under the same limits as a
    convert's; print the index's path."""
    name = display(args.pdf)
    if not args.pdf.exists():
        print(f"actionplan: {name}: no such file", file=sys.stderr)
        return EXIT_USAGE
    why = not_regular(args.pdf)
    if why is None:
        child = start(partial(inspect_job, args), Limits(args.timeout, args.max_memory))
        try:
            while (outcome := child.outcome()) is None:
                wait(child.waitables(), 0.2)
        finally:
            child.close()
        ok, result = outcome
        if not ok:
            why = result
        else:
            done, why = result
            if done:
                print(display(why))
                return EXIT_OK
    print(f"actionplan: {name}: error: {why}", file=sys.stderr)
    return EXIT_FAILED


def quiet_libraries() -> None:
    """Keep the PDF libraries' own warnings ("MediaBox missing ...") off stderr, where each
    file gets one line, and the extract stage's note that PDFium failed on a file and pdfminer
    read it again (documents.csv counts it in parser_fallbacks); --debug shows them."""
    logging.getLogger("actionplan.extract.document").setLevel(logging.ERROR)
    logging.getLogger("pdfminer").setLevel(logging.ERROR)
    logging.getLogger("pdfplumber").setLevel(logging.ERROR)
    logging.getLogger("camelot").setLevel(logging.ERROR)
    warnings.simplefilter("ignore")


def main(argv: list[str] | None = None) -> int:
    """Entry point of the console script."""
    args = build_parser().parse_args(argv)
    handle_stops()
    if not getattr(args, "debug", False):
        quiet_libraries()
    if args.command == "schema":
        try:
            print(json.dumps(json_schema(), indent=2, ensure_ascii=False))
        except BrokenPipeError:
            # `actionplan schema | head` closed the pipe early: not an error.
            os.dup2(os.open(os.devnull, os.O_WRONLY), sys.stdout.fileno())
        return EXIT_OK
    try:
        if args.command == "inspect":
            return run_inspect(args)
        if args.command == "diff":
            return run_diff(args)
        if args.command == "report":
            return run_report(args)
        return run_convert(args)
    except KeyboardInterrupt as stop:
        print("actionplan: interrupted", file=sys.stderr)
        return stop_code(stop)


if __name__ == "__main__":
    sys.exit(main())
