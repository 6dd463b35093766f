"""Builders of hostile inputs: each writes one bad (or awkward) file into a folder and returns
its path. Everything is made by code from the samples or from scratch; nothing is downloaded.
The libraries some builders need (pypdf, reportlab, pypdfium2) are imported inside them, so a
missing one raises ImportError for those inputs alone.

`build_all(folder)` writes every input; `BUILDERS` maps each file name to its builder.
"""

from __future__ import annotations

import io
import re
import zipfile
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = ROOT / "samples"
SAMPLE = SAMPLES / "sar_2016_02_home_office.pdf"
"""The sample the damaged and encrypted inputs are made from (6 pages, one plan)."""

USER_PASSWORD = "s3cret-user"
OWNER_PASSWORD = "s3cret-owner"


# --------------------------------------------------------------------------- helpers


def raw_pdf(objects: list[bytes], root: int = 1) -> bytes:
    """A PDF file from numbered object bodies (object n is objects[n - 1]), with a correct
    cross-reference table and trailer."""
    out = bytearray(b"%PDF-1.4\n%\xe2\xe3\xcf\xd3\n")
    offsets = []
    for number, body in enumerate(objects, start=1):
        offsets.append(len(out))
        out += b"%d 0 obj\n" % number + body + b"\nendobj\n"
    xref = len(out)
    out += b"xref\n0 %d\n0000000000 65535 f \n" % (len(objects) + 1)
    out += b"".join(b"%010d 00000 n \n" % offset for offset in offsets)
    out += b"trailer\n<< /Size %d /Root %d 0 R >>\n" % (len(objects) + 1, root)
    out += b"startxref\n%d\n%%%%EOF\n" % xref
    return bytes(out)


def text_stream(lines: list[str], top: float = 780.0) -> bytes:
    """A content stream object printing lines of Helvetica 11 pt from the top of an A4 page."""
    ops = [b"BT /F1 11 Tf 72 %.1f Td 14 TL" % top]
    for line in lines:
        escaped = line.replace("\\", "\\\\").replace("(", "\\(").replace(")", "\\)")
        ops.append(b"(" + escaped.encode("latin-1") + b") '")
    ops.append(b"ET")
    data = b"\n".join(ops)
    return b"<< /Length %d >>\nstream\n" % len(data) + data + b"\nendstream"


HELVETICA = b"<< /Type /Font /Subtype /Type1 /BaseFont /Helvetica >>"


def table_pdf(
    path: Path,
    title: str,
    rows: list[list[str]],
    pagesize: tuple[float, float] = (595.0, 842.0),
    col_widths: list[float] | None = None,
) -> Path:
    """A PDF with a heading and one ruled table (first row is the header), drawn by reportlab
    at the top left of a page of the given size."""
    from reportlab.lib import colors
    from reportlab.lib.styles import getSampleStyleSheet
    from reportlab.pdfgen.canvas import Canvas
    from reportlab.platypus import Paragraph, Table, TableStyle

    styles = getSampleStyleSheet()
    cells = [[Paragraph(text, styles["BodyText"]) for text in row] for row in rows]
    table = Table(cells, colWidths=col_widths, repeatRows=1)
    table.setStyle(
        TableStyle(
            [
                ("GRID", (0, 0), (-1, -1), 0.75, colors.black),
                ("VALIGN", (0, 0), (-1, -1), "TOP"),
                ("BACKGROUND", (0, 0), (-1, 0), colors.HexColor("#eeeeee")),
            ]
        )
    )
    width, height = pagesize
    canvas = Canvas(str(path), pagesize=pagesize)
    canvas.setFont("Helvetica-Bold", 14)
    canvas.drawString(72, height - 72, title)
    _, table_height = table.wrapOn(canvas, width - 144, height - 144)
    table.drawOn(canvas, 72, height - 96 - table_height)
    canvas.showPage()
    canvas.save()
    return path


def sample_bytes() -> bytes:
    """The bytes of the sample the damaged inputs start from."""
    return SAMPLE.read_bytes()


def truncated(folder: Path, name: str, keep: int) -> Path:
    """The sample cut after `keep` bytes."""
    path = folder / name
    path.write_bytes(sample_bytes()[:keep])
    return path


def encrypted(folder: Path, name: str, user_password: str, owner_password: str) -> Path:
    """The sample re-written by pypdf with standard encryption (AES-128)."""
    from pypdf import PdfReader, PdfWriter

    writer = PdfWriter(clone_from=PdfReader(SAMPLE))
    writer.encrypt(user_password=user_password, owner_password=owner_password, algorithm="AES-128")
    path = folder / name
    with path.open("wb") as fh:
        writer.write(fh)
    return path


# --------------------------------------------------------------------------- not PDFs


def build_empty(folder: Path) -> Path:
    """A file of zero bytes."""
    path = folder / "empty.pdf"
    path.write_bytes(b"")
    return path


def build_html_renamed(folder: Path) -> Path:
    """An HTML page saved with a .pdf name (what a browser saves for a broken download link)."""
    path = folder / "html_renamed.pdf"
    path.write_text(
        "<!DOCTYPE html>\n<html lang='en'><head><title>404 Not Found</title></head>\n"
        "<body><h1>Not Found</h1><p>The requested action plan was not found.</p></body></html>\n",
        encoding="utf-8",
    )
    return path


def build_docx_renamed(folder: Path) -> Path:
    """A minimal Word document (a zip of XML parts) with a .pdf name."""
    path = folder / "docx_renamed.pdf"
    content_types = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
        '<Default Extension="rels" '
        'ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
        '<Default Extension="xml" ContentType="application/xml"/>'
        '<Override PartName="/word/document.xml" ContentType="application/'
        'vnd.openxmlformats-officedocument.wordprocessingml.document.main+xml"/></Types>'
    )
    rels = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<Relationships xmlns="http://schemas.openxmlformats.org/package/2006/relationships">'
        '<Relationship Id="rId1" Type="http://schemas.openxmlformats.org/officeDocument/2006/'
        'relationships/officeDocument" Target="word/document.xml"/></Relationships>'
    )
    document = (
        '<?xml version="1.0" encoding="UTF-8"?>'
        '<w:document xmlns:w="http://schemas.openxmlformats.org/wordprocessingml/2006/main">'
        "<w:body><w:p><w:r><w:t>Action plan</w:t></w:r></w:p></w:body></w:document>"
    )
    with zipfile.ZipFile(path, "w", zipfile.ZIP_DEFLATED) as zf:
        zf.writestr("[Content_Types].xml", content_types)
        zf.writestr("_rels/.rels", rels)
        zf.writestr("word/document.xml", document)
    return path


# --------------------------------------------------------------------------- damaged PDFs


def build_truncated_10(folder: Path) -> Path:
    """The sample cut at 10% of its length."""
    return truncated(folder, "truncated_10pct.pdf", len(sample_bytes()) // 10)


def build_truncated_50(folder: Path) -> Path:
    """The sample cut at 50% of its length."""
    return truncated(folder, "truncated_50pct.pdf", len(sample_bytes()) // 2)


def build_truncated_90(folder: Path) -> Path:
    """The sample cut at 90% of its length."""
    return truncated(folder, "truncated_90pct.pdf", len(sample_bytes()) * 9 // 10)


def build_truncated_before_eof(folder: Path) -> Path:
    """The sample with everything but its final %%EOF marker (xref and trailer intact)."""
    data = sample_bytes()
    return truncated(folder, "truncated_before_eof.pdf", data.rfind(b"%%EOF"))


def build_broken_xref(folder: Path) -> Path:
    """The sample with every in-use offset of its cross-reference table garbled (same length,
    so startxref still finds the table, but no entry points at its object)."""
    data = sample_bytes()
    start = data.rfind(b"\nxref")
    head, table = data[:start], data[start:]
    size = len(data)

    def garble(match: re.Match[bytes]) -> bytes:
        offset = int(match.group(1))
        return b"%010d %s n" % ((offset * 7919 + 13) % size, match.group(2))

    table = re.sub(rb"(\d{10}) (\d{5}) n", garble, table)
    path = folder / "broken_xref.pdf"
    path.write_bytes(head + table)
    return path


def build_damaged_page_stream(folder: Path) -> Path:
    """The sample with 64 bytes in the middle of page 3's compressed content stream garbled
    (same length: the xref stays right). pdfminer decodes such a stream to nothing, so page 3
    reads as blank, and the table's text on it is lost."""
    data = bytearray(sample_bytes())
    obj = re.search(rb"\n8 0 obj\s*<<[^>]*/FlateDecode", data)
    assert obj is not None, "page 3's content stream (object 8) not found in the sample"
    start = data.index(b"stream\n", obj.end()) + len(b"stream\n")
    end = data.index(b"endstream", start)
    middle = start + (end - start) * 2 // 5
    for k in range(64):
        data[middle + k] ^= 0x5A
    path = folder / "damaged_page_stream.pdf"
    path.write_bytes(bytes(data))
    return path


def build_encrypted_user_password(folder: Path) -> Path:
    """The sample encrypted so that it opens only with USER_PASSWORD."""
    return encrypted(folder, "encrypted_user_password.pdf", USER_PASSWORD, OWNER_PASSWORD)


def build_encrypted_owner_only(folder: Path) -> Path:
    """The sample encrypted with an owner password and an empty user password: any reader
    opens it without asking."""
    return encrypted(folder, "encrypted_owner_only.pdf", "", OWNER_PASSWORD)


def build_encrypted_unknown_method(folder: Path) -> Path:
    """A user-password file with its /Encrypt /Filter renamed from /Standard to /Unknown (a
    security handler no reader implements; same length, so the xref stays right)."""
    path = encrypted(folder, "encrypted_unknown_method.pdf", USER_PASSWORD, OWNER_PASSWORD)
    data = path.read_bytes()
    assert data.count(b"/Filter /Standard") == 1, "the /Encrypt dictionary's /Filter not found"
    path.write_bytes(data.replace(b"/Filter /Standard", b"/Filter /Unknown "))
    return path


# --------------------------------------------------------------------------- awkward content


def scan_of(path: Path, pages: range) -> Path:
    """A PDF at path whose pages are only pictures of the sample's pages (rendered to PNG at
    100 dpi and drawn full-page), with no text layer: what a scanner makes."""
    import pypdfium2
    from reportlab.lib.utils import ImageReader
    from reportlab.pdfgen.canvas import Canvas

    source = pypdfium2.PdfDocument(str(SAMPLE))
    canvas = Canvas(str(path))
    try:
        for index in pages:
            page = source[index]
            width, height = page.get_size()
            image = page.render(scale=100 / 72).to_pil()
            png = io.BytesIO()
            image.save(png, format="PNG")
            png.seek(0)
            canvas.setPageSize((width, height))
            canvas.drawImage(ImageReader(png), 0, 0, width=width, height=height)
            canvas.showPage()
    finally:
        source.close()
    canvas.save()
    return path


def build_scanned(folder: Path) -> Path:
    """Two pages that are only pictures of pages (a scan), no text layer."""
    return scan_of(folder / "scanned_image_only.pdf", range(2))


def build_partly_scanned(folder: Path) -> Path:
    """The sample with a scanned page (a picture of its first page) appended: the text pages
    are read, the scan is reported."""
    from pypdf import PdfReader, PdfWriter

    scan = scan_of(folder / "partly_scanned.tmp", range(1))
    writer = PdfWriter(clone_from=PdfReader(SAMPLE))
    writer.append(PdfReader(scan))
    path = folder / "partly_scanned.pdf"
    with path.open("wb") as fh:
        writer.write(fh)
    scan.unlink()
    return path


def build_prose(folder: Path) -> Path:
    """Two pages of prose and no table at all."""
    lines = [
        "Serious Case Review: overview report",
        "",
        "This report sets out the findings of the review panel. It contains no action plan;",
        "the plan was published separately by the Board once agencies had agreed it.",
        "The panel met six times between January and June and heard from every agency.",
    ]
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 6 0 R] /Count 2 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        text_stream(lines * 4),
        HELVETICA,
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 7 0 R"
        b" /Resources << /Font << /F1 5 0 R >> >> >>",
        text_stream(lines[2:] * 6),
    ]
    path = folder / "prose_no_tables.pdf"
    path.write_bytes(raw_pdf(objects))
    return path


def build_unknown_header_table(folder: Path) -> Path:
    """A ruled table whose header is nothing like an action plan's (Colour | Weight | Origin):
    it must be kept in tables/ under its own column names."""
    rows = [
        ["Colour", "Weight", "Origin"],
        ["Red", "12 kg", "Spain"],
        ["Green", "7 kg", "Kenya"],
        ["Yellow", "3 kg", "Peru"],
    ]
    return table_pdf(folder / "unknown_header_table.pdf", "Produce delivered", rows)


def build_single_column_table(folder: Path) -> Path:
    """A ruled table of one column."""
    rows = [["Notes"], ["The panel met six times."], ["Agencies replied in writing."], ["End."]]
    return table_pdf(folder / "single_column_table.pdf", "Panel notes", rows, col_widths=[300])


FORM_ROWS = [
    [
        "1. Agencies to review their self-neglect guidance so that it covers hoarding and the "
        "refusal of care.",
        "Publish revised guidance",
        "Safeguarding Board",
        "30/04/2016",
        "Green",
    ],
    ["2. GPs to record next of kin for every patient who lives alone.", "Audit records", "CCG",
     "31/07/2016", "Amber"],
    ["3. Housing to share concerns with adult social care.", "Agree a referral pathway",
     "Housing", "31/10/2016", "Red"],
]  # fmt: skip
"""The cell values of form_plan.pdf, row by row."""


def build_form_plan(folder: Path) -> Path:
    """A fillable form of an action plan, filled in: a ruled table whose header is printed and
    whose cells are form fields (text fields, a RAG drop-down) with their values set. The
    values are drawn only by the fields' own appearances, none in the page's content."""
    from reportlab.pdfgen.canvas import Canvas

    path = folder / "form_plan.pdf"
    canvas = Canvas(str(path), pagesize=(842.0, 595.0))
    canvas.setFont("Helvetica-Bold", 14)
    canvas.drawString(72, 540, "Action plan")
    xs = [72, 292, 472, 592, 682, 762]
    header = ["Recommendation", "Action", "Lead", "Target date", "RAG"]
    row_height = 60
    ys = [520, 496] + [496 - row_height * (i + 1) for i in range(len(FORM_ROWS))]
    for y in ys:
        canvas.line(xs[0], y, xs[-1], y)
    for x in xs:
        canvas.line(x, ys[0], x, ys[-1])
    canvas.setFont("Helvetica-Bold", 10)
    for x, text in zip(xs, header, strict=False):
        canvas.drawString(x + 4, ys[0] - 16, text)
    form = canvas.acroForm
    for r, row in enumerate(FORM_ROWS):
        for k, value in enumerate(row):
            place = {
                "name": f"r{r}c{k}",
                "value": value,
                "x": xs[k] + 2,
                "y": ys[r + 2] + 2,
                "width": xs[k + 1] - xs[k] - 4,
                "height": row_height - 4,
                "borderWidth": 0,
                "fillColor": None,
                "fontName": "Helvetica",
                "fontSize": 9,
            }
            if header[k] == "RAG":
                form.choice(options=["Red", "Amber", "Green"], **place)
            else:
                form.textfield(fieldFlags="multiline", maxlen=500, **place)
    canvas.showPage()
    canvas.save()
    return path


def build_zero_pages(folder: Path) -> Path:
    """A well-formed PDF whose page tree has no pages (pypdf writer with none added)."""
    from pypdf import PdfWriter

    path = folder / "zero_pages.pdf"
    with path.open("wb") as fh:
        PdfWriter().write(fh)
    return path


def build_huge_page(folder: Path) -> Path:
    """One 14400 x 14400 pt page (the largest PDF allows, 5 m square) with a small
    action-plan table at its top left."""
    rows = [
        ["Recommendation", "Action", "Lead", "Target date"],
        [
            "1. Agencies to review their self-neglect guidance.",
            "Publish guidance",
            "Board",
            "30/04/2016",
        ],
        ["2. GPs to record next of kin.", "Audit records", "CCG", "31/07/2016"],
    ]
    widths = [200.0, 150.0, 100.0, 80.0]
    return table_pdf(folder / "huge_page.pdf", "Action plan", rows, (14400.0, 14400.0), widths)


NESTING_DEPTH = 5000


def build_deeply_nested(folder: Path) -> Path:
    """A page of prose whose dictionary holds arrays nested NESTING_DEPTH deep, both directly
    (/Nested) and in its /Annots, and whose resources hold a dictionary nested as deep."""
    arrays = b"[" * NESTING_DEPTH + b"0" + b"]" * NESTING_DEPTH
    dicts = b"<< /A " * NESTING_DEPTH + b"0" + b" >>" * NESTING_DEPTH
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R] /Count 1 >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> /Properties 6 0 R >> /Nested "
        + arrays
        + b" /Annots [7 0 R] >>",
        text_stream(["A page whose dictionary is nested very deep."]),
        HELVETICA,
        dicts,
        b"<< /Type /Annot /Subtype /Link /Rect [0 0 10 10] /Border " + arrays + b" >>",
    ]
    path = folder / "deeply_nested.pdf"
    path.write_bytes(raw_pdf(objects))
    return path


def build_self_referencing(folder: Path) -> Path:
    """A page tree whose /Pages node lists itself among its /Kids, a page that is its own
    /Parent's parent, and an indirect object that refers to itself."""
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [3 0 R 2 0 R] /Count 2 /Parent 2 0 R >>",
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents 4 0 R"
        b" /Resources << /Font << /F1 5 0 R >> /XObject 6 0 R >> >>",
        text_stream(["A page in a page tree that contains itself."]),
        HELVETICA,
        b"<< /Self 6 0 R /Loop 6 0 R >>",
    ]
    path = folder / "self_referencing.pdf"
    path.write_bytes(raw_pdf(objects))
    return path


THOUSAND = 1000


def build_missing_page_object(folder: Path) -> Path:
    """Three pages of text, the page tree's second kid an object that is gone (null): the tree
    declares 3 pages and holds 2."""
    path = folder / "missing_page_object.pdf"
    page = (
        b"<< /Type /Page /Parent 2 0 R /MediaBox [0 0 595 842] /Contents %d 0 R"
        b" /Resources << /Font << /F1 3 0 R >> >> >>"
    )
    objects = [
        b"<< /Type /Catalog /Pages 2 0 R >>",
        b"<< /Type /Pages /Kids [4 0 R 6 0 R 7 0 R] /Count 3 >>",
        HELVETICA,
        page % 5,
        text_stream(["The first page."]),
        b"null",
        page % 8,
        text_stream(["The third page."]),
    ]
    path.write_bytes(raw_pdf(objects))
    return path


def build_thousand_pages(folder: Path) -> Path:
    """THOUSAND pages of plain text (a long report without tables), drawn by reportlab."""
    from reportlab.pdfgen.canvas import Canvas

    path = folder / "thousand_pages.pdf"
    canvas = Canvas(str(path), pagesize=(595, 842), pageCompression=1)
    for number in range(1, THOUSAND + 1):
        canvas.setFont("Helvetica", 11)
        text = canvas.beginText(72, 770)
        text.textLine(f"Chapter {number}")
        text.textLine("The review panel considered the agencies' records for this period.")
        text.textLine("Nothing on this page is laid out as a table.")
        canvas.drawText(text)
        canvas.showPage()
    canvas.save()
    return path


BUILDERS: dict[str, Callable[[Path], Path]] = {
    "empty.pdf": build_empty,
    "html_renamed.pdf": build_html_renamed,
    "docx_renamed.pdf": build_docx_renamed,
    "truncated_10pct.pdf": build_truncated_10,
    "truncated_50pct.pdf": build_truncated_50,
    "truncated_90pct.pdf": build_truncated_90,
    "truncated_before_eof.pdf": build_truncated_before_eof,
    "broken_xref.pdf": build_broken_xref,
    "damaged_page_stream.pdf": build_damaged_page_stream,
    "encrypted_user_password.pdf": build_encrypted_user_password,
    "encrypted_owner_only.pdf": build_encrypted_owner_only,
    "encrypted_unknown_method.pdf": build_encrypted_unknown_method,
    "scanned_image_only.pdf": build_scanned,
    "partly_scanned.pdf": build_partly_scanned,
    "prose_no_tables.pdf": build_prose,
    "unknown_header_table.pdf": build_unknown_header_table,
    "single_column_table.pdf": build_single_column_table,
    "form_plan.pdf": build_form_plan,
    "zero_pages.pdf": build_zero_pages,
    "huge_page.pdf": build_huge_page,
    "deeply_nested.pdf": build_deeply_nested,
    "self_referencing.pdf": build_self_referencing,
    "thousand_pages.pdf": build_thousand_pages,
    "missing_page_object.pdf": build_missing_page_object,
}
"""Every hostile input by the file name its builder writes."""


def build_all(folder: Path) -> dict[str, Path]:
    """Every hostile input written into folder, by file name."""
    folder.mkdir(parents=True, exist_ok=True)
    built = {}
    for name, builder in BUILDERS.items():
        path = builder(folder)
        assert path.name == name, (name, path)
        built[name] = path
    return built


if __name__ == "__main__":
    import sys

    target = Path(sys.argv[1]) if len(sys.argv) > 1 else Path("hostile-inputs")
    for built_path in build_all(target).values():
        print(built_path)
