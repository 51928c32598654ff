"""The trajectory chart's target label writes the target as it is: a target of US$0.02 bn
is "Target US$0.02 bn", never "US$0.0 bn"; the article's 10 keeps its "US$10.0 bn"."""

from __future__ import annotations

import pytest
from test_axis_decimal_mark import type_into


@pytest.mark.parametrize(
    ("typed", "expected"),
    [
        ("0.02", "Target US$0.02 bn"),
        ("0.025", "Target US$0.025 bn"),
        ("10", "Target US$10.0 bn"),
        ("12.5", "Target US$12.5 bn"),
    ],
)
def test_the_target_label_writes_the_target_faithfully(qtbot, window, typed, expected):
    type_into(qtbot, window, "targetInput", typed)
    assert window.document.inputs.target_value == float(typed)
    assert window.plot.target_label.toPlainText() == expected


def test_a_small_target_in_ringgit_keeps_three_figures(qtbot, window):
    type_into(qtbot, window, "targetInput", "0.02")
    combo = window.inputs_panel.currency_input
    combo.setCurrentIndex(combo.findData("MYR"))
    rate = 21.2 / 4.92  # the article's implied rate, 4.3089 RM per US$
    assert window.plot.target_label.toPlainText() == f"Target RM{0.02 * rate:.4f} bn"
    assert f"{0.02 * rate:.4f}" == "0.0862"
