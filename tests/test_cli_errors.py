"""Bad input gets a one-line error naming the file; the batch goes on; the exit code says so."""

from __future__ import annotations

import shutil
from pathlib import Path

from tests.conftest import SAMPLES, read_csv, run_cli


def good_sample() -> Path:
    return sorted(SAMPLES.glob("*.pdf"))[0]


def test_bad_files_are_reported_and_the_rest_converted(tmp_path: Path) -> None:
    inputs = tmp_path / "in"
    inputs.mkdir()
    shutil.copy(good_sample(), inputs / "a_good.pdf")
    (inputs / "b_not_a_pdf.pdf").write_text("<html>not a pdf</html>")
    (inputs / "c_truncated.pdf").write_bytes(good_sample().read_bytes()[:3000])
    out = tmp_path / "out"
    proc = run_cli("convert", str(inputs), "--out", str(out))
    assert proc.returncode == 1
    assert "Traceback" not in proc.stderr
    *files, summary = proc.stderr.strip().splitlines()
    assert len(files) == 3  # one line per file, in the order they finished
    assert any(ln.startswith("b_not_a_pdf.pdf: error: not a PDF") for ln in files)
    assert any(ln.startswith("c_truncated.pdf: error:") for ln in files)
    assert summary.startswith("actionplan: 1 ok, 0 without plan tables, 2 failed;")
    docs = {r["source_file"]: r for r in read_csv(out / "documents.csv")}
    assert docs["a_good.pdf"]["status"] == "ok"
    assert docs["b_not_a_pdf.pdf"]["status"] == "error"
    assert docs["c_truncated.pdf"]["status"] == "error"
    recs = read_csv(out / "recommendations.csv")
    assert recs and {r["source_file"] for r in recs} == {"a_good.pdf"}


def test_missing_input_is_a_usage_error(tmp_path: Path) -> None:
    proc = run_cli("convert", str(tmp_path / "nothing.pdf"), "--out", str(tmp_path / "out"))
    assert proc.returncode == 2
    assert "nothing.pdf" in proc.stderr and "Traceback" not in proc.stderr


def test_bad_flag_is_a_usage_error(tmp_path: Path) -> None:
    proc = run_cli("convert", "--date-order", "ymd", str(good_sample()), "--out", str(tmp_path))
    assert proc.returncode == 2


def test_pdf_without_tables_is_no_tables(tmp_path: Path) -> None:
    pdf = tmp_path / "prose.pdf"
    pdf.write_bytes(
        b"%PDF-1.4\n1 0 obj<</Type/Catalog/Pages 2 0 R>>endobj\n"
        b"2 0 obj<</Type/Pages/Kids[3 0 R]/Count 1>>endobj\n"
        b"3 0 obj<</Type/Page/Parent 2 0 R/MediaBox[0 0 595 842]/Contents 4 0 R"
        b"/Resources<</Font<</F1 5 0 R>>>>>>endobj\n"
        b"4 0 obj<</Length 44>>stream\nBT /F1 12 Tf 72 700 Td (Just prose.) Tj ET\n"
        b"endstream endobj\n"
        b"5 0 obj<</Type/Font/Subtype/Type1/BaseFont/Helvetica>>endobj\n"
        b"trailer<</Root 1 0 R>>\n%%EOF\n"
    )
    out = tmp_path / "out"
    proc = run_cli("convert", str(pdf), "--out", str(out))
    assert proc.returncode == 0, proc.stderr
    (doc,) = read_csv(out / "documents.csv")
    assert doc["status"] == "no_tables" and doc["message"] == "no table found"


def test_the_cli_adds_its_own_hint_to_a_library_message(tmp_path: Path) -> None:
    from tests.robustness.make_inputs import build_encrypted_user_password

    pdf = build_encrypted_user_password(tmp_path)
    proc = run_cli("convert", str(pdf), "--out", str(tmp_path / "out"))
    assert proc.returncode == 1
    line = f"{pdf.name}: error: encrypted: a password is needed (pass --password)"
    assert line in proc.stderr
    doc = read_csv(tmp_path / "out" / "documents.csv")[0]
    assert doc["message"] == "encrypted: a password is needed"  # the library's words
