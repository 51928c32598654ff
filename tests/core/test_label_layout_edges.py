"""Label placement at its edges, worked out by hand in pixels (y grows downwards): boxes that
touch, segments that end on an edge or run backwards, lines a pixel inside or outside the
gap, plots left of x = 0, and the obstacle index's column boundaries (every 40 px)."""

from __future__ import annotations

import pytest

from trade_target.core.label_layout import (
    GAP,
    Box,
    Label,
    Line,
    Obstacles,
    crosses,
    place,
)

AREA = Box(0, 0, 400, 300)
LABEL = Box(100, 100, 140, 120)  # with the gap of 3: 97..143 × 97..123


def test_boxes_touching_on_the_left_or_top_do_not_overlap() -> None:
    a = Box(10, 10, 30, 20)
    assert not a.overlaps(Box(5, 10, 10, 20))  # its right edge on a's left edge
    assert not a.overlaps(Box(10, 5, 30, 10))  # its bottom edge on a's top edge
    assert a.overlaps(Box(5, 5, 11, 11))


def test_a_box_on_the_areas_edges_is_inside_it() -> None:
    assert Box(0, 0, 400, 300).inside(AREA)
    assert Box(0, 0, 10, 10).inside(Box(0, 0, 10, 10))
    assert not Box(-0.5, 0, 10, 10).inside(AREA)


def test_a_box_grown_by_a_margin() -> None:
    assert Box(1, 2, 3, 4).grown(1) == Box(0, 1, 4, 5)


@pytest.mark.parametrize(
    ("segment", "expected"),
    [
        ((-5, 5, 5, 5), True),  # enters through the left edge (box 0..10 × 0..10)
        ((0, -5, 0, 15), False),  # runs along the left edge: never inside
        ((-10, 5, 0, 5), False),  # ends on the left edge
        ((5, 20, 5, 30), False),  # vertical, below the box
        ((2, 5, 2.5, 5), True),  # short, wholly inside
        ((15, 5, 5, 5), True),  # drawn right to left, ending inside
    ],
)
def test_a_segment_crosses_only_the_inside(
    segment: tuple[float, float, float, float], expected: bool
) -> None:
    assert crosses(*segment, 0, 0, 10, 10) is expected


def vertical(x: float) -> Line:
    return Line((x, x), (0, 300), half_width=1.0)


def horizontal(y: float) -> Line:
    return Line((0, 400), (y, y), half_width=1.0)


@pytest.mark.parametrize(
    ("line", "free"),
    [
        # The pen reaches half its width past the line: x = 96.5 covers 95.5..97.5.
        (vertical(96.5), False),
        (vertical(95.5), True),  # covers 94.5..96.5, short of 97
        (vertical(143.5), False),
        (vertical(144.5), True),
        (horizontal(96.5), False),
        (horizontal(95.5), True),
        (horizontal(123.5), False),
        (horizontal(124.5), True),
        (vertical(98), False),  # 2 px left of the label, inside the gap of 3
        (vertical(142), False),
        (horizontal(98), False),
        (Line((400, 0), (110, 110)), False),  # right to left, through the label
        (Line((120, 120), (0, 300)), False),  # top to bottom, through the label
        (Line((120, 120), (300, 0)), False),  # bottom to top
    ],
)
def test_a_line_blocks_a_label_within_the_gap_and_half_its_pen(line: Line, free: bool) -> None:
    assert Obstacles(AREA, [line], []).free(LABEL) is free


@pytest.mark.parametrize(
    ("box", "free"),
    [
        (Box(90, 100, 97, 120), True),  # ends exactly the gap away on the left
        (Box(143, 100, 150, 120), True),
        (Box(100, 90, 140, 97), True),
        (Box(100, 123, 140, 130), True),
        (Box(90, 100, 97.5, 120), False),
    ],
)
def test_a_marker_box_exactly_the_gap_away_leaves_room(box: Box, free: bool) -> None:
    assert Obstacles(AREA, [], [box]).free(LABEL) is free


def test_a_label_exactly_the_air_away_from_another_leaves_room() -> None:
    """Labels side by side keep 10 px of air, above and below the gap of 3."""
    obstacles = Obstacles(AREA, [], [])
    obstacles.placed.append(Box(50, 100, 90, 120))  # its right edge 10 px left of the label
    obstacles.placed.append(Box(150, 100, 190, 120))  # 10 px right
    obstacles.placed.append(Box(100, 123, 140, 140))  # 3 px below
    assert obstacles.free(LABEL)
    obstacles.placed.append(Box(100, 80, 140, 97.5))  # 2.5 px above
    assert not obstacles.free(LABEL)


def test_a_gap_in_a_line_drops_only_its_own_segments() -> None:
    """(0, 0)–(10, nan): a gap; the segments after it are drawn and block."""
    nan = float("nan")
    line = Line((0, 10, 20, 300), (0, nan, 110, 110))
    assert not Obstacles(AREA, [line], []).free(LABEL)
    assert Obstacles(AREA, [Line((100, 300), (nan, 110))], []).free(LABEL)
    assert Obstacles(AREA, [Line((nan, 300), (110, 110))], []).free(LABEL)


def test_a_line_needs_as_many_ys_as_xs() -> None:
    with pytest.raises(ValueError):
        Obstacles(AREA, [Line((0, 1, 2), (0, 1))], [])


def test_a_plot_left_of_zero() -> None:
    """Area −400..400: a segment at x −150..−100 blocks a label at −158..−152 beside it."""
    area = Box(-400, -100, 400, 100)
    line = Line((-150, -100), (0, 0))
    assert not Obstacles(area, [line], []).free(Box(-158, -5, -152, 5))
    assert Obstacles(area, [line], []).free(Box(-170, -5, -164, 5))


@pytest.mark.parametrize(
    ("box", "free"),
    [
        # A vertical line at x = 40.5 (pen 39.5..41.5) straddles the columns' edge at 40.
        (Box(20, 100, 36.8, 120), False),  # reaches 39.8 with the gap: column 0 only
        (Box(43.5, 100, 60, 120), False),  # from 40.5 with the gap: column 1 only
        (Box(20, 100, 36.4, 120), True),
    ],
)
def test_a_line_on_a_column_edge_is_found_from_either_side(box: Box, free: bool) -> None:
    assert Obstacles(AREA, [vertical(40.5)], []).free(box) is free


def test_placing_with_no_gap() -> None:
    """A label 1 px from a line fits with no gap, not with the gap of 3."""
    label = Label("a", 40, 20, [(100, 100)])
    line = vertical(98)  # pen 97..99
    assert place([label], Obstacles(AREA, [line], []), gap=0.0) == {"a": LABEL}
    assert place([label], Obstacles(AREA, [line], []), gap=GAP) == {}
