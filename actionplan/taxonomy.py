"""Taxonomy files: the default themes shipped with actionplan (themes.toml beside this module),
or a TOML file a user wrote in the same form."""

from __future__ import annotations

import tomllib
from pathlib import Path

from pydantic import ValidationError

from actionplan.normalise.themes import CompiledTheme, Taxonomy, compile_taxonomy

DEFAULT_TAXONOMY = Path(__file__).with_name("themes.toml")


class TaxonomyError(Exception):
    """A taxonomy file that cannot be used. str(err) is one line naming the file and why."""


def load_taxonomy(path: Path | None = None) -> Taxonomy:
    """The taxonomy in path, or the default one."""
    path = path or DEFAULT_TAXONOMY
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
        return Taxonomy.model_validate(data)
    except OSError as err:
        raise TaxonomyError(f"{path}: {err.strerror or err}") from err
    except UnicodeDecodeError as err:
        raise TaxonomyError(f"{path}: not UTF-8 text") from err
    except tomllib.TOMLDecodeError as err:
        raise TaxonomyError(f"{path}: not valid TOML ({err})") from err
    except ValidationError as err:
        first = err.errors()[0]
        where = ".".join(str(p) for p in first["loc"])
        raise TaxonomyError(
            f"{path}: not a taxonomy ({where}: {first['msg']}); expected [themes] with "
            '"Theme name" = ["phrase", ...]'
        ) from err


def chosen_themes(choice: Path | None) -> list[CompiledTheme] | None:
    """The compiled taxonomy a user chose: none (None), the default one ('default') or a file."""
    if choice is None:
        return None
    return compile_taxonomy(load_taxonomy(None if str(choice) == "default" else choice))
