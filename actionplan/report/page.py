"""report.html: one self-contained page (inline SVG and CSS, no script, nothing fetched) that
reads on a laptop screen and prints. Every figure has its table one click away (a <details>
under it) and the name of its CSV beside it."""

from __future__ import annotations

import os
from dataclasses import dataclass
from html import escape
from pathlib import Path
from urllib.parse import quote

import pandas as pd

STYLE = """
body { font: 15px/1.45 system-ui, sans-serif; color: #222; max-width: 1100px; margin: 0 auto;
       padding: 1rem 1.5rem 4rem; }
h1 { font-size: 1.6rem; margin-bottom: .2rem; }
h2 { margin-top: 2.5rem; border-bottom: 1px solid #ccc; }
nav a { margin-right: 1rem; } .meta { color: #555; }
figure { margin: 1rem 0 2rem; } figure svg { max-width: 100%; height: auto; }
figcaption { color: #555; font-size: .9rem; }
table.data { border-collapse: collapse; font-size: .85rem; margin: .5rem 0; }
table.data th, table.data td { border: 1px solid #ddd; padding: .2rem .45rem; text-align: left;
       vertical-align: top; }
table.data th { background: #f3f3f3; }
details summary { cursor: pointer; color: #1a5fb4; }
.csv { font-size: .85rem; } .group { margin: 1rem 0 1.5rem; } .group h3 { font-size: 1rem; }
.group li { margin-bottom: .3rem; } .source { color: #555; font-size: .85rem; }
.empty { color: #777; font-style: italic; }
@media print { nav, details { display: none; } h2 { break-before: page; }
       figure, .group { break-inside: avoid; } }
"""


@dataclass(frozen=True)
class Figure:
    """One figure: its chart, the table behind it and the CSV that holds that table."""

    svg: str
    table: pd.DataFrame
    csv: str
    caption: str


def table_html(frame: pd.DataFrame) -> str:
    """A DataFrame as an HTML table, text escaped."""
    if frame.empty:
        return '<p class="empty">Nothing to show.</p>'
    return frame.to_html(index=False, escape=True, border=0, classes="data", na_rep="")


def figure_html(figure: Figure, open_table: bool = False) -> str:
    """A chart, its caption, its table behind one click and a link to its CSV."""
    chart = figure.svg if not figure.table.empty else '<p class="empty">No data.</p>'
    return (
        f"<figure>{chart}<figcaption>{escape(figure.caption)}</figcaption>"
        f"<details{' open' if open_table else ''}><summary>Table</summary>"
        f"{table_html(figure.table)}</details>"
        f'<p class="csv">Data: <a href="{quote(figure.csv)}">{escape(figure.csv)}</a></p>'
        "</figure>"
    )


def source_link(source_file: str, source_path: str, page: int, out_dir: Path) -> str:
    """The source file and page, linked to the PDF (at that page) when its path is known."""
    label = f"{escape(source_file)}, page {page}" if page else escape(source_file)
    if not source_path:
        return f'<span class="source">{label}</span>'
    href = quote(Path(os.path.relpath(source_path, out_dir)).as_posix())
    anchor = f"#page={page}" if page else ""
    return f'<a class="source" href="{href}{anchor}">{label}</a>'


def section(anchor: str, title: str, body: str, note: str = "") -> str:
    """One section of the page."""
    intro = f"<p>{escape(note)}</p>" if note else ""
    return f'<section id="{anchor}"><h2>{escape(title)}</h2>{intro}{body}</section>'


def page_html(title: str, meta: str, sections: list[tuple[str, str, str]]) -> str:
    """The whole page: sections are (anchor, title, html)."""
    nav = "".join(f'<a href="#{a}">{escape(t)}</a>' for a, t, _ in sections)
    body = "".join(s for _, _, s in sections)
    return (
        '<!DOCTYPE html>\n<html lang="en"><head><meta charset="utf-8">'
        '<meta name="viewport" content="width=device-width, initial-scale=1">'
        f"<title>{escape(title)}</title><style>{STYLE}</style></head><body>"
        f'<header><h1>{escape(title)}</h1><p class="meta">{escape(meta)}</p>'
        f"<nav>{nav}</nav></header>{body}</body></html>\n"
    )
