"""The main window: inputs and summary on the left, chart and tables on the right."""

from __future__ import annotations

from PySide6.QtCore import QByteArray, QSettings, Qt
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHeaderView,
    QMainWindow,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from .. import APP_NAME, version
from ..core.money import Currency
from . import dialogs
from .document import ScenarioDocument
from .inputs_panel import InputsPanel
from .models import FiguresModel, TrajectoryModel
from .plot import TrajectoryPlot
from .summary_panel import SummaryPanel


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    return table


class MainWindow(QMainWindow):
    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.document = document
        self.setWindowTitle(APP_NAME)
        self.setObjectName("mainWindow")

        self.plot = TrajectoryPlot()
        document.changed.connect(self._redraw_plot)
        self.inputs_panel = InputsPanel(document)
        self.summary_panel = SummaryPanel(document)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.inputs_panel)
        left_layout.addWidget(self.summary_panel)
        left_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(420)

        self.trajectory_model = TrajectoryModel(document, self)
        self.trajectory_table = _table("trajectoryTable")
        self.trajectory_table.setModel(self.trajectory_model)
        self.trajectory_table.horizontalHeader().setSectionResizeMode(
            QHeaderView.ResizeMode.Stretch
        )
        self._figures_sized = False
        self.figures_model = FiguresModel(document, self)
        self.figures_table = _table("figuresTable")
        self.figures_table.setModel(self.figures_model)
        self.figures_table.horizontalHeader().setStretchLastSection(True)

        self.tables = QTabWidget()
        self.tables.setObjectName("tableTabs")
        self.tables.addTab(self.trajectory_table, "Year by year")
        self.tables.addTab(self.figures_table, "The article's figures")
        self.tables.currentChanged.connect(self._size_figures_table)

        right = QSplitter(Qt.Orientation.Vertical)
        right.setObjectName("chartAndTables")
        right.addWidget(self.plot)
        right.addWidget(self.tables)
        right.setStretchFactor(0, 1)
        right.setStretchFactor(1, 1)
        right.setSizes([440, 320])

        splitter = QSplitter(Qt.Orientation.Horizontal)
        splitter.setObjectName("inputsAndResults")
        splitter.addWidget(scroll)
        splitter.addWidget(right)
        splitter.setStretchFactor(1, 1)
        splitter.setSizes([420, 860])
        self.setCentralWidget(splitter)

        citation = document.dataset.citation
        self.statusBar().showMessage(
            f"Source: {citation.kind.lower()} of {citation.published}; trade figures from "
            f"{citation.trade_figures_attributed_to}."
        )
        self._build_menus()
        self._redraw_plot()
        self.resize(1280, 800)
        self._splitters = (splitter, right)
        self._restore_layout()

    def _restore_layout(self) -> None:
        """Window size and place, and where the user left the dividers, as last time."""
        settings = QSettings()
        geometry = settings.value("window/geometry")
        if isinstance(geometry, QByteArray):
            self.restoreGeometry(geometry)
        for splitter in self._splitters:
            state = settings.value(f"window/{splitter.objectName()}")
            if isinstance(state, QByteArray):
                splitter.restoreState(state)

    def closeEvent(self, event: QCloseEvent) -> None:
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        for splitter in self._splitters:
            settings.setValue(f"window/{splitter.objectName()}", splitter.saveState())
        super().closeEvent(event)

    def _build_menus(self) -> None:
        stack = self.document.undo_stack
        file_menu = self.menuBar().addMenu("&File")
        quit_action = file_menu.addAction("&Quit")
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        edit_menu = self.menuBar().addMenu("&Edit")
        self.undo_action = stack.createUndoAction(self, "&Undo")
        self.undo_action.setShortcuts(_keys(QKeySequence.StandardKey.Undo, "Ctrl+Z"))
        self.redo_action = stack.createRedoAction(self, "&Redo")
        self.redo_action.setShortcuts(_keys(QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z"))
        edit_menu.addAction(self.undo_action)
        edit_menu.addAction(self.redo_action)
        edit_menu.addSeparator()
        reset = edit_menu.addAction("Reset to the &article's figures")
        reset.triggered.connect(self.document.reset_to_source)

        view_menu = self.menuBar().addMenu("&View")
        self.currency_actions: dict[Currency, QAction] = {}
        group = QActionGroup(self)
        for currency in Currency:
            action = view_menu.addAction(f"Amounts in {currency.symbol} ({currency.value})")
            action.setCheckable(True)
            action.setActionGroup(group)
            action.triggered.connect(lambda _=False, c=currency: self.document.set_currency(c))
            self.currency_actions[currency] = action
        self.currency_actions[self.document.currency].setChecked(True)

        help_menu = self.menuBar().addMenu("&Help")
        about = help_menu.addAction("&About Trade Target")
        about.triggered.connect(self.show_about)

    def _size_figures_table(self) -> None:
        """Fit the columns once, when the tab is first shown: re-measuring every cell on
        each edit would cost more than the edit, and doing it at start-up delays the window."""
        if self.tables.currentWidget() is self.figures_table and not self._figures_sized:
            self.figures_table.resizeColumnsToContents()
            self._figures_sized = True

    def _redraw_plot(self) -> None:
        self.plot.show_summary(self.document.summary, self.document.currency)
        self.currency_actions[self.document.currency].setChecked(True)

    def about_html(self) -> str:
        import html

        dataset = self.document.dataset
        citation = dataset.citation
        figures = "".join(
            f"<li>{html.escape(f.label)}: “{html.escape(f.quote)}”</li>" for f in dataset.figures
        )
        return (
            f"<h3>{APP_NAME} {html.escape(version())}</h3>"
            "<p>Is the US$10 billion Malaysia–Türkiye trade target reachable, "
            "and what growth does it take?</p>"
            f"<p><b>Source:</b> {html.escape(citation.one_line())} Trade figures attributed to "
            f"{html.escape(citation.trade_figures_attributed_to)}.</p>"
            f"<ul>{figures}</ul>"
            "<p>Derived values (the other currency, the run-rate estimate, every growth figure) "
            "are computed here from the exchange rate and years you set.</p>"
        )

    def show_about(self) -> None:
        dialogs.show_about(self, f"About {APP_NAME}", self.about_html())


def _keys(standard: QKeySequence.StandardKey, extra: str) -> list[QKeySequence]:
    keys = list(QKeySequence.keyBindings(standard))
    wanted = QKeySequence(extra)
    if all(key != wanted for key in keys):
        keys.append(wanted)
    return keys
