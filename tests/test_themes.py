"""Themes from a taxonomy of phrases (normalise/themes.py) and taxonomy files
(actionplan/taxonomy.py), on recommendation texts of the genre."""

from __future__ import annotations

from pathlib import Path

import pytest
from hypothesis import given
from hypothesis import strategies as st

from actionplan.normalise.themes import Taxonomy, compile_taxonomy, phrase_pattern, themes_of
from actionplan.taxonomy import DEFAULT_TAXONOMY, TaxonomyError, chosen_themes, load_taxonomy

DEFAULT = compile_taxonomy(load_taxonomy())


@pytest.mark.parametrize(
    ("text", "themes"),
    [
        (
            "GP practices to record disclosures of domestic abuse so that every clinician can "
            "see them.",
            {"Primary care", "Record keeping"},
        ),
        (
            "All agencies should ask older people about domestic abuse when assessing care needs.",
            {"Routine enquiry"},
        ),
        (
            "Police to refer every high risk victim to the MARAC.",
            {"Referral pathways", "MARAC/MAPPA", "Risk assessment"},
        ),
        (
            "Offender managers to set accredited programmes as part of MAPPA arrangements.",
            {"MARAC/MAPPA"},
        ),
        (
            "The Board to publish multi-agency guidance on working with adults who self-neglect.",
            {"Policy and guidance", "Self-neglect"},
        ),
        (
            "Housing providers to work towards accreditation against the DAHA standards.",
            {"Housing"},
        ),
        ("Practitioners to be trained in recognising coercive control.", {"Training"}),
        ("The dash to the finish line.", set()),
    ],
)
def test_default_taxonomy_on_genre_sentences(text: str, themes: set[str]) -> None:
    assert set(themes_of(text, DEFAULT)) == themes


def test_capitals_match_only_in_capitals_and_whole_words() -> None:
    themes = compile_taxonomy(Taxonomy(themes={"GP": ["GP"], "Risk": ["DASH"]}))
    assert themes_of("the GP practice", themes) == ["GP"]
    assert themes_of("the gp practice", themes) == []
    assert themes_of("GPS tracking", themes) == []
    assert themes_of("use the DASH form", themes) == ["Risk"]
    assert themes_of("a dash of", themes) == []


def test_words_apart_by_spaces_hyphens_slashes_and_stars_for_endings() -> None:
    themes = compile_taxonomy(Taxonomy(themes={"MA": ["multi agency"], "T": ["train*"]}))
    for text in ("multi agency", "Multi-Agency", "multi/agency", "multi\nagency"):
        assert themes_of(text, themes) == ["MA"]
    assert themes_of("retraining", themes) == []
    assert themes_of("Trainers and training", themes) == ["T"]


def test_themes_in_the_taxonomys_order() -> None:
    themes = compile_taxonomy(Taxonomy(themes={"B": ["beta"], "A": ["alpha"]}))
    assert themes_of("alpha and beta", themes) == ["B", "A"]


@given(st.text(), st.lists(st.text(min_size=1), min_size=1, max_size=4))
def test_any_phrase_compiles_and_any_text_is_searched(text: str, phrases: list[str]) -> None:
    phrases = [p for p in phrases if any(ch.isalnum() for ch in p)] or ["x"]
    themes = compile_taxonomy(Taxonomy(themes={"T": phrases}))
    assert themes_of(text, themes) in ([], ["T"])
    for phrase in phrases:
        words = phrase.split()
        if words and not any(w.endswith("*") for w in words):
            # A phrase is always found in a text that is the phrase itself.
            assert themes_of(" ".join(words), themes) == ["T"], phrase_pattern(phrase)


def test_default_taxonomy_is_shipped_and_named_default() -> None:
    assert DEFAULT_TAXONOMY.is_file()
    chosen = chosen_themes(Path("default"))
    assert chosen is not None and [t.name for t in chosen] == [t.name for t in DEFAULT]
    assert chosen_themes(None) is None


@pytest.mark.parametrize(
    ("content", "reason"),
    [
        ('[themes]\n"Housing" = []\n', "not a taxonomy (themes: Value error, theme 'Housing'"),
        ("[themes\n", "not valid TOML"),
        ('["not a table"]\n', "not a taxonomy"),
        ('title = "no themes"\n', "not a taxonomy (themes: Field required)"),
    ],
)
def test_a_bad_taxonomy_file_is_one_line_naming_it(
    tmp_path: Path, content: str, reason: str
) -> None:
    path = tmp_path / "mine.toml"
    path.write_text(content, encoding="utf-8")
    with pytest.raises(TaxonomyError) as err:
        load_taxonomy(path)
    assert str(err.value).startswith(f"{path}: ")
    assert reason in str(err.value)
    assert "\n" not in str(err.value)


def test_a_missing_taxonomy_file(tmp_path: Path) -> None:
    with pytest.raises(TaxonomyError, match="No such file"):
        load_taxonomy(tmp_path / "absent.toml")


def test_three_dots_skip_up_to_five_words() -> None:
    themes = compile_taxonomy(Taxonomy(themes={"RE": ["ask* ... about domestic abuse"]}))
    assert themes_of("ask about domestic abuse", themes) == ["RE"]
    assert themes_of("asking older people about domestic abuse", themes) == ["RE"]
    assert themes_of("ask a b c d e f about domestic abuse", themes) == []


def test_convert_with_themes_adds_the_column_last(tmp_path: Path) -> None:
    from actionplan.output.rows import RECOMMENDATION_COLUMNS
    from tests.conftest import SAMPLES, read_csv, run_cli

    pdf = SAMPLES / "dhr_2019_04_northshire.pdf"
    proc = run_cli("convert", str(pdf), "--out", str(tmp_path / "t"), "--themes", "default")
    assert proc.returncode == 0, proc.stderr
    rows = read_csv(tmp_path / "t" / "recommendations.csv")
    assert list(rows[0]) == [*RECOMMENDATION_COLUMNS, "themes"]
    for row in rows:
        assert row["themes"] == "; ".join(themes_of(row["recommendation"], DEFAULT))
    assert any("Housing" in row["themes"] for row in rows)
    plain = run_cli("convert", str(pdf), "--out", str(tmp_path / "p"))
    assert plain.returncode == 0
    assert list(read_csv(tmp_path / "p" / "recommendations.csv")[0]) == list(RECOMMENDATION_COLUMNS)
