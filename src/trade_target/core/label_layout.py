"""Where the texts written on a chart go, so that none hides a line, a marker or another text.

Pure geometry in pixels (y grows downwards), so it is fast and tested without Qt. Each label
gets a list of candidate places near what it names, best first (the end of its line, its
marker, the start of its line); the first that stays inside the plot and clears every line,
marker and label already placed is taken. A label with no free candidate is left out rather
than drawn over the data: the legend still names every line.
"""

from __future__ import annotations

import math
from collections.abc import Hashable, Iterable, Sequence
from dataclasses import dataclass
from itertools import pairwise

GAP = 3.0  # pixels of air between a label and whatever it clears
LABEL_AIR = 10.0  # pixels between two labels side by side
_BUCKET = 40.0  # pixels of width per column of the obstacle index


@dataclass(frozen=True)
class Box:
    """A rectangle in pixels, y downwards."""

    left: float
    top: float
    right: float
    bottom: float

    @classmethod
    def at(cls, left: float, top: float, width: float, height: float) -> Box:
        return cls(left, top, left + width, top + height)

    def grown(self, by: float) -> Box:
        return Box(self.left - by, self.top - by, self.right + by, self.bottom + by)

    def overlaps(self, other: Box) -> bool:
        return (
            self.left < other.right
            and other.left < self.right
            and self.top < other.bottom
            and other.top < self.bottom
        )

    def inside(self, other: Box) -> bool:
        return (
            self.left >= other.left
            and self.top >= other.top
            and self.right <= other.right
            and self.bottom <= other.bottom
        )


@dataclass(frozen=True)
class Line:
    """A data line as drawn: its points in pixels and half its pen's width."""

    xs: Sequence[float]
    ys: Sequence[float]
    half_width: float = 1.0


@dataclass(frozen=True)
class Label:
    """A text to place: its key (to find it again), its size and its candidates, best first,
    each the box's top-left corner in pixels (an iterator is read only as far as needed)."""

    key: Hashable
    width: float
    height: float
    candidates: Iterable[tuple[float, float]]


class Obstacles:
    """What a label must clear: line segments, boxes and the labels placed so far (`placed`),
    all indexed by columns of the plot so that a candidate is tested only against what lies
    above or below it: placing many labels stays near-linear in their number."""

    def __init__(self, area: Box, lines: Iterable[Line], boxes: Iterable[Box]) -> None:
        self.area = area
        self._segments: dict[int, list[tuple[float, float, float, float, float]]] = {}
        self._boxes: dict[int, list[Box]] = {}
        self.placed: list[Box] = []
        self._placed_columns: dict[int, list[Box]] = {}
        self._indexed = 0  # how many of `placed` are in _placed_columns
        isfinite = math.isfinite
        for line in lines:
            half = line.half_width
            for (x0, y0), (x1, y1) in pairwise(zip(line.xs, line.ys, strict=True)):
                if not (isfinite(x0) and isfinite(y0) and isfinite(x1) and isfinite(y1)):
                    continue  # a gap in the line (not a number) draws nothing
                segment = (x0, y0, x1, y1, half)
                for column in _columns(min(x0, x1) - half, max(x0, x1) + half):
                    self._segments.setdefault(column, []).append(segment)
        for box in boxes:
            for column in _columns(box.left, box.right):
                self._boxes.setdefault(column, []).append(box)

    def free(self, box: Box, gap: float = GAP) -> bool:
        """Whether `box` lies in the plot and clears everything by `gap` pixels."""
        if not box.inside(self.area):
            return False
        air = max(gap, LABEL_AIR)  # two texts side by side would read as one
        for column in _columns(box.left - air, box.right + air):
            for other in self._placed_in(column):
                if (
                    box.left - air < other.right
                    and other.left < box.right + air
                    and box.top - gap < other.bottom
                    and other.top < box.bottom + gap
                ):
                    return False
        left, top = box.left - gap, box.top - gap
        right, bottom = box.right + gap, box.bottom + gap
        for column in _columns(left, right):
            for other in self._boxes.get(column, ()):
                if (
                    left < other.right
                    and other.left < right
                    and top < other.bottom
                    and other.top < bottom
                ):
                    return False
            for x0, y0, x1, y1, half in self._segments.get(column, ()):
                if (
                    (x0 if x0 > x1 else x1) + half > left
                    and (x0 if x0 < x1 else x1) - half < right
                    and (y0 if y0 > y1 else y1) + half > top
                    and (y0 if y0 < y1 else y1) - half < bottom
                    and crosses(
                        x0, y0, x1, y1, left - half, top - half, right + half, bottom + half
                    )
                ):
                    return False
        return True

    def _placed_in(self, column: int) -> list[Box]:
        """The placed labels reaching into `column` (a caller's range includes the air)."""
        for box in self.placed[self._indexed :]:
            for spanned in _columns(box.left, box.right):
                self._placed_columns.setdefault(spanned, []).append(box)
        self._indexed = len(self.placed)
        return self._placed_columns.get(column, [])


def place(labels: Iterable[Label], obstacles: Obstacles, gap: float = GAP) -> dict[Hashable, Box]:
    """Each label's box, in the order given (earlier labels get the better places); a label
    that fits nowhere is left out of the answer."""
    placed: dict[Hashable, Box] = {}
    for label in labels:
        for left, top in label.candidates:
            box = Box.at(left, top, label.width, label.height)
            if obstacles.free(box, gap):
                obstacles.placed.append(box)
                placed[label.key] = box
                break
    return placed


def segment_crosses(x0: float, y0: float, x1: float, y1: float, box: Box) -> bool:
    """Whether the segment passes through the inside of `box`."""
    return crosses(x0, y0, x1, y1, box.left, box.top, box.right, box.bottom)


def crosses(
    x0: float, y0: float, x1: float, y1: float, left: float, top: float, right: float, bottom: float
) -> bool:
    """Whether the segment passes through the inside of the rectangle (Liang–Barsky)."""
    dx, dy = x1 - x0, y1 - y0
    low, high = 0.0, 1.0
    for p, q in ((-dx, x0 - left), (dx, right - x0), (-dy, y0 - top), (dy, bottom - y0)):
        if p == 0:
            if q <= 0:
                return False
            continue
        t = q / p
        if p < 0:
            if t > low:
                low = t
        elif t < high:
            high = t
        if low >= high:
            return False
    return True


def _columns(left: float, right: float) -> range:
    return range(int(left // _BUCKET), int(right // _BUCKET) + 1)
