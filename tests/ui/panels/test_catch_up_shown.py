"""The summary's "Growth still needed": the growth from the latest estimate to the target by
the target year, (T/L)^(1/(target year − latest year)) − 1, with its sum, as the issue's
worked example gives it: (10 / 5.367)^(1/4) − 1 = 16.83 % a year."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QLineEdit

LATEST = 21.2 / (21.2 / 4.92) * 12 / 11  # Jan–Nov 2025 at the article's own rate, run-rate
TARGET = 10.0


def catch_up(years_left: int, target: float = TARGET) -> float:
    return (target / LATEST) ** (1 / years_left) - 1


def label(window, name: str) -> str:
    widget = window.findChild(QLabel, name)
    assert widget is not None, name
    return widget.text()


def type_into(qtbot, window, name: str, text: str) -> None:
    edit = window.findChild(QLineEdit, name)
    assert edit is not None, name
    edit.setFocus()
    qtbot.keyClick(edit, Qt.Key.Key_A, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(edit, text)


def test_the_articles_figures_need_1683_a_year_from_the_2025_estimate(window) -> None:
    expected = catch_up(4)
    assert round(expected * 100, 2) == 16.83  # the worked example
    assert label(window, "catchUpGrowthHeading") == "Growth still needed"
    assert label(window, "catchUpGrowthValue") == f"+{expected * 100:.2f} % a year"
    assert label(window, "catchUpGrowthExplanation") == (
        "(US$10.00 bn ÷ US$5.37 bn)^(1/4) − 1: from the 2025 estimate to the target by 2029."
    )
    value = window.findChild(QLabel, "catchUpGrowthValue")
    assert value.accessibleName() == "Growth still needed"
    assert value.accessibleDescription()


def test_it_follows_the_years_and_the_target_typed(qtbot, window) -> None:
    type_into(qtbot, window, "yearsToTargetInput", "8")  # target year 2032: seven years left
    assert label(window, "catchUpGrowthValue") == f"+{catch_up(7) * 100:.2f} % a year"
    assert "^(1/7) − 1" in label(window, "catchUpGrowthExplanation")
    assert "by 2032" in label(window, "catchUpGrowthExplanation")
    window.undo_action.trigger()
    assert label(window, "catchUpGrowthValue") == f"+{catch_up(4) * 100:.2f} % a year"


def test_in_ringgit_the_sum_is_in_ringgit_and_the_rate_unchanged(window) -> None:
    from trade_target.core.money import Currency

    window.document.set_currency(Currency.MYR)
    assert label(window, "catchUpGrowthValue") == f"+{catch_up(4) * 100:.2f} % a year"
    rate = 21.2 / 4.92
    assert f"RM{TARGET * rate:.2f} bn ÷ RM{LATEST * rate:.2f} bn" in label(
        window, "catchUpGrowthExplanation"
    )


def test_a_target_already_reached_needs_no_growth(qtbot, window) -> None:
    qtbot.mouseClick(window.inputs_panel.advanced_toggle, Qt.MouseButton.LeftButton)
    type_into(qtbot, window, "targetInput", "5")  # below the 2025 estimate of US$5.37 bn
    assert label(window, "catchUpGrowthValue") == "None: the target is met"
    assert "already at or above the target" in label(window, "catchUpGrowthExplanation")


def test_no_year_left_says_so(qtbot, window) -> None:
    type_into(qtbot, window, "yearsToTargetInput", "1")  # target year 2025 = the latest year
    assert label(window, "catchUpGrowthValue") == "No year left"
    assert "2025 is not after the latest year 2025" in label(window, "catchUpGrowthExplanation")
