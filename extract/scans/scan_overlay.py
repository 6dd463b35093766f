"""Give a scanned page the drawn rulings and fills a born-digital page has: they are found in the
page image and drawn into the page beneath the image, so every engine reads the scan's table
exactly as it reads a drawn one (and `inspect` still shows the scan itself)."""

from __future__ import annotations

import ctypes
from pathlib import Path

import numpy as np
import pikepdf
import pypdfium2 as pdfium
import pypdfium2.raw as pdfium_c

from actionplan.extract.grids.grid import RULING_GLYPHS
from actionplan.extract.scans.image_rulings import (
    ImageSettings,
    PixelFill,
    PixelLine,
    coloured,
    find_fills,
    find_lines,
)

MIN_DPI, MAX_DPI = 100.0, 300.0
"""Rulings are looked for at the scan's own resolution, within these bounds: resampled
coarser, a hairline blurs into the paper; finer, the search only costs time."""
LINE_WIDTH = 0.5


class DeviceMap:
    """Page points <-> pixels of one rendering of a page (rotation and boxes as pdfium has them)."""

    def __init__(self, page: pdfium.PdfPage, width: int, height: int) -> None:
        self.page, self.width, self.height = page, width, height
        # The mapping is affine: three corners fix it, and fractions of a pixel survive.
        self.corners = (self.corner(0, 0), self.corner(width, 0), self.corner(0, height))

    def to_page(self, x: float, y: float) -> tuple[float, float]:
        """Pixel (x right, y down, fractions kept) -> PDF user space point."""
        (ox, oy), (ax, ay), (bx, by) = self.corners
        u, v = x / self.width, y / self.height
        return ox + u * (ax - ox) + v * (bx - ox), oy + u * (ay - oy) + v * (by - oy)

    def corner(self, x: int, y: int) -> tuple[float, float]:
        """pdfium's page point for a whole pixel position."""
        px, py = ctypes.c_double(), ctypes.c_double()
        pdfium_c.FPDF_DeviceToPage(
            self.page.raw, 0, 0, self.width, self.height, 0, x, y,
            ctypes.byref(px), ctypes.byref(py),
        )  # fmt: skip
        return px.value, py.value

    def to_device(self, x: float, y: float) -> tuple[int, int]:
        """PDF user space point -> pixel."""
        dx, dy = ctypes.c_int(), ctypes.c_int()
        pdfium_c.FPDF_PageToDevice(
            self.page.raw, 0, 0, self.width, self.height, 0, x, y,
            ctypes.byref(dx), ctypes.byref(dy),
        )  # fmt: skip
        return dx.value, dy.value


def text_mask(
    page: pdfium.PdfPage, where: DeviceMap, shape: tuple[int, ...], trim: bool = True
) -> np.ndarray:
    """Pixels inside the boxes of the recognised characters. With `trim`, a fifth of each box's
    height is left out at top and bottom: a descender may touch the rule under the last line."""
    mask = np.zeros(shape[:2], bool)
    textpage = page.get_textpage()
    text = textpage.get_text_range()
    for i in range(textpage.count_chars()):
        # A space's box spans the gap between words, where a ruling may run; a bar is OCR's
        # reading of the ruling itself.
        if i >= len(text) or text[i].isspace() or text[i] in RULING_GLYPHS:
            continue
        left, bottom, right, top = textpage.get_charbox(i)
        if right <= left or top <= bottom:
            continue
        (ax, ay), (bx, by) = where.to_device(left, top), where.to_device(right, bottom)
        x0, x1 = sorted((ax, bx))
        y0, y1 = sorted((ay, by))
        cut = (y1 - y0) // 5 + 1 if trim else 0
        mask[max(y0 + cut, 0) : max(y1 - cut + 1, 0), max(x0, 0) : max(x1 + 1, 0)] = True
    textpage.close()
    return mask


def painted_out(rgb: np.ndarray, mask: np.ndarray) -> np.ndarray:
    """The image with the masked pixels painted paper-white: letters touching in a blurred scan
    make dark runs that must not pass for rulings."""
    out = rgb.copy()
    out[mask] = 255
    return out


def scan_dpi(page: pdfium.PdfPage) -> float:
    """The resolution of the page's largest image (its scan), within MIN_DPI..MAX_DPI."""
    best = 0.0
    for obj in page.get_objects(filter=(pdfium_c.FPDF_PAGEOBJ_IMAGE,), max_depth=3):
        width_px, _ = obj.get_px_size()
        left, _, right, _ = obj.get_bounds()
        if right > left:
            best = max(best, width_px * 72.0 / (right - left))
    return min(max(best or MIN_DPI, MIN_DPI), MAX_DPI)


def drawing(lines: list[PixelLine], fills: list[PixelFill], where: DeviceMap) -> bytes:
    """Content-stream operators drawing the fills, then the rulings, in page space."""
    ops = ["q"]
    for fill in fills:
        (ax, ay), (bx, by) = where.to_page(fill.x0, fill.y0), where.to_page(fill.x1, fill.y1)
        r, g, b = (v / 255 for v in fill.rgb)
        x, y = min(ax, bx), min(ay, by)
        w, h = abs(bx - ax), abs(by - ay)
        ops.append(f"{r:.3f} {g:.3f} {b:.3f} rg {x:.2f} {y:.2f} {w:.2f} {h:.2f} re f")
    ops.append(f"0 G {LINE_WIDTH} w")
    for line in lines:
        (ax, ay), (bx, by) = where.to_page(line.x0, line.y0), where.to_page(line.x1, line.y1)
        ops.append(f"{ax:.2f} {ay:.2f} m {bx:.2f} {by:.2f} l S")
    ops.append("Q")
    return "\n".join(ops).encode("ascii")


GREY_SHARE = 1e-4
"""A page with fewer coloured pixels than this share was scanned in greyscale."""


def page_drawing(page: pdfium.PdfPage, settings: ImageSettings) -> tuple[bytes, bool]:
    """The rulings and fills of one scanned page, as content to draw into it; and whether the
    scan is in greyscale."""
    dpi = scan_dpi(page)
    bitmap = page.render(scale=dpi / 72)
    rgb = np.asarray(bitmap.to_pil().convert("RGB"))
    where = DeviceMap(page, rgb.shape[1], rgb.shape[0])
    inner = text_mask(page, where, rgb.shape)
    whole = text_mask(page, where, rgb.shape, trim=False)
    lines = find_lines(
        painted_out(rgb, inner), dpi, settings, rgb, painted_out(rgb, whole), text=whole
    )
    fills = find_fills(rgb, dpi, settings, lines)
    grey = np.count_nonzero(coloured(rgb, settings)) < GREY_SHARE * rgb.shape[0] * rgb.shape[1]
    return drawing(lines, fills, where), bool(grey)


def draw_image_rulings(
    path: Path, pages: list[int], settings: ImageSettings | None = None
) -> list[int]:
    """Draw into the PDF at path (in place) the rulings and fills seen in each page image;
    return the pages scanned in greyscale."""
    settings = settings or ImageSettings()
    document = pdfium.PdfDocument(path)
    try:
        found = {n: page_drawing(document[n - 1], settings) for n in pages}
    finally:
        document.close()
    drawings = {n: data for n, (data, _) in found.items()}
    with pikepdf.open(path, allow_overwriting_input=True) as pdf:
        for number, data in drawings.items():
            pdf.pages[number - 1].contents_add(pikepdf.Stream(pdf, data), prepend=True)
        pdf.save(path)
    return [n for n, (_, grey) in found.items() if grey]
