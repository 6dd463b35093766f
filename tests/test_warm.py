"""actionplan.warm: a slow import a worker needed is taken on by the batch's parent once, and a
worker's memory cap still leaves a file the room it had."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from tests.conftest import ROOT, SAMPLES

NEEDS_CAMELOT = ROOT / "tests" / "real_corpus" / "intel_5_level_paging_bit_field_tables_2017.pdf"
"""A real file whose ruling lines leave text outside every cell: camelot's lattice is tried."""
PLAIN = SAMPLES / "seed_bdhr_2013_14_02.pdf"


def in_fresh_python(code: str) -> str:
    """What the code prints, run by a new interpreter (camelot not yet imported)."""
    proc = subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)],
        capture_output=True,
        text=True,
        check=True,
        cwd=ROOT,
    )
    return proc.stdout.strip()


def batch_code(*pdfs: str) -> str:
    files = ", ".join(f"InputFile(Path({pdf!r}), {pdf!r})" for pdf in pdfs)
    return f"""
        import sys
        from pathlib import Path
        from actionplan.batch import BatchSettings, iter_batch
        from actionplan.inputs import InputFile
        from actionplan.pipeline import Options
        docs = [doc for _, doc in iter_batch([{files}], Options(ocr="off"), BatchSettings())]
        print(" ".join(doc.status for doc in docs), "camelot" in sys.modules)
    """


def test_the_parent_takes_on_camelot_once_a_worker_needed_it() -> None:
    out = in_fresh_python(batch_code(str(NEEDS_CAMELOT), str(PLAIN)))
    assert out.endswith("True")
    assert "error" not in out


def test_a_batch_that_never_needs_camelot_does_not_import_it() -> None:
    assert in_fresh_python(batch_code(str(PLAIN))).endswith("False")


def test_a_worker_keeps_its_room_under_the_cap_after_the_parent_took_on_camelot() -> None:
    # 200 MB fits a 400 MB cap in a fresh worker; camelot's ~700 MB of address space, inherited,
    # would leave it none, had the cap not been raised by what the parent took on.
    out = in_fresh_python(
        """
        from multiprocessing.connection import wait
        from actionplan import warm
        from actionplan.worker import Limits, start

        def run(limits):
            child = start(lambda: len(bytearray(200 * 1024**2)), limits)
            try:
                while (outcome := child.outcome()) is None:
                    wait(child.waitables(), 0.1)
            finally:
                child.close()
            return outcome[0]

        inherited = warm.take_on(["camelot"])
        print(inherited > 200, run(Limits(30, 400)), run(Limits(30, 400, inherited)))
        """
    )
    assert out == "True False True"


def test_only_warmable_libraries_are_taken_on() -> None:
    assert (
        in_fresh_python(
            """
        import sys
        from actionplan import warm
        print(warm.take_on(["json", "email.mime"]), "email.mime" in sys.modules, warm.loaded())
        """
        )
        == "0.0 False ()"
    )


def test_a_reader_that_cannot_be_loaded_ahead_is_left_to_each_file(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from actionplan.extract.parsing import parse_pages, parse_pdfium

    def broken() -> None:
        raise OSError("libpdfium.so: cannot open shared object file")

    monkeypatch.setattr(parse_pdfium, "native", broken)
    parse_pages.load_parser("auto")  # no exception: the batch goes on to read the files
    with pytest.raises(ValueError, match="unknown parser"):
        parse_pages.load_parser("lexer")
