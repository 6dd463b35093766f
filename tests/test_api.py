"""The Python API (issue 18): actionplan.read_pdf on every kind of source, its typed errors,
read_many in input order on the CLI's workers and on a Dask cluster, the DataFrames, and the
validated settings."""

from __future__ import annotations

import io
from collections.abc import Callable
from pathlib import Path

import pytest
from pydantic import ValidationError

import actionplan
from actionplan import errors
from actionplan.output.rows import recommendation_rows
from tests.conftest import SAMPLES, read_csv, run_cli
from tests.robustness import make_inputs

SAMPLE = SAMPLES / "dhr_2019_04_northshire.pdf"
OTHER = SAMPLES / "sar_2016_02_home_office.pdf"


def as_csv(doc: actionplan.Document) -> list[dict[str, str]]:
    """The document's recommendation rows as the CSV writes them, less the file's name."""
    return [
        {k: str(v) for k, v in row.items() if k != "source_file"}
        for row in recommendation_rows(doc)
    ]


@pytest.fixture(scope="module")
def cli_rows(tmp_path_factory: pytest.TempPathFactory) -> list[dict[str, str]]:
    """recommendations.csv of the CLI on the sample, less the file's name."""
    out = tmp_path_factory.mktemp("cli")
    proc = run_cli("convert", str(SAMPLE), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    rows = read_csv(out / "recommendations.csv")
    assert rows
    return [{k: v for k, v in row.items() if k != "source_file"} for row in rows]


SOURCES: dict[str, Callable[[], object]] = {
    "str": lambda: str(SAMPLE),
    "path": lambda: SAMPLE,
    "bytes": SAMPLE.read_bytes,
    "file": lambda: SAMPLE.open("rb"),
    "bytesio": lambda: io.BytesIO(SAMPLE.read_bytes()),
}


@pytest.mark.parametrize("kind", SOURCES)
def test_read_pdf_gives_the_cli_records(kind: str, cli_rows: list[dict[str, str]]) -> None:
    doc = actionplan.read_pdf(SOURCES[kind]())
    assert doc.status == "ok"
    assert as_csv(doc) == cli_rows
    if kind in ("str", "path", "file"):
        assert doc.source_file == SAMPLE.name


BAD_INPUTS: list[tuple[Callable[[Path], Path], type[errors.ActionplanError], dict]] = [
    (make_inputs.build_empty, errors.NotAPdf, {}),
    (make_inputs.build_html_renamed, errors.NotAPdf, {}),
    (make_inputs.build_docx_renamed, errors.NotAPdf, {}),
    (make_inputs.build_truncated_10, errors.CorruptPdf, {}),
    (make_inputs.build_encrypted_user_password, errors.EncryptedPdf, {}),
    (make_inputs.build_encrypted_user_password, errors.EncryptedPdf, {"password": "wrong"}),
    (make_inputs.build_encrypted_unknown_method, errors.EncryptedPdf, {}),
    (make_inputs.build_zero_pages, errors.NoPages, {}),
    (make_inputs.build_scanned, errors.NeedsOcr, {"ocr": "off"}),
]


@pytest.mark.parametrize(
    ("build", "error", "options"),
    BAD_INPUTS,
    ids=[f"{b.__name__.removeprefix('build_')}-{'-'.join(o) or 'plain'}" for b, _, o in BAD_INPUTS],
)
def test_typed_error_for_each_bad_input(
    build: Callable[[Path], Path],
    error: type[errors.ActionplanError],
    options: dict,
    tmp_path: Path,
) -> None:
    with pytest.raises(error) as raised:
        actionplan.read_pdf(build(tmp_path), **options)
    assert isinstance(raised.value, actionplan.ActionplanError)
    # The library speaks of its own keywords, never of the CLI's flags.
    assert "--" not in str(raised.value)


def test_password_needed_names_the_keyword(tmp_path: Path) -> None:
    path = make_inputs.build_encrypted_user_password(tmp_path)
    with pytest.raises(errors.EncryptedPdf, match="password="):
        actionplan.read_pdf(path)
    assert actionplan.read_pdf(path, password=make_inputs.USER_PASSWORD).status == "ok"


def test_needs_ocr_names_its_pages(tmp_path: Path) -> None:
    with pytest.raises(errors.NeedsOcr, match="ocr=") as raised:
        actionplan.read_pdf(make_inputs.build_scanned(tmp_path), ocr="off")
    assert raised.value.pages == [1, 2]


def test_missing_file_is_not_found(tmp_path: Path) -> None:
    with pytest.raises(actionplan.PdfNotFound) as raised:
        actionplan.read_pdf(tmp_path / "absent.pdf")
    assert isinstance(raised.value, FileNotFoundError)


def test_convert_file_takes_str_and_names_a_missing_file(tmp_path: Path) -> None:
    from actionplan.pipeline import Options, convert_file

    assert convert_file(str(SAMPLE), Options()).status == "ok"
    missing = convert_file(str(tmp_path / "absent.pdf"), Options())
    assert (missing.status, missing.message) == ("error", "file not found")


def test_bad_options_are_refused() -> None:
    with pytest.raises(ValidationError):
        actionplan.ExtractSettings(engine="camlot")
    with pytest.raises(ValidationError):
        actionplan.ExtractSettings(snap_tolerence=2.0)
    with pytest.raises(ValidationError):
        actionplan.read_pdf(SAMPLE, engine="camlot")
    with pytest.raises(ValidationError):
        actionplan.read_pdf(SAMPLE, settings={"engine": "camlot"})
    with pytest.raises(ValueError, match="ocr"):
        actionplan.read_pdf(SAMPLE, ocr="maybe")


def test_settings_as_dict_or_model() -> None:
    settings = actionplan.ExtractSettings(engine="pdfplumber")
    assert actionplan.ExtractSettings.model_fields["snap_tolerance"].description
    by_model = actionplan.read_pdf(SAMPLE, settings=settings)
    by_dict = actionplan.read_pdf(SAMPLE, settings={"engine": "pdfplumber"})
    assert as_csv(by_model) == as_csv(by_dict)


def batch(folder: Path) -> list[object]:
    """Two good samples around a bad file, and a bad source of each other kind."""
    return [SAMPLE, make_inputs.build_html_renamed(folder), OTHER, b"", folder / "absent.pdf"]


def check_batch(docs: list[actionplan.Document]) -> None:
    """One Document per input, in input order, the bad ones as error Documents."""
    assert [d.source_file for d in docs] == [
        SAMPLE.name,
        "html_renamed.pdf",
        OTHER.name,
        "<bytes>",
        "absent.pdf",
    ]
    assert [d.status for d in docs] == ["ok", "error", "ok", "error", "error"]
    assert docs[1].message == "not a PDF file (looks like a web page)"
    assert docs[3].message == "empty file"
    assert docs[4].message == "file not found"
    assert as_csv(docs[0]) == as_csv(actionplan.read_pdf(SAMPLE))


def test_read_many_in_input_order(tmp_path: Path) -> None:
    check_batch(list(actionplan.read_many(batch(tmp_path), jobs=2)))


def test_read_many_on_a_dask_cluster(tmp_path: Path) -> None:
    distributed = pytest.importorskip("distributed")
    with (
        distributed.LocalCluster(
            n_workers=1, threads_per_worker=2, processes=True, dashboard_address=None
        ) as cluster,
        distributed.Client(cluster) as client,
    ):
        docs = list(actionplan.read_many(batch(tmp_path), executor=client.get_executor()))
    check_batch(docs)


def test_read_many_timeout_holds_on_an_executor(tmp_path: Path) -> None:
    from concurrent.futures import ThreadPoolExecutor

    from tests.test_batch import long_pdf

    slow = [long_pdf(tmp_path / f"slow{i}.pdf", 220) for i in range(2)]
    with ThreadPoolExecutor(2) as pool:
        docs = list(actionplan.read_many(slow, executor=pool, timeout=1))
    assert [d.status for d in docs] == ["error", "error"]
    assert all(d.message.startswith("timed out") for d in docs)


def test_dataframes_have_dtypes() -> None:
    doc = actionplan.read_pdf(SAMPLE)
    recs = doc.recommendations_df()
    assert len(recs) == doc.recommendation_count
    assert recs["page_start"].dtype == "Int64"
    assert recs["overdue"].dtype == "boolean"
    assert recs["agency"].dtype == "string"
    assert str(recs["target_date_dt"].dtype).startswith("datetime64")
    full = recs["target_date"].str.fullmatch(r"\d{4}-\d{2}-\d{2}").fillna(False).astype(bool)
    assert recs.loc[full, "target_date_dt"].notna().all()
    assert recs.loc[~full, "target_date_dt"].isna().all()
    actions = doc.actions_df()
    assert list(actions.columns[:8]) == [
        "source_file", "plan_title", "section", "rec_id", "action_id", "action", "lead",
        "target_date",
    ]  # fmt: skip


def test_import_is_light() -> None:
    import subprocess
    import sys

    code = "import sys, actionplan; print('pdfplumber' in sys.modules, actionplan.__version__)"
    proc = subprocess.run(
        [sys.executable, "-c", code], capture_output=True, text=True, check=True, cwd=SAMPLES.parent
    )
    loaded, version = proc.stdout.split()
    assert loaded == "False"
    assert version
