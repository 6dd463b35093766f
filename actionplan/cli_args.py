"""Command-line arguments shared by the commands that read PDFs (convert, report, diff,
inspect), and the Options and BatchSettings they stand for."""

from __future__ import annotations

import argparse
import os
from datetime import date

from actionplan.batch import BatchSettings
from actionplan.extract.grids.engines import ENGINES
from actionplan.extract.scans.ocr import OCR_MODES
from actionplan.pipeline import Options


def add_reading(command: argparse.ArgumentParser) -> None:
    """How PDFs are read and the limits each runs under: for every command that converts."""
    command.add_argument(
        "--date-order",
        choices=("dmy", "mdy"),
        help="how to read 04/05/2016 (default: day-first, unless a document's own dates prove "
        "month-first)",
    )
    command.add_argument(
        "--as-of",
        type=iso_date,
        default=date.today(),
        metavar="YYYY-MM-DD",
        help="the day 'overdue' is judged on (default: today)",
    )
    command.add_argument(
        "--engine",
        choices=ENGINES,
        default="auto",
        help="who finds table grids: auto (default), pdfplumber or camelot",
    )
    command.add_argument("--password", help="password for encrypted PDFs")
    command.add_argument(
        "--ocr",
        choices=OCR_MODES,
        nargs="?",
        const="on",
        default="auto",
        help="read scanned pages by OCR (Tesseract): auto (default: when the tools are "
        "installed), on (--ocr alone: fail a scan when they are not) or off",
    )
    command.add_argument(
        "--jobs",
        "-j",
        type=positive_int,
        default=os.cpu_count() or 1,
        help="worker processes (default: the number of cores)",
    )
    add_limits(command)


def add_limits(command: argparse.ArgumentParser) -> None:
    """--timeout and --max-memory: the limits each file runs under, for convert and inspect."""
    command.add_argument(
        "--timeout", type=float, default=300.0, help="seconds one file may take (default 300)"
    )
    command.add_argument(
        "--max-memory",
        type=positive_int,
        default=2048,
        metavar="MB",
        help="memory cap of the worker converting a file, in MB (default 2048)",
    )


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


def reading_of(args: argparse.Namespace, files: int) -> tuple[Options, BatchSettings]:
    """The conversion options and batch settings the arguments of add_reading ask for."""
    options = Options(
        dayfirst=None if args.date_order is None else args.date_order == "dmy",
        as_of=args.as_of,
        password=args.password,
        debug=args.debug,
        engine=args.engine,
        ocr=args.ocr,
        # Cores left over by the file workers OCR a file's pages in parallel.
        ocr_jobs=max(1, (os.cpu_count() or 1) // max(1, min(args.jobs, files or 1))),
    )
    settings = BatchSettings(jobs=args.jobs, timeout=args.timeout, memory_mb=args.max_memory)
    return options, settings
