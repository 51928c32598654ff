"""Placing hundreds of labels: the placed labels are looked up by column of the plot, and
every label placed must still clear every other one, as checked here pair by pair."""

from __future__ import annotations

import itertools

from trade_target.core.label_layout import GAP, LABEL_AIR, Box, Label, Obstacles, place

AREA = Box(0, 0, 1200, 800)


def _too_close(a: Box, b: Box) -> bool:
    """Nearer than a label keeps: LABEL_AIR side by side, GAP above and below."""
    return (
        a.left - LABEL_AIR < b.right
        and b.left < a.right + LABEL_AIR
        and a.top - GAP < b.bottom
        and b.top < a.bottom + GAP
    )


def test_hundreds_of_labels_wanting_the_same_places_never_touch():
    # 400 labels of 90 × 14 px, all wanting to start at one of a few crowded points and
    # then trying places down and to the right of it, as line-end labels do.
    def candidates(start_x: float, start_y: float) -> list[tuple[float, float]]:
        return [(start_x + 37 * i, start_y + 9 * j) for j in range(40) for i in range(12)]

    labels = [
        Label(key, 90.0, 14.0, candidates(10 + (key % 5) * 23, 10 + (key % 7) * 11))
        for key in range(400)
    ]
    found = place(labels, Obstacles(AREA, [], []))
    boxes = list(found.values())
    assert len(boxes) > 50
    assert all(box.inside(AREA) for box in boxes)
    clashes = [(a, b) for a, b in itertools.combinations(boxes, 2) if _too_close(a, b)]
    assert not clashes

    # The same as testing each candidate against every label placed before it, one by one.
    expected: dict[int, Box] = {}
    for label in labels:
        for left, top in label.candidates:
            box = Box.at(left, top, label.width, label.height)
            if box.inside(AREA) and not any(_too_close(box, o) for o in expected.values()):
                expected[label.key] = box
                break
    assert found == expected


def test_a_label_placed_by_hand_is_still_cleared():
    obstacles = Obstacles(AREA, [], [])
    obstacles.placed.append(Box.at(500, 300, 200, 14))  # spans several columns
    assert not obstacles.free(Box.at(690, 300, 60, 14))  # overlaps its right end
    assert not obstacles.free(Box.at(705, 300, 60, 14))  # 5 px beside it: too close
    assert obstacles.free(Box.at(711, 300, 60, 14))
