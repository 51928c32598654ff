"""The Monthly tab: import a statistics office's monthly release and see, one year at a time,
each month's trade (bars), the total from January (solid line) and the required pace (dashed
line: the year's required value on the scenario's path × months/12), so every new month can
be checked against the path.

The panel keeps the imported figures itself (`figures`) and announces each import with
`imported`; it redraws when the document changes (rate, years, display currency).
"""

from __future__ import annotations

from collections.abc import Sequence

import numpy as np
import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from trade_target.core.errors import TradeTargetError
from trade_target.core.i18n import translate
from trade_target.core.money import convert
from trade_target.core.monthly.observations import (
    MONTHS_IN_YEAR,
    MonthlyFigure,
    MonthlyImport,
    RowProblem,
    cumulative_by_year,
    month_name,
    pace_checks,
    pace_sentence,
    read_monthly_csv,
    required_pace,
)
from trade_target.render.charts.legend_row import LegendRow
from trade_target.render.charts.locale_axis import LocaleAxis
from trade_target.render.charts.look import colour_frame
from trade_target.render.charts.trajectory import BLUE, ORANGE, nice_ceiling
from trade_target.render.guard import qt_guard
from trade_target.ui.charts.labels import keep_axis_title_whole, ticks_that_fit
from trade_target.ui.document import ScenarioDocument
from trade_target.ui.panels.look import mix, muted, readable
from trade_target.ui.panels.message_label import MessageLabel

SHORTEST_CHART = 240  # pixels: the chart's least height, axes and legend included


def ask_monthly_path(parent: QWidget | None) -> str | None:
    """The CSV file to import, or None if the user cancelled (tests replace this)."""
    from PySide6.QtWidgets import QFileDialog

    filters = ";;".join(
        (
            translate("MonthlyPanel", "CSV files") + " (*.csv *.txt)",
            translate("MonthlyPanel", "All files") + " (*)",
        )
    )
    path, _ = QFileDialog.getOpenFileName(
        parent, translate("MonthlyPanel", "Import monthly figures"), "", filters
    )
    return path or None


class MonthlyPanel(QWidget):
    """objectName monthlyPanel: the import button, the year, the chart, the pace read-out
    and the rows an import left out."""

    imported = Signal(object)  # the MonthlyImport just read

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthlyPanel")
        self._document = document
        self.figures: tuple[MonthlyFigure, ...] = ()
        self._shown_years: list[int] = []
        self._out_of_date = False
        self.problems: tuple[RowProblem, ...] = ()
        self._year: int | None = None
        self._look = ("", "")

        self.import_button = QPushButton(self)
        self.import_button.setObjectName("importMonthlyButton")
        self.import_button.clicked.connect(self.import_file)
        self.year_label = QLabel(self)
        self.year_box = QComboBox(self)
        self.year_box.setObjectName("monthlyYear")
        self.year_box.currentIndexChanged.connect(self._on_year_chosen)
        top = QHBoxLayout()
        top.addWidget(self.import_button)
        top.addStretch(1)
        top.addWidget(self.year_label)
        top.addWidget(self.year_box)

        self.plot_widget = pg.PlotWidget(axisItems={"left": LocaleAxis("left")})
        self.plot_widget.setObjectName("monthlyPlot")
        self.plot_widget.setMinimumHeight(SHORTEST_CHART)
        # Its height is what the tab has left, not pyqtgraph's 480 px: in a short window the
        # legend under the plot stays in sight rather than scrolled off.
        self.plot_widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        item = self.plot_widget.getPlotItem()
        item.setMenuEnabled(False)
        item.setMouseEnabled(x=False, y=False)
        item.hideButtons()
        item.getAxis("left").enableAutoSIPrefix(False)
        self.legend = LegendRow(item)  # under the plot: over it, it hid the first months
        self.bars = pg.BarGraphItem(x=np.array([]), height=np.array([]), width=0.6)
        self.cumulative = pg.PlotDataItem(symbol="s", symbolSize=7)
        self.pace = pg.PlotDataItem()
        for plotted in (self.bars, self.pace, self.cumulative):
            item.addItem(plotted)
            self.legend.addItem(plotted, "-")
        item.setRange(xRange=(0.4, MONTHS_IN_YEAR + 0.6), yRange=(0, 1), padding=0)
        item.getViewBox().sigResized.connect(self._fit_texts)
        scene = self.plot_widget.scene()
        # The chart has no menus; pyqtgraph's Export… action would never be shown.
        for action in scene.contextMenu:
            action.setParent(None)  # then only the list holds it, and it goes with the list
        scene.contextMenu = []

        self.status = QLabel(self)
        self.status.setObjectName("monthlyStatus")
        self.status.setWordWrap(True)
        self.status.setTextFormat(Qt.TextFormat.PlainText)
        self.status.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.error_label = MessageLabel(self, "monthlyError")
        self.error_label.hide()
        self._error = ""
        self.problems_heading = QLabel(self)
        # Read-only text rather than a list: the rows can be selected and copied into a note
        # to the statistics office, and a screen reader reads them line by line.
        self.problem_list = QPlainTextEdit(self)
        self.problem_list.setObjectName("monthlyProblems")
        self.problem_list.setReadOnly(True)
        self.problem_list.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.problem_list.setMaximumHeight(120)
        muted(self.problems_heading)

        # Tab walks the panel as it reads; the window chains this list into its own order.
        self.focus_order: list[QWidget] = [
            self.import_button,
            self.year_box,
            self.plot_widget,
            self.problem_list,
        ]

        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.error_label)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.status)
        layout.addWidget(self.problems_heading)
        layout.addWidget(self.problem_list)
        self._show_years()
        self._show_problems()
        self._follow_palette()
        document.changed.connect(self._on_document_changed)
        self.retranslate()

    # Importing ----------------------------------------------------------------------------

    def import_file(self) -> None:
        """Ask for a CSV and import it."""
        path = ask_monthly_path(self)
        if path is not None:
            self.import_path(path)

    def import_path(self, path: str) -> MonthlyImport | None:
        """Read `path`; on success show and announce it, else say why beside the button and
        keep what was shown."""
        try:
            result = read_monthly_csv(path)
        except TradeTargetError as exc:
            self._error = getattr(exc, "message", "") or str(exc)
            self.error_label.setText(self._error)
            self.error_label.show()
            return None
        if not self.load(result):
            return None
        self.imported.emit(result)
        return result

    def load(self, result: MonthlyImport) -> bool:
        """Merge these figures into the scenario (one undoable step; a month imported again
        takes the new value) and show them on the latest imported year, with the rows left
        out. False, with the reason beside the button, if the scenario refuses them."""
        try:
            self._document.import_monthly(result.figures)
        except TradeTargetError as exc:
            self._error = getattr(exc, "message", "") or str(exc)
            self.error_label.setText(self._error)
            self.error_label.show()
            return False
        self._error = ""
        self.error_label.hide()
        self.problems = result.problems
        imported_years = sorted({figure.year for figure in result.figures})
        self._year = imported_years[-1] if imported_years else self._year
        self._adopt()
        self._show_problems()
        self.refresh()
        return True

    def _adopt(self) -> None:
        """The scenario's monthly figures are the ones shown (after an import, an undo, or
        choosing another scenario)."""
        stored = self._document.dataset.monthly
        if stored == self.figures and self._shown_years == self.years():
            return
        self.figures = stored
        years = self.years()
        if self._year not in years:
            self._year = years[-1] if years else None
        self._show_years()
        self._shown_years = years

    def years(self) -> list[int]:
        return sorted({figure.year for figure in self.figures})

    @property
    def year(self) -> int | None:
        """The year on the chart."""
        return self._year

    def set_year(self, year: int) -> None:
        self.year_box.setCurrentIndex(self.years().index(year))

    def _show_years(self) -> None:
        years = self.years()
        self.year_box.blockSignals(True)
        self.year_box.clear()
        self.year_box.addItems([str(year) for year in years])
        if self._year in years:
            self.year_box.setCurrentIndex(years.index(self._year))
        self.year_box.blockSignals(False)
        several = len(years) > 1
        self.year_box.setVisible(several)
        self.year_label.setVisible(several)

    def _on_year_chosen(self, index: int) -> None:
        years = self.years()
        if 0 <= index < len(years):
            self._year = years[index]
            self.refresh()

    def problem_lines(self) -> list[str]:
        """The rows left out, as the panel lists them: “Line 7: …”."""
        return [
            translate("MonthlyPanel", "Line {line}: {message}").format(
                line=problem.line, message=problem.message
            )
            for problem in self.problems
        ]

    def _show_problems(self) -> None:
        self.problem_list.setPlainText("\n".join(self.problem_lines()))
        count = len(self.problems)
        self.problems_heading.setText(
            translate("MonthlyPanel", "%n row(s) of the file left out:", None, count)
        )
        self.problems_heading.setVisible(bool(count))
        self.problem_list.setVisible(bool(count))

    # Words --------------------------------------------------------------------------------

    @qt_guard
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        elif event.type() == QEvent.Type.PaletteChange:
            self._follow_palette()

    def retranslate(self) -> None:
        """Every text in the language now installed. The problems' own messages stay in the
        language they were read in."""
        # No mnemonics here: every letter of these words is taken by the window's inputs and
        # menus, which stay visible beside this tab; Tab reaches both controls.
        self.import_button.setText(translate("MonthlyPanel", "Import monthly figures…"))
        self.import_button.setAccessibleName(translate("MonthlyPanel", "Import monthly figures"))
        self.import_button.setAccessibleDescription(
            translate(
                "MonthlyPanel",
                "Read a CSV file of monthly trade figures: a month column, a value column and "
                "the currency.",
            )
        )
        self.year_label.setText(translate("MonthlyPanel", "Year:"))
        self.year_box.setAccessibleName(translate("MonthlyPanel", "Year shown"))
        self.year_box.setAccessibleDescription(
            translate("MonthlyPanel", "The year of monthly figures the chart shows")
        )
        self.plot_widget.setAccessibleName(translate("MonthlyPanel", "Monthly trade chart"))
        self.plot_widget.setAccessibleDescription(
            translate(
                "MonthlyPanel",
                "Bars: each month's trade. Solid line: the total from January. Dashed line: "
                "the required pace, the year's required value × months/12. The sentence below "
                "the chart gives the latest month's numbers.",
            )
        )
        self.status.setAccessibleName(translate("MonthlyPanel", "Year to date against the pace"))
        self.error_label.setAccessibleName(translate("MonthlyPanel", "Import problem"))
        self.problem_list.setAccessibleName(translate("MonthlyPanel", "Rows left out"))
        self.problem_list.setAccessibleDescription(
            translate(
                "MonthlyPanel",
                "Each row of the file that could not be read, with its line number and what "
                "is wrong with it",
            )
        )
        self._rename(self.bars, translate("MonthlyPanel", "Month's trade"))
        self._rename(self.cumulative, translate("MonthlyPanel", "Total from January"))
        self._rename(self.pace, translate("MonthlyPanel", "Required pace"))
        self._fit_texts()
        self._show_problems()
        self.refresh()

    def _rename(self, plotted: pg.GraphicsObject, name: str) -> None:
        self.legend.rename(plotted, name)

    def _fit_texts(self) -> None:
        keep_axis_title_whole(self.plot_widget, SHORTEST_CHART)
        self._name_months()

    def _name_months(self) -> None:
        """Every month named under its bar where the names fit, else every second, third…"""
        item = self.plot_widget.getPlotItem()
        axis = item.getAxis("bottom")
        months = [(month, month_name(month)) for month in range(1, MONTHS_IN_YEAR + 1)]
        spacing = item.getViewBox().width() / (MONTHS_IN_YEAR + 0.2)  # the x range's width
        font = axis.style["tickFont"] or axis.font()
        levels = ticks_that_fit(months, spacing, font, (1, 2, 3, 4, 6, 12))
        if levels != getattr(axis, "_tickLevels", None):
            axis.setTicks(levels)

    def legend_names(self) -> list[str]:
        return [label.text for _, label in self.legend.items]

    # Drawing ------------------------------------------------------------------------------

    def _follow_palette(self) -> None:
        """The chart in the palette's Base and Text colours; lines keep their hue."""
        palette = self.palette()
        background = palette.color(QPalette.ColorRole.Base)
        ink = palette.color(QPalette.ColorRole.Text)
        look = (background.name(), ink.name())
        if look == self._look:
            return
        self._look = look
        colour_frame(self.plot_widget, self.legend, background, ink)
        self.bars.setOpts(brush=pg.mkBrush(mix(ORANGE, background, 0.45)), pen=pg.mkPen(None))
        line = readable(ink, background)
        self.cumulative.setPen(pg.mkPen(line, width=2.5))
        self.cumulative.setSymbolBrush(line)
        self.cumulative.setSymbolPen(pg.mkPen(line))
        self.pace.setPen(pg.mkPen(BLUE, width=2, style=Qt.PenStyle.DashLine))
        for sample, _ in self.legend.items:
            sample.update()

    def _on_document_changed(self) -> None:
        """Off screen (another chart's tab), an edit only marks the chart out of date: the
        rate and years are typed far more often than this tab is looked at."""
        if self.isVisible():
            self.refresh()
        else:
            self._out_of_date = True

    @qt_guard
    def showEvent(self, event: QShowEvent) -> None:
        if self._out_of_date:
            self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        """Redraw the chosen year at the document's rate and in its display currency."""
        self._out_of_date = False
        self._adopt()
        summary = self._document.summary
        currency = self._document.currency
        rate = summary.exchange_rate
        item = self.plot_widget.getPlotItem()
        item.setLabel(
            "left",
            translate("MonthlyPanel", "Bilateral trade ({symbol} billion)").format(
                symbol=currency.symbol
            ),
        )
        keep_axis_title_whole(self.plot_widget, SHORTEST_CHART)
        year = self._year
        if year is None or not self.figures:
            self.bars.setOpts(x=np.array([]), height=np.array([]))
            self.cumulative.setData([], [])
            self.pace.setData([], [])
            self.status.setText(
                translate(
                    "MonthlyPanel",
                    "No monthly figures yet: import the statistics office's monthly release "
                    "as a CSV file.",
                )
            )
            return
        months = [figure for figure in self.figures if figure.year == year]
        heights = [convert(f.value, f.currency, currency, rate) for f in months]
        self.bars.setOpts(x=np.array([f.month for f in months]), height=np.array(heights))
        running = cumulative_by_year(self.figures, rate).get(year, [])
        totals = [summary.in_currency(total, currency) for _, total in running]
        self.cumulative.setData([month for month, _ in running], totals)
        required = {row.year: row.required_usd for row in summary.trajectory}
        pace: Sequence[tuple[int, float]] = (
            required_pace(required[year]) if year in required else ()
        )
        pace_values = [summary.in_currency(value, currency) for _, value in pace]
        self.pace.setData([month for month, _ in pace], pace_values)
        check = next(c for c in pace_checks(self.figures, rate, required) if c.year == year)
        self.status.setText(pace_sentence(check, currency, rate))
        highest = max([*heights, *totals, *pace_values, 0.0])
        item.setRange(
            xRange=(0.4, MONTHS_IN_YEAR + 0.6), yRange=(0, nice_ceiling(highest * 1.05)), padding=0
        )
