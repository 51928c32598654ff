"""In the window: choosing how the part year is annualised, and the partner's figures.

Expected values are worked out here from the article's figures (PRODUCT.md) and the test's
own made-up previous-year and partner values.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from trade_target.core.annualise import Annualisation
from trade_target.ui.models.figures import FiguresModel

RATE = 21.2 / 4.92


def row_of(model: FiguresModel, figure_id: str) -> int:
    return next(i for i, f in enumerate(model.figures) if f.id == figure_id)


def test_a_method_the_figures_do_not_allow_is_greyed_with_what_it_needs(window):
    combo = window.inputs_panel.annualisation_input
    assert combo.currentData() == Annualisation.RUN_RATE.value
    same = combo.findData(Annualisation.SAME_PERIOD.value)
    assert not combo.model().item(same).isEnabled()
    assert "previous year" in combo.itemData(same, Qt.ItemDataRole.ToolTipRole)


def test_same_period_once_the_previous_year_is_entered(window, qtbot):
    model = window.figures_model
    document = window.document
    row = row_of(model, document.dataset.latest_id)
    index = model.index(row, FiguresModel.PREVIOUS_SAME)
    assert model.setData(index, "19,0")  # Jan–Nov 2024 in RM, either decimal mark
    combo = window.inputs_panel.annualisation_input
    same = combo.findData(Annualisation.SAME_PERIOD.value)
    assert combo.model().item(same).isEnabled()
    combo.setCurrentIndex(same)
    assert document.scenario.annualisation is Annualisation.SAME_PERIOD
    # Same months a year apart, both in RM: the rate cancels. 5.2 × 21.2 / 19.0.
    expected = 5.2 * 21.2 / 19.0
    assert document.summary.latest_estimate_usd == pytest.approx(expected, rel=1e-12)
    value = window.findChild(QLabel, "latestEstimateValue").text()
    assert f"{expected:.2f}" in value
    explanation = window.findChild(QLabel, "latestEstimateExplanation").text()
    assert "Same period" in explanation
    assert any("same period" in name for name in window.plot.legend_names())
    window.undo_action.trigger()
    assert document.scenario.annualisation is Annualisation.RUN_RATE
    assert combo.currentData() == Annualisation.RUN_RATE.value


def test_the_partner_value_can_be_entered_chosen_and_compared(window):
    model = window.figures_model
    document = window.document
    row = row_of(model, document.dataset.base_id)
    assert model.setData(model.index(row, FiguresModel.PARTNER), "5.0")
    difference = model.data(model.index(row, FiguresModel.DIFFERENCE))
    assert difference.startswith("−") and "3.8" in difference  # 5.0 / 5.2 − 1 = −3.85 %
    use = model.index(row, FiguresModel.USE_PARTNER)
    assert model.flags(use) & Qt.ItemFlag.ItemIsUserCheckable
    assert model.data(use, Qt.ItemDataRole.CheckStateRole) == Qt.CheckState.Unchecked
    assert model.setData(use, Qt.CheckState.Checked.value, Qt.ItemDataRole.CheckStateRole)
    required = (10 / 5.0) ** (1 / 5) - 1
    assert document.summary.required_growth == pytest.approx(required, rel=1e-12)
    assert f"{required * 100:.2f}" in window.findChild(QLabel, "requiredGrowthValue").text()
    window.undo_action.trigger()
    assert document.summary.required_growth == pytest.approx((10 / 5.2) ** (1 / 5) - 1)


def test_a_bad_partner_value_is_refused_with_a_message(window):
    model = window.figures_model
    row = row_of(model, window.document.dataset.base_id)
    messages: list[str] = []
    model.edit_refused.connect(messages.append)
    assert not model.setData(model.index(row, FiguresModel.PARTNER), "-3")
    assert messages and "greater than zero" in messages[0]
    assert window.document.dataset.base.partner_value is None


def test_the_monthly_chart_catches_up_with_edits_made_while_it_was_hidden(window, qtbot):
    from pathlib import Path

    sample = Path(__file__).resolve().parents[3] / "resources" / "monthly-sample.csv"
    window.charts.setCurrentWidget(window.charts.widget(2))
    assert window.monthly_panel.import_path(str(sample)) is not None
    january = window.monthly_panel.bars.opts["height"][0]  # RM1.84 bn at 21.2/4.92
    assert january == pytest.approx(1.84 / RATE, rel=1e-12)
    window.charts.setCurrentIndex(0)  # the trajectory; the monthly chart is hidden
    window.document.edit_input("exchange_rate", 4.0)
    window.charts.setCurrentWidget(window.charts.widget(2))
    assert window.monthly_panel.bars.opts["height"][0] == pytest.approx(1.84 / 4.0, rel=1e-12)
