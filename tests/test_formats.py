"""Every output format, read back with its own reader, holds exactly the records of the CSVs."""

from __future__ import annotations

import json
import re
import sqlite3
from datetime import date, datetime
from pathlib import Path
from typing import Any

import jsonschema
import pyarrow as pa
import pyarrow.parquet as pq
import pytest
from openpyxl import load_workbook

from actionplan.normalise.models import Action, Document, Plan, Recommendation
from actionplan.output.changes_writer import CHANGE_COLUMNS
from actionplan.output.formats import (
    DEFAULT_FORMATS,
    FORMATS,
    json_schema,
    parse_formats,
    write_outputs,
)
from actionplan.output.keys import document_key
from actionplan.output.rows import (
    ACTION_COLUMNS,
    DOCUMENT_COLUMNS,
    RECOMMENDATION_COLUMNS,
    THEMES_COLUMN,
    action_rows,
    document_row,
    recommendation_rows,
)
from actionplan.output.sqlite_writer import SCHEMA_VERSION, IncompatibleDatabase
from actionplan.pipeline import Options, convert_file
from tests.conftest import ROOT, SAMPLES, read_csv, run_cli
from tests.robustness.make_inputs import build_damaged_page_stream

# Two plans and every RAG colour; unmapped columns, warnings and a year-only date; R1/3a ids.
SAMPLE_FILES = (
    "scr_2017_03_westbridge.pdf",
    "sar_2016_02_home_office.pdf",
    "reportlab_cspr_2022_05_harbourside.pdf",
)
CSV_FILES = {
    "recommendations.csv": RECOMMENDATION_COLUMNS,
    "actions.csv": ACTION_COLUMNS,
    "documents.csv": DOCUMENT_COLUMNS,
}
SHEETS = {
    "Recommendations": "recommendations.csv",
    "Actions": "actions.csv",
    "Documents": "documents.csv",
}


@pytest.fixture(scope="module")
def docs(tmp_path_factory: pytest.TempPathFactory) -> list[Document]:
    """Three converted samples, one file that failed (status error, no plans) and one with a
    damaged page (damaged_pages filled)."""
    options = Options(as_of=date(2024, 1, 1))
    folder = tmp_path_factory.mktemp("in")
    broken = folder / "broken.pdf"
    broken.write_text("<html>not a pdf</html>")
    damaged = build_damaged_page_stream(folder)
    converted = [convert_file(SAMPLES / name, options) for name in SAMPLE_FILES]
    found = [*converted, convert_file(broken, options), convert_file(damaged, options)]
    assert found[-1].damaged_pages == [3]
    return found


@pytest.fixture(scope="module")
def out(docs: list[Document], tmp_path_factory: pytest.TempPathFactory) -> Path:
    """Every format written once for the documents."""
    folder = tmp_path_factory.mktemp("out")
    write_outputs(docs, folder, FORMATS)
    return folder


@pytest.fixture(scope="module")
def csv_rows(out: Path) -> dict[str, list[dict[str, str]]]:
    """The CSVs as the csv module reads them: the records every other format must hold."""
    rows = {name: read_csv(out / name) for name in CSV_FILES}
    assert len(rows["recommendations.csv"]) > 20 and len(rows["actions.csv"]) > 40
    return rows


def as_text(column: str, value: Any) -> str:
    """A value read back from a typed format, as the CSV writes it."""
    if column == "overdue" and not isinstance(value, str):
        return "" if value is None else str(bool(value)).lower()
    if value is None:
        return ""
    if isinstance(value, datetime):
        return value.date().isoformat()
    if isinstance(value, date):
        return value.isoformat()
    if column == "text_coverage" and value != "":
        return f"{float(value):.4f}"
    return str(value)


def as_csv(records: list[dict[str, Any]], columns: tuple[str, ...]) -> list[dict[str, str]]:
    """Records of a typed format in the CSV's text form, CSV columns only."""
    return [{c: as_text(c, rec[c]) for c in columns} for rec in records]


# The CSVs themselves


def test_csvs_hold_the_rows_of_output_rows(docs: list[Document], csv_rows) -> None:
    expected = {
        "recommendations.csv": [r for d in docs for r in recommendation_rows(d)],
        "actions.csv": [r for d in docs for r in action_rows(d)],
        "documents.csv": [document_row(d) for d in docs],
    }
    for name, columns in CSV_FILES.items():
        assert csv_rows[name] == as_csv(expected[name], columns)


def test_excel_option_writes_a_bom_and_the_same_text(
    docs: list[Document], out: Path, tmp_path: Path
) -> None:
    write_outputs(docs, tmp_path, ["csv"], excel_bom=True)
    for name in CSV_FILES:
        data = (tmp_path / name).read_bytes()
        assert data.startswith(b"\xef\xbb\xbf")
        assert data[3:] == (out / name).read_bytes()


# XLSX


def test_xlsx_sheets_hold_the_csv_records(out: Path, csv_rows) -> None:
    wb = load_workbook(out / "plans.xlsx")
    assert wb.sheetnames == list(SHEETS)
    for sheet, name in SHEETS.items():
        columns = CSV_FILES[name]
        values = list(wb[sheet].iter_rows(values_only=True))
        assert values[0] == columns
        records = [dict(zip(columns, row, strict=True)) for row in values[1:]]
        assert as_csv(records, columns) == csv_rows[name], sheet


def test_xlsx_layout_dates_and_rag(out: Path) -> None:
    wb = load_workbook(out / "plans.xlsx")
    for ws in wb.worksheets:
        assert ws.freeze_panes == "A2"
        assert ws.auto_filter.ref == ws.dimensions
        assert ws["A1"].font.bold
        assert ws.cell(row=2, column=1).alignment.wrap_text
        widths = [ws.column_dimensions[c.column_letter].width for c in ws[1]]
        assert all(6 <= w <= 50 for w in widths), widths
    ws = wb["Recommendations"]
    header = [c.value for c in ws[1]]
    date_col = header.index("target_date") + 1
    rag_col = header.index("rag") + 1
    full = partial = 0
    for row in range(2, ws.max_row + 1):
        cell = ws.cell(row=row, column=date_col)
        if isinstance(cell.value, datetime):
            full += 1
            assert cell.number_format == "yyyy-mm-dd"
        elif cell.value:
            partial += 1
            assert re.fullmatch(r"\d{4}(-\d{2})?", cell.value) and cell.data_type == "s"
        rag = ws.cell(row=row, column=rag_col)
        colour = {"Red": "FF0000", "Amber": "FFC000", "Green": "00B050", "Blue": "0070C0"}
        if rag.value:
            assert rag.fill.fill_type == "solid"
            assert rag.fill.fgColor.rgb.endswith(colour[rag.value])
        else:
            assert rag.fill.fill_type is None
    assert full and partial


def test_xlsx_text_stays_text(tmp_path: Path) -> None:
    rec = Recommendation(
        rec_id="1",
        recommendation='=HYPERLINK("http://example.com")',
        action="bell\x07 removed",
        target_date="2014-07",
        last_update="2014-07-31",
        rag="Red",
        actions=[Action(action_id="1", action="+1 more")],
    )
    doc = Document(
        source_file="x.pdf", sha256="0" * 64, plans=[Plan(plan_title="=1+1", recommendations=[rec])]
    )
    write_outputs([doc], tmp_path, ["xlsx"])
    ws = load_workbook(tmp_path / "plans.xlsx")["Recommendations"]
    row = dict(zip(RECOMMENDATION_COLUMNS, next(ws.iter_rows(min_row=2)), strict=True))
    assert row["plan_title"].value == "=1+1" and row["plan_title"].data_type == "s"
    assert row["recommendation"].value.startswith("=HYPERLINK")
    assert row["action"].value == "bell removed"
    assert row["target_date"].value == "2014-07"
    assert row["last_update"].value == datetime(2014, 7, 31)


# SQLite

RECOMMENDATION_SQL = "SELECT {} FROM recommendations r JOIN plans p USING (plan_key) JOIN documents d ON d.document_key = r.document_key ORDER BY d.rowid, p.position, r.position"  # noqa: E501
ACTION_SQL = "SELECT {} FROM actions a JOIN recommendations r USING (recommendation_key) JOIN plans p USING (plan_key) JOIN documents d ON d.document_key = a.document_key ORDER BY d.rowid, p.position, r.position, a.position"  # noqa: E501


def select(table_of: dict[str, str], columns: tuple[str, ...], default: str) -> str:
    """A select list naming each CSV column from the table that holds it."""
    return ", ".join(f"{table_of.get(c, default)}.{c}" for c in columns)


def query(db: Path, sql: str) -> list[dict[str, Any]]:
    """Rows of a query as dicts."""
    conn = sqlite3.connect(db)
    conn.row_factory = sqlite3.Row
    try:
        return [dict(row) for row in conn.execute(sql)]
    finally:
        conn.close()


def test_sqlite_holds_the_csv_records(out: Path, csv_rows) -> None:
    db = out / "plans.sqlite"
    recs = RECOMMENDATION_SQL.format(
        select(
            {"source_file": "d", "plan_title": "p", "case_ref": "p"}, RECOMMENDATION_COLUMNS, "r"
        )
    )
    acts = ACTION_SQL.format(
        select(
            {"source_file": "d", "plan_title": "p", "section": "r", "rec_id": "r"},
            ACTION_COLUMNS,
            "a",
        )
    )
    documents = f"SELECT {', '.join(DOCUMENT_COLUMNS)} FROM documents ORDER BY rowid"
    for name, sql in (
        ("recommendations.csv", recs),
        ("actions.csv", acts),
        ("documents.csv", documents),
    ):
        assert as_csv(query(db, sql), CSV_FILES[name]) == csv_rows[name], name


def test_sqlite_plans_and_updates_hold_the_models(docs: list[Document], out: Path) -> None:
    db = out / "plans.sqlite"
    plans = query(db, "SELECT * FROM plans ORDER BY rowid")
    assert [(p["plan_title"], json.loads(p["columns"])) for p in plans] == [
        (plan.plan_title, plan.columns) for d in docs for plan in d.plans
    ]
    updates = query(
        db,
        "SELECT u.date, u.text FROM progress_updates u JOIN recommendations r "
        "USING (recommendation_key) JOIN plans p USING (plan_key) "
        "JOIN documents d ON d.document_key = u.document_key "
        "ORDER BY d.rowid, p.position, r.position, u.position",
    )
    expected = [
        u.model_dump()
        for d in docs
        for p in d.plans
        for r in p.recommendations
        for u in r.progress_updates
    ]
    assert updates == expected and len(expected) > 10


def test_sqlite_schema_keys_and_indexes(docs: list[Document], out: Path) -> None:
    conn = sqlite3.connect(out / "plans.sqlite")
    try:
        tables = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='table'")}
        assert tables == {"documents", "plans", "recommendations", "actions", "progress_updates"}
        indexes = {r[0] for r in conn.execute("SELECT name FROM sqlite_master WHERE type='index'")}
        assert {"recommendations_agency", "actions_document", "progress_updates_date"} <= indexes
        fks = {
            (table, r[2])
            for table in tables
            for r in conn.execute(f"PRAGMA foreign_key_list({table})")
        }
        assert ("actions", "recommendations") in fks and ("plans", "documents") in fks
        assert conn.execute("PRAGMA foreign_key_check").fetchall() == []
        keys = [r[0] for r in conn.execute("SELECT document_key FROM documents ORDER BY rowid")]
        assert keys[:3] == [document_key(d) for d in docs[:3]]
        first = conn.execute(
            "SELECT recommendation_key FROM recommendations ORDER BY rowid LIMIT 1"
        ).fetchone()[0]
        assert first == f"{document_key(docs[0])}-1-1"
    finally:
        conn.close()


def snapshot(db: Path) -> dict[str, list[tuple[Any, ...]]]:
    """Every row of every table, in key order."""
    conn = sqlite3.connect(db)
    try:
        return {
            table: conn.execute(f"SELECT * FROM {table} ORDER BY 1").fetchall()
            for table in ("documents", "plans", "recommendations", "actions", "progress_updates")
        }
    finally:
        conn.close()


def test_sqlite_same_file_again_replaces_and_others_are_kept(
    docs: list[Document], tmp_path: Path
) -> None:
    first, second = docs[0], docs[1]
    write_outputs([first], tmp_path, ["sqlite"])
    once = snapshot(tmp_path / "plans.sqlite")
    write_outputs([first], tmp_path, ["sqlite"])
    assert snapshot(tmp_path / "plans.sqlite") == once  # same keys, no duplicate rows

    write_outputs([second], tmp_path, ["sqlite"])
    both = snapshot(tmp_path / "plans.sqlite")
    for table, rows in once.items():
        assert set(rows) <= set(both[table]), table  # the first file's rows are untouched
    assert len(both["recommendations"]) == first.recommendation_count + second.recommendation_count

    # A new version of the first file (same name, other content, one plan fewer) replaces it.
    revised = first.model_copy(update={"sha256": "f" * 64, "plans": first.plans[:1]})
    write_outputs([revised], tmp_path, ["sqlite"])
    after = snapshot(tmp_path / "plans.sqlite")
    names = [row[1] for row in after["documents"]]
    assert sorted(names) == sorted([first.source_file, second.source_file])
    assert len(after["recommendations"]) == (
        len(first.plans[0].recommendations) + second.recommendation_count
    )
    old_key = document_key(first)
    assert not any(old_key in str(row) for rows in after.values() for row in rows)


def test_sqlite_refuses_a_foreign_database(docs: list[Document], tmp_path: Path) -> None:
    conn = sqlite3.connect(tmp_path / "plans.sqlite")
    conn.execute("CREATE TABLE something (x)")
    conn.close()
    with pytest.raises(IncompatibleDatabase):
        write_outputs(docs[:1], tmp_path, ["sqlite"])
    (tmp_path / "plans.sqlite").write_text("not a database")
    with pytest.raises(IncompatibleDatabase):
        write_outputs(docs[:1], tmp_path, ["sqlite"])


@pytest.mark.parametrize(
    "version, dropped",
    [
        (
            1,
            [
                ("recommendations", "status_text"),
                ("documents", "warnings"),
                ("documents", "damaged_pages"),
                ("documents", "parser_fallbacks"),
            ],
        ),
        (
            2,
            [
                ("documents", "warnings"),
                ("documents", "damaged_pages"),
                ("documents", "parser_fallbacks"),
            ],
        ),
        (3, [("documents", "damaged_pages"), ("documents", "parser_fallbacks")]),
        (4, [("documents", "parser_fallbacks")]),
    ],
)
def test_sqlite_brings_an_older_database_forward(
    docs: list[Document], tmp_path: Path, version: int, dropped: list[tuple[str, str]]
) -> None:
    """A database written before status_text (version 1), documents.warnings (version 2),
    documents.damaged_pages (version 3) or documents.parser_fallbacks (version 4) existed gains
    the columns and keeps its rows."""
    write_outputs(docs[:1], tmp_path, ["sqlite"])
    db = tmp_path / "plans.sqlite"
    conn = sqlite3.connect(db)
    for table, column in dropped:
        conn.execute(f"ALTER TABLE {table} DROP COLUMN {column}")
    conn.execute(f"PRAGMA user_version = {version}")
    conn.commit()
    conn.close()
    warned = docs[1].model_copy(
        update={"warnings": ["ids skip 2->4 on page 4"], "damaged_pages": [3, 4, 5]}
    )
    write_outputs([warned], tmp_path, ["sqlite"])
    conn = sqlite3.connect(db)
    try:
        assert conn.execute("PRAGMA user_version").fetchone()[0] == SCHEMA_VERSION
        for table in {t for t, _ in dropped}:
            added = [c for t, c in dropped if t == table]
            names = [row[1] for row in conn.execute(f"PRAGMA table_info({table})")]
            assert names[-len(added) :] == added
        count = conn.execute("SELECT count(*) FROM recommendations").fetchone()[0]
        kept = conn.execute("SELECT warnings, damaged_pages FROM documents ORDER BY rowid")
        kept = kept.fetchall()
    finally:
        conn.close()
    assert count == docs[0].recommendation_count + docs[1].recommendation_count
    # The document written before the migration gets the default; the new one its own.
    assert kept == [("", ""), ("ids skip 2->4 on page 4", "3-5")]
    conn = sqlite3.connect(db)
    conn.execute("PRAGMA user_version = 99")
    conn.commit()
    conn.close()
    with pytest.raises(IncompatibleDatabase):
        write_outputs(docs[:1], tmp_path, ["sqlite"])


# Parquet and JSON Lines


def test_parquet_holds_the_csv_records(out: Path, csv_rows) -> None:
    for name in ("recommendations", "actions"):
        table = pq.read_table(out / f"{name}.parquet")
        columns = CSV_FILES[f"{name}.csv"]
        assert tuple(table.column_names) == columns
        assert as_csv(table.to_pylist(), columns) == csv_rows[f"{name}.csv"], name
    schema = pq.read_schema(out / "recommendations.parquet")
    assert schema.field("page_start").type == pa.int32()
    assert schema.field("overdue").type == pa.bool_()
    assert schema.field("target_date").type == pa.string()


def test_jsonl_holds_the_csv_records_and_their_actions(out: Path, csv_rows) -> None:
    lines = (out / "recommendations.jsonl").read_text(encoding="utf-8").splitlines()
    records = [json.loads(line) for line in lines]
    assert all(tuple(r) == (*RECOMMENDATION_COLUMNS, "actions") for r in records)
    assert as_csv(records, RECOMMENDATION_COLUMNS) == csv_rows["recommendations.csv"]
    assert all(isinstance(r["page_start"], int) for r in records)
    assert {r["overdue"] for r in records} <= {True, False, None}
    flattened = [
        {
            "source_file": r["source_file"],
            "plan_title": r["plan_title"],
            "section": r["section"],
            "rec_id": r["rec_id"],
        }
        | a
        for r in records
        for a in r["actions"]
    ]
    assert as_csv(flattened, ACTION_COLUMNS) == csv_rows["actions.csv"]


def test_damaged_pages_carried_by_every_format(out: Path, csv_rows) -> None:
    """documents.csv's damaged_pages (after warnings), the same in SQLite and plans.json; the
    XLSX Documents sheet is the CSV's (test_xlsx_sheets_hold_the_csv_records)."""
    (row,) = [r for r in csv_rows["documents.csv"] if r["source_file"] == "damaged_page_stream.pdf"]
    assert row["damaged_pages"] == "3" and list(row)[-3:-1] == ["warnings", "damaged_pages"]
    sql = "SELECT damaged_pages FROM documents WHERE source_file = 'damaged_page_stream.pdf'"
    assert query(out / "plans.sqlite", sql) == [{"damaged_pages": "3"}]
    payload = json.loads((out / "plans.json").read_text(encoding="utf-8"))
    found = {d["source_file"]: d["damaged_pages"] for d in payload["documents"]}
    assert found["damaged_page_stream.pdf"] == [3]
    assert found["sar_2016_02_home_office.pdf"] == []


# plans.json and its schema


def test_plans_json_validates_and_holds_the_csv_records(out: Path, csv_rows) -> None:
    schema = json_schema()
    jsonschema.Draft202012Validator.check_schema(schema)
    payload = json.loads((out / "plans.json").read_text(encoding="utf-8"))
    jsonschema.validate(payload, schema, cls=jsonschema.Draft202012Validator)
    docs = [Document.model_validate(d) for d in payload["documents"]]
    rows = [r for d in docs for r in recommendation_rows(d)]
    assert as_csv(rows, RECOMMENDATION_COLUMNS) == csv_rows["recommendations.csv"]


def test_plans_json_is_written_as_json_dump_writes_the_whole_payload(
    docs: list[Document], tmp_path: Path
) -> None:
    """plans.json is streamed a recommendation at a time (output/json_writer.py): byte for byte
    what json.dump of the whole payload gives, an empty plan, a failed file and accented text
    included, and for no documents at all."""
    empty = Document(source_file="e.pdf", sha256="0" * 64, plans=[Plan(plan_title="Café plan")])
    for n, group in enumerate((docs, [], [empty, *docs[:1]])):
        folder = tmp_path / str(n)
        folder.mkdir()
        write_outputs(group, folder, ("json",))
        whole = {"documents": [d.model_dump(mode="json") for d in group]}
        expected = json.dumps(whole, ensure_ascii=False, indent=1) + "\n"
        assert (folder / "plans.json").read_text(encoding="utf-8") == expected


def test_schema_rejects_what_plans_json_never_holds(out: Path) -> None:
    payload = json.loads((out / "plans.json").read_text(encoding="utf-8"))
    rec = payload["documents"][0]["plans"][0]["recommendations"][0]
    for bad in ({"rag": "Purple"}, {"page_start": "3"}, {"surprise": 1}):
        broken = json.loads(json.dumps(payload))
        broken["documents"][0]["plans"][0]["recommendations"][0] = rec | bad
        with pytest.raises(jsonschema.ValidationError):
            jsonschema.validate(broken, json_schema(), cls=jsonschema.Draft202012Validator)


# Choosing formats


def test_parse_formats() -> None:
    assert parse_formats(["csv,xlsx", "SQLite"]) == ("csv", "xlsx", "sqlite")
    assert parse_formats(["parquet, csv", "csv"]) == ("csv", "parquet")
    assert parse_formats([]) == DEFAULT_FORMATS
    with pytest.raises(ValueError, match="xls"):
        parse_formats(["csv,xls"])


def test_unknown_format_writes_nothing(docs: list[Document], tmp_path: Path) -> None:
    with pytest.raises(ValueError):
        write_outputs(docs, tmp_path / "o", ["csv", "pdf"])
    assert not (tmp_path / "o").exists()


def test_no_documents_still_gives_every_file_its_columns(tmp_path: Path) -> None:
    write_outputs([], tmp_path, FORMATS)
    assert pq.read_table(tmp_path / "actions.parquet").column_names == list(ACTION_COLUMNS)
    ws = load_workbook(tmp_path / "plans.xlsx")["Recommendations"]
    assert [c.value for c in ws[1]] == list(RECOMMENDATION_COLUMNS)
    assert (tmp_path / "recommendations.jsonl").read_text() == ""
    assert snapshot(tmp_path / "plans.sqlite")["documents"] == []


# Documentation


def dictionary_sections() -> dict[tuple[str, str], list[str]]:
    """Column names listed in docs/data-dictionary.md, by (## heading, ### heading)."""
    sections: dict[tuple[str, str], list[str]] = {}
    h2 = h3 = ""
    text = (ROOT / "docs" / "data-dictionary.md").read_text(encoding="utf-8")
    for line in text.splitlines():
        if line.startswith("## "):
            h2, h3 = line[3:].strip(), ""
        elif line.startswith("### "):
            h3 = line[4:].strip()
        elif m := re.match(r"\| `([a-z0-9_]+)` \|", line):
            sections.setdefault((h2, h3), []).append(m.group(1))
    return sections


def test_data_dictionary_lists_every_column_of_every_output(out: Path) -> None:
    sections = dictionary_sections()
    assert sections[("Recommendations", "")] == list(RECOMMENDATION_COLUMNS)
    assert sections[("Recommendations", "recommendations.jsonl only")] == ["actions"]
    assert sections[("Recommendations", "with a taxonomy")] == [THEMES_COLUMN]
    assert sections[("changes.csv", "")] == list(CHANGE_COLUMNS)
    assert sections[("Actions", "")] == list(ACTION_COLUMNS)
    assert sections[("Documents", "")] == list(DOCUMENT_COLUMNS)
    defs = json_schema()["$defs"]
    for name in ("Document", "Plan", "Recommendation", "Action", "ProgressUpdate"):
        assert sections[("plans.json", name)] == list(defs[name]["properties"]), name
    assert sections[("plans.json", "top level")] == ["documents"]
    conn = sqlite3.connect(out / "plans.sqlite")
    try:
        for table in ("documents", "plans", "recommendations", "actions", "progress_updates"):
            columns = [r[1] for r in conn.execute(f"PRAGMA table_info({table})")]
            assert sections[("plans.sqlite", table)] == columns, table
    finally:
        conn.close()


def readme_workflows() -> str:
    """The README's Workflows section."""
    text = (ROOT / "README.md").read_text(encoding="utf-8")
    return text.split("\n## Workflows\n", 1)[1].split("\n## ", 1)[0]


def test_readme_sql_runs_and_finds_rows(out: Path) -> None:
    queries = re.findall(r'sqlite3 (?:-\S+ )*out/plans\.sqlite "([^"]+)"', readme_workflows())
    assert len(queries) >= 3
    conn = sqlite3.connect(out / "plans.sqlite")
    try:
        for sql in queries:
            assert conn.execute(sql).fetchall(), sql
    finally:
        conn.close()


# The command line, once it offers --format, --excel and `actionplan schema`


def test_cli_writes_the_formats_asked_for(tmp_path: Path) -> None:
    if "--format" not in run_cli("convert", "--help").stdout:
        pytest.skip("the CLI has no --format yet")
    sample = str(SAMPLES / SAMPLE_FILES[1])
    proc = run_cli(
        "convert", sample, "--out", str(tmp_path), "--format", "csv,xlsx", "--format", "sqlite",
        "--excel", "--as-of", "2024-01-01",
    )  # fmt: skip
    assert proc.returncode == 0, proc.stderr
    written = {p.name for p in tmp_path.iterdir() if p.is_file()}
    assert {"recommendations.csv", "plans.xlsx", "plans.sqlite"} <= written
    assert not written & {"plans.json", "recommendations.parquet", "recommendations.jsonl"}
    assert (tmp_path / "documents.csv").read_bytes().startswith(b"\xef\xbb\xbf")


def test_cli_schema_prints_the_json_schema() -> None:
    proc = run_cli("schema")
    if proc.returncode == 2 and "invalid choice" in proc.stderr:
        pytest.skip("the CLI has no schema subcommand yet")
    assert proc.returncode == 0, proc.stderr
    assert json.loads(proc.stdout) == json_schema()
