"""Themes of a recommendation, from a taxonomy of theme -> phrases that users edit.

A recommendation has a theme when its text holds one of the theme's phrases:

- case does not matter, except for a phrase written in capitals ("GP", "MARAC", "DASH"), which
  matches only in capitals, so that an acronym is not found inside ordinary words ("dash");
- a phrase matches whole words: "GP" is not found in "GPS";
- the words of a phrase may be apart by any spacing, a hyphen or a slash ("multi agency",
  "multi-agency", "multi/agency");
- a word ending in ``*`` matches any ending ("train*": train, trained, training, trainer);
- ``...`` between words stands for up to five other words ("ask* ... about domestic abuse"
  finds "ask older people about domestic abuse").

The themes of a text are listed in the taxonomy's order.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from pydantic import BaseModel, Field, field_validator

WORD_GAP = r"[\s\-/]+"
SKIPPED_WORDS = r"(?:[\s\-/]+\S+){0,5}?"


class Taxonomy(BaseModel):
    """Theme name -> the phrases that mark it, in the order the themes are reported."""

    themes: dict[str, list[str]] = Field(min_length=1)

    @field_validator("themes")
    @classmethod
    def phrases_present(cls, themes: dict[str, list[str]]) -> dict[str, list[str]]:
        """Every theme has a name and at least one phrase with a word in it."""
        for name, phrases in themes.items():
            if not name.strip():
                raise ValueError("a theme has an empty name")
            if not phrases or not all(re.search(r"\w", p) for p in phrases):
                raise ValueError(f"theme {name!r} needs phrases with words in them")
        return themes


@dataclass(frozen=True)
class CompiledTheme:
    """A theme's phrases as one regular expression."""

    name: str
    pattern: re.Pattern[str]


def word_pattern(word: str) -> str:
    """The regular expression of one word of a phrase: capitals exact, a trailing * any ending."""
    stem, wild = (word[:-1], True) if word.endswith("*") else (word, False)
    part = re.escape(stem) + (r"\w*" if wild else "")
    return part if len(stem) > 1 and stem.isupper() else f"(?i:{part})"


def phrase_pattern(phrase: str) -> str:
    """The regular expression of one phrase (see the module's docstring)."""
    pattern = ""
    for word in phrase.split():
        if word == "...":
            pattern += SKIPPED_WORDS  # each skipped word brings the gap before it
        else:
            pattern += (WORD_GAP if pattern else "") + word_pattern(word)
    return r"(?<!\w)" + pattern + r"(?!\w)"


def compile_taxonomy(taxonomy: Taxonomy) -> list[CompiledTheme]:
    """Each theme's phrases compiled, in the taxonomy's order."""
    return [
        CompiledTheme(name, re.compile("|".join(phrase_pattern(p) for p in phrases)))
        for name, phrases in taxonomy.themes.items()
    ]


def themes_of(text: str, themes: list[CompiledTheme]) -> list[str]:
    """The names of the themes whose phrases the text holds."""
    return [t.name for t in themes if t.pattern.search(text)]
