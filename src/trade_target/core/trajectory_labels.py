"""Where the trajectory chart's labels may go, best first: a growth rate beside the end of
its line, “2025 estimate” beside its marker, “Target …” along the target line.

Pure geometry in pixels (y grows downwards), each candidate the top-left corner of the
label's box; `label_layout.place` then takes the first that covers nothing. The chart leaves
a gutter right of the lines' ends, so a line-end label's first candidates are nearly always
clear there, and labels of lines ending at the same height are stacked in it.
"""

from __future__ import annotations

from collections.abc import Iterator

from trade_target.core.label_layout import GAP

Corner = tuple[float, float]
STACK = 8  # label heights a line-end label may move up or down before it tries the left


def _shifts(height: float, reach: float) -> list[float]:
    """0, −½h, +½h, −h, +h, … up to `reach` pixels either way, nearest first."""
    step = max(height / 2, 1.0)
    shifts = [0.0]
    k = 1
    while k * step <= reach:
        shifts += [-k * step, k * step]
        k += 1
    return shifts


def beside_line_end(
    end: tuple[float, float],
    size: tuple[float, float],
    clear: float = 4.0,
    gutter: float | None = None,
) -> Iterator[Corner]:
    """For the label of a line ending at `end`: right of the end, centred on it or a little
    higher or lower; left of the end, over the line or under it; then in the gutter right of
    every line (its left edge at `gutter`, if given) at the end's height or stacked above or
    below; then further from the end. `clear` is the room the end's marker takes. Made as
    they are tried: the first is usually taken."""
    x, y = end
    width, height = size
    right_x = x + clear + GAP
    left_x = x - clear - GAP - width
    over, under = y - clear - GAP - height, y + clear + GAP
    middle = y - height / 2
    near = _shifts(height, 2.5 * height)  # up to a step over a neighbour's label
    for shift in near:
        yield right_x, middle + shift
    for shift in near[:3]:
        if shift <= 0:
            yield left_x, over + shift
        if shift >= 0:
            yield left_x, under + shift
    far = _shifts(height, STACK * height)
    if gutter is not None and gutter > right_x:
        for shift in far:
            yield gutter, middle + shift
    for shift in far[len(near) :]:
        yield right_x, middle + shift
    for shift in far[3:]:
        yield left_x, (over if shift < 0 else under) + shift


def beside_marker(
    point: tuple[float, float], size: tuple[float, float], radius: float
) -> Iterator[Corner]:
    """For the label of a marker at `point` of `radius` pixels: to its right a little under
    or over it, to its left likewise, under and over it, beside it, then further away."""
    x, y = point
    width, height = size
    off = radius + GAP
    right, left, centre = x + off, x - off - width, x - width / 2
    yield from (
        (right, y + off / 2),
        (right, y - off / 2 - height),
        (left, y + off / 2),
        (left, y - off / 2 - height),
        (centre, y + off),
        (centre, y - off - height),
        (right, y - height / 2),
        (left, y - height / 2),
    )
    for k in range(1, STACK + 1):
        for side in (right, left, centre):
            yield side, y + off + k * height / 2
            yield side, y - off - height - k * height / 2


def along_line(
    start: tuple[float, float], size: tuple[float, float], length: float, clear: float = 2.0
) -> Iterator[Corner]:
    """For the label of a level line starting at `start` and running `length` pixels right:
    over its start, under it, then further along, over and under."""
    x, y = start
    width, height = size
    over, under = y - clear - GAP - height, y + clear + GAP
    left = x + GAP
    step = max(width / 2, 8.0)
    while True:
        yield left, over
        yield left, under
        left += step
        if left + width > x + length:
            return
