"""Scans as offices make them: hairlines, grey rules, grey bands, headers read differently
(issue 16)."""

from __future__ import annotations

from itertools import pairwise

import cv2
import numpy as np
import pytest

from actionplan.extract.grids.grid import cluster
from actionplan.extract.scans.image_rulings import (
    ImageSettings,
    PixelLine,
    between_words,
    carried_on,
    covers,
    find_lines,
    frame_gaps,
    join_collinear,
    span,
    to_the_grid,
    without_repeats,
)
from actionplan.extract.scans.ocr_cells import on_white
from actionplan.extract.stitch import is_repeated_header
from actionplan.normalise.document import note_lost_colour
from actionplan.normalise.models import Plan, Recommendation

COLUMNS = (100, 300, 500, 700)
ROWS = (100, 140, 300, 460, 560)


def office_page(dpi: float, hairline: int = 215) -> np.ndarray:
    """LibreOffice's default table look at `dpi`: 0.75 pt grey column rules, 0.1 pt rules between
    rows that scan as one pale line (`hairline` grey), a 15%-grey header and a 5%-grey band."""
    k = dpi / 150
    image = np.full((int(700 * k), int(800 * k), 3), 252, np.uint8)

    def at(v: float) -> int:
        return int(v * k)

    cv2.rectangle(image, (at(100), at(100)), (at(700), at(140)), (217, 217, 217), -1)
    cv2.rectangle(image, (at(100), at(140)), (at(700), at(160)), (242, 242, 242), -1)
    for y in ROWS:
        cv2.line(image, (at(100), at(y)), (at(700), at(y)), (hairline,) * 3, 1)
    for x in COLUMNS:
        cv2.line(image, (at(x), at(100)), (at(x), at(560)), (128, 128, 128), max(int(2 * k), 1))
    return cv2.GaussianBlur(image, (3, 3), 0.6)


@pytest.mark.parametrize("dpi", [150, 200, 300])
def test_hairlines_between_rows_are_found(dpi: float) -> None:
    k = dpi / 150
    lines = find_lines(office_page(dpi), dpi, ImageSettings())
    horizontal = cluster(sorted(ln.y0 for ln in lines if ln.y0 == ln.y1), 4 * k)
    vertical = cluster(sorted(ln.x0 for ln in lines if ln.x0 == ln.x1), 4 * k)
    for y in ROWS:
        assert any(abs(h - y * k) <= 3 * k for h in horizontal), (y, horizontal)
    for x in COLUMNS:
        assert any(abs(v - x * k) <= 3 * k for v in vertical), (x, vertical)


def test_a_hairline_the_ink_threshold_misses_is_found() -> None:
    """The ink threshold alone (Otsu's, the line finder before issue 16) finds none of these."""
    lines = find_lines(office_page(200, hairline=225), 200, ImageSettings())
    rows = [ln for ln in lines if ln.y0 == ln.y1 and ln.x1 - ln.x0 > 500]
    assert len(cluster(sorted(ln.y0 for ln in rows), 5)) == len(ROWS)


def test_grey_rules_of_an_unruled_plan_are_not_a_grid() -> None:
    """Pale rules between rows with no column rules crossing them stay out: an unruled plan is
    read from its text's alignment, and a rule there would cut it into one-column tables."""
    image = np.full((700, 800, 3), 252, np.uint8)
    for y in ROWS:
        cv2.line(image, (100, y), (700, y), (215, 215, 215), 1)
    for y in (120, 200, 380, 500):
        for x in (110, 310, 510):
            cv2.putText(image, "Agency lead", (x, y), cv2.FONT_HERSHEY_SIMPLEX, 0.5, (20,) * 3, 1)
    assert find_lines(image, 150, ImageSettings()) == []


def test_text_left_in_a_cell_is_not_a_hairline() -> None:
    """Grey marks of a line of text inside one cell cross no column rule: no ruling."""
    image = office_page(150)
    for y in (200, 215, 230):
        for x in range(110, 290, 12):
            cv2.line(image, (x, y), (x + 9, y), (200, 200, 200), 1)
    lines = find_lines(image, 150, ImageSettings())
    assert not any(ln.y0 == ln.y1 and 190 <= ln.y0 <= 240 for ln in lines)


def test_a_closing_rule_touched_by_text_is_kept() -> None:
    """The table's last hairline runs along the foot of the text above it (Northshire at
    200 dpi, colour): the text boxes touch it over most of its length, but every column rule
    ends on it, so it closes the table. The same hairline inside the table, where the column
    rules run on through it, is taken for a seam of letters."""
    k = 200 / 150
    image = office_page(200, hairline=225)  # a hairline only the faint pass finds
    text = np.zeros(image.shape[:2], bool)
    for left, right in pairwise(COLUMNS):  # each cell's text, padded
        cols = slice(int((left + 5) * k), int((right - 5) * k))
        text[int(548 * k) : int(559 * k), cols] = True  # down to the foot
        text[int(290 * k) : int(299 * k), cols] = True  # down to a row rule
    lines = find_lines(image, 200, ImageSettings(), text=text)
    rules = [ln for ln in lines if ln.y0 == ln.y1 and ln.x1 - ln.x0 > 500 * k]
    assert any(abs(ln.y0 - 560 * k) <= 2 for ln in rules)
    assert not any(abs(ln.y0 - 300 * k) <= 2 for ln in rules)


def test_a_broken_rule_runs_on_to_the_grid() -> None:
    """A faint rule that stops inside a cell lost its end; one that meets a column rule is a
    row rule under a merged cell and stays as it is; the frame's bottom runs to its corner."""
    frame = [PixelLine(x, 100.0, x, 560.0) for x in (100.0, 300.0, 500.0, 700.0)]
    inside = PixelLine(340.0, 300.0, 650.0, 300.0)
    assert to_the_grid(inside, frame, 1.0) == PixelLine(300.0, 300.0, 700.0, 300.0)
    merged = PixelLine(300.0, 300.0, 700.0, 300.0)
    assert to_the_grid(merged, frame, 1.0) == merged
    bottom = PixelLine(300.0, 560.0, 700.0, 560.0)
    assert to_the_grid(bottom, frame, 1.0) == PixelLine(100.0, 560.0, 700.0, 560.0)


def h(y: float, x0: float, x1: float) -> PixelLine:
    return PixelLine(x0, y, x1, y)


def v(x: float, y0: float, y1: float) -> PixelLine:
    return PixelLine(x, y0, x, y1)


def test_a_frame_rule_lost_across_a_band_is_bridged() -> None:
    """The right frame lost where it crosses a 5%-grey band (Northshire, greyscale): the band's
    top and bottom rules end on it, so the gap runs from corner to corner."""
    lines = [
        h(185, 45, 786),  # band top, ends at the frame
        h(201, 45, 786),  # band bottom
        v(45, 50, 530),  # left frame, whole
        v(786, 50, 187),  # right frame above the band
        v(786, 200, 530),  # and below it
    ]
    assert frame_gaps(lines, 1.0) == [v(786, 187, 200)]


def test_a_gap_inside_the_grid_is_a_merged_cell() -> None:
    """A column rule that stops at a band the rules across run through is a spanning cell: no
    bridge."""
    lines = [h(185, 45, 786), h(201, 45, 786), v(45, 50, 530), v(786, 50, 530)]
    lines += [v(300, 50, 187), v(300, 200, 530)]
    assert frame_gaps(lines, 1.0) == []


def test_a_short_faint_piece_carries_on_a_ruling_found() -> None:
    """A column rule grey on a grey header row is too short alone to pass for a ruling; joined
    to the rule below it, it is one."""
    settings = ImageSettings()
    found = [v(751, 71, 149)]
    assert carried_on(v(751.4, 57, 71), found, 1.0, settings) == v(751.4, 57, 149)
    assert carried_on(v(751, 20, 40), found, 1.0, settings) is None  # too far off its end
    assert carried_on(v(760, 57, 71), found, 1.0, settings) is None  # another level


def test_pieces_of_a_rule_are_joined_across_short_gaps_only() -> None:
    """A column rule broken by a shaded band (13 pt) stays two pieces, in whatever order the
    pieces come and a hair apart in level; a break where text touched it (5 pt) is joined."""
    settings = ImageSettings()
    below, above = v(237.4, 200, 535), v(237.5, 56, 187)
    assert sorted(join_collinear([below, above], 1.0, settings), key=span) == [
        v(237.5, 56, 187),
        v(237.4, 200, 535),
    ]
    assert join_collinear([v(237.4, 192, 535), above], 1.0, settings) == [v(237.45, 56, 535)]


def test_a_greyscale_scan_says_rag_was_not_read() -> None:
    plan = Plan(
        columns={"Recommendation": "recommendation", "RAG": "rag"},
        recommendations=[
            Recommendation(rec_id="1", page_start=2, page_end=2),
            Recommendation(rec_id="2", page_start=3, page_end=3, rag="Green"),
            Recommendation(rec_id="3", page_start=4, page_end=4),
        ],
    )
    note_lost_colour([plan], [2, 3])
    first, second, third = plan.recommendations
    assert any("greyscale" in w for w in first.warnings)
    assert second.warnings == [] and third.warnings == []


HEADER = [
    "Recommendation",
    "Agency",
    "Actions",
    "Lead Officer",
    "Timescale",
    "Progress Update",
    "RAG",
]


@pytest.mark.parametrize(
    "row",
    [
        HEADER,
        # a column rule of the header not seen on this page: two cells read as one
        ["Recommendation", "Agency", "Actions", "Lead Officer", "Timescale", "Progress Update RAG"],
        # OCR's misreadings
        ["Recommenaation", "Agency", "Actions", "Lead Offcer", "Timescale", "Progress Update", ""],
    ],
)
def test_a_repeated_header_read_differently_is_still_the_header(row: list[str]) -> None:
    assert is_repeated_header(row, HEADER)


@pytest.mark.parametrize(
    "row",
    [
        ["1. Agency leads to review the progress update", "Police", "1.1 Audit", "", "", "", ""],
        [
            "Recommendation 2",
            "Agency",
            "Actions to be agreed",
            "Lead Officer to be named",
            "",
            "",
            "",
        ],
    ],
)
def test_a_body_row_naming_columns_is_not_the_header(row: list[str]) -> None:
    assert not is_repeated_header(row, HEADER)


def test_a_flat_grey_fill_is_no_ink_to_read() -> None:
    """A RAG cell scanned in greyscale is a flat grey with scanner noise; stretched, the noise
    read as a letter ('a', Amber). Text on the same fill is kept, turned dark on white."""
    rng = np.random.default_rng(7)
    fill = np.clip(120 + rng.normal(0, 6, (60, 90)), 0, 255).astype(np.uint8)
    assert (on_white(fill) == 255).all()
    text = fill.copy()
    text[20:40, 10:80:6] = 250  # white strokes on the fill
    out = on_white(text)
    assert out[30, 10] < 64 and out[5, 5] > 192


def test_a_column_rule_is_cut_where_a_line_of_text_runs_across_it() -> None:
    """A band's title runs over the column rule (Northshire, black grid): words hug the rule on
    both sides, so the rule has no piece there; beside one cell's padded text it runs on."""
    settings = ImageSettings()
    text = np.zeros((600, 400), bool)
    text[300:320, 150:199] = True  # '...Safety' ends against the rule at x=200
    text[300:320, 202:260] = True  # 'Partnership' starts against it
    text[400:420, 150:190] = True  # a cell's own text, padded away from the rule
    parts = between_words(v(200, 50, 550), text, 1.0, settings)
    assert parts == [v(200, 50, 300), v(200, 320, 550)]


def test_a_ruling_covers_a_line_only_to_both_its_ends() -> None:
    """A band's tone edge that stops where a column's text touches the band does not stand for
    the faint rule beside it that runs on to the frame; one reaching both ends (within 4 pt)
    does."""
    faint = h(124, 23, 773)
    assert not covers(h(123.5, 134, 773), faint, 1.0)  # 85% of it: not enough
    assert covers(h(123.5, 25, 770), faint, 1.0)
    assert not covers(h(130, 23, 773), faint, 1.0)  # another boundary


def test_pieces_a_longer_line_covers_are_dropped() -> None:
    """Pieces of a band's edge found as tone steps where text breaks it would end where words
    start and pass for a table's side; the whole edge beside them stays."""
    edge = h(124, 23, 773)
    pieces = [h(125, 362, 404), h(125, 425, 486)]
    column = v(395, 80, 560)
    assert without_repeats([edge, *pieces, column], 1.0) == [edge, column]
