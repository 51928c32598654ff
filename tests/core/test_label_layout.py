"""Placing a chart's labels clear of its lines, markers and each other: pure geometry, worked
out here by hand on small pictures in pixels (y grows downwards)."""

from __future__ import annotations

import math

import pytest

from trade_target.core.label_layout import (
    Box,
    Label,
    Line,
    Obstacles,
    place,
    segment_crosses,
)
from trade_target.core.trajectory_labels import (
    GAP,
    along_line,
    beside_line_end,
    beside_marker,
)

AREA = Box(0, 0, 400, 300)


def test_boxes_overlap_only_when_they_share_more_than_an_edge():
    a = Box.at(10, 10, 20, 10)  # 10..30 × 10..20
    assert a.overlaps(Box.at(29, 19, 5, 5))
    assert not a.overlaps(Box.at(30, 10, 5, 5))  # touching on the right edge
    assert not a.overlaps(Box.at(10, 20, 5, 5))  # touching the bottom edge
    assert a.inside(AREA) and not Box.at(390, 0, 20, 10).inside(AREA)


@pytest.mark.parametrize(
    ("segment", "crosses"),
    [
        ((0, 0, 100, 100), True),  # the diagonal through the box 40..60 × 40..60
        ((0, 50, 100, 50), True),  # straight across
        ((0, 0, 100, 10), False),  # above it
        ((0, 0, 39, 39), False),  # stops short of its corner
        ((40, 0, 40, 100), False),  # runs along its left edge: touching is not crossing
        ((50, 50, 50, 50), True),  # a point inside
    ],
)
def test_segment_crossing_a_box(segment, crosses):
    assert segment_crosses(*segment, Box(40, 40, 60, 60)) is crosses


def test_a_box_must_clear_lines_by_the_gap_and_half_the_pen():
    # A level line at y = 100, 2 px wide (half width 1).
    obstacles = Obstacles(AREA, [Line((0.0, 400.0), (100.0, 100.0), 1.0)], [])
    height = 10.0
    # The box's bottom 3 + 1 px above the line: just clear; one pixel lower: too close.
    assert obstacles.free(Box.at(50, 100 - 4 - height, 40, height), gap=3)
    assert not obstacles.free(Box.at(50, 100 - 3 - height, 40, height), gap=3)
    assert not obstacles.free(Box.at(50, 95, 40, height))  # across the line


def test_a_long_segment_is_found_in_every_column_it_spans():
    # A steep line from (10, 290) to (390, 10): across every 40-pixel column of the index.
    obstacles = Obstacles(AREA, [Line((10.0, 390.0), (290.0, 10.0))], [])
    x = 200.0
    y = 290 - (x - 10) * 280 / 380  # the line's height there
    assert not obstacles.free(Box.at(x - 5, y - 5, 10, 10))
    assert obstacles.free(Box.at(x - 5, y - 60, 10, 10))


def test_a_gap_in_a_line_leaves_room():
    nan = math.nan
    line = Line((0.0, 100.0, 200.0, 300.0), (50.0, 50.0, nan, 50.0))
    obstacles = Obstacles(AREA, [line], [])
    assert not obstacles.free(Box.at(40, 45, 20, 10))  # on the drawn part, 0..100
    assert obstacles.free(Box.at(140, 45, 20, 10))  # where the missing point breaks it


def test_markers_and_the_plot_edge_are_obstacles():
    marker = Box(95, 95, 105, 105)
    obstacles = Obstacles(AREA, [], [marker])
    assert not obstacles.free(Box.at(100, 100, 30, 10))
    assert obstacles.free(Box.at(110, 100, 30, 10))  # 5 px right of it, more than the gap
    assert not obstacles.free(Box.at(380, 100, 30, 10))  # past the right edge


def test_labels_are_placed_in_order_and_never_on_one_another():
    obstacles = Obstacles(AREA, [], [])
    wanted = [(100.0, 100.0), (100.0, 116.0), (100.0, 140.0)]
    first = Label("first", 50, 14, wanted)
    second = Label("second", 50, 14, wanted)
    found = place([first, second], obstacles)
    assert found["first"] == Box.at(100, 100, 50, 14)
    # 100..114 is taken and 116 is within the gap (3 px) of it: the second goes to 140.
    assert found["second"] == Box.at(100, 140, 50, 14)


def test_a_label_with_no_clear_place_is_left_out():
    obstacles = Obstacles(AREA, [Line((0.0, 400.0), (100.0, 100.0))], [])
    found = place([Label("crossed", 50, 14, [(100.0, 95.0), (390.0, 10.0)])], obstacles)
    assert found == {}


def test_a_line_end_label_goes_right_of_the_end_centred_on_it_first():
    corners = list(beside_line_end((200.0, 100.0), (60.0, 14.0), clear=4.0))
    assert corners[0] == (200 + 4 + GAP, 100 - 7)
    # Then a little higher and lower, on the right (up to 2½ heights, a step over a
    # neighbour's label), before anything on the left.
    assert corners[1] == (200 + 4 + GAP, 100 - 7 - 7)
    assert corners[2] == (200 + 4 + GAP, 100 - 7 + 7)
    lefts = [i for i, (x, _) in enumerate(corners) if x + 60 <= 200]
    rights = [i for i, (x, _) in enumerate(corners) if x > 200]
    assert min(lefts) > max(rights[:11])


def test_a_line_end_label_tries_the_gutter_before_going_far():
    corners = list(beside_line_end((200.0, 100.0), (60.0, 14.0), clear=4.0, gutter=300.0))
    in_gutter = [i for i, (x, _) in enumerate(corners) if x == 300.0]
    far_right = [
        i for i, (x, y) in enumerate(corners) if x == 200 + 4 + GAP and abs(y + 7 - 100) > 35
    ]
    assert in_gutter and far_right
    assert max(in_gutter) < min(far_right)
    assert corners[in_gutter[0]] == (300.0, 93.0)  # at the end's height first


def test_a_marker_label_sits_beside_the_marker_not_on_it():
    x, y, radius = 100.0, 100.0, 6.0
    marker = Box(x - radius, y - radius, x + radius, y + radius)
    for left, top in list(beside_marker((x, y), (40.0, 14.0), radius))[:8]:
        assert not Box.at(left, top, 40, 14).overlaps(marker)


def test_the_target_label_runs_along_its_line_over_then_under():
    corners = list(along_line((10.0, 50.0), (60.0, 14.0), length=200.0, clear=2.0))
    assert corners[0] == (10 + GAP, 50 - 2 - GAP - 14)  # over the start
    assert corners[1] == (10 + GAP, 50 + 2 + GAP)  # under it
    assert all(left + 60 <= 10 + 200 for left, _ in corners)  # never past the line's end


def test_labels_side_by_side_keep_more_air_than_a_line_does():
    # Two texts 5 px apart read as one ("+17.76 % a year +14.0 % a year"): 10 px at least.
    obstacles = Obstacles(AREA, [], [])
    obstacles.placed.append(Box.at(100, 100, 60, 14))
    assert not obstacles.free(Box.at(165, 100, 60, 14))
    assert obstacles.free(Box.at(171, 100, 60, 14))
    assert obstacles.free(Box.at(100, 118, 60, 14))  # one under the other: the usual gap
