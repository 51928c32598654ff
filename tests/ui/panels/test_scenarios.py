"""Several named scenarios: the list, the comparison table, the chart's overlays, undo."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from trade_target.core.money import Currency
from trade_target.ui.models.scenarios import ComparisonModel, ScenarioListModel

DISPLAY = Qt.ItemDataRole.DisplayRole
RATE = 21.2 / 4.92


def required(years: int) -> float:
    """PRODUCT.md's formula, written out: (target / base)^(1/years) − 1."""
    return (10 / 5.2) ** (1 / years) - 1


def cell(model, row: int, column: int, role=DISPLAY):
    return model.data(model.index(row, column), role)


def _scenario_edits(document) -> None:
    """New, duplicate, rename, edit, tick, delete, and undo of the delete."""
    document.add_scenario()
    document.edit_input("years_to_target", 4)
    document.edit_input("exchange_rate", 4.05)
    document.duplicate_scenario()
    document.edit_input("years_to_target", 6)
    document.rename_scenario(2, "Deadline 2030")
    document.set_shown(0, False)
    document.select_scenario(0)
    document.set_currency(Currency.MYR)
    document.delete_scenario(1)
    document.undo_stack.undo()
    document.delete_scenario(0)


@pytest.mark.parametrize("model_class", [ComparisonModel, ScenarioListModel])
def test_scenario_models_pass_the_model_tester_through_edits(qtmodeltester, document, model_class):
    model = model_class(document)
    qtmodeltester.check(model, force_py=True)  # stays connected: checks every signal below
    _scenario_edits(document)
    assert model.rowCount() == 2
    qtmodeltester.check(model, force_py=True)


def test_comparison_table_sets_scenarios_side_by_side(document):
    model = ComparisonModel(document)
    document.add_scenario()
    document.edit_input("years_to_target", 4)
    document.edit_input("exchange_rate", 4.05)
    assert model.rowCount() == 2
    assert cell(model, 0, ComparisonModel.SCENARIO) == "Article figures"
    assert cell(model, 0, ComparisonModel.TARGET_YEAR) == "2029 (5 yr)"
    assert cell(model, 0, ComparisonModel.REQUIRED) == f"+{required(5) * 100:.2f} % a year"
    assert cell(model, 1, ComparisonModel.SCENARIO) == "Scenario"
    assert cell(model, 1, ComparisonModel.RATE) == "4.05"
    assert cell(model, 1, ComparisonModel.TARGET_YEAR) == "2028 (4 yr)"
    assert cell(model, 1, ComparisonModel.REQUIRED) == f"+{required(4) * 100:.2f} % a year"
    observed = 21.2 / 4.05 * 12 / 11 / 5.2 - 1  # a weaker ringgit means fewer dollars
    assert cell(model, 1, ComparisonModel.OBSERVED) == f"+{observed * 100:.2f} % a year"
    bold = Qt.ItemDataRole.FontRole
    assert cell(model, 1, 0, bold).bold() and cell(model, 0, 0, bold) is None


def test_scenarios_keep_their_own_inputs(document):
    document.duplicate_scenario()
    document.edit_input("exchange_rate", 4.31)
    document.select_scenario(0)
    assert document.inputs.exchange_rate == pytest.approx(RATE)
    assert document.workbook.scenarios[1].exchange_rate == 4.31
    # choosing a scenario is navigation: it is not an undo step and not unsaved work
    assert document.undo_stack.count() == 2


def test_rename_refuses_a_taken_name_and_says_why(qtbot, document):
    model = ScenarioListModel(document)
    document.add_scenario()
    with qtbot.waitSignal(model.edit_refused) as refused:
        assert not model.setData(model.index(1), "Article figures")
    assert "already named" in refused.args[0]
    assert document.workbook.names == ("Article figures", "Scenario")
    assert model.setData(model.index(1), "  Deadline   2028 ")
    assert document.workbook.names[1] == "Deadline 2028"


def test_the_tick_shows_a_scenario_on_the_chart(qtbot, window):
    document = window.document
    document.duplicate_scenario()
    document.edit_input("years_to_target", 4)
    names = window.plot.legend_names()
    assert "Article figures — required path" in names
    assert "Required path — Article figures (copy)" in names
    model = window.scenarios_panel.model
    model.setData(model.index(0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    assert document.workbook.scenarios[0].shown is False
    assert "Article figures — required path" not in window.plot.legend_names()
    document.undo_stack.undo()
    assert "Article figures — required path" in window.plot.legend_names()


def test_panel_buttons_create_choose_and_delete(qtbot, window):
    panel = window.scenarios_panel
    document = window.document
    assert not panel.delete_button.isEnabled()  # the last scenario stays
    qtbot.mouseClick(panel.new_button, Qt.MouseButton.LeftButton)
    qtbot.mouseClick(panel.duplicate_button, Qt.MouseButton.LeftButton)
    assert document.workbook.names == ("Article figures", "Scenario", "Scenario (copy)")
    assert panel.list.currentIndex().row() == 2 == document.workbook.current
    panel.list.setCurrentIndex(panel.model.index(0))
    assert document.workbook.current == 0
    assert window.inputs_panel.fields["exchange_rate"].edit.text() == "4.3089"
    qtbot.mouseClick(panel.delete_button, Qt.MouseButton.LeftButton)
    assert document.workbook.names == ("Scenario", "Scenario (copy)")
    window.undo_action.trigger()
    assert document.workbook.names == ("Article figures", "Scenario", "Scenario (copy)")


def test_the_scenario_menu_drives_the_same_buttons(window):
    menu = next(a.menu() for a in window.menuBar().actions() if a.text() == "&Scenario")
    actions = {action.text(): action for action in menu.actions()}
    actions["&New scenario"].trigger()
    actions["&Duplicate scenario"].trigger()
    assert len(window.document.workbook.scenarios) == 3
    actions["De&lete scenario"].trigger()
    assert len(window.document.workbook.scenarios) == 2


def test_only_changed_scenarios_are_evaluated_again(document, monkeypatch):
    document.duplicate_scenario()
    document.duplicate_scenario()
    from trade_target.core import workbook

    calls = []
    original = workbook.Scenario.summary
    monkeypatch.setattr(
        workbook.Scenario, "summary", lambda self: calls.append(self.name) or original(self)
    )
    document.edit_input("exchange_rate", 4.2)
    assert calls == [document.scenario.name]
