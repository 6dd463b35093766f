"""A small invented partnership logo, drawn with Pillow, for the cover page of a sample."""

from __future__ import annotations

import zlib
from pathlib import Path

from PIL import Image, ImageDraw, ImageFont

NAVY = (31, 56, 100)
TEAL = (0, 128, 128)
GOLD = (230, 170, 40)


def make_logo(path: Path, name: str) -> None:
    """Write a 480x160 PNG: three overlapping discs and the initials of ``name`` beside them.

    The drawing depends only on ``name`` (its CRC picks the disc offsets), so a rebuild draws
    the same image.
    """
    image = Image.new("RGB", (480, 160), "white")
    draw = ImageDraw.Draw(image)
    seed = zlib.crc32(name.encode("utf-8"))
    for k, colour in enumerate((NAVY, TEAL, GOLD)):
        dx = 20 + 38 * k + (seed >> (4 * k)) % 7
        dy = 30 + (seed >> (8 + 4 * k)) % 11
        draw.ellipse((dx, dy, dx + 96, dy + 96), fill=colour, outline="white", width=4)
    initials = "".join(word[0] for word in name.split() if word[:1].isupper())[:4]
    try:
        font = ImageFont.truetype("DejaVuSans-Bold.ttf", 72)
    except OSError:
        font = ImageFont.load_default()
    draw.text((210, 38), initials, fill=NAVY, font=font)
    draw.rectangle((210, 128, 460, 136), fill=TEAL)
    image.quantize(colors=16).save(path, optimize=True)
