"""The Monthly tab: import a statistics office's monthly release and see, one year at a time,
each month's trade (bars), the total from January (solid line) and the required pace (dashed
line: the year's required value on the scenario's path × months/12), so every new month can
be checked against the path.

The panel keeps the imported figures itself (`figures`) and announces each import with
`imported`; it redraws when the document changes (rate, years, display currency).
"""

from __future__ import annotations

from collections.abc import Sequence

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
from trade_target.core.files.monthly_csv import MonthlyImport, RowProblem, read_monthly_csv
from trade_target.core.i18n import translate
from trade_target.core.money import convert
from trade_target.core.monthly.months import MonthlyFigure
from trade_target.core.monthly.pace import (
    cumulative_by_year,
    pace_checks,
    pace_sentence,
    required_pace,
)
from trade_target.render.charts.locale_axis import LocaleAxis
from trade_target.render.guard import qt_guard
from trade_target.ui.charts.monthly_chart import SHORTEST_CHART, MonthlyChart
from trade_target.ui.charts.screen_chart import ScreenChart
from trade_target.ui.document import ScenarioDocument
from trade_target.ui.panels.look import muted
from trade_target.ui.panels.message_label import MessageLabel


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


class MonthlyPanel(ScreenChart):
    """objectName monthlyPanel: the import button, the year, the chart, the pace read-out
    and the rows an import left out."""

    imported = Signal(object)  # the MonthlyImport just read

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("monthlyPanel")
        self._document = document
        self.figures: tuple[MonthlyFigure, ...] = ()
        self._shown_years: list[int] = []
        self.problems: tuple[RowProblem, ...] = ()
        self._year: int | None = None

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
        self.chart = MonthlyChart(self.plot_widget)
        chart = self.chart  # its items, by the names the panel has always given them
        self.legend, self.bars = chart.legend, chart.bars
        self.cumulative, self.pace = chart.cumulative, chart.pace

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
        # Made when its tab is first looked at, and never drawn for a file: no paper look.
        self.follow_palette_now()
        document.changed.connect(self.redraw_when_seen)
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
        self.redraw()
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
            self.redraw()

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

    # Qt events ----------------------------------------------------------------------------

    @qt_guard
    def showEvent(self, event: QShowEvent) -> None:
        self.catch_up()
        super().showEvent(event)

    @qt_guard
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        self.follow_change(event)

    # Words --------------------------------------------------------------------------------

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
        self.chart.name_lines()
        self._show_problems()
        self.redraw()

    def legend_names(self) -> list[str]:
        return self.chart.legend_names()

    # Drawing ------------------------------------------------------------------------------

    def follow_palette(self) -> None:
        """The chart in the palette's Base and Text colours; lines keep their hue."""
        palette = self.palette()
        self.chart.apply_look(
            palette.color(QPalette.ColorRole.Base), palette.color(QPalette.ColorRole.Text)
        )

    def redraw(self) -> None:
        """Redraw the chosen year at the document's rate and in its display currency."""
        self._out_of_date = False
        self._adopt()
        summary = self._document.summary
        currency = self._document.currency
        rate = summary.exchange_rate
        self.chart.set_amount_title(currency.symbol)
        year = self._year
        if year is None or not self.figures:
            self.chart.clear()
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
        running = cumulative_by_year(self.figures, rate).get(year, [])
        totals = [summary.in_currency(total, currency) for _, total in running]
        required = {row.year: row.required_usd for row in summary.trajectory}
        pace: Sequence[tuple[int, float]] = (
            required_pace(required[year]) if year in required else ()
        )
        pace_values = [summary.in_currency(value, currency) for _, value in pace]
        self.chart.draw(
            ([f.month for f in months], heights),
            ([month for month, _ in running], totals),
            ([month for month, _ in pace], pace_values),
        )
        check = next(c for c in pace_checks(self.figures, rate, required) if c.year == year)
        self.status.setText(pace_sentence(check, currency, rate))
