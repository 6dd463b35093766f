"""Store landscape pages rotated: a portrait MediaBox, the content turned, and ``/Rotate``.

Some published plans are landscape pages saved this way (by scanners' software, "rotate and
save" in a PDF editor, or print drivers): the page dictionary says portrait, the drawing
operators draw the table sideways, and ``/Rotate 90`` tells viewers to turn the page so it
displays upright. Text extraction that ignores ``/Rotate`` sees the table turned by 90°.

Needs pypdf.
"""

from __future__ import annotations

from pathlib import Path

from pypdf import PageObject, PdfReader, PdfWriter, Transformation
from pypdf.generic import NameObject, NumberObject


def store_rotated(src: Path, dst: Path, rotate: int = 90) -> None:
    """Copy ``src`` to ``dst`` with every landscape page stored portrait under ``/Rotate``.

    A viewer turns a page with ``/Rotate 90`` clockwise by 90° (``270``: anticlockwise). For the
    landscape drawing (width W, height H) to display upright, it is stored turned the other way:

    - ``/Rotate 90``: stored point (u, v) = (H - y, x): rotate 90° anticlockwise, shift by H;
    - ``/Rotate 270``: stored point (u, v) = (y, W - x): rotate 90° clockwise, shift by W.

    The new page is H wide and W high (portrait).
    """
    if rotate not in (90, 270):
        raise ValueError(f"rotate must be 90 or 270, not {rotate}")
    reader = PdfReader(src)
    writer = PdfWriter()
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        if width <= height:
            raise ValueError(f"{src.name}: page {page.page_number + 1} is not landscape")
        if rotate == 90:
            turn = Transformation().rotate(90).translate(height, 0)
        else:
            turn = Transformation().rotate(-90).translate(0, width)
        stored = PageObject.create_blank_page(width=height, height=width)
        stored.merge_transformed_page(page, turn)
        stored[NameObject("/Rotate")] = NumberObject(rotate)
        writer.add_page(stored).compress_content_streams()
    writer.compress_identical_objects()
    with dst.open("wb") as fh:
        writer.write(fh)
