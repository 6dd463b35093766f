"""Printed lines back into text: Unicode clean-up, line joining, bullets.

Rules the output relies on:

- Unicode NFKC (ligatures "ﬁ" -> "fi", no-break and thin spaces -> space, full-width forms);
  soft hyphens (U+00AD) and zero-width characters are removed.
- Wrapped lines join with one space. A line ending in a hyphen that follows a letter or digit
  joins the next line WITHOUT a space and keeps the hyphen ("multi-" + "agency" ->
  "multi-agency", "Co-" + "ordinator" -> "Co-ordinator"): Word-exported plans do not hyphenate
  automatically, so a hyphen printed at a line end is a real one. A spaced dash ("Lead -") joins
  with a space. A soft hyphen at a line end is dropped and the halves joined ("organi\\xad" +
  "sation" -> "organisation").
- Paragraph breaks are "\\n": where ``paragraph_starts`` says so, before a bulleted line, and
  after a blank line (blank lines themselves are dropped).
- Bullets at a line start (•, ▪, ●, ■, ◦, ‣, ⁃, ➢, ►, and the Symbol/Wingdings private-use
  glyphs U+F0B7, U+F0A7, U+F0D8, U+F076) become "• ". "-", "*" and a letter "o" are NOT bullets
  here: they start ordinary words and dashes too often.
- Runs of spaces and tabs collapse to one space; line ends are stripped.
"""

from __future__ import annotations

import re
import unicodedata

__all__ = ["BULLET", "clean", "clean_line", "collapse_ws", "is_bullet_line", "join_lines"]

BULLET = "• "
"""How every bullet is written in the output."""

_SOFT_HYPHEN = "\u00ad"
_ZERO_WIDTH_RE = re.compile("[\u200b\u200c\u200d\u2060\ufeff]")
_BULLET_CHARS = "•▪●■◦‣⁃➢►\uf0b7\uf0a7\uf0d8\uf076"
_BULLET_RE = re.compile(rf"^[{_BULLET_CHARS}][ \t]*")
_SPACES_RE = re.compile(r"[ \t\f\v]+")


def _normalise_chars(text: str) -> str:
    # NFKC first: it turns U+00A0 and friends into plain spaces, which the collapsing then sees.
    text = unicodedata.normalize("NFKC", text)
    text = text.replace("\r\n", "\n").replace("\r", "\n")
    return _ZERO_WIDTH_RE.sub("", text)


def clean_line(line: str) -> str:
    """One printed line cleaned: NFKC, spaces collapsed, stripped, leading bullet as "• ".

    Soft hyphens are kept here (``join_lines`` needs to see one at the line end); use
    ``clean`` for a finished text.
    """
    line = _SPACES_RE.sub(" ", _normalise_chars(line).replace("\n", " ")).strip()
    return _BULLET_RE.sub(BULLET, line)


def is_bullet_line(line: str) -> bool:
    """True when the line starts with a bullet glyph (not "-", "*" or "o")."""
    return _BULLET_RE.match(line.lstrip()) is not None


def _join_pair(left: str, right: str) -> str:
    """Join a wrapped line to the next one by the hyphenation rule."""
    if left.endswith(_SOFT_HYPHEN):
        return left[:-1] + right
    if len(left) >= 2 and left[-1] == "-" and left[-2].isalnum() and right[:1].isalnum():
        return left + right
    return left + " " + right


def join_lines(lines: list[str], paragraph_starts: list[bool] | None = None) -> str:
    """Join a cell's printed lines into its text.

    A wrapped line joins the next with one space; a line ending in a hyphen after a letter or
    digit joins the next without a space, keeping the hyphen ("multi-" + "agency" ->
    "multi-agency", "Co-" + "ordinator" -> "Co-ordinator"); a soft hyphen (U+00AD) at the line end
    is removed and the halves joined ("organi\\xad" + "sation" -> "organisation").
    ``paragraph_starts[i]`` True means line i starts a new paragraph, joined with "\\n"; a
    bulleted line and the line after a blank one start paragraphs too. Spaces collapse, NFKC
    applies (ligatures "ﬁ" -> "fi") and bullets are written "• ".

    Raises ValueError when ``paragraph_starts`` is not as long as ``lines``.
    """
    if paragraph_starts is not None and len(paragraph_starts) != len(lines):
        raise ValueError(
            f"paragraph_starts has {len(paragraph_starts)} entries for {len(lines)} lines"
        )
    paragraphs: list[str] = []
    current = ""
    new_para = True
    for i, raw in enumerate(lines):
        line = clean_line(raw)
        if not line:
            new_para = True  # a blank line ends the paragraph
            continue
        starts = new_para or line.startswith(BULLET)
        if paragraph_starts is not None and paragraph_starts[i]:
            starts = True
        if starts or not current:
            if current:
                paragraphs.append(current)
            current = line
        else:
            current = _join_pair(current, line)
        new_para = False
    if current:
        paragraphs.append(current)
    return "\n".join(p.replace(_SOFT_HYPHEN, "") for p in paragraphs)


def clean(text: str) -> str:
    """A finished text cleaned: NFKC, soft hyphens removed, spaces collapsed per line, stripped.

    Keeps "\\n" line breaks (each line stripped); bullets at a line start become "• ".
    """
    text = _normalise_chars(text).replace(_SOFT_HYPHEN, "")
    lines = [_BULLET_RE.sub(BULLET, _SPACES_RE.sub(" ", ln).strip()) for ln in text.split("\n")]
    return "\n".join(lines).strip()


def collapse_ws(text: str) -> str:
    """All whitespace runs to one space, stripped (for comparing texts)."""
    return " ".join(text.split())
