"""The scenario list and the document never disagree about which scenario is chosen.

Reported: New, click the first scenario, Delete → "Something went wrong". Qt moves a list's
current row off a removed row *before* the row goes, numbered as it was; the panel took that
for the user's choice and asked for a scenario the workbook no longer had. Below: that exact
sequence clicked through, then random runs of every scenario operation with the invariant
checked after each step."""

from __future__ import annotations

import contextlib

import pytest
from hypothesis import HealthCheck, settings
from hypothesis import strategies as st
from hypothesis.stateful import RuleBasedStateMachine, invariant, rule, run_state_machine_as_test
from PySide6.QtCore import Qt

from trade_target.core.errors import InputError
from trade_target.core.workbook import Scenario, Workbook
from trade_target.ui.document import ScenarioDocument
from trade_target.ui.panels.scenarios import ScenariosPanel

CHECK = Qt.ItemDataRole.CheckStateRole
EDIT = Qt.ItemDataRole.EditRole
MOST = 6  # scenarios a run may make; enough to delete before, at and after the current one


def click(qtbot, widget) -> None:
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_row(qtbot, panel: ScenariosPanel, row: int) -> None:
    panel.list.scrollTo(panel.model.index(row))
    rect = panel.list.visualRect(panel.model.index(row))
    qtbot.mouseClick(panel.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())


def assert_in_sync(document: ScenarioDocument, panel: ScenariosPanel) -> None:
    workbook = document.workbook
    assert 0 <= workbook.current < len(workbook.scenarios)
    assert panel.model.rowCount() == len(workbook.scenarios)
    names = [panel.model.data(panel.model.index(row), EDIT) for row in range(len(workbook.names))]
    assert names == list(workbook.names)
    assert panel.list.currentIndex().row() == workbook.current
    assert panel.delete_button.isEnabled() == (len(workbook.scenarios) > 1)


@pytest.fixture
def panel(qtbot, document) -> ScenariosPanel:
    widget = ScenariosPanel(document)
    qtbot.addWidget(widget)
    widget.show()
    qtbot.waitExposed(widget)
    return widget


def test_new_then_choose_the_first_then_delete(qtbot, document, panel) -> None:
    click(qtbot, panel.new_button)
    click_row(qtbot, panel, 0)
    assert document.workbook.current == 0
    with qtbot.captureExceptions() as raised:
        click(qtbot, panel.delete_button)
    assert raised == []
    assert document.workbook.names == ("Scenario",)  # the first one went, the new one stayed
    assert_in_sync(document, panel)
    document.undo_stack.undo()
    assert document.workbook.names == ("Article figures", "Scenario")
    assert_in_sync(document, panel)


def test_deleting_before_the_current_keeps_the_same_scenario_chosen(qtbot, document, panel) -> None:
    """Three scenarios, the third chosen, the first deleted: the third stays chosen (now
    the second row), not whichever scenario took over the old row number."""
    click(qtbot, panel.new_button)
    click(qtbot, panel.new_button)
    chosen = document.scenario.name
    with qtbot.captureExceptions() as raised:
        document.delete_scenario(0)
    assert raised == []
    assert document.scenario.name == chosen
    assert_in_sync(document, panel)


def test_deleting_the_chosen_one_in_the_middle_chooses_the_next(qtbot, document, panel) -> None:
    """Qt would move the list to the row above; the workbook says the one that follows."""
    click(qtbot, panel.new_button)
    click(qtbot, panel.new_button)
    click_row(qtbot, panel, 1)
    following = document.workbook.names[2]
    with qtbot.captureExceptions() as raised:
        click(qtbot, panel.delete_button)
    assert raised == []
    assert document.scenario.name == following
    assert_in_sync(document, panel)


def _run(qtbot, document: ScenarioDocument, panel: ScenariosPanel, examples: int, steps: int):
    source = document.source

    class ScenarioOperations(RuleBasedStateMachine):
        """Every operation on the scenarios, by button where a person would use one."""

        def __init__(self) -> None:
            super().__init__()
            document.load(Workbook.from_source(source))

        def _do(self, operation) -> None:
            # A refusal in words (the last scenario, a taken name) is fine; a traceback is not.
            with qtbot.captureExceptions() as raised, contextlib.suppress(InputError):
                operation()
            assert raised == [], [str(error[1]) for error in raised]

        @rule()
        def new(self) -> None:
            if len(document.workbook.scenarios) < MOST:
                self._do(lambda: click(qtbot, panel.new_button))

        @rule()
        def duplicate(self) -> None:
            if len(document.workbook.scenarios) < MOST:
                self._do(lambda: click(qtbot, panel.duplicate_button))

        @rule()
        def delete_the_chosen_one(self) -> None:
            self._do(lambda: click(qtbot, panel.delete_button))

        @rule(row=st.integers(0, MOST - 1))
        def delete_another(self, row: int) -> None:
            self._do(lambda: document.delete_scenario(row % len(document.workbook.scenarios)))

        @rule(row=st.integers(0, MOST - 1))
        def choose(self, row: int) -> None:
            self._do(lambda: click_row(qtbot, panel, row % panel.model.rowCount()))

        @rule(row=st.integers(0, MOST - 1), name=st.sampled_from(["A", "B", "Scenario"]))
        def rename(self, row: int, name: str) -> None:
            index = panel.model.index(row % panel.model.rowCount())
            self._do(lambda: panel.model.setData(index, name, EDIT))

        @rule(row=st.integers(0, MOST - 1), shown=st.booleans())
        def tick(self, row: int, shown: bool) -> None:
            index = panel.model.index(row % panel.model.rowCount())
            state = Qt.CheckState.Checked if shown else Qt.CheckState.Unchecked
            self._do(lambda: panel.model.setData(index, state.value, CHECK))

        @rule()
        def undo(self) -> None:
            self._do(document.undo_stack.undo)

        @rule()
        def redo(self) -> None:
            self._do(document.undo_stack.redo)

        @rule(rate=st.sampled_from([3.9, 4.05, 4.3, 4.7]))
        def edit_rate(self, rate: float) -> None:
            self._do(lambda: document.edit_input("exchange_rate", rate))

        @rule(count=st.integers(1, MOST), current=st.integers(0, MOST - 1))
        def open_a_workbook(self, count: int, current: int) -> None:
            scenarios = tuple(
                Scenario.from_source(f"Opened {number}", source) for number in range(count)
            )
            self._do(lambda: document.load(Workbook(scenarios, current % count), "x.tradetarget"))

        @invariant()
        def list_and_document_agree(self) -> None:
            assert_in_sync(document, panel)

    run_state_machine_as_test(
        ScenarioOperations,
        settings=settings(
            max_examples=examples,
            stateful_step_count=steps,
            deadline=None,
            suppress_health_check=[HealthCheck.too_slow],
        ),
    )


def test_random_scenario_operations_keep_list_and_document_in_step(qtbot, document, panel):
    _run(qtbot, document, panel, examples=25, steps=20)


@pytest.mark.slow
def test_many_random_scenario_operations_keep_list_and_document_in_step(qtbot, document, panel):
    _run(qtbot, document, panel, examples=400, steps=50)
