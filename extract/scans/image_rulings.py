"""Table rulings and coloured fills found in a page image (a scan has no drawn lines to read).

Pure image work on a pixel array, in pixel coordinates: long thin dark runs are rulings (text
is cut by the gaps between letters, so a morphological opening with a long kernel keeps only
lines), and large saturated regions are cell fills (a RAG cell, a coloured header row).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import cv2
import numpy as np

# One thread: a file is one worker process already, and OpenCV's thread pool reserves address
# space per thread that a worker's memory cap (RLIMIT_AS) counts.
cv2.setNumThreads(1)


@dataclass(frozen=True)
class ImageSettings:
    """Sizes in PDF points, turned into pixels with the image's resolution."""

    min_line: float = 14.0
    """A dark run at least this long is a ruling; words are cut shorter by letter gaps."""
    max_thickness: float = 3.5
    """Thicker dark runs are filled blocks, not rulings."""
    line_gap: float = 2.5
    """Pieces of one ruling broken by blur or a hair of skew are joined across this gap."""
    min_faint_line: float = 36.0
    """A faint run (see line_contrast) must be at least this long: the grey seams where a
    blurred word's letters touch are faint too, but no longer than a word."""
    faint_gap: float = 8.0
    """Pieces of a faint ruling this far apart are one ruling (see join_collinear)."""
    text_rim: float = 1.5
    """Points round a character's box that still count as the character's."""
    max_text_share: float = 0.25
    """A faint ruling may run through characters' boxes for this share of its length at most:
    rulings run between lines of text, not through them."""
    line_contrast: float = 0.10
    """A ruling is darker than the ground beside it by at least this share of the page's
    paper-to-ink range: a 0.1 pt grey hairline scans as a pale grey line that a threshold
    between ink and paper misses."""
    min_line_step: int = 12
    """0-255: the least step a ruling makes on its ground, whatever the page's contrast (a
    scanner's noise is a few levels)."""
    min_saturation: int = 30
    """0-255: pixels less saturated than this are ink or paper, not a fill."""
    min_value: int = 80
    """0-255: darker pixels are ink whatever their hue."""
    vivid_saturation: int = 100
    """0-255: a fill this saturated can be as dark as ink (a green RAG cell); a ruling blurred
    into a pale fill (a light-blue header) stays below it."""
    erase_width: float = 24.0
    erase_height: float = 13.0
    """Before OCR, horizontal and vertical runs at least this long are erased as rulings: longer
    than a word's dark runs and than a tall letter (an 'l' of 16 pt type is about 12 pt)."""
    tone_close: float = 7.0
    """Text is closed away with a square this wide: a blurred scan's words leave grey smudges
    that a smaller one keeps, and their edges would pass for shaded cells'."""
    tone_step: float = 10.0
    """Grey levels (0-255) the background must step by for a shaded cell's edge to count."""
    seam_hue: int = 10
    """Hue difference (0-179 scale) at which two touching fills are different colours."""
    min_fill_width: float = 8.0
    min_fill_height: float = 6.0
    min_fill_density: float = 0.55
    """Share of a fill's box that is fill-coloured once text holes are closed."""
    min_fill_share: float = 0.6
    """Share of a fill's region that is fill-coloured before closing."""


@dataclass(frozen=True)
class PixelLine:
    """A ruling in pixels: horizontal when y0 == y1, vertical when x0 == x1."""

    x0: float
    y0: float
    x1: float
    y1: float


@dataclass(frozen=True)
class PixelFill:
    """A filled box in pixels and its colour as (r, g, b) 0-255."""

    x0: int
    y0: int
    x1: int
    y1: int
    rgb: tuple[int, int, int]


def ink_mask(rgb: np.ndarray, settings: ImageSettings) -> np.ndarray:
    """Dark, uncoloured pixels (ink) as 255, by Otsu's threshold as a scan's paper and ink levels
    vary. The inside of a coloured fill is no ink even where it is dark (a green RAG cell), or it
    would merge with the rulings round it into one block too thick to be a line; its rim stays,
    because there a ruling's pixels are blurred into the fill's colour."""
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    _, mask = cv2.threshold(gray, 0, 255, cv2.THRESH_BINARY_INV | cv2.THRESH_OTSU)
    fill = coloured(rgb, settings, settings.vivid_saturation).astype(np.uint8)
    inside = cv2.erode(fill, cv2.getStructuringElement(cv2.MORPH_RECT, (7, 7)))
    mask[inside > 0] = 0
    return mask


def line_mask(rgb: np.ndarray, px: float, settings: ImageSettings) -> np.ndarray:
    """Thin dark marks as 255: pixels darker than the ground round them (the page closed over
    anything thinner than a ruling may be) by a step set from the page's own paper and ink
    levels. A hairline on paper, a rule on a grey band and a rule beside a RAG fill all pass;
    the inside of a fill, however dark, is its own ground and does not."""
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    k = int(settings.max_thickness * px) * 2 + 3
    ground = cv2.morphologyEx(gray, cv2.MORPH_CLOSE, np.ones((k, k), np.uint8))
    paper = float(np.percentile(gray, 75))
    ink = float(np.percentile(gray, 0.5))
    step = max(settings.min_line_step, settings.line_contrast * (paper - ink))
    dark = cv2.subtract(ground, gray) >= step
    return dark.astype(np.uint8) * 255


def coloured(rgb: np.ndarray, settings: ImageSettings, saturation: int | None = None) -> np.ndarray:
    """Pixels of a colour, not of ink or paper: saturated, and not so dark that the hue is
    noise (near-black ink in a JPEG scan has random hue)."""
    hsv = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)
    least = settings.min_saturation if saturation is None else saturation
    return (hsv[:, :, 1] >= least) & (hsv[:, :, 2] >= settings.min_value)


def runs(mask: np.ndarray, horizontal: bool, length: int, gap: int) -> np.ndarray:
    """The mask's straight runs at least `length` pixels long, pieces `gap` apart joined."""
    size = (length, 1) if horizontal else (1, length)
    opened = cv2.morphologyEx(mask, cv2.MORPH_OPEN, cv2.getStructuringElement(cv2.MORPH_RECT, size))
    bridge = (gap, 3) if horizontal else (3, gap)
    return cv2.dilate(opened, cv2.getStructuringElement(cv2.MORPH_RECT, bridge))


def erase_rulings(rgb: np.ndarray, dpi: float, settings: ImageSettings) -> np.ndarray:
    """The image with its rulings painted paper-white, for OCR's eyes only: Tesseract reads a
    ruling beside a word as a letter ('|', 'l') and garbles short text ('31.1.21') next to it.
    Only long thin runs go: nothing is known yet of where the text is, so runs as short as a
    word's could be letters."""
    px = dpi / 72.0
    mask = ink_mask(rgb, settings)
    thick = settings.max_thickness * px + 1
    out = rgb.copy()
    for horizontal, length_pt in ((True, settings.erase_width), (False, settings.erase_height)):
        length = max(int(length_pt * px), 5)
        size = (length, 1) if horizontal else (1, length)
        kernel = cv2.getStructuringElement(cv2.MORPH_RECT, size)
        opened = cv2.morphologyEx(mask, cv2.MORPH_OPEN, kernel)
        _, labels, stats, _ = cv2.connectedComponentsWithStats(opened, connectivity=8)
        across = stats[:, cv2.CC_STAT_HEIGHT] if horizontal else stats[:, cv2.CC_STAT_WIDTH]
        keep = across <= thick
        keep[0] = False
        ruling = keep[labels].astype(np.uint8)
        # The blurred rim of a ruling is grey: erase a pixel round it too.
        out[cv2.dilate(ruling, np.ones((3, 3), np.uint8)) > 0] = 255
    return out


def straight_runs(mask: np.ndarray, px: float, settings: ImageSettings) -> list[PixelLine]:
    """The long, thin horizontal and vertical runs of a mask, as lines."""
    length = max(int(settings.min_line * px), 5)
    gap = max(int(settings.line_gap * px), 3)
    thick = settings.max_thickness * px + 3
    lines: list[PixelLine] = []
    for horizontal in (True, False):
        found = runs(mask, horizontal, length, gap)
        count, _, stats, _ = cv2.connectedComponentsWithStats(found, connectivity=8)
        for x, y, w, h, _ in stats[1:count]:
            along, across = (w, h) if horizontal else (h, w)
            if along < length or across > thick:
                continue
            if horizontal:
                mid = y + h / 2
                lines.append(PixelLine(float(x), mid, float(x + w), mid))
            else:
                mid = x + w / 2
                lines.append(PixelLine(mid, float(y), mid, float(y + h)))
    return lines


def find_lines(
    rgb: np.ndarray,
    dpi: float,
    settings: ImageSettings,
    ground: np.ndarray | None = None,
    textless: np.ndarray | None = None,
    text: np.ndarray | None = None,
) -> list[PixelLine]:
    """Horizontal and vertical rulings of the image. Shaded cells' edges are looked for in
    `ground` when given (the image before its text was painted out: the white patches would
    have edges of their own); faint rulings in `textless` when given (the image with its
    text painted out whole, since the grey seams of blurred letters look like hairlines), and
    never through the middle of a line of text (`text`, the characters' boxes)."""
    px = dpi / 72.0
    # Where two fills meet, or a fill meets the paper, is a cell border even where no line is
    # drawn (a shaded header row with no rule under it). Shade edges are a mask of their own:
    # merged with a ruling drawn beside them they would make it too thick to pass.
    ink = ink_mask(rgb, settings)
    ink[colour_seams(rgb, coloured(rgb, settings), settings)] = 255
    shade = tone_edges(rgb if ground is None else ground, px, settings).astype(np.uint8) * 255
    lines: list[PixelLine] = []
    for mask in (ink, shade):
        lines.extend(straight_runs(mask, px, settings))
    # Hairlines and grey rules, which the ink threshold misses: only long runs, only where no
    # ruling was found already, and only inside a grid: crossing three rulings the other way
    # (the borders of two columns or rows). An unruled plan's grey rules between rows, or
    # round its one shaded column, are left to be read as the unruled plan they are. A short
    # faint run that carries on a ruling already found is joined to it and judged as one line
    # (a column rule running up through a grey header row, grey on grey).
    faint_mask = line_mask(rgb if textless is None else textless, px, settings)
    pieces = straight_runs(faint_mask, px, settings)
    long = settings.min_faint_line * px
    if text is not None:
        pieces = [part for ln in pieces for part in between_words(ln, text, px, settings)]
    faint = []
    for ln in join_collinear(pieces, px, settings):
        if any(covers(found, ln, px) for found in lines):
            continue
        whole = ln if length(ln) >= long else carried_on(ln, lines, px, settings)
        if whole is not None:
            faint.append(whole)
    if text is not None:
        # OCR's boxes are loose: the rims of letters left outside them are text too.
        rim = max(int(settings.text_rim * px), 1) * 2 + 1
        near_text = cv2.dilate(text.astype(np.uint8), np.ones((rim, rim), np.uint8)) > 0
        # A table's closing rule runs along the foot of its last line of text, but the rulings
        # across all end on it: that is no seam of letters.
        candidates = [*lines, *faint]
        faint = [
            ln
            for ln in faint
            if through_text(ln, near_text) <= settings.max_text_share
            or len(ends_on(ln, candidates, px)) >= 3
        ]
    crossing = [*lines, *faint]
    kept = [ln for ln in faint if crossings(ln, crossing, px) >= 3]
    # A faint rule across one cell only is the rest of a row's rule when that rule is seen
    # beside it, crossing the grid itself (the rule under a band, broken where a word touches
    # it); the rule's pieces an unruled plan's text leaves are no such rule.
    rows = [ln for ln in [*lines, *kept] if crossings(ln, crossing, px) >= 3]
    kept += [
        ln
        for ln in faint
        if ln not in kept
        and crossings(ln, crossing, px) == 2
        and any(beside(ln, other, px, settings.min_faint_line * px) for other in rows)
    ]
    grid = [*lines, *kept]
    lines.extend(to_the_grid(ln, grid, px) for ln in kept)
    # Repeats go first: a leftover piece of a rule would end where a frame gap's corner is
    # looked for.
    lines = without_repeats(lines, px)
    return lines + frame_gaps(lines, px)


def without_repeats(lines: list[PixelLine], px: float) -> list[PixelLine]:
    """The lines less those a longer one beside them covers. A band's edge is found as a tone
    step, as a faint rule and as ink, in pieces where text touches it; a piece left over would
    end where a word starts, and pieces ending together pass for a table's side."""
    return [
        ln for ln in lines if not any(length(o) > length(ln) and covers(o, ln, px) for o in lines)
    ]


def beside(line: PixelLine, other: PixelLine, px: float, gap: float) -> bool:
    """Whether two lines lie on one level (within a point) with at most `gap` between them."""
    if is_horizontal(line) != is_horizontal(other) or abs(level(line) - level(other)) > px:
        return False
    (lo, hi), (a, b) = span(line), span(other)
    return a - gap <= hi and lo <= b + gap


def between_words(
    line: PixelLine, text: np.ndarray, px: float, settings: ImageSettings
) -> list[PixelLine]:
    """A faint column rule cut where it runs between two words that all but touch it on both
    sides: a line of text runs across there (a band's title over a column rule), and a letter
    stem left outside OCR's box passes for the rule's missing piece. Cell padding keeps the
    text of two cells further apart. Horizontal lines are returned whole."""
    if is_horizontal(line):
        return [line]
    rim = max(int(settings.text_rim * px), 2)
    x = round(line.x0)
    lo, hi = max(int(line.y0), 0), min(int(line.y1), text.shape[0])
    left = text[lo:hi, max(x - rim, 0) : max(x - 1, 0)].any(axis=1)
    right = text[lo:hi, x + 2 : x + rim + 1].any(axis=1)
    across = left & right
    if across.sum() < 3 * px:
        return [line]
    parts, start = [], lo
    for y in np.flatnonzero(across) + lo:
        if y > start:
            parts.append(PixelLine(line.x0, float(start), line.x0, float(y)))
        start = int(y) + 1
    if hi > start:
        parts.append(PixelLine(line.x0, float(start), line.x0, float(hi)))
    return [p for p in parts if length(p) >= settings.min_line * px]


def carried_on(
    piece: PixelLine, lines: list[PixelLine], px: float, settings: ImageSettings
) -> PixelLine | None:
    """The ruling a short piece carries on: one on the same level whose end is at most
    `faint_gap` from the piece's, joined with it into one line on the piece's level (the
    ruling may be a tone edge a pixel off); None when there is none."""
    reach = settings.faint_gap * px
    lo, hi = span(piece)
    for found in lines:
        if is_horizontal(found) != is_horizontal(piece) or abs(level(found) - level(piece)) > px:
            continue
        a, b = span(found)
        if lo - reach <= b and a <= hi + reach and (lo < a or hi > b):
            at = level(piece)
            lo, hi = min(lo, a), max(hi, b)
            return line_at(is_horizontal(piece), at, lo, hi)
    return None


def frame_gaps(lines: list[PixelLine], px: float) -> list[PixelLine]:
    """Lost stretches of a table's outer frame, as lines. Where a frame rule runs across a
    shaded band its pixels blend with the band's grey and can go missing; the table then
    falls apart there into two. A gap is only bridged from corner to corner: at both of its
    ends a rule the other way ends on this line, as the band's top and bottom rules do at the
    frame. Inside a table the rules across run on through the line, and a gap there is a
    merged cell, left alone."""
    reach = 2.0 * px
    found: list[PixelLine] = []
    for horizontal in (True, False):
        along = sorted((ln for ln in lines if is_horizontal(ln) == horizontal), key=span)
        across = [ln for ln in lines if is_horizontal(ln) != horizontal]

        def corner(at: float, line_level: float, across: list[PixelLine] = across) -> bool:
            # a rule the other way near `at` (a line's end may overrun the rule it meets)
            # whose own end lies on this line
            return any(
                abs(level(o) - at) <= 1.5 * reach
                and min(abs(end - line_level) for end in span(o)) <= reach
                for o in across
            )

        for piece in along:
            line = [o for o in along if abs(level(o) - level(piece)) <= 1.5 * px]
            if line[0] is not piece:
                continue  # each line once, from its first piece
            end = span(piece)[1]
            for o in line[1:]:
                lo, hi = end, span(o)[0]
                at = level(o)
                if hi > lo and corner(lo, at) and corner(hi, at):
                    found.append(line_at(horizontal, at, lo, hi))
                end = max(end, span(o)[1])
    return found


def to_the_grid(line: PixelLine, grid: list[PixelLine], px: float) -> PixelLine:
    """A faint ruling with each end carried on to the next ruling across it. In a grid a rule
    ends where another meets it; one that stops inside a cell lost its end where the text
    painted out beside it touched it."""
    reach = 2.0 * px
    horizontal = line.y0 == line.y1
    level = line.y0 if horizontal else line.x0
    lo, hi = (line.x0, line.x1) if horizontal else (line.y0, line.y1)
    stops = sorted(
        (o.x0 if horizontal else o.y0)
        for o in grid
        if (o.y0 == o.y1) != horizontal
        and (
            (o.y0 if horizontal else o.x0) - reach
            <= level
            <= (o.y1 if horizontal else o.x1) + reach
        )
    )
    if not stops:
        return line
    lo = max((at for at in stops if at <= lo + reach), default=lo)
    hi = min((at for at in stops if at >= hi - reach), default=hi)
    # A table's outer frame: a rule that meets a ruling ending at its level (a corner) runs
    # on to that corner.
    corners = [
        (o.x0 if horizontal else o.y0)
        for o in grid
        if (o.y0 == o.y1) != horizontal
        and min(
            abs((o.y0 if horizontal else o.x0) - level), abs((o.y1 if horizontal else o.x1) - level)
        )
        <= 1.5 * reach
    ]
    lo = min([lo, *(at for at in corners if at < lo)])
    hi = max([hi, *(at for at in corners if at > hi)])
    return line_at(horizontal, level, lo, hi)


def line_at(horizontal: bool, at: float, lo: float, hi: float) -> PixelLine:
    """The line on level `at` (y of a horizontal line, x of a vertical one) from lo to hi."""
    return PixelLine(lo, at, hi, at) if horizontal else PixelLine(at, lo, at, hi)


def is_horizontal(line: PixelLine) -> bool:
    """Whether a line is horizontal (else vertical)."""
    return line.y0 == line.y1


def level(line: PixelLine) -> float:
    """Where a line lies across its direction: y of a horizontal line, x of a vertical one."""
    return line.y0 if is_horizontal(line) else line.x0


def span(line: PixelLine) -> tuple[float, float]:
    """Where a line runs along its direction, low end first."""
    return (line.x0, line.x1) if is_horizontal(line) else (line.y0, line.y1)


def length(line: PixelLine) -> float:
    """A line's length in pixels."""
    return (line.x1 - line.x0) + (line.y1 - line.y0)


def join_collinear(lines: list[PixelLine], px: float, settings: ImageSettings) -> list[PixelLine]:
    """Pieces of one ruling joined: on the same level (within a point) and at most
    `faint_gap` apart. A hairline is broken where the text painted out touched it, and a
    dotted or dashed rule is pieces by design."""
    gap = settings.faint_gap * px
    groups: list[list[PixelLine]] = []
    for ln in sorted(lines, key=lambda ln: (is_horizontal(ln), span(ln)[0])):
        lo, hi = span(ln)
        for group in groups:
            first, last = span(group[0])[0], max(span(o)[1] for o in group)
            if (
                is_horizontal(group[0]) == is_horizontal(ln)
                and abs(level(group[0]) - level(ln)) <= px
                and lo - last <= gap
                and first - hi <= gap
            ):
                group.append(ln)
                break
        else:
            groups.append([ln])
    out = []
    for group in groups:
        at = sum(level(ln) for ln in group) / len(group)
        lo = min(span(ln)[0] for ln in group)
        hi = max(span(ln)[1] for ln in group)
        out.append(line_at(is_horizontal(group[0]), at, lo, hi))
    return out


def through_text(line: PixelLine, text: np.ndarray) -> float:
    """Share of a line's pixels that lie inside characters' boxes."""
    if line.y0 == line.y1:
        row = min(max(round(line.y0), 0), text.shape[0] - 1)
        run = text[row, max(int(line.x0), 0) : max(int(line.x1), 1)]
    else:
        col = min(max(round(line.x0), 0), text.shape[1] - 1)
        run = text[max(int(line.y0), 0) : max(int(line.y1), 1), col]
    return float(run.mean()) if run.size else 0.0


def crossings(line: PixelLine, others: list[PixelLine], px: float) -> int:
    """How many distinct positions (two points apart) the line is crossed at by `others`."""
    across = sorted((o.x0 if line.y0 == line.y1 else o.y0) for o in others if crosses(line, o, px))
    count, last = 0, -1e9
    for at in across:
        if at - last > 2.0 * px:
            count += 1
        last = at
    return count


def ends_on(line: PixelLine, others: list[PixelLine], px: float) -> list[float]:
    """Where rulings the other way end on the line, two points apart. An end within three
    points counts: a thick or blurred rule's end runs past the line it stops at."""
    reach = 3.0 * px
    lo, hi = span(line)
    ends = sorted(
        level(o)
        for o in others
        if is_horizontal(o) != is_horizontal(line)
        and lo - reach <= level(o) <= hi + reach
        and min(abs(end - level(line)) for end in span(o)) <= reach
    )
    return [at for i, at in enumerate(ends) if i == 0 or at - ends[i - 1] > reach]


def crosses(a: PixelLine, b: PixelLine, px: float) -> bool:
    """Whether a horizontal and a vertical line meet (ends within two points count)."""
    if (a.y0 == a.y1) == (b.y0 == b.y1):
        return False
    h, v = (a, b) if a.y0 == a.y1 else (b, a)
    reach = 2.0 * px
    return h.x0 - reach <= v.x0 <= h.x1 + reach and v.y0 - reach <= h.y0 <= v.y1 + reach


def covers(found: PixelLine, line: PixelLine, px: float) -> bool:
    """Whether a ruling already found lies along the same line as `line` (two rulings closer
    than 4 pt are one boundary) and spans it, to within 4 pt at each end. One that spans most
    of it is not enough: a band's tone edge ends where the text of a column touches the band,
    and the faint rule beside it runs on to the frame."""
    near = 4.0 * px
    if is_horizontal(line) != is_horizontal(found) or abs(level(found) - level(line)) > near:
        return False
    (lo, hi), (a, b) = span(line), span(found)
    return a <= lo + near and b >= hi - near


def find_fills(
    rgb: np.ndarray, dpi: float, settings: ImageSettings, lines: Sequence[PixelLine] = ()
) -> list[PixelFill]:
    """Large coloured regions of the image, each with its median colour. The rulings, and the
    seams where one colour meets another, cut them apart: an amber cell above a green one is
    two fills (a renderer may paint the fills over the border between them)."""
    px = dpi / 72.0
    colour = coloured(rgb, settings)
    seams = colour_seams(rgb, colour, settings)
    mask = colour.astype(np.uint8) * 255
    # Text printed on a fill leaves holes; closing them keeps the fill one region.
    close = max(int(2.5 * px), 3)
    kernel = cv2.getStructuringElement(cv2.MORPH_RECT, (close, close))
    closed = cv2.morphologyEx(mask, cv2.MORPH_CLOSE, kernel)
    width = max(int(1.5 * px), 3)
    for ln in lines:
        start, end = (round(ln.x0), round(ln.y0)), (round(ln.x1), round(ln.y1))
        cv2.line(closed, start, end, 0, width)
    # Widened to a cut that closing cannot bridge.
    closed[cv2.dilate(seams.astype(np.uint8), np.ones((5, 5), np.uint8)) > 0] = 0
    closed = cv2.morphologyEx(closed, cv2.MORPH_OPEN, kernel)
    count, labels, stats, _ = cv2.connectedComponentsWithStats(closed, connectivity=4)
    fills = []
    for label in range(1, count):
        x, y, w, h, area = stats[label]
        if w < settings.min_fill_width * px or h < settings.min_fill_height * px:
            continue
        if area < settings.min_fill_density * w * h:
            continue
        inside = labels[y : y + h, x : x + w] == label
        region = inside & colour[y : y + h, x : x + w]
        # A fill is mostly its colour; the soft edges of dark text on a pale ground are a
        # speckle of coloured pixels that closing turns into a blob.
        if region.sum() < settings.min_fill_share * inside.sum():
            continue
        pixels = rgb[y : y + h, x : x + w][region]
        r, g, b = (int(v) for v in np.median(pixels, axis=0))
        fills.append(PixelFill(int(x), int(y), int(x + w), int(y + h), (r, g, b)))
    return fills


def tone_edges(rgb: np.ndarray, px: float, settings: ImageSettings) -> np.ndarray:
    """Pixels where the background's grey level steps: the edges of shaded cells. Text and
    rulings are first closed away, so only the ground they sit on is compared."""
    gray = cv2.cvtColor(rgb, cv2.COLOR_RGB2GRAY)
    k = max(int(settings.tone_close * px), 3)
    ground = cv2.morphologyEx(gray, cv2.MORPH_CLOSE, np.ones((k, k), np.uint8))
    # A Sobel kernel answers a step of d grey levels with 4d.
    step = 4.0 * settings.tone_step
    dy = np.abs(cv2.Sobel(ground, cv2.CV_32F, 0, 1, ksize=3)) >= step
    dx = np.abs(cv2.Sobel(ground, cv2.CV_32F, 1, 0, ksize=3)) >= step
    return dy | dx


def colour_seams(rgb: np.ndarray, colour: np.ndarray, settings: ImageSettings) -> np.ndarray:
    """Pixels where two coloured regions of different hue meet, compared a few pixels apart
    (a scan blurs the seam)."""
    hue = cv2.cvtColor(rgb, cv2.COLOR_RGB2HSV)[:, :, 0].astype(np.int16)
    seams = np.zeros(colour.shape, np.uint8)
    k = SEAM_REACH
    for axis in (0, 1):
        a = [slice(None), slice(None)]
        b = [slice(None), slice(None)]
        a[axis], b[axis] = slice(None, -k), slice(k, None)
        ta, tb = tuple(a), tuple(b)
        gap = np.abs(hue[ta] - hue[tb])
        gap = np.minimum(gap, 180 - gap)  # hue is a circle: red sits at both ends
        seams[ta] |= (colour[ta] & colour[tb] & (gap > settings.seam_hue)).astype(np.uint8)
    return seams > 0


SEAM_REACH = 3
