"""Table models: Qt's model tester when filled and after edits, and what each cell says."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from trade_target.core.money import Currency
from trade_target.ui.models.figures import FiguresModel
from trade_target.ui.models.trajectory import TrajectoryModel

DISPLAY = Qt.ItemDataRole.DisplayRole


def cell(model, row: int, column: int, role=DISPLAY):
    return model.data(model.index(row, column), role)


def row_of(model: FiguresModel, figure_id: str) -> int:
    ids = [figure.id for figure in model._document.dataset.figures]
    return ids.index(figure_id)


def _edit(document) -> None:
    document.edit_input("exchange_rate", 4.05)
    document.edit_input("years_to_target", 12)  # more rows
    document.set_currency(Currency.MYR)
    document.edit_input("years_to_target", 3)  # fewer rows
    document.undo_stack.undo()


@pytest.mark.parametrize("model_class", [FiguresModel, TrajectoryModel])
def test_models_pass_the_model_tester_when_filled(qtmodeltester, document, model_class):
    """Checked filled; the tester stays connected and checks every signal of the edits."""
    model = model_class(document)
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)
    _edit(document)


@pytest.mark.parametrize("model_class", [FiguresModel, TrajectoryModel])
def test_models_pass_the_model_tester_after_edits(qtmodeltester, document, model_class):
    model = model_class(document)
    _edit(document)
    assert model.rowCount() > 0
    qtmodeltester.check(model, force_py=True)


def test_figures_keep_reported_currency_and_mark_the_derived_one(document):
    model = FiguresModel(document)
    row = row_of(model, "trade_2025_jan_nov")
    assert cell(model, row, FiguresModel.REPORTED) == "RM21.2 billion"
    derived = cell(model, row, FiguresModel.DERIVED)
    assert derived == "≈ US$4.92 bn"  # 21.2 / (21.2 / 4.92)
    assert cell(model, row, FiguresModel.DERIVED, Qt.ItemDataRole.FontRole).italic()
    tooltip = cell(model, row, FiguresModel.DERIVED, Qt.ItemDataRole.ToolTipRole)
    assert "Derived" in tooltip and "US$4.92 billion" in tooltip
    assert "RM21.2 billion" in cell(model, row, FiguresModel.QUOTE)

    base = row_of(model, "trade_2024")
    assert cell(model, base, FiguresModel.REPORTED) == "US$5.2 billion"
    assert cell(model, base, FiguresModel.DERIVED) == f"≈ RM{5.2 * 21.2 / 4.92:.2f} bn"

    exports = row_of(model, "ee_exports_us")
    assert cell(model, exports, FiguresModel.REPORTED) == "More than US$30.0 billion"
    assert cell(model, exports, FiguresModel.DERIVED).startswith("≈ more than RM")


def test_figures_that_are_not_money_show_as_what_they_are(document):
    model = FiguresModel(document)
    roundtable = row_of(model, "roundtable")
    assert cell(model, roundtable, FiguresModel.REPORTED) == "39 Turkish and 7 Malaysian companies"
    assert cell(model, roundtable, FiguresModel.DERIVED) == "—"
    visit = row_of(model, "official_visit")
    assert "6–8 January 2026" in cell(model, visit, FiguresModel.REPORTED)


def test_changing_the_rate_re_derives_the_other_currency(qtbot, document):
    model = FiguresModel(document)
    row = row_of(model, "trade_2025_jan_nov")
    with qtbot.waitSignal(model.dataChanged):
        document.edit_input("exchange_rate", 4.05)
    assert cell(model, row, FiguresModel.DERIVED) == f"≈ US${21.2 / 4.05:.2f} bn"  # 5.23


def test_trajectory_rows_match_the_formula(document):
    model = TrajectoryModel(document)
    rate = 21.2 / 4.92
    required = (10 / 5.2) ** (1 / 5) - 1
    observed = 21.2 / rate * 12 / 11 / 5.2 - 1
    assert model.rowCount() == 6
    for row, year in enumerate(range(2024, 2030)):
        required_usd = 5.2 * (1 + required) ** (year - 2024)
        trend_usd = 5.2 * (1 + observed) ** (year - 2024)
        assert cell(model, row, TrajectoryModel.YEAR) == str(year)
        assert cell(model, row, TrajectoryModel.REQUIRED_USD) == f"{required_usd:.2f}"
        assert cell(model, row, TrajectoryModel.REQUIRED_MYR) == f"{required_usd * rate:.2f}"
        assert cell(model, row, TrajectoryModel.TREND) == f"{trend_usd:.2f}"
        gap = trend_usd - required_usd
        assert (
            cell(model, row, TrajectoryModel.GAP) == ("−" if gap < 0 else "+") + f"{abs(gap):.2f}"
        )


def test_trajectory_follows_currency_in_header_and_cells(qtbot, document):
    model = TrajectoryModel(document)
    rate = 21.2 / 4.92
    with qtbot.waitSignal(model.headerDataChanged):
        document.set_currency(Currency.MYR)
    assert "RM" in model.headerData(TrajectoryModel.TREND, Qt.Orientation.Horizontal)
    assert cell(model, 0, TrajectoryModel.TREND) == f"{5.2 * rate:.2f}"
