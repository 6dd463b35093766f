"""PDFium's parser (extract/parsing/parse_pdfium.py, the default) gives the objects of
pdfminer's own (through pdfplumber, the reference): the same pages and shapes on every file,
the same characters in the same places on the samples, a rotated page turned as pdfplumber
turns it, the same filled cells in the same colours, form XObjects' contents where they are
drawn, and a bound on shapes (issue 20). Where their values differ is listed in
parse_pdfium's docstring."""

from __future__ import annotations

from collections import Counter
from pathlib import Path
from typing import Any

import pdfplumber
import pytest
from pdfplumber.utils.text import LIGATURES

from actionplan.extract.document import extract_pdf
from actionplan.extract.fills import filled_shapes
from actionplan.extract.parsing.parse_page import ParsedPage
from actionplan.extract.parsing.parse_pdfium import pdfium_pages, pdfplumber_pages
from actionplan.extract.parsing.parse_pdfminer import pdfminer_pages
from actionplan.extract.settings import ExtractSettings
from actionplan.output.rows import recommendation_rows
from actionplan.pipeline import Options, convert_file
from tests.conftest import REAL, SAMPLES
from tests.robustness import make_inputs
from tests.test_crowded_pages import TABLE_SHAPES, crowded_pdf

CLOSE = 0.01
"""Points: PDFium keeps coordinates as 32-bit floats, pdfminer as 64-bit."""
BOX = ("x0", "x1", "top", "bottom")
SAMPLE_PDFS = sorted(SAMPLES.glob("*.pdf"))
PDFS = SAMPLE_PDFS + (sorted(REAL.glob("*.pdf")) if REAL.is_dir() else [])
PRINTED_SHARE = 0.98
"""Of a file's printed characters (blanks aside) pdfminer reads, the share PDFium reads too:
the rest are the differences parse_pdfium lists (a glyph pdfminer cannot decode, one of two
copies of fake bold, a ligature). The samples give 1, the files of REAL 0.990 at the least
(us_fds_2021_action_plan_final.pdf: a page of bullets each drawn twice over)."""


def reference(path: Path) -> list[ParsedPage]:
    """pdfminer's pages, as pdfplumber reads them."""
    with pdfplumber.open(path) as pdf:
        return list(pdfminer_pages(pdf))


def native(path: Path, max_shapes: int | None = None) -> list[ParsedPage]:
    """PDFium's pages, placed as pdfplumber places them (the pipeline's way in)."""
    with pdfplumber.open(path) as pdf:
        return list(pdfplumber_pages(pdf, max_shapes))


def near(a: dict[str, Any], b: dict[str, Any], keys: tuple[str, ...] = BOX) -> bool:
    """The two objects' values of these keys differ by less than CLOSE."""
    return all(abs(a[k] - b[k]) < CLOSE for k in keys)


def same_chars(ours: ParsedPage, theirs: ParsedPage) -> None:
    """Character for character the same text, font, size, direction and box. A glyph of
    several letters (a ligature) may end at its outline's right edge (see parse_pdfium)."""
    assert "".join(c["text"] for c in theirs.chars) == "".join(c["text"] for c in ours.chars)
    for mine, ref in zip(theirs.chars, ours.chars, strict=True):
        keys = ("x0", "top", "bottom", "size", "doctop")
        assert near(mine, ref, keys if len(ref["text"]) > 1 else (*keys, "x1")), (mine, ref)
        assert (mine["fontname"], mine["upright"]) == (ref["fontname"], ref["upright"])


def same_shapes(ours: ParsedPage, theirs: ParsedPage) -> None:
    """The same rectangles, lines and curves, in the same places, drawn alike."""
    for kind in ("rects", "lines", "curves"):
        mine, ref = getattr(theirs, kind), getattr(ours, kind)
        assert len(mine) == len(ref), kind
        for a, b in zip(mine, ref, strict=True):
            assert near(a, b) and (a["fill"], a["stroke"]) == (b["fill"], b["stroke"])
            assert all(
                abs(p - q) < CLOSE for pa, pb in zip(a["pts"], b["pts"], strict=True)
                for p, q in zip(pa, pb, strict=True)
            )  # fmt: skip


def printed(page: ParsedPage) -> Counter[str]:
    """The page's characters but blanks, by text."""
    return Counter(c["text"] for c in page.chars if not c["text"].isspace())


@pytest.mark.parametrize("pdf", PDFS, ids=[p.stem for p in PDFS])
def test_every_file_has_pdfminers_pages_shapes_and_text(pdf: Path) -> None:
    ours, theirs = reference(pdf), native(pdf)
    assert len(theirs) == len(ours)
    found = expected = 0
    for a, b in zip(ours, theirs, strict=True):
        assert (b.page_number, b.width, b.height) == (a.page_number, a.width, a.height)
        same_shapes(a, b)
        assert len(b.images) == len(a.images)
        assert all(near(i, j) for i, j in zip(a.images, b.images, strict=True))
        found += sum((printed(a) & printed(b)).values())
        expected += sum(printed(a).values())
    assert found >= PRINTED_SHARE * expected


@pytest.mark.parametrize("pdf", SAMPLE_PDFS, ids=[p.stem for p in SAMPLE_PDFS])
def test_a_samples_characters_are_pdfminers(pdf: Path) -> None:
    for a, b in zip(reference(pdf), native(pdf), strict=True):
        same_chars(a, b)


def test_characters_have_the_keys_the_extract_stage_reads() -> None:
    (page, *_) = native(SAMPLES / "seed_bdhr_2013_14_02.pdf")
    keys = {"text", "fontname", "size", "upright", "x0", "x1", "top", "bottom", "doctop"}
    assert all(keys | {"non_stroking_color"} <= set(c) for c in page.chars)


def test_a_lone_space_between_two_runs_is_kept() -> None:
    """`BT ... (\\x04) Tj ET`, a space drawn as a text object of its own, prints nothing, and
    PDFium's text page leaves it out: without it '3.' and 'Probation' were one word."""
    (_, page, *_) = native(SAMPLES / "seed_bdhr_2013_14_02.pdf")
    assert "Recommendation 3. Probation" in "".join(c["text"] for c in page.chars)


def test_ligatures_are_one_character_and_keep_their_letters_widths_apart() -> None:
    """PDFium spells a ligature glyph ('ﬁ') out as letters at one origin: they are one
    character again, and the ligature's width is not taken for its letters' elsewhere."""
    path = SAMPLES / "dhr_2019_04_northshire.pdf"
    ligatures = 0
    for a, b in zip(reference(path), native(path), strict=True):
        assert len(b.chars) == len(a.chars)
        for mine, ref in zip(b.chars, a.chars, strict=True):
            if ref["text"] in LIGATURES or len(ref["text"]) > 1:
                # One glyph of several letters: its width may be its outline's (see
                # parse_pdfium), where the outline overhangs the advance.
                ligatures += 1
                assert mine["text"] == LIGATURES.get(ref["text"], ref["text"])
                assert abs(mine["x0"] - ref["x0"]) < CLOSE
            else:
                assert mine["text"] == ref["text"] and near(mine, ref), (mine, ref)
    assert ligatures


def test_a_rotated_page_reads_as_pdfplumber_shows_it() -> None:
    path = SAMPLES / "rotated_dhr_2018_02_kelham.pdf"
    ours = reference(path)
    for theirs in (native(path), list(pdfium_pages(path))):
        for a, b in zip(ours, theirs, strict=True):
            assert (b.width, b.height) == pytest.approx((a.width, a.height))
            assert b.width > b.height  # /Rotate 90 of a portrait MediaBox
            same_chars(a, b)
            same_shapes(a, b)
    # The text is drawn turned a quarter the other way: upright as the page is shown.
    assert all(c["upright"] for c in ours[0].chars)


def test_a_filled_rag_cell_has_the_same_colour() -> None:
    path = SAMPLES / "reportlab_sar_2015_12_adult_d.pdf"
    settings = ExtractSettings()
    for a, b in zip(reference(path), native(path), strict=True):
        ours, theirs = filled_shapes(a, settings), filled_shapes(b, settings)
        assert [colour for _, colour in theirs] == [colour for _, colour in ours]
        for (box, _), (other, _) in zip(theirs, ours, strict=True):
            assert all(abs(p - q) < CLOSE for p, q in zip(box, other, strict=True))
    colours = {colour for page in native(path) for _, colour in filled_shapes(page, settings)}
    assert "#00b050" in colours  # the Green of the RAG column

    def rows(parser: str) -> list[dict[str, Any]]:
        options = Options(settings=ExtractSettings(parser=parser))  # type: ignore[arg-type]
        return recommendation_rows(convert_file(path, options))

    pdfium = rows("pdfium")
    assert pdfium == rows("pdfminer")
    assert {row["rag"] for row in pdfium} >= {"Green", "Amber"}


def form_pdf(path: Path) -> Path:
    """A page that draws one form XObject (a filled box with text in it) twice, moved and
    scaled, with text and a line of its own between."""
    from reportlab.pdfgen import canvas

    pdf = canvas.Canvas(str(path))
    pdf.beginForm("cell")
    pdf.setFillColorRGB(1.0, 0.75, 0.0)
    pdf.rect(0, 0, 120, 30, fill=1, stroke=1)
    pdf.setFillColorRGB(0, 0, 0)
    pdf.setFont("Helvetica", 10)
    pdf.drawString(6, 10, "Amber in a form")
    pdf.endForm()
    pdf.saveState()
    pdf.translate(72, 700)
    pdf.doForm("cell")
    pdf.restoreState()
    pdf.setFont("Helvetica-Bold", 12)
    pdf.drawString(72, 650, "Between the forms")
    pdf.line(72, 640, 400, 640)
    pdf.saveState()
    pdf.translate(200, 500)
    pdf.scale(1.5, 2)
    pdf.doForm("cell")
    pdf.restoreState()
    pdf.save()
    return path


def test_form_xobjects_are_read_where_they_are_drawn(tmp_path: Path) -> None:
    path = form_pdf(tmp_path / "forms.pdf")
    (ours,), (theirs,) = reference(path), native(path)
    same_chars(ours, theirs)
    same_shapes(ours, theirs)
    text = "".join(c["text"] for c in theirs.chars)
    assert text == "Amber in a formBetween the formsAmber in a form"
    assert len(theirs.rects) == 2 and len(theirs.lines) == 1
    first, second = theirs.rects
    assert (first["x0"], first["x1"]) == pytest.approx((72, 192), abs=CLOSE)
    assert (second["x0"], second["x1"]) == pytest.approx((200, 380), abs=CLOSE)
    assert second["bottom"] - second["top"] == pytest.approx(60, abs=CLOSE)
    settings = ExtractSettings()
    assert [colour for _, colour in filled_shapes(theirs, settings)] == ["#ffbf00"] * 2


@pytest.mark.parametrize("one_path", [False, True], ids=["separate", "one path"])
def test_shapes_past_the_bound_are_counted_and_the_first_kept(
    tmp_path: Path, one_path: bool
) -> None:
    path = crowded_pdf(tmp_path / "crowded.pdf", 300, one_path)
    total = TABLE_SHAPES + 300
    (every,) = reference(path)
    assert len(every.rects) + len(every.lines) + len(every.curves) == total
    for bound, kept in ((None, total), (50, 50), (total, total)):
        (page,) = native(path, bound)
        assert len(page.rects) + len(page.lines) + len(page.curves) == kept
        assert page.shapes_dropped == total - kept
    # The table's lines are drawn first: they are kept, and are pdfminer's.
    (page,) = native(path, TABLE_SHAPES)
    assert (len(page.lines), page.rects) == (TABLE_SHAPES, [])
    assert all(near(a, b) for a, b in zip(page.lines, every.lines, strict=True))


def test_the_pipeline_reads_an_encrypted_file_with_pdfium(tmp_path: Path) -> None:
    path = make_inputs.build_encrypted_user_password(tmp_path)
    password = make_inputs.USER_PASSWORD
    pdfium = extract_pdf(path, ExtractSettings(parser="pdfium"), password)
    pdfminer = extract_pdf(path, ExtractSettings(parser="pdfminer"), password)
    assert pdfium.tables

    def texts(tables: list[Any]) -> list[list[str]]:
        return [[(cell.text, cell.fill) for r in t.rows for cell in r.cells] for t in tables]

    assert texts(pdfium.tables) == texts(pdfminer.tables)


def test_vertical_writing_and_an_inline_image_are_pdfminers(tmp_path: Path) -> None:
    """What the samples lack: a vertical CJK font and an inline image. A vertical glyph's box
    is where PDFium draws it; pdfminer places it by the font's vertical metrics, higher by a
    fixed amount (see parse_pdfium)."""
    from PIL import Image
    from reportlab.pdfbase import pdfmetrics
    from reportlab.pdfbase.cidfonts import UnicodeCIDFont
    from reportlab.pdfgen import canvas

    pdfmetrics.registerFont(UnicodeCIDFont("HeiseiMin-W3", isVertical=True))
    path = tmp_path / "mixed.pdf"
    pdf = canvas.Canvas(str(path))
    pdf.setFont("HeiseiMin-W3", 14)
    pdf.drawString(300, 700, "日本語のテキスト")
    pdf.setFont("Helvetica", 11)
    pdf.drawString(72, 500, "Horizontal text after it")
    pdf.drawInlineImage(Image.new("RGB", (4, 4), "red"), 72, 400, 20, 20)
    pdf.save()
    (ours,), (theirs,) = reference(path), native(path)
    vertical, horizontal = theirs.chars[:8], theirs.chars[8:]
    assert "".join(c["text"] for c in vertical) == "日本語のテキスト"
    assert len({c["x0"] for c in vertical}) == 1 and len({c["top"] for c in vertical}) == 8
    same_chars(ParsedPage(1, 0, 0, ours.chars[8:]), ParsedPage(1, 0, 0, horizontal))
    shifts = set()
    for mine, ref in zip(vertical, ours.chars[:8], strict=True):
        assert mine["text"] == ref["text"] and near(mine, ref, ("x0", "x1", "size"))
        shifts.add(round(mine["top"] - ref["top"], 3))
    assert len(shifts) == 1
    (image,) = theirs.images
    assert near(image, ours.images[0]) and image["srcsize"] == (4, 4)
