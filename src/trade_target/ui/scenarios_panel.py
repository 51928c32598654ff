"""The scenarios box: choose which scenario the inputs edit, tick which ones the chart shows."""

from __future__ import annotations

from PySide6.QtCore import QItemSelectionModel, QModelIndex, QSignalBlocker
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from ..core.errors import InputError
from .document import ScenarioDocument
from .look import warning
from .scenario_models import ScenarioListModel


class ScenariosPanel(QGroupBox):
    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__("Scenarios", parent)
        self.setObjectName("scenariosPanel")
        self._document = document
        self.model = ScenarioListModel(document, self)
        self.list = QListView(self)
        self.list.setObjectName("scenarioList")
        self.list.setModel(self.model)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list.setToolTip(
            "The scenario you choose here is the one the inputs edit. "
            "Ticked scenarios are drawn on the chart."
        )
        self.list.setAccessibleName("Scenarios")
        self.list.setAccessibleDescription(
            "The chosen scenario is the one the inputs edit; ticked scenarios are drawn on the "
            "chart. Space ticks or unticks, F2 renames."
        )
        self.list.setMaximumHeight(110)
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)

        self.new_button = self._button(
            "&New",
            "newScenarioButton",
            document.add_scenario,
            "A new scenario on the article's figures",
        )
        self.duplicate_button = self._button(
            "&Duplicate",
            "duplicateScenarioButton",
            lambda: document.duplicate_scenario(),
            "A copy of the chosen scenario, to vary one assumption",
        )
        self.rename_button = self._button(
            "Rena&me…",
            "renameScenarioButton",
            self.start_rename,
            "Edit the chosen scenario's name in the list",
        )
        self.delete_button = self._button(
            "De&lete",
            "deleteScenarioButton",
            self.delete_current,
            "Delete the chosen scenario (Edit › Undo brings it back)",
        )

        self.message = QLabel(self)
        self.message.setObjectName("scenarioMessage")
        self.message.setWordWrap(True)
        warning(self.message)
        self.message.hide()

        buttons = QHBoxLayout()
        for button in (
            self.new_button,
            self.duplicate_button,
            self.rename_button,
            self.delete_button,
        ):
            buttons.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

        self.model.edit_refused.connect(self.show_message)
        document.changed.connect(self.refresh)
        self.refresh()

    def _button(self, text: str, name: str, slot: object, description: str) -> QPushButton:
        button = QPushButton(text, self)
        button.setObjectName(name)
        button.setToolTip(description)
        button.setAccessibleName(f"{text.replace('&', '').rstrip('…')} scenario")
        button.setAccessibleDescription(description)
        button.clicked.connect(slot)
        return button

    def show_message(self, text: str) -> None:
        self.message.setText(text)
        self.message.setVisible(bool(text))

    def start_rename(self) -> None:
        self.list.edit(self.model.index(self._document.workbook.current))

    def delete_current(self) -> None:
        try:
            self._document.delete_scenario(self._document.workbook.current)
        except InputError as exc:
            self.show_message(exc.message)

    def _on_current_changed(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if current.isValid():
            self._document.select_scenario(current.row())

    def refresh(self) -> None:
        workbook = self._document.workbook
        self.delete_button.setEnabled(len(workbook.scenarios) > 1)
        if self.message.isVisible():
            self.show_message("")
        index = self.model.index(workbook.current)
        if self.list.currentIndex() != index:
            with QSignalBlocker(self.list.selectionModel()):
                self.list.selectionModel().setCurrentIndex(
                    index, QItemSelectionModel.SelectionFlag.ClearAndSelect
                )
            self.list.viewport().update()
