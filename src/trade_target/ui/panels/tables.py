"""The tables under the chart, one tab each: year by year, the scenarios compared, the
figures (editable, with Add and Remove), the Solve calculator and the annual history."""

from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QPushButton,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from trade_target.core.errors import InputError
from trade_target.core.i18n import translate
from trade_target.ui.document import ScenarioDocument
from trade_target.ui.models.figures import FiguresModel
from trade_target.ui.models.scenarios import ComparisonModel
from trade_target.ui.models.trajectory import TrajectoryModel
from trade_target.ui.panels.message_label import MessageLabel
from trade_target.ui.panels.pages import empty_page, fill
from trade_target.ui.panels.table_fit import ColumnFit

if TYPE_CHECKING:
    from trade_target.ui.panels.history import HistoryPanel
    from trade_target.ui.panels.solve import SolvePanel


def table_view(name: str) -> QTableView:
    """A read-only table of cells (the window gives each its Copy: ui.actions.table_copy)."""
    table = QTableView()
    table.setObjectName(name)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    return table


class FiguresPage(QWidget):
    """The figures the scenario starts from, edited in place; a figure is added through the
    window's dialog (`add_button`), and a refused edit is said below the table."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self._document = document
        self.model = FiguresModel(document, self)
        self.table = table_view("figuresTable")
        self.table.setModel(self.model)
        self.table.horizontalHeader().setStretchLastSection(True)
        self.table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.model.edit_refused.connect(self.show_message)

        self.add_button = QPushButton(self)
        self.add_button.setObjectName("addFigureButton")
        self.remove_button = QPushButton(self)
        self.remove_button.setObjectName("removeFigureButton")
        self.remove_button.clicked.connect(self.remove_current_figure)
        self.message = MessageLabel(self, "figuresMessage")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_button)
        buttons.addWidget(self.remove_button)
        buttons.addWidget(self.message, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.table)
        layout.addLayout(buttons)
        self.table.selectionModel().currentChanged.connect(self.update_buttons)
        self.update_buttons()
        document.changed.connect(self.update_buttons)

    def retranslate(self) -> None:
        add = self.add_button
        add.setText(translate("MainWindow", "Add a fi&gure…"))
        add.setToolTip(
            translate(
                "MainWindow",
                "Add a newer trade figure, such as the full-year total once it is published",
            )
        )
        add.setAccessibleName(translate("MainWindow", "Add a figure"))
        add.setAccessibleDescription(add.toolTip())
        remove = self.remove_button
        remove.setText(translate("MainWindow", "Remove fig&ure"))
        remove.setAccessibleName(translate("MainWindow", "Remove figure"))
        remove.setAccessibleDescription(
            translate(
                "MainWindow",
                "Removes the chosen figure; the base-year and target figures cannot be removed",
            )
        )

    def show_message(self, text: str) -> None:
        self.message.setText(text)

    def remove_current_figure(self) -> None:
        row = self.table.currentIndex().row()
        if row < 0:
            return
        try:
            self._document.remove_figure(self.model.figure_at(row).id)
        except InputError as exc:
            self.show_message(exc.message)

    def update_buttons(self, *_: object) -> None:
        row = self.table.currentIndex().row()
        dataset = self._document.dataset
        removable = 0 <= row < len(dataset.figures) and dataset.figures[row].id not in (
            dataset.base_id,
            dataset.target_id,
        )
        self.remove_button.setEnabled(removable)
        if self.message.text():
            self.message.setText("")


class TableTabs(QTabWidget):
    """One table at a time; the Solve calculator is made when its tab is first opened."""

    panel_made = Signal()
    """A panel was made on first sight: the window's tab order takes it in."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("tableTabs")
        self._document = document
        self.trajectory_model = TrajectoryModel(document, self)
        self.trajectory_table = table_view("trajectoryTable")
        self.trajectory_table.setModel(self.trajectory_model)
        ColumnFit(self.trajectory_table)  # each column as wide as its header and numbers need
        self._figures_sized = False
        self.figures_page = FiguresPage(document)
        self.comparison_model = ComparisonModel(document, self)
        self.comparison_table = table_view("comparisonTable")
        self.comparison_table.setModel(self.comparison_model)
        # Names, statuses and "not at this trend" wrap rather than be cut short.
        ColumnFit(self.comparison_table, wrapping=ComparisonModel.WRAPPING)

        self.addTab(self.trajectory_table, "")
        self.addTab(self.comparison_table, "")
        self.addTab(self.figures_page, "")
        self._solve_page = empty_page("solvePage")  # the calculator, made when first opened
        self._solve_panel: SolvePanel | None = None
        self.addTab(self._solve_page, "")
        self._history_page = empty_page("historyPage")  # made when first opened, too
        self._history_panel: HistoryPanel | None = None
        self.addTab(self._history_page, "")
        self.currentChanged.connect(self._on_tab_shown)

    @property
    def solve_panel(self) -> SolvePanel:
        if self._solve_panel is None:
            from trade_target.ui.panels.solve import SolvePanel

            self._solve_panel = SolvePanel(self._document)
            fill(self._solve_page, self._solve_panel)
            self.panel_made.emit()
        return self._solve_panel

    @property
    def history_panel(self) -> HistoryPanel:
        if self._history_panel is None:
            from trade_target.ui.panels.history import HistoryPanel

            self._history_panel = HistoryPanel(self._document)
            fill(self._history_page, self._history_panel)
            self.panel_made.emit()
        return self._history_panel

    def import_history(self) -> None:
        """File › Import annual history…: the History tab shown, its file dialog asked."""
        self.setCurrentWidget(self._history_page)
        self.history_panel.import_file()

    @property
    def views(self) -> tuple[QTableView, ...]:
        return (self.trajectory_table, self.comparison_table, self.figures_page.table)

    @property
    def focus_order(self) -> list[QWidget]:
        """The tabs, then each table and its controls, for the window's tab order."""
        page = self.figures_page
        return [
            self,
            self.trajectory_table,
            self.comparison_table,
            page.table,
            page.add_button,
            page.remove_button,
            *(self._solve_panel.focus_order if self._solve_panel is not None else ()),
            *(self._history_panel.focus_order if self._history_panel is not None else ()),
        ]

    def _on_tab_shown(self) -> None:
        """Fit the figures' columns once, when the tab is first shown: re-measuring every cell
        on each edit would cost more than the edit, and doing it at start-up delays the
        window. The calculator is made on first sight."""
        if self.currentWidget() is self.figures_page and not self._figures_sized:
            self.figures_page.table.resizeColumnsToContents()
            self._figures_sized = True
        if self.currentWidget() is self._solve_page:
            self.solve_panel  # noqa: B018 - made on first sight
        if self.currentWidget() is self._history_page:
            self.history_panel  # noqa: B018 - made on first sight

    def retranslate(self) -> None:
        """The tables' names, descriptions and headers, and the tabs', in the current language."""
        for table, page, name, description in (
            (
                self.trajectory_table,
                self.trajectory_table,
                translate("MainWindow", "Year by year"),
                translate(
                    "MainWindow",
                    "The chart's content as a table: for each year the required path and the "
                    "path at the observed trend. Ctrl+C copies the selected cells.",
                ),
            ),
            (
                self.comparison_table,
                self.comparison_table,
                translate("MainWindow", "Compare scenarios"),
                translate(
                    "MainWindow",
                    "Every scenario side by side: inputs, required growth and progress",
                ),
            ),
            (
                self.figures_page.table,
                self.figures_page,
                translate("MainWindow", "Figures"),
                translate(
                    "MainWindow",
                    "The trade figures the scenario starts from, with their sources. "
                    "Typing in a cell edits it.",
                ),
            ),
        ):
            table.setAccessibleName(name)
            table.setAccessibleDescription(description)
            self.setTabText(self.indexOf(page), name)
        self.setAccessibleName(translate("MainWindow", "Tables"))
        self.setAccessibleDescription(
            translate(
                "MainWindow",
                "The year-by-year table of the chart, the scenario comparison and the figures. "
                "Ctrl+Tab moves to the next table.",
            )
        )
        self.tabBar().setAccessibleName(translate("MainWindow", "Tables"))
        self.tabBar().setAccessibleDescription(
            translate("MainWindow", "Choose a table with the Left and Right arrows")
        )
        solve_page = self.indexOf(self._solve_page)
        self.setTabText(solve_page, translate("MainWindow", "Solve"))
        self.setTabToolTip(
            solve_page,
            translate(
                "MainWindow",
                "Given three of base, target, years and growth, the fourth: the growth needed, "
                "the years needed, the target reachable or the base needed",
            ),
        )
        history_page = self.indexOf(self._history_page)
        self.setTabText(history_page, translate("MainWindow", "History"))
        self.setTabToolTip(
            history_page,
            translate(
                "MainWindow",
                "The annual trade behind the trend, as you import it: the trend over a window "
                "of years and the chance of reaching the target",
            ),
        )
        self.figures_page.retranslate()
        for model in (self.trajectory_model, self.figures_page.model, self.comparison_model):
            model.retranslate()
