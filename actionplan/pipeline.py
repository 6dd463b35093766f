"""The pipeline: PDF -> extract -> normalise -> records, one file at a time, failures contained."""

from __future__ import annotations

import traceback
from dataclasses import dataclass, field
from datetime import date
from pathlib import Path

from actionplan.errors import NOT_FOUND
from actionplan.extract.document import sha256_of
from actionplan.extract.errors import classify
from actionplan.extract.scans.ocr import OcrMode, extract_with_ocr
from actionplan.extract.settings import Engine, ExtractSettings
from actionplan.normalise.document import normalise_document
from actionplan.normalise.models import Document
from actionplan.normalise.settings import NormaliseSettings


@dataclass(frozen=True)
class Options:
    """What the user chose for a conversion."""

    dayfirst: bool | None = None
    """None: day-first unless a document's own dates prove month-first."""
    as_of: date = field(default_factory=date.today)
    password: str | None = None
    engine: Engine = "auto"
    """Overrides settings.engine."""
    debug: bool = False
    ocr: OcrMode = "auto"
    """auto, on or off: see extract.ocr.OCR_MODES."""
    ocr_jobs: int = 1
    """Pages OCRed at once within one file."""
    settings: ExtractSettings | None = None
    """The extract stage's tolerances (None: the defaults)."""

    def extract_settings(self) -> ExtractSettings:
        """The extract settings with the chosen engine."""
        return (self.settings or ExtractSettings()).model_copy(update={"engine": self.engine})


def convert(path: str | Path, options: Options) -> Document:
    """The Document for one PDF; a file that cannot be read raises (see convert_file)."""
    path = Path(path)
    extracted = extract_with_ocr(
        path, options.extract_settings(), options.password, options.ocr, options.ocr_jobs
    )
    return normalise_document(
        extracted, NormaliseSettings(dayfirst=options.dayfirst, as_of=options.as_of)
    )


def convert_file(path: str | Path, options: Options) -> Document:
    """The Document for one PDF; a file that cannot be read gives status 'error' and a reason."""
    path = Path(path)
    try:
        return convert(path, options)
    except MemoryError:
        raise  # the worker reports it with its memory cap
    except Exception as err:
        if options.debug:
            traceback.print_exc()
        reason = classify(err, bool(options.password)) or (
            NOT_FOUND if isinstance(err, FileNotFoundError) else internal_error(err)
        )
    try:
        digest = sha256_of(path)
    except OSError:
        digest = ""
    return Document(source_file=path.name, sha256=digest, status="error", message=reason)


def error_detail(err: BaseException) -> str:
    """An exception's type and text on one line, at most 200 characters."""
    return " ".join(f"{type(err).__name__}: {err}".split())[:200]


def internal_error(err: BaseException) -> str:
    """The one line for a failure that is ours, not the file's."""
    return f"internal error ({error_detail(err)}); please report it"
