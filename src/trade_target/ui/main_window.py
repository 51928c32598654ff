"""The main window: it puts the rooms together. The verdict across the top; the scenarios,
inputs and summary on the left; the charts and the tables on the right; the menus above.
Each room follows the document itself; the window keeps the title, the status line, the
tab order and its own size and dividers."""

from __future__ import annotations

import itertools
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QCloseEvent, QShowEvent
from PySide6.QtWidgets import QMainWindow, QWidget

from trade_target import APP_NAME
from trade_target.core.dataset import shown
from trade_target.core.i18n import translate
from trade_target.render.formatting import published_words
from trade_target.render.guard import IGNORE, qt_guard
from trade_target.render.overlay_choice import overlays_for, ticked_others
from trade_target.ui import window_size
from trade_target.ui.actions.autosave import Autosaver
from trade_target.ui.actions.files import FileActions, display_name
from trade_target.ui.actions.menus import WindowMenus
from trade_target.ui.actions.table_copy import install_copy
from trade_target.ui.charts.trajectory_slot import TrajectorySlot
from trade_target.ui.document import ScenarioDocument
from trade_target.ui.panels.chart_tabs import ChartTabs
from trade_target.ui.panels.inputs import InputsPanel
from trade_target.ui.panels.scenarios import ScenariosPanel
from trade_target.ui.panels.summary import SummaryPanel
from trade_target.ui.panels.tables import TableTabs
from trade_target.ui.panels.verdict import VerdictBanner
from trade_target.ui.panels.window_layout import arrange, side_column

if TYPE_CHECKING:
    from trade_target.ui.actions.exports import ExportActions
    from trade_target.ui.charts.exchange_rate import SensitivityPanel
    from trade_target.ui.charts.monthly import MonthlyPanel
    from trade_target.ui.charts.trajectory import TrajectoryPlot
    from trade_target.ui.panels.solve import SolvePanel


LAYOUT_DEPTH = 8  # nested layouts from a label up to the window, with room to spare


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
        self._laid_out_last = False
        if autosave_folder is not None:
            self.autosaver = Autosaver(document, autosave_folder, parent=self)
            self.autosaver.start()
        self.files = FileActions(self, document, self.autosaver)
        self._exports: ExportActions | None = None  # made at the first export (`exports`)
        document.path_changed.connect(self._update_title)
        document.modified_changed.connect(self._update_title)
        self._update_title()

        # The chart is made after the first paint (ui.charts.trajectory_slot): the window is
        # on screen before the plotting library is loaded.
        self.trajectory_slot = TrajectorySlot(self._draw_on)
        document.changed.connect(self._redraw_plot)
        self.scenarios_panel = ScenariosPanel(document)
        self.inputs_panel = InputsPanel(document)
        self.summary_panel = SummaryPanel(document)
        column = side_column(self.scenarios_panel, self.inputs_panel, self.summary_panel)
        self.tables = TableTabs(document)
        for view in self.tables.views:
            install_copy(view)  # Ctrl+C copies the selected cells
        self.tables.figures_page.add_button.clicked.connect(self.add_figure)
        self.charts = ChartTabs(self.trajectory_slot, lambda kind: _chart_panel(document, kind))
        self.verdict_banner = VerdictBanner(document)
        central, self._splitters = arrange(self.verdict_banner, column, self.charts, self.tables)
        self.setCentralWidget(central)
        self.menus = WindowMenus(
            self,
            document,
            self.files,
            lambda: self.exports,
            self.scenarios_panel,
            self.add_figure,
            import_history=self.tables.import_history,
        )

        # The tables, the figures' controls and the menus' actions, by the names they had
        # when the window made them itself (the tests read them there).
        self.trajectory_model = self.tables.trajectory_model
        self.trajectory_table = self.tables.trajectory_table
        self.comparison_model = self.tables.comparison_model
        self.comparison_table = self.tables.comparison_table
        figures = self.tables.figures_page
        self.figures_model = figures.model
        self.figures_table = figures.table
        self.add_figure_button = figures.add_button
        self.remove_figure_button = figures.remove_button
        self.figures_message = figures.message
        self.recent_menu = self.menus.recent_menu
        self.save_action = self.menus.save_action
        self.undo_action = self.menus.undo_action
        self.redo_action = self.menus.redo_action
        self.currency_actions = self.menus.currency_actions
        self.language_menu = self.menus.language_menu

        self.retranslate()
        if self.autosaver is not None and self.autosaver.last_error:
            self.statusBar().showMessage(self.autosaver.last_error)
        self._set_tab_order()
        for rooms in (self.tables, self.charts):
            rooms.panel_made.connect(self._set_tab_order)
        self.trajectory_slot.chart_made.connect(self._set_tab_order)
        self._redraw_plot()
        window_size.restore(self, self._splitters)
        self._lay_out_last()
        for rooms in (self.tables, self.charts):
            rooms.panel_made.connect(self._lay_out_last)

    @property
    def exports(self) -> ExportActions:
        """File › Export and Print, made at the first use: the export code, and the CSV
        style and file writing behind it, are not needed to show the window."""
        if self._exports is None:
            from trade_target.ui.actions.exports import ExportActions

            self._exports = ExportActions(self, self.document)
        return self._exports

    @property
    def plot(self) -> TrajectoryPlot:
        """The trajectory chart, made now if the first idle moment has not come yet."""
        return self.trajectory_slot.chart()

    @property
    def sensitivity_panel(self) -> SensitivityPanel:
        return self.charts.panel("sensitivity")  # type: ignore[return-value]

    @property
    def monthly_panel(self) -> MonthlyPanel:
        return self.charts.panel("monthly")  # type: ignore[return-value]

    @property
    def solve_panel(self) -> SolvePanel:
        return self.tables.solve_panel

    def _set_tab_order(self) -> None:
        """Tab walks the window as it reads: scenarios, inputs, chart, then the tables."""
        order = [
            *self.scenarios_panel.focus_order,
            *self.inputs_panel.focus_order,
            self.plot.plot_widget if self.trajectory_slot.made else self.trajectory_slot,
            *self.charts.focus_order,
            *self.tables.focus_order,
        ]
        for before, after in itertools.pairwise(order):
            QWidget.setTabOrder(before, after)

    def _lay_out_last(self) -> None:
        """`_lay_out_now` as the document's last listener, after every room that shows it
        (a room made later connects after this, so it is put last again)."""
        changed = self.document.changed
        if self._laid_out_last:
            changed.disconnect(self._lay_out_now)
        changed.connect(self._lay_out_now)
        self._laid_out_last = True

    def _lay_out_now(self) -> None:
        """Once every room has its new texts: the layouts they asked for, done now rather
        than when the event loop gets to them. The keystroke that changed the document had
        already asked for a repaint, which the loop would do first, with the old layout,
        and then again (twice for the verdict) once the new texts were laid out."""
        for _ in range(LAYOUT_DEPTH):  # a layout done asks its parent's for another pass
            QCoreApplication.sendPostedEvents(None, QEvent.Type.LayoutRequest)

    @qt_guard
    def showEvent(self, event: QShowEvent) -> None:
        super().showEvent(event)
        self.trajectory_slot.make_after_first_paint()

    @qt_guard(fallback=IGNORE)
    def closeEvent(self, event: QCloseEvent) -> None:
        if not self.files.may_close():
            event.ignore()
            return
        if self.autosaver is not None:
            self.autosaver.stop()
        window_size.remember(self, self._splitters)
        super().closeEvent(event)

    # Texts --------------------------------------------------------------------------------

    @qt_guard
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

    def retranslate(self) -> None:
        """Every text of the window's own in the current language (the panels, the plot
        and the dialogs see to theirs)."""
        self.document.retranslate()  # the steps already on the undo stack, for Edit › Undo
        self.menus.retranslate()
        self.tables.retranslate()
        self.charts.retranslate()
        self.statusBar().showMessage(self.source_line())
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

    def _redraw_plot(self) -> None:
        if self.trajectory_slot.made:  # else it is drawn as it is made
            self._draw_on(self.plot)
        self.currency_actions[self.document.currency].setChecked(True)

    def _draw_on(self, chart: TrajectoryPlot) -> None:
        # Imported here, as the chart is: only a drawn chart needs the history's figures.
        from trade_target.render.chart_extras import extras_for

        document = self.document
        chart.show_summary(
            document.summary,
            document.currency,
            document.scenario.name,
            overlays_for(document.workbook, document.summary_of),  # as exports.overlays_of
            ticked_others(document.workbook),
            extras_for(document.summary, document.dataset, document.outlook),
        )

    # Files, title and figures -------------------------------------------------------------

    def _update_title(self, *_: object) -> None:
        self.setWindowTitle(
            translate("MainWindow", "{name}[*] — {app}").format(
                name=display_name(self.document.path), app=APP_NAME
            )
        )
        self.setWindowModified(self.document.modified)

    def offer_restore(self) -> None:
        """After a crash, offer the autosaved work (once the window is on screen)."""
        self.files.restore_autosave()

    def open_later(self, path: str) -> None:
        QTimer.singleShot(0, lambda: self.files.open(path))

    def add_figure(self) -> None:
        """Edit › Add a figure and the figures' Add button: the figures shown, the dialog
        asked (it adds the figure to the document)."""
        self.tables.setCurrentWidget(self.tables.figures_page)
        from trade_target.ui.actions import dialogs

        dialogs.ask_observation(self, self.document.add_observation)


def _chart_panel(document: ScenarioDocument, kind: str) -> SensitivityPanel | MonthlyPanel:
    """A chart tab's panel, made when the tab is first looked at (ui.panels.chart_tabs)."""
    # Imported here: the modules (and the monthly CSV reader) cost start-up time.
    from trade_target.ui.charts.exchange_rate import SensitivityPanel
    from trade_target.ui.charts.monthly import MonthlyPanel

    maker = SensitivityPanel if kind == "sensitivity" else MonthlyPanel
    return maker(document)
