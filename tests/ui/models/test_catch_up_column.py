"""The catch-up path in the window's Year by year table and the catch-up growth in Compare
scenarios, against the closed form: from the 2025 estimate L = 21.2 / 4.3089 × 12/11 to
US$10 bn in 2029, (10 / L)^(k/4) × L for k = 0 … 4, at (10 / L)^(1/4) − 1 = 16.83 % a year."""

from __future__ import annotations

from PySide6.QtCore import Qt

from trade_target.core.money import Currency
from trade_target.ui.models.scenarios import ComparisonModel
from trade_target.ui.models.trajectory import TrajectoryModel

RATE = 21.2 / 4.92  # the default: the rate the article implies, 4.3089
LATEST = 21.2 / RATE * 12 / 11


def cells(model: TrajectoryModel) -> dict[str, str]:
    return {
        model.index(row, model.YEAR).data(): model.index(row, model.CATCH_UP).data()
        for row in range(model.rowCount())
    }


def test_the_catch_up_column_in_each_currency(document) -> None:
    model = TrajectoryModel(document)
    header = model.headerData(model.CATCH_UP, Qt.Orientation.Horizontal)
    assert header == "Catch-up\npath (US$ bn)"
    expected = {str(2025 + k): (10 / LATEST) ** (k / 4) * LATEST for k in range(5)}
    assert cells(model) == {"2024": "", **{year: f"{v:.2f}" for year, v in expected.items()}}
    document.set_currency(Currency.MYR)
    assert model.headerData(model.CATCH_UP, Qt.Orientation.Horizontal).endswith("(RM bn)")
    assert cells(model)["2026"] == f"{expected['2026'] * RATE:.2f}"


def test_blank_when_no_year_is_left(document) -> None:
    model = TrajectoryModel(document)
    document.edit_input("years_to_target", 1)  # the target year is 2025, the latest year
    assert set(cells(model).values()) == {""}
    document.undo_stack.undo()
    assert cells(model)["2029"] == "10.00"


def test_the_comparison_gives_the_catch_up_growth(document) -> None:
    model = ComparisonModel(document)
    assert model.headerData(model.CATCH_UP, Qt.Orientation.Horizontal) == "Catch-up\ngrowth"
    growth = (10 / LATEST) ** (1 / 4) - 1
    assert model.index(0, model.CATCH_UP).data() == f"+{growth * 100:.2f} % a year"
    document.edit_input("years_to_target", 1)
    assert model.index(0, model.CATCH_UP).data() == "None"
