"""Extract mechanisms on small synthetic inputs: grid spans, rulings, coverage, lines, words."""

from __future__ import annotations

from pathlib import Path
from types import SimpleNamespace

import pytest

from actionplan.extract.furniture import is_page_number
from actionplan.extract.grids import engines
from actionplan.extract.grids.grid import Fragment, GridCell, build_fragment, coverage
from actionplan.extract.grids.rulings import closing_lines, from_box, from_points, segment, split
from actionplan.extract.models import Line
from actionplan.extract.settings import ExtractSettings
from actionplan.extract.text import mark_broken_words, mark_line_breaks, vocabulary


def char(x0: float, top: float, text: str = "a", size: float = 10.0) -> dict:
    return {"x0": x0, "x1": x0 + 5, "top": top, "bottom": top + size, "text": text, "size": size}


def line(text: str, x0: float, x1: float, top: float = 0.0, size: float = 10.0) -> Line:
    return Line(text, x0, top, x1, top + size, size, bold=False)


def test_merged_cells_get_spans_from_the_grid() -> None:
    cells = [
        (0, 0, 300, 20),  # a section row across three columns
        (0, 20, 100, 60),  # a recommendation cell merged over two rows
        (100, 20, 200, 40),
        (200, 20, 300, 40),
        (100, 40, 200, 60),
        (200, 40, 300, 60),
    ]
    fragment = build_fragment(cells, 1, ExtractSettings())
    assert fragment is not None and (fragment.n_rows, fragment.n_cols) == (3, 3)
    spans = {(c.row, c.col): (c.rowspan, c.colspan) for c in fragment.cells}
    assert spans[(0, 0)] == (1, 3)
    assert spans[(1, 0)] == (2, 1)


def test_sliver_columns_from_thick_borders_are_merged() -> None:
    cells = [(29, 0, 35, 20), (35, 0, 242, 20), (242, 0, 561, 20)]
    fragment = build_fragment(cells, 1, ExtractSettings())
    assert fragment is not None and fragment.n_cols == 2


def test_tilted_and_boxed_rulings_snap_to_axes() -> None:
    (v,) = from_points([(174.0, 96.0), (175.2, 534.0)], slack=2.0)
    assert v["x0"] == v["x1"] and v["top"] == 96.0
    assert from_box(0, 0, 100, 50, thin=3.0, stroked=False) == []
    assert len(from_box(0, 0, 100, 50, thin=3.0, stroked=True)) == 4
    (thin,) = from_box(10, 0, 11, 50, thin=3.0, stroked=False)
    assert thin["x0"] == thin["x1"] == 10.5


def test_row_left_open_at_a_page_break_is_closed() -> None:
    vertical = [segment(x, 100, x, 781) for x in (43, 168, 266, 553)]
    horizontal = [segment(43, 100, 553, 100), segment(43, 755, 553, 755)]
    (closing,) = closing_lines(vertical, horizontal)
    assert abs(closing["top"] - 781) <= 2 and closing["x0"] == 43 and closing["x1"] == 553
    # Where anything is drawn at that height, a gap is a merged cell and stays open.
    drawn = [*horizontal, segment(168, 781, 553, 781)]
    assert closing_lines(vertical, drawn) == []
    assert split([closing])[1] == [closing]


def test_coverage_drops_when_the_grid_has_a_hole() -> None:
    cells = [GridCell((0, 0, 100, 20), 0, 0), GridCell((100, 0, 200, 20), 0, 1)]
    full = Fragment(1, (0, 0, 200, 40), [0, 100, 200], [0, 20, 40], cells)
    chars = [char(10, 2), char(110, 2), char(10, 25)]
    assert coverage(chars, [full]) == 2 / 3
    assert coverage([char(10, 2)], [full]) == 1.0


def test_word_broken_for_a_narrow_column_is_glued_back() -> None:
    cell = (0.0, 0.0, 60.0, 40.0)
    lines = [line("Timescal", 5, 52), line("e", 5, 10, top=12)]
    mark_broken_words(lines, cell, vocabulary([line("Timescale", 0, 50)]))
    assert lines[0].word_continues


def test_ordinary_wrap_is_not_glued() -> None:
    cell = (0.0, 0.0, 60.0, 40.0)
    lines = [line("scheduled", 5, 52), line("for May", 5, 40, top=12)]
    mark_broken_words(lines, cell, vocabulary([line("scheduled for", 0, 50)]))
    assert not lines[0].word_continues


def test_date_cut_after_a_slash_is_glued_but_a_year_and_full_stop_is_not() -> None:
    cell = (0.0, 0.0, 40.0, 40.0)
    cut = [line("31/10/", 5, 30), line("22", 5, 15, top=12)]
    mark_broken_words(cut, cell, set())
    assert cut[0].word_continues
    sentence = [line("in 2020.", 5, 35), line("13/08/2020 – The", 5, 35, top=12)]
    mark_broken_words(sentence, cell, set())
    assert not sentence[0].word_continues


def test_short_line_before_a_word_that_would_fit_is_a_hard_break() -> None:
    cell = (0.0, 0.0, 200.0, 40.0)
    first = line("Health Visiting Service Lead", 5, 120)
    second = line("Lead - Named Nurse", 5, 90, top=12)
    second.first_word_width = 20.0
    mark_line_breaks([first, second], cell)
    assert second.breaks_before
    wrapped = line("agreed that the approach should", 5, 190)
    nxt = line("be shared", 5, 40, top=12)
    nxt.first_word_width = 10.0
    mark_line_breaks([wrapped, nxt], cell)
    assert not nxt.breaks_before


def test_front_matter_page_numbers_are_furniture() -> None:
    settings = ExtractSettings()
    for text in ("xx", "xix", "iv", "12", "Page 3"):
        assert is_page_number(line(text, 430, 445, top=8.0), 842.0, settings), text
    # A roman numeral in the body, or a word of letters i, v, x, l, is not a page number.
    assert not is_page_number(line("xx", 430, 445, top=400.0), 842.0, settings)
    assert not is_page_number(line("ill", 430, 445, top=8.0), 842.0, settings)


def test_camelot_reads_a_window_of_pages_from_the_one_asked_for(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    """camelot is asked for the page a grid is wanted for and the next few, once each, not for
    every page of the file (grids/engines.py)."""
    asked: list[str] = []

    def boxes(path: Path, flavor: str, password: str | None, pages: str) -> dict[int, list]:
        asked.append(pages)
        first, _, last = pages.partition("-")
        return {n: [] for n in range(int(first), int(last or first) + 1)}

    monkeypatch.setattr(engines, "camelot_boxes", boxes)
    finder = engines.GridFinder(Path("x.pdf"), ExtractSettings(), page_count=30)
    page = SimpleNamespace(height=800.0)
    for number in (5, 7, 12, 13, 30):
        assert finder.camelot("lattice", page, number) == []
    window = engines.CAMELOT_WINDOW
    assert asked == [f"5-{4 + window}", f"13-{12 + window}", "30"]
    alone = engines.GridFinder(Path("x.pdf"), ExtractSettings())
    alone.camelot("lattice", page, 3)
    assert asked[-1] == "3"
