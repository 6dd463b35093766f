"""PDF colour values (grey, RGB, CMYK tuples as pdfminer gives them) to '#rrggbb'."""

from __future__ import annotations

from typing import Any


def to_hex(colour: Any) -> str | None:
    """'#rrggbb' for a pdfminer colour value, or None when it is not a plain colour (patterns)."""
    if colour is None:
        return None
    if isinstance(colour, int | float) and not isinstance(colour, bool):
        colour = (colour,)
    if not isinstance(colour, list | tuple) or not all(
        isinstance(v, int | float) and not isinstance(v, bool) for v in colour
    ):
        return None
    values = [min(max(float(v), 0.0), 1.0) for v in colour]
    if len(values) == 1:
        rgb = (values[0],) * 3
    elif len(values) == 3:
        rgb = (values[0], values[1], values[2])
    elif len(values) == 4:
        c, m, y, k = values
        rgb = ((1 - c) * (1 - k), (1 - m) * (1 - k), (1 - y) * (1 - k))
    else:
        return None
    return "#" + "".join(f"{round(v * 255):02x}" for v in rgb)


def is_white(hex_colour: str | None) -> bool:
    """True for no colour or (near) white: not a fill worth reporting."""
    if hex_colour is None:
        return True
    r, g, b = (int(hex_colour[i : i + 2], 16) for i in (1, 3, 5))
    return min(r, g, b) >= 250
