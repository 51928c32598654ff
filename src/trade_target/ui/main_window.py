"""The main window: inputs and summary on the left, chart and tables on the right."""

from __future__ import annotations

import itertools
import os
from typing import TYPE_CHECKING

import shiboken6
from PySide6.QtCore import QByteArray, QEvent, QSettings, Qt, QTimer
from PySide6.QtGui import QAction, QActionGroup, QCloseEvent, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QHBoxLayout,
    QMainWindow,
    QMenu,
    QPushButton,
    QScrollArea,
    QSplitter,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from trade_target import APP_NAME, version
from trade_target.core.dataset import shown
from trade_target.core.errors import InputError
from trade_target.core.i18n import QT_TRANSLATE_NOOP, translate
from trade_target.core.money import Currency
from trade_target.render.chart_export import published_words
from trade_target.render.charts.overlays import ticked_others
from trade_target.render.charts.trajectory import TrajectoryPlot
from trade_target.render.guard import IGNORE, qt_guard
from trade_target.ui import window_size
from trade_target.ui.actions.autosave import Autosaver
from trade_target.ui.actions.exports import ExportActions, overlays_of
from trade_target.ui.actions.files import FileActions, display_name
from trade_target.ui.actions.language import LanguageMenu
from trade_target.ui.actions.table_copy import install_copy
from trade_target.ui.document import ScenarioDocument
from trade_target.ui.models.figures import FiguresModel
from trade_target.ui.models.scenarios import ComparisonModel
from trade_target.ui.models.trajectory import TrajectoryModel
from trade_target.ui.panels.inputs import InputsPanel
from trade_target.ui.panels.message_label import MessageLabel
from trade_target.ui.panels.scenarios import ScenariosPanel
from trade_target.ui.panels.summary import SummaryPanel
from trade_target.ui.panels.table_fit import ColumnFit
from trade_target.ui.panels.verdict import VerdictBanner

if TYPE_CHECKING:
    from trade_target.ui.charts.exchange_rate import SensitivityPanel
    from trade_target.ui.charts.monthly import MonthlyPanel
    from trade_target.ui.panels.solve import SolvePanel


def _table(name: str) -> QTableView:
    table = QTableView()
    table.setObjectName(name)
    table.setAlternatingRowColors(True)
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    table.verticalHeader().hide()
    table.setWordWrap(False)
    install_copy(table)
    return table


class MainWindow(QMainWindow):
    def __init__(
        self,
        document: ScenarioDocument,
        parent: QWidget | None = None,
        autosave_folder: str | None = None,
    ) -> None:
        super().__init__(parent)
        self.document = document
        self.setObjectName("mainWindow")
        self.autosaver: Autosaver | None = None
        if autosave_folder is not None:
            self.autosaver = Autosaver(document, autosave_folder, parent=self)
            self.autosaver.start()
        self.files = FileActions(self, document, self.autosaver)
        self.exports = ExportActions(self, document)
        document.path_changed.connect(self._update_title)
        document.modified_changed.connect(self._update_title)
        self._update_title()

        self.plot = TrajectoryPlot()
        document.changed.connect(self._redraw_plot)
        self.scenarios_panel = ScenariosPanel(document)
        self.inputs_panel = InputsPanel(document)
        self.summary_panel = SummaryPanel(document)
        left = QWidget()
        left_layout = QVBoxLayout(left)
        left_layout.addWidget(self.scenarios_panel)
        left_layout.addWidget(self.inputs_panel)
        left_layout.addWidget(self.summary_panel)
        left_layout.addStretch(1)
        scroll = QScrollArea()
        scroll.setWidgetResizable(True)
        scroll.setWidget(left)
        scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        scroll.setMinimumWidth(420)
        # Tab goes straight to the controls inside; the area scrolls to the one with focus.
        scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)

        self.trajectory_model = TrajectoryModel(document, self)
        self.trajectory_table = _table("trajectoryTable")
        self.trajectory_table.setModel(self.trajectory_model)
        ColumnFit(self.trajectory_table)  # each column as wide as its header and numbers need
        self._figures_sized = False
        self.figures_model = FiguresModel(document, self)
        self.figures_table = _table("figuresTable")
        self.figures_table.setModel(self.figures_model)
        self.figures_table.horizontalHeader().setStretchLastSection(True)
        self.figures_table.setEditTriggers(
            QAbstractItemView.EditTrigger.DoubleClicked
            | QAbstractItemView.EditTrigger.EditKeyPressed
            | QAbstractItemView.EditTrigger.AnyKeyPressed
        )
        self.figures_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectItems)
        self.figures_model.edit_refused.connect(self.show_figures_message)

        self.comparison_model = ComparisonModel(document, self)
        self.comparison_table = _table("comparisonTable")
        self.comparison_table.setModel(self.comparison_model)
        # Names, statuses and "not at this trend" wrap rather than be cut short.
        ColumnFit(self.comparison_table, wrapping=ComparisonModel.WRAPPING)

        self.tables = QTabWidget()
        self.tables.setObjectName("tableTabs")
        self.tables.addTab(self.trajectory_table, "")
        self.tables.addTab(self.comparison_table, "")
        self.tables.addTab(self._figures_page(), "")
        self._solve_page = _page("solvePage")  # the calculator, made when first opened
        self._solve_panel: SolvePanel | None = None
        self.tables.addTab(self._solve_page, "")
        self.tables.currentChanged.connect(self._size_figures_table)

        # The trajectory, the exchange-rate sensitivity and the monthly figures: one chart
        # at a time, each a tab. The last two are made when first looked at: each is a chart
        # of its own, which would cost every start-up time for a tab seldom opened first.
        self.charts = QTabWidget()
        self.charts.setObjectName("chartTabs")
        self.charts.addTab(self.plot, "")
        self._chart_pages = {kind: _page(f"{kind}Page") for kind in ("sensitivity", "monthly")}
        self._chart_panels: dict[str, SensitivityPanel | MonthlyPanel] = {}
        for page in self._chart_pages.values():
            self.charts.addTab(page, "")
        self.charts.currentChanged.connect(self._make_shown_chart)

        right = QSplitter(Qt.Orientation.Vertical)
        right.setObjectName("chartAndTables")
        right.addWidget(self.charts)
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
        # The verdict across the top, above the inputs and the results.
        self.verdict_banner = VerdictBanner(document)
        central = QWidget()
        central_layout = QVBoxLayout(central)
        central_layout.setContentsMargins(0, 0, 0, 0)
        central_layout.setSpacing(0)
        central_layout.addWidget(self.verdict_banner)
        central_layout.addWidget(splitter, 1)
        self.setCentralWidget(central)
        document.changed.connect(self._update_figure_buttons)

        self._build_menus()
        self.retranslate()
        if self.autosaver is not None and self.autosaver.last_error:
            self.statusBar().showMessage(self.autosaver.last_error)
        self._set_tab_order()
        self._redraw_plot()
        self._splitters = (splitter, right)
        self._restore_layout()

    @property
    def sensitivity_panel(self) -> SensitivityPanel:
        return self._chart_panel("sensitivity")  # type: ignore[return-value]

    @property
    def monthly_panel(self) -> MonthlyPanel:
        return self._chart_panel("monthly")  # type: ignore[return-value]

    def _chart_panel(self, kind: str) -> SensitivityPanel | MonthlyPanel:
        """The chart tab's panel, made on first use (it follows the document from then on)."""
        if kind not in self._chart_panels:
            # Imported here: the modules (and the monthly CSV reader) cost start-up time.
            from trade_target.ui.charts.exchange_rate import SensitivityPanel
            from trade_target.ui.charts.monthly import MonthlyPanel

            maker = SensitivityPanel if kind == "sensitivity" else MonthlyPanel
            panel = maker(self.document)
            area = _scrolled(panel)
            self._chart_pages[kind].layout().addWidget(area)
            area.show()  # now, not when the layout gets round to it
            self._chart_panels[kind] = panel
            self._set_tab_order()
        return self._chart_panels[kind]

    @property
    def solve_panel(self) -> SolvePanel:
        if self._solve_panel is None:
            from trade_target.ui.panels.solve import SolvePanel

            self._solve_panel = SolvePanel(self.document)
            area = _scrolled(self._solve_panel)
            self._solve_page.layout().addWidget(area)
            area.show()
            self._set_tab_order()
        return self._solve_panel

    def _make_shown_chart(self, index: int) -> None:
        for kind, page in self._chart_pages.items():
            if self.charts.widget(index) is page:
                self._chart_panel(kind)

    def _set_tab_order(self) -> None:
        """Tab walks the window as it reads: scenarios, inputs, chart, then the tables."""
        panel = self.scenarios_panel
        order = [
            panel.list,
            panel.new_button,
            panel.duplicate_button,
            panel.rename_button,
            panel.delete_button,
            *self.inputs_panel.focus_order,
            self.plot.plot_widget,
            self.charts,
            *(w for panel in self._chart_panels.values() for w in panel.focus_order),
            self.tables,
            self.trajectory_table,
            self.comparison_table,
            self.figures_table,
            self.add_figure_button,
            self.remove_figure_button,
            *(self._solve_panel.focus_order if self._solve_panel is not None else ()),
        ]
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)

    def _restore_layout(self) -> None:
        """Window size and place, and where the user left the dividers, as last time (as
        far as the screen allows; the first time, from the screen's size)."""
        settings = QSettings()
        geometry = settings.value("window/geometry")
        window_size.place(self, geometry if isinstance(geometry, QByteArray) else None)
        for splitter in self._splitters:
            state = settings.value(f"window/{splitter.objectName()}")
            if isinstance(state, QByteArray):
                splitter.restoreState(state)

    @qt_guard(fallback=IGNORE)
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.may_close():
            event.ignore()
            return
        if self.autosaver is not None:
            self.autosaver.stop()
        settings = QSettings()
        settings.setValue("window/geometry", self.saveGeometry())
        for splitter in self._splitters:
            settings.setValue(f"window/{splitter.objectName()}", splitter.saveState())
        super().closeEvent(event)

    # Texts --------------------------------------------------------------------------------

    def _labelled(self, item: QAction | QMenu, source: str) -> QAction | QMenu:
        """Remember `item`'s English text (marked for translation where it is written), so
        a language switch can set it again."""
        self._sources.append((item, source))
        return item

    def _action(self, menu: QMenu, source: str) -> QAction:
        action = menu.addAction("")
        self._labelled(action, source)
        return action

    def _menu(self, source: str, parent: QMenu | None = None) -> QMenu:
        menu = parent.addMenu("") if parent is not None else self.menuBar().addMenu("")
        self._labelled(menu, source)
        return menu

    @qt_guard
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        """Every text of the window's own in the current language (the panels, the plot
        and the dialogs see to theirs)."""
        for item, source in self._sources:
            text = translate("MainWindow", source)
            if isinstance(item, QMenu):
                item.setTitle(text)
            else:
                item.setText(text)
        for currency, action in self.currency_actions.items():
            action.setText(
                translate("MainWindow", "Amounts in {symbol} ({code})").format(
                    symbol=f"&{currency.symbol}",
                    code=currency.value,  # Alt+U, Alt+R
                )
            )
        self.document.retranslate()  # the steps already on the undo stack
        self._update_undo_texts()
        self._fill_recent_menu()
        self._name_tables()
        self._name_figure_buttons()
        self.statusBar().showMessage(self.source_line())
        for model in (self.trajectory_model, self.figures_model, self.comparison_model):
            model.retranslate()
        self._update_title()

    def source_line(self) -> str:
        citation = self.document.dataset.citation
        return translate(
            "MainWindow", "Source: {kind} of {date}; trade figures from {source}."
        ).format(
            kind=shown(citation.kind).lower(),
            date=published_words(citation),
            source=shown(citation.trade_figures_attributed_to),
        )

    def _name_tables(self) -> None:
        for table, name, description in (
            (
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
                translate("MainWindow", "Compare scenarios"),
                translate(
                    "MainWindow",
                    "Every scenario side by side: inputs, required growth and progress",
                ),
            ),
            (
                self.figures_table,
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
            page = table if table is not self.figures_table else table.parentWidget()
            self.tables.setTabText(self.tables.indexOf(page), name)
        self.tables.setAccessibleName(translate("MainWindow", "Tables"))
        self.tables.setAccessibleDescription(
            translate(
                "MainWindow",
                "The year-by-year table of the chart, the scenario comparison and the figures. "
                "Ctrl+Tab moves to the next table.",
            )
        )
        self.tables.tabBar().setAccessibleName(translate("MainWindow", "Tables"))
        self.tables.tabBar().setAccessibleDescription(
            translate("MainWindow", "Choose a table with the Left and Right arrows")
        )
        solve_page = self.tables.indexOf(self._solve_page)
        self.tables.setTabText(solve_page, translate("MainWindow", "Solve"))
        self.tables.setTabToolTip(
            solve_page,
            translate(
                "MainWindow",
                "Given three of base, target, years and growth, the fourth: the growth needed, "
                "the years needed, the target reachable or the base needed",
            ),
        )
        for page, name, tip in (
            (
                self.plot,
                translate("MainWindow", "Trajectory"),
                translate("MainWindow", "The required path against the observed trend, by year"),
            ),
            (
                self._chart_pages["sensitivity"],
                translate("MainWindow", "Exchange rate"),
                translate(
                    "MainWindow",
                    "Required and observed growth across a range of exchange rates",
                ),
            ),
            (
                self._chart_pages["monthly"],
                translate("MainWindow", "Monthly"),
                translate(
                    "MainWindow",
                    "Imported monthly figures against the cumulative required pace",
                ),
            ),
        ):
            index = self.charts.indexOf(page)
            self.charts.setTabText(index, name)
            self.charts.setTabToolTip(index, tip)
        self.charts.setAccessibleName(translate("MainWindow", "Charts"))
        self.charts.setAccessibleDescription(
            translate(
                "MainWindow",
                "The trajectory chart, the exchange-rate sensitivity and the monthly figures. "
                "Ctrl+Tab moves to the next chart.",
            )
        )
        self.charts.tabBar().setAccessibleName(translate("MainWindow", "Charts"))
        self.charts.tabBar().setAccessibleDescription(
            translate("MainWindow", "Choose a chart with the Left and Right arrows")
        )

    # Menus --------------------------------------------------------------------------------

    def _build_menus(self) -> None:
        self._sources: list[tuple[QAction | QMenu, str]] = []
        file_menu = self._menu(QT_TRANSLATE_NOOP("MainWindow", "&File"))
        for source, key, slot in (
            (QT_TRANSLATE_NOOP("MainWindow", "&New"), QKeySequence.StandardKey.New, self.files.new),
            (
                QT_TRANSLATE_NOOP("MainWindow", "&Open…"),
                QKeySequence.StandardKey.Open,
                lambda: self.files.open(),
            ),
        ):
            action = self._action(file_menu, source)
            action.setShortcut(key)
            action.triggered.connect(slot)
        self.recent_menu = self._menu(QT_TRANSLATE_NOOP("MainWindow", "Open &Recent"), file_menu)
        self.recent_menu.setObjectName("recentMenu")
        self.files.recent_changed.connect(self._fill_recent_menu)
        file_menu.addSeparator()
        self.save_action = self._action(file_menu, QT_TRANSLATE_NOOP("MainWindow", "&Save"))
        self.save_action.setShortcut(QKeySequence.StandardKey.Save)
        self.save_action.triggered.connect(self.files.save)
        save_as = self._action(file_menu, QT_TRANSLATE_NOOP("MainWindow", "Save &As…"))
        save_as.setShortcuts(_keys(QKeySequence.StandardKey.SaveAs, "Ctrl+Shift+S"))
        save_as.triggered.connect(self.files.save_as)
        file_menu.addSeparator()
        for source, slot in (
            (QT_TRANSLATE_NOOP("MainWindow", "Export &chart…"), self.exports.export_chart),
            (QT_TRANSLATE_NOOP("MainWindow", "Export &table…"), self.exports.export_table),
        ):
            self._action(file_menu, source).triggered.connect(slot)
        export_brief = self._action(
            file_menu, QT_TRANSLATE_NOOP("MainWindow", "Export &brief (PDF)…")
        )
        export_brief.setShortcut(QKeySequence("Ctrl+Shift+E"))
        export_brief.triggered.connect(self.exports.export_brief)
        print_action = self._action(file_menu, QT_TRANSLATE_NOOP("MainWindow", "&Print brief…"))
        print_action.setShortcut(QKeySequence.StandardKey.Print)
        print_action.triggered.connect(self.exports.print_brief)
        file_menu.addSeparator()
        quit_action = self._action(file_menu, QT_TRANSLATE_NOOP("MainWindow", "&Quit"))
        quit_action.setShortcut(QKeySequence.StandardKey.Quit)
        quit_action.triggered.connect(self.close)

        edit_menu = self._menu(QT_TRANSLATE_NOOP("MainWindow", "&Edit"))
        stack = self.document.undo_stack
        self.undo_action = edit_menu.addAction("")
        self.undo_action.setShortcuts(_keys(QKeySequence.StandardKey.Undo, "Ctrl+Z"))
        self.undo_action.triggered.connect(stack.undo)
        self.redo_action = edit_menu.addAction("")
        self.redo_action.setShortcuts(_keys(QKeySequence.StandardKey.Redo, "Ctrl+Shift+Z"))
        self.redo_action.triggered.connect(stack.redo)
        for signal in (stack.canUndoChanged, stack.canRedoChanged, stack.indexChanged):
            signal.connect(self._update_undo_texts)
        edit_menu.addSeparator()
        reset = self._action(
            edit_menu, QT_TRANSLATE_NOOP("MainWindow", "Reset to the &article's figures")
        )
        reset.triggered.connect(self.document.reset_to_source)
        edit_menu.addSeparator()
        add_figure = self._action(edit_menu, QT_TRANSLATE_NOOP("MainWindow", "Add a &figure…"))
        add_figure.triggered.connect(self.add_figure)

        scenario_menu = self._menu(QT_TRANSLATE_NOOP("MainWindow", "&Scenario"))
        panel = self.scenarios_panel
        for source, button in (
            (QT_TRANSLATE_NOOP("MainWindow", "&New scenario"), panel.new_button),
            (QT_TRANSLATE_NOOP("MainWindow", "&Duplicate scenario"), panel.duplicate_button),
            (QT_TRANSLATE_NOOP("MainWindow", "&Rename scenario…"), panel.rename_button),
            (QT_TRANSLATE_NOOP("MainWindow", "De&lete scenario"), panel.delete_button),
        ):
            self._action(scenario_menu, source).triggered.connect(button.click)

        view_menu = self._menu(QT_TRANSLATE_NOOP("MainWindow", "&View"))
        self.currency_actions: dict[Currency, QAction] = {}
        group = QActionGroup(self)
        for currency in Currency:
            action = view_menu.addAction("")
            action.setCheckable(True)
            action.setActionGroup(group)
            action.triggered.connect(lambda _=False, c=currency: self.document.set_currency(c))
            self.currency_actions[currency] = action
        self.currency_actions[self.document.currency].setChecked(True)
        view_menu.addSeparator()
        self.language_menu = LanguageMenu(view_menu)
        self.language_menu.failed.connect(self.statusBar().showMessage)
        view_menu.addMenu(self.language_menu)

        help_menu = self._menu(QT_TRANSLATE_NOOP("MainWindow", "&Help"))
        about = self._action(help_menu, QT_TRANSLATE_NOOP("MainWindow", "&About Trade Target"))
        about.triggered.connect(self.show_about)

    def _update_undo_texts(self, *_: object) -> None:
        stack = self.document.undo_stack
        if not shiboken6.isValid(stack):  # the stack says it is empty as it is destroyed
            return
        for action, can, what, plain, named in (
            (
                self.undo_action,
                stack.canUndo(),
                stack.undoText(),
                translate("MainWindow", "&Undo"),
                translate("MainWindow", "&Undo {action}"),
            ),
            (
                self.redo_action,
                stack.canRedo(),
                stack.redoText(),
                translate("MainWindow", "&Redo"),
                translate("MainWindow", "&Redo {action}"),
            ),
        ):
            action.setEnabled(can)
            action.setText(named.format(action=what) if can and what else plain)

    def _size_figures_table(self) -> None:
        """Fit the columns once, when the tab is first shown: re-measuring every cell on
        each edit would cost more than the edit, and doing it at start-up delays the window."""
        page = self.figures_table.parentWidget()
        if self.tables.currentWidget() is page and not self._figures_sized:
            self.figures_table.resizeColumnsToContents()
            self._figures_sized = True
        if self.tables.currentWidget() is self._solve_page:
            self.solve_panel  # noqa: B018 - made on first sight

    def _redraw_plot(self) -> None:
        document = self.document
        overlays = overlays_of(document)
        self.plot.show_summary(
            document.summary,
            document.currency,
            document.scenario.name,
            overlays,
            ticked_others(document.workbook),
        )
        self.currency_actions[document.currency].setChecked(True)

    # Files and title ----------------------------------------------------------------------

    def _update_title(self, *_: object) -> None:
        self.setWindowTitle(
            translate("MainWindow", "{name}[*] — {app}").format(
                name=display_name(self.document.path), app=APP_NAME
            )
        )
        self.setWindowModified(self.document.modified)

    def _fill_recent_menu(self) -> None:
        menu: QMenu = self.recent_menu
        menu.clear()
        paths = self.files.recent_files()
        for number, path in enumerate(paths, start=1):
            action = menu.addAction(f"&{number} {os.path.basename(path)}")
            action.setToolTip(path)
            action.setStatusTip(path)
            action.triggered.connect(lambda _=False, p=path: self.files.open(p))
        if paths:
            menu.addSeparator()
            menu.addAction(translate("MainWindow", "Clear the list")).triggered.connect(
                self.files.clear_recent
            )
        menu.setEnabled(bool(paths))

    def offer_restore(self) -> None:
        """After a crash, offer the autosaved work (once the window is on screen)."""
        self.files.restore_autosave()

    def open_later(self, path: str) -> None:
        QTimer.singleShot(0, lambda: self.files.open(path))

    # Figures ------------------------------------------------------------------------------

    def _figures_page(self) -> QWidget:
        page = QWidget()
        self.add_figure_button = QPushButton(page)
        self.add_figure_button.setObjectName("addFigureButton")
        self.add_figure_button.clicked.connect(self.add_figure)
        self.remove_figure_button = QPushButton(page)
        self.remove_figure_button.setObjectName("removeFigureButton")
        self.remove_figure_button.clicked.connect(self.remove_current_figure)
        self.figures_message = MessageLabel(page, "figuresMessage")
        buttons = QHBoxLayout()
        buttons.addWidget(self.add_figure_button)
        buttons.addWidget(self.remove_figure_button)
        buttons.addWidget(self.figures_message, 1)
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.figures_table)
        layout.addLayout(buttons)
        self.figures_table.selectionModel().currentChanged.connect(self._update_figure_buttons)
        self._update_figure_buttons()
        return page

    def _name_figure_buttons(self) -> None:
        add = self.add_figure_button
        add.setText(translate("MainWindow", "Add a fi&gure…"))
        add.setToolTip(
            translate(
                "MainWindow",
                "Add a newer trade figure, such as the full-year total once it is published",
            )
        )
        add.setAccessibleName(translate("MainWindow", "Add a figure"))
        add.setAccessibleDescription(add.toolTip())
        remove = self.remove_figure_button
        remove.setText(translate("MainWindow", "Remove fig&ure"))
        remove.setAccessibleName(translate("MainWindow", "Remove figure"))
        remove.setAccessibleDescription(
            translate(
                "MainWindow",
                "Removes the chosen figure; the base-year and target figures cannot be removed",
            )
        )

    def show_figures_message(self, text: str) -> None:
        self.figures_message.setText(text)

    def add_figure(self) -> None:
        self.tables.setCurrentIndex(self.tables.indexOf(self.figures_table.parentWidget()))
        from trade_target.ui.actions import dialogs

        dialogs.ask_observation(self, self.document.add_observation)

    def remove_current_figure(self) -> None:
        row = self.figures_table.currentIndex().row()
        if row < 0:
            return
        try:
            self.document.remove_figure(self.figures_model.figure_at(row).id)
        except InputError as exc:
            self.show_figures_message(exc.message)

    def _update_figure_buttons(self, *_: object) -> None:
        row = self.figures_table.currentIndex().row()
        dataset = self.document.dataset
        removable = 0 <= row < len(dataset.figures) and dataset.figures[row].id not in (
            dataset.base_id,
            dataset.target_id,
        )
        self.remove_figure_button.setEnabled(removable)
        if self.figures_message.text():
            self.figures_message.setText("")

    def about_html(self) -> str:
        import html

        dataset = self.document.dataset
        citation = dataset.citation
        figures = "".join(
            f"<li>{html.escape(shown(f.label))}: “{html.escape(f.quote)}”</li>"
            for f in dataset.figures
        )
        paragraph = "<p>{}</p>".format
        return "".join(
            (
                f"<h3>{APP_NAME} {html.escape(version())}</h3>",
                paragraph(
                    html.escape(
                        translate(
                            "MainWindow",
                            "Is the US$10 billion Malaysia–Türkiye trade target reachable, "
                            "and what growth does it take?",
                        )
                    )
                ),
                paragraph(
                    html.escape(
                        translate(
                            "MainWindow", "Source: {citation} Trade figures attributed to {source}."
                        ).format(
                            citation=citation.one_line(),
                            source=shown(citation.trade_figures_attributed_to),
                        )
                    )
                ),
                paragraph(
                    html.escape(translate("MainWindow", "The quotes are in the original English."))
                ),
                f"<ul>{figures}</ul>",
                paragraph(
                    html.escape(
                        translate(
                            "MainWindow",
                            "Derived values (the other currency, the run-rate estimate, every "
                            "growth figure) are computed here from the exchange rate and years "
                            "you set.",
                        )
                    )
                ),
            )
        )

    def show_about(self) -> None:
        from trade_target.ui.actions import dialogs

        dialogs.show_about(
            self, translate("MainWindow", "About {app}").format(app=APP_NAME), self.about_html()
        )


def _scrolled(panel: QWidget) -> QScrollArea:
    """A tab's page that scrolls when the window is made smaller than the panel needs, so
    that no panel decides how small the window may be."""
    area = QScrollArea()
    area.setObjectName(f"{panel.objectName()}Page")
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(panel)
    return area


def _page(name: str) -> QWidget:
    """An empty tab page, filled when the tab is first shown."""
    page = QWidget()
    page.setObjectName(name)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    return page


def _page_of(panel: QWidget) -> QWidget:
    """The tab page holding `panel` (its scroll area, or the panel itself)."""
    viewport = panel.parentWidget()
    area = viewport.parentWidget() if viewport is not None else None
    return area if isinstance(area, QScrollArea) else panel


def _keys(standard: QKeySequence.StandardKey, extra: str) -> list[QKeySequence]:
    keys = list(QKeySequence.keyBindings(standard))
    wanted = QKeySequence(extra)
    if all(key != wanted for key in keys):
        keys.append(wanted)
    return keys
