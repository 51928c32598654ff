"""The scenarios box: choose which scenario the inputs edit, tick which ones the chart shows."""

from __future__ import annotations

from collections.abc import Callable
from typing import ClassVar

from PySide6.QtCore import QEvent, QItemSelectionModel, QModelIndex, QSignalBlocker
from PySide6.QtWidgets import (
    QAbstractItemView,
    QGridLayout,
    QGroupBox,
    QListView,
    QPushButton,
    QVBoxLayout,
    QWidget,
)

from trade_target.core.errors import InputError
from trade_target.core.i18n import QT_TRANSLATE_NOOP, translate
from trade_target.render.guard import qt_guard
from trade_target.ui.document import ScenarioDocument
from trade_target.ui.models.scenarios import ScenarioListModel
from trade_target.ui.panels.message_label import MessageLabel
from trade_target.ui.panels.viewport import viewport_of

LIST_ROWS = (2, 5)  # the fewest and the most rows the list shows without scrolling


class ScenariosPanel(QGroupBox):
    # Each button: its text (with the mnemonic), its name for screen readers, what it does.
    BUTTONS: ClassVar[dict[str, tuple[str, str, str]]] = {
        "newScenarioButton": (
            QT_TRANSLATE_NOOP("ScenariosPanel", "&New"),
            QT_TRANSLATE_NOOP("ScenariosPanel", "New scenario"),
            QT_TRANSLATE_NOOP("ScenariosPanel", "A new scenario on the article's figures"),
        ),
        "duplicateScenarioButton": (
            QT_TRANSLATE_NOOP("ScenariosPanel", "&Duplicate"),
            QT_TRANSLATE_NOOP("ScenariosPanel", "Duplicate scenario"),
            QT_TRANSLATE_NOOP(
                "ScenariosPanel", "A copy of the chosen scenario, to vary one assumption"
            ),
        ),
        "renameScenarioButton": (
            QT_TRANSLATE_NOOP("ScenariosPanel", "Rena&me…"),
            QT_TRANSLATE_NOOP("ScenariosPanel", "Rename scenario"),
            QT_TRANSLATE_NOOP("ScenariosPanel", "Edit the chosen scenario's name in the list"),
        ),
        "deleteScenarioButton": (
            QT_TRANSLATE_NOOP("ScenariosPanel", "De&lete"),
            QT_TRANSLATE_NOOP("ScenariosPanel", "Delete scenario"),
            QT_TRANSLATE_NOOP(
                "ScenariosPanel", "Delete the chosen scenario (Edit › Undo brings it back)"
            ),
        ),
    }

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("scenariosPanel")
        self._document = document
        self.model = ScenarioListModel(document, self)
        self.list = QListView(self)
        self.list.setObjectName("scenarioList")
        self.list.setModel(self.model)
        # Every row is one line of the same font: measured once, not once per scenario of
        # a workbook of thousands.
        self.list.setUniformItemSizes(True)
        self.list.setSelectionMode(QAbstractItemView.SelectionMode.SingleSelection)
        self.list.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
        )
        self.list.selectionModel().currentChanged.connect(self._on_current_changed)
        for signal in (self.model.rowsInserted, self.model.rowsRemoved, self.model.modelReset):
            signal.connect(self._fit_list_height)
        self._fit_list_height()

        self.new_button = self._button("newScenarioButton", document.add_scenario)
        self.duplicate_button = self._button(
            "duplicateScenarioButton", lambda: document.duplicate_scenario()
        )
        self.rename_button = self._button("renameScenarioButton", self.start_rename)
        self.delete_button = self._button("deleteScenarioButton", self.delete_current)

        self.message = MessageLabel(self, "scenarioMessage")
        self.message.hide()

        # Two by two: the four verbs fit the panel's width in every language.
        buttons = QGridLayout()
        for number, button in enumerate(
            (self.new_button, self.duplicate_button, self.rename_button, self.delete_button)
        ):
            buttons.addWidget(button, number // 2, number % 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.list)
        layout.addLayout(buttons)
        layout.addWidget(self.message)

        self.model.edit_refused.connect(self.show_message)
        document.changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text again, in the language now installed (on a LanguageChange); the list's
        tooltips too. A refusal still shown was said in the old language, so it goes."""
        self.setTitle(translate("ScenariosPanel", "Scenarios"))
        self.list.setToolTip(
            translate(
                "ScenariosPanel",
                "The scenario you choose here is the one the inputs edit. "
                "Ticked scenarios are drawn on the chart.",
            )
        )
        self.list.setAccessibleName(translate("ScenariosPanel", "Scenarios"))
        self.list.setAccessibleDescription(
            translate(
                "ScenariosPanel",
                "The chosen scenario is the one the inputs edit; ticked scenarios are drawn on "
                "the chart. Space ticks or unticks, F2 renames.",
            )
        )
        for button in (
            self.new_button,
            self.duplicate_button,
            self.rename_button,
            self.delete_button,
        ):
            text, name, description = self.BUTTONS[button.objectName()]
            button.setText(translate("ScenariosPanel", text))
            button.setToolTip(translate("ScenariosPanel", description))
            button.setAccessibleName(translate("ScenariosPanel", name))
            button.setAccessibleDescription(translate("ScenariosPanel", description))
        self.model.retranslate()
        self.refresh()

    @property
    def focus_order(self) -> list[QWidget]:
        """The list, then its buttons as they read, for the window's tab order."""
        return [
            self.list,
            self.new_button,
            self.duplicate_button,
            self.rename_button,
            self.delete_button,
        ]

    @qt_guard
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def _button(self, name: str, slot: Callable[[], object]) -> QPushButton:
        button = QPushButton(self)
        button.setObjectName(name)
        button.clicked.connect(slot)
        return button

    def _fit_list_height(self, *_: object) -> None:
        """As tall as its scenarios (two to five rows; more scroll): a list of one leaves
        the room to the inputs below, which on a small screen would otherwise be cut."""
        rows = min(max(self.model.rowCount(), LIST_ROWS[0]), LIST_ROWS[1])
        row = self.list.sizeHintForRow(0) if self.model.rowCount() else 0
        row = max(row, self.list.fontMetrics().height() + 2)
        self.list.setFixedHeight(rows * row + 2 * self.list.frameWidth())

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
        """The user chose a row. A row moved by the model following the document is not a
        choice: `refresh` puts the list back on the document's current scenario then."""
        if self.model.following or not current.isValid():
            return
        if current.row() < len(self._document.workbook.scenarios):
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
            viewport_of(self.list).update()
