"""The figures table is editable; a newer figure can be added, and every result follows it."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt

from trade_target.core.money import Currency
from trade_target.ui.actions.observation_dialog import ObservationDialog
from trade_target.ui.models.figures import FiguresModel

EDIT = Qt.ItemDataRole.EditRole
RATE = 21.2 / 4.92


def row_of(model: FiguresModel, figure_id: str) -> int:
    return [figure.id for figure in model.figures].index(figure_id)


def set_cell(model, figure_id: str, column: int, text: str) -> bool:
    return model.setData(model.index(row_of(model, figure_id), column), text, EDIT)


def _figure_edits(document) -> None:
    document.add_observation(value=5.6, reported_currency=Currency.USD, year=2025, months=12)
    document.edit_figure("observation_1", "value", 5.7)
    document.add_observation(value=2.0, reported_currency=Currency.USD, year=2026, months=3)
    document.remove_figure("observation_1")
    document.undo_stack.undo()  # back in the middle
    document.duplicate_scenario()
    document.remove_figure("roundtable")
    document.select_scenario(0)  # same number of rows, other figures
    document.undo_stack.undo()


def test_figures_model_passes_the_model_tester_through_insertions_and_removals(
    qtmodeltester, document
):
    model = FiguresModel(document)
    qtmodeltester.check(model, force_py=True)
    _figure_edits(document)
    assert model.rowCount() == len(document.dataset.figures)
    qtmodeltester.check(model, force_py=True)


def test_editing_a_value_in_the_table_changes_every_result(qtbot, document):
    model = FiguresModel(document)
    assert set_cell(model, "trade_2025_jan_nov", FiguresModel.REPORTED, "22,0")  # either mark
    assert document.inputs.latest_value == 22.0
    expected = 22.0 / RATE * 12 / 11 / 5.2 - 1
    assert document.summary.observed_growth == pytest.approx(expected)
    index = model.index(row_of(model, "trade_2025_jan_nov"), FiguresModel.REPORTED)
    assert model.data(index) == "RM22.0 billion"
    assert model.data(index, EDIT) == "22"


@pytest.mark.parametrize(
    ("column", "text", "says"),
    [
        (FiguresModel.REPORTED, "-1", "greater than zero"),
        (FiguresModel.REPORTED, "abc", "not a number"),
        (FiguresModel.MONTHS, "13", "1 to 12"),
        (FiguresModel.YEAR, "2023", "later year"),
        (FiguresModel.CURRENCY, "EUR", "USD or MYR"),
        (FiguresModel.FIGURE, "   ", "needs a name"),
    ],
)
def test_bad_entries_are_refused_with_a_message(qtbot, document, column, text, says):
    model = FiguresModel(document)
    before = document.workbook
    with qtbot.waitSignal(model.edit_refused) as refused:
        assert not set_cell(model, "trade_2025_jan_nov", column, text)
    assert says in refused.args[0]
    assert document.workbook is before and document.undo_stack.count() == 0


def test_only_sensible_cells_are_editable(document):
    model = FiguresModel(document)
    editable = Qt.ItemFlag.ItemIsEditable

    def can_edit(figure_id: str, column: int) -> bool:
        return bool(model.flags(model.index(row_of(model, figure_id), column)) & editable)

    assert can_edit("trade_2024", FiguresModel.REPORTED)
    assert can_edit("trade_2024", FiguresModel.MONTHS)
    assert not can_edit("trade_2024", FiguresModel.DERIVED)
    assert not can_edit("trade_2024", FiguresModel.USED_AS)
    assert not can_edit("roundtable", FiguresModel.REPORTED)  # a count, not money
    assert can_edit("roundtable", FiguresModel.QUOTE)


def test_the_full_year_figure_becomes_the_latest(qtbot, window):
    """The user adds the full-year 2025 figure through the dialog; results follow it."""
    document = window.document
    dialog = ObservationDialog(document.add_observation, window)
    qtbot.addWidget(dialog)
    dialog.label_input.setText("Bilateral trade, 2025")
    qtbot.keyClicks(dialog.value_input, "5,6")
    qtbot.keyClicks(dialog.year_input, "2025")
    dialog.note_input.setText("Department of Statistics, February 2026")
    dialog.accept()
    assert dialog.result() == dialog.DialogCode.Accepted
    assert document.dataset.latest.label == "Bilateral trade, 2025"
    assert document.summary.observed_growth == pytest.approx(5.6 / 5.2 - 1)
    model = window.figures_model
    row = row_of(model, document.dataset.latest_id)
    assert model.data(model.index(row, FiguresModel.USED_AS)) == "Latest"
    assert model.data(model.index(row_of(model, "trade_2025_jan_nov"), FiguresModel.USED_AS)) == ""
    # The advanced inputs now name the figure they edit.
    assert window.inputs_panel._labels["latest_value"].text().startswith("Bilateral trade, 2025")

    window.figures_table.setCurrentIndex(model.index(row, 0))
    assert window.remove_figure_button.isEnabled()
    qtbot.mouseClick(window.remove_figure_button, Qt.MouseButton.LeftButton)
    assert document.dataset.latest_id == "trade_2025_jan_nov"
    assert document.summary.observed_growth == pytest.approx(21.2 / RATE * 12 / 11 / 5.2 - 1)


def test_the_dialog_keeps_a_bad_entry_open_with_a_message(qtbot, document):
    dialog = ObservationDialog(document.add_observation)
    qtbot.addWidget(dialog)
    qtbot.keyClicks(dialog.value_input, "5.6")
    dialog.show()
    dialog.accept()  # no year typed
    assert dialog.isVisible()
    assert dialog.message.text() == "Year: enter a number."
    qtbot.keyClicks(dialog.year_input, "2025")
    dialog.months_input.setText("14")
    dialog.accept()
    assert dialog.isVisible() and "1 to 12" in dialog.message.text()
    assert len(document.dataset.figures) == 6  # nothing added while the form is wrong
    dialog.months_input.setText("12")
    dialog.accept()
    assert not dialog.isVisible() and len(document.dataset.figures) == 7


def test_the_base_and_target_cannot_be_removed(qtbot, window):
    model = window.figures_model
    for figure_id in ("trade_2024", "trade_target"):
        window.figures_table.setCurrentIndex(model.index(row_of(model, figure_id), 0))
        assert not window.remove_figure_button.isEnabled()
    with pytest.raises(Exception, match="cannot be removed"):
        window.document.remove_figure("trade_2024")


def test_the_add_button_opens_the_form(qtbot, window, monkeypatch):
    from trade_target.ui.actions import dialogs

    seen = []
    monkeypatch.setattr(dialogs, "ask_observation", lambda parent, submit: seen.append(submit))
    qtbot.mouseClick(window.add_figure_button, Qt.MouseButton.LeftButton)
    assert seen == [window.document.add_observation]


def test_the_add_figure_form_is_named_and_keyboard_reachable(qtbot, document):
    from PySide6.QtWidgets import QLabel

    dialog = ObservationDialog(document.add_observation)
    qtbot.addWidget(dialog)
    fields = [
        dialog.label_input,
        dialog.value_input,
        dialog.currency_input,
        dialog.year_input,
        dialog.months_input,
        dialog.period_input,
        dialog.note_input,
    ]
    for field in fields:
        assert field.accessibleName() and field.accessibleDescription()
    buddies = {label.buddy(): label.text() for label in dialog.findChildren(QLabel)}
    assert all("&" in buddies[field] for field in fields)
    keys = [buddies[field][buddies[field].index("&") + 1].lower() for field in fields]
    assert len(set(keys)) == len(keys), keys  # no two share a mnemonic
