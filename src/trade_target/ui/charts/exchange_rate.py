"""Growth against the exchange rate: the required and the observed growth over a range of
rates the user sets, the current rate and the break-even rate marked, and buttons that set
the rate to the ones the figures suggest.

The latest figure is in ringgit, so the observed growth falls as the rate rises; with the
base and the target in US$ the required growth is a flat line, and the gap between the two
is the point of the chart. The sums are the core's (core.sensitivity); a rate edit only
moves the current-rate line, and nothing is worked out while the panel is out of sight.
"""

from __future__ import annotations

from dataclasses import replace

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from trade_target.core import sensitivity
from trade_target.core.errors import InputError
from trade_target.core.i18n import translate
from trade_target.core.numbers import parse_decimal
from trade_target.core.sensitivity import RatePoint
from trade_target.render import formatting
from trade_target.render.charts.locale_axis import locale_axes
from trade_target.render.charts.trajectory import INK, PAPER
from trade_target.render.guard import qt_guard
from trade_target.ui.charts import exchange_rate_words as sensitivity_words
from trade_target.ui.charts.exchange_rate_chart import SHORTEST_CHART, SensitivityChart
from trade_target.ui.charts.exchange_rate_presets import RatePresets
from trade_target.ui.charts.screen_chart import ScreenChart
from trade_target.ui.document import ScenarioDocument
from trade_target.ui.panels.look import muted
from trade_target.ui.panels.message_label import MessageLabel

STEPS = 121  # points on each line: every 0.0125 RM over the default range, smooth to the eye


class SensitivityPanel(ScreenChart):
    """objectName sensitivityPanel: range fields, preset buttons, the chart, a caption."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sensitivityPanel")
        self._document = document
        self.low, self.high = sensitivity.DEFAULT_LOW, sensitivity.DEFAULT_HIGH
        self.points: tuple[RatePoint, ...] = ()
        self.break_even: float | None = None
        self._sweep_key: object = None
        self._out_of_date = True  # drawn when first seen
        self._look: tuple[str, str] = ("", "")
        self._range_error: str | None = None
        self._sweep_error: str | None = None

        self.range_label = QLabel(self)
        self.from_edit = QLineEdit(self)
        self.from_edit.setObjectName("sensitivityFrom")
        self.range_label.setBuddy(self.from_edit)
        self.to_label = QLabel(self)
        self.to_edit = QLineEdit(self)
        self.to_edit.setObjectName("sensitivityTo")
        for edit in (self.from_edit, self.to_edit):
            edit.setMaximumWidth(90)
            edit.textEdited.connect(self._on_range_edited)
        self.from_edit.setText(formatting.rate(self.low))
        self.to_edit.setText(formatting.rate(self.high))
        self.message = MessageLabel(self, "sensitivityRangeMessage")
        self.message.hide()

        self.presets = RatePresets(document, self)
        self.presets_label, self.preset_buttons = self.presets.label, self.presets.buttons
        self.preset_message = self.presets.message

        self.plot_widget = pg.PlotWidget(background="w", axisItems=locale_axes())
        self.plot_widget.setObjectName("sensitivityPlot")
        self.plot_widget.setMinimumHeight(SHORTEST_CHART)
        # Its height is what the tab has left, not pyqtgraph's 480 px: in a short window the
        # legend under the plot stays in sight rather than scrolled off.
        self.plot_widget.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Ignored)
        self.caption = QLabel(self)
        self.caption.setObjectName("sensitivityCaption")
        self.caption.setWordWrap(True)
        self.caption.setTextFormat(Qt.TextFormat.PlainText)
        self.caption.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        muted(self.caption)

        range_row = QHBoxLayout()
        range_row.addWidget(self.range_label)
        range_row.addWidget(self.from_edit)
        range_row.addWidget(self.to_label)
        range_row.addWidget(self.to_edit)
        range_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addLayout(range_row)
        layout.addWidget(self.message)
        layout.addLayout(self.presets.row())
        layout.addWidget(self.preset_message)
        layout.addWidget(self.plot_widget, 1)
        layout.addWidget(self.caption)
        self.focus_order: list[QWidget] = [
            self.from_edit,
            self.to_edit,
            *self.preset_buttons.values(),
            self.plot_widget,
        ]
        """The panel's controls in the order they are seen, which Tab follows."""
        for before, after in zip(self.focus_order, self.focus_order[1:], strict=False):
            QWidget.setTabOrder(before, after)

        self.chart = SensitivityChart(self.plot_widget)
        chart = self.chart  # its items, by the names the panel has always given them
        self.legend, self.zero_line = chart.legend, chart.zero_line
        self.required_curve, self.observed_curve = chart.required_curve, chart.observed_curve
        self.current_line, self.gap_bar = chart.current_line, chart.gap_bar
        self.break_even_marker, self.current_points = chart.break_even_marker, chart.current_points
        self.current_label, self.gap_label = chart.current_label, chart.gap_label
        self.break_even_label = chart.break_even_label
        self._apply_look(QColor(PAPER), QColor(INK), on_screen=False)
        document.changed.connect(self.redraw_when_seen)
        self.retranslate()

    # Qt events -----------------------------------------------------------------------------

    @qt_guard
    def showEvent(self, event: QShowEvent) -> None:
        self.catch_up()
        super().showEvent(event)

    @qt_guard
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        self.follow_change(event)

    # Texts ---------------------------------------------------------------------------------

    def retranslate(self) -> None:
        """Every text again, in the language now installed (on a LanguageChange); the range
        is written again as the new locale writes numbers, and a message said again."""
        self.range_label.setText(
            translate("SensitivityPanel", "E&xchange rates shown (RM per US$):")
        )
        self.to_label.setText(translate("SensitivityPanel", "to"))
        self.from_edit.setAccessibleName(translate("SensitivityPanel", "Lowest rate shown"))
        self.from_edit.setAccessibleDescription(
            translate(
                "SensitivityPanel",
                "The lowest exchange rate on the sensitivity chart, in RM per US$",
            )
        )
        self.to_edit.setAccessibleName(translate("SensitivityPanel", "Highest rate shown"))
        self.to_edit.setAccessibleDescription(
            translate(
                "SensitivityPanel",
                "The highest exchange rate on the sensitivity chart, in RM per US$",
            )
        )
        self.presets.retranslate()
        self.plot_widget.setAccessibleName(translate("SensitivityPanel", "Exchange-rate chart"))
        self.plot_widget.setAccessibleDescription(
            translate(
                "SensitivityPanel",
                "Chart of the required and the observed annual growth against the exchange "
                "rate, with the current rate and the break-even rate marked. The text under "
                "the chart gives the same values in words.",
            )
        )
        self.caption.setAccessibleName(translate("SensitivityPanel", "Exchange-rate summary"))
        self.chart.name_lines()
        self._rewrite_range()
        if self._range_error is not None:
            self._on_range_edited()  # says it again in the new language
        self._sweep_key = None  # every label on the chart is written again
        self._out_of_date = True
        if self.isVisible():
            self.redraw()
        else:
            self.presets.show_presets()

    def legend_names(self) -> list[str]:
        """The legend's entries, in reading order."""
        return self.chart.legend_names()

    def _rewrite_range(self) -> None:
        """The range fields as the installed locale writes numbers, where they hold the
        range in force (what the user is typing is left alone)."""
        for edit, value in ((self.from_edit, self.low), (self.to_edit, self.high)):
            try:
                same = parse_decimal(edit.text(), "rate", "") == value
            except InputError:
                same = False
            if same:
                edit.setText(formatting.rate(value))

    # The range -----------------------------------------------------------------------------

    def _on_range_edited(self, _text: str = "") -> None:
        try:
            low = parse_decimal(
                self.from_edit.text(), "rate_from", translate("SensitivityPanel", "Lowest rate")
            )
            high = parse_decimal(
                self.to_edit.text(), "rate_to", translate("SensitivityPanel", "Highest rate")
            )
            sensitivity.check_range(low, high)
        except InputError as exc:
            self._range_error = exc.message
            self._show_message()
            return
        self._range_error = None
        self._show_message()
        self.set_range(low, high)

    def _show_message(self) -> None:
        """A bad range first, else a range the figures cannot be worked out over; the chart
        keeps the last good range meanwhile."""
        text = self._range_error or self._sweep_error
        for edit in (self.from_edit, self.to_edit):
            edit.setToolTip(text or "")
        if text is None:
            self.message.hide()
            self.message.clear()
            return
        self.message.setText(text)
        self.message.show()

    def set_range(self, low: float, high: float) -> None:
        """Show rates from `low` to `high` (InputError if that is no range); the fields say
        so unless they already do (what is being typed is left as typed)."""
        sensitivity.check_range(low, high)
        self.low, self.high = low, high
        for edit, value in ((self.from_edit, low), (self.to_edit, high)):
            try:
                shown = parse_decimal(edit.text(), "rate", "")
            except InputError:
                shown = None
            if shown != value:
                edit.setText(formatting.rate(value))
        self.redraw_when_seen()

    # Drawing -------------------------------------------------------------------------------

    def redraw(self) -> None:
        """The lines, the current rate and the caption for the document as it is now."""
        self._out_of_date = False
        self.presets.show_presets()
        document = self._document
        scenario = document.scenario
        method = scenario.annualisation
        # Everything the lines depend on; the current rate only moves the marker.
        key = (
            scenario.dataset,
            replace(document.inputs, exchange_rate=1.0),
            method,
            self.low,
            self.high,
        )
        if key != self._sweep_key:
            try:
                points = sensitivity.sweep(
                    scenario.dataset, document.inputs, self.low, self.high, STEPS, method
                )
                break_even = sensitivity.break_even_rate(
                    scenario.dataset, document.inputs, self.low, self.high, method
                )
            except InputError as exc:
                self._sweep_error = exc.message
                self._show_message()
                return  # the last good chart stays
            if self._sweep_error is not None:
                self._sweep_error = None
                self._show_message()
            self._sweep_key = key
            self.points, self.break_even = points, break_even
            self._draw_lines()
        self._draw_current()
        document = self._document
        self.caption.setText(
            sensitivity_words.caption(
                document.summary, document.dataset, (self.low, self.high), self.break_even
            )
        )

    def _draw_lines(self) -> None:
        break_even = None
        if self.break_even is not None:
            document = self._document
            growth = sensitivity.at_rate(
                document.dataset, document.inputs, self.break_even, document.scenario.annualisation
            ).required_growth
            text = translate("SensitivityPanel", "Break-even {rate}").format(
                rate=formatting.rate(self.break_even)
            )
            break_even = (self.break_even, 100 * growth, text)
        self.chart.draw_lines(self.points, self.low, self.high, break_even)

    def _draw_current(self) -> None:
        """The current rate's line, its growth on both lines and the gap between them."""
        summary = self._document.summary
        rate = summary.exchange_rate
        if not self.low <= rate <= self.high:
            self.chart.draw_current(None, "", "")
            return
        self.chart.draw_current(
            (rate, summary.required_growth * 100, summary.observed_growth * 100),
            translate("SensitivityPanel", "Current {rate}").format(rate=formatting.rate(rate)),
            translate("SensitivityPanel", "Gap {gap} percentage points").format(
                gap=sensitivity_words.signed(summary.observed_growth - summary.required_growth)
            ),
        )

    # Colours -------------------------------------------------------------------------------

    def follow_palette(self) -> None:
        palette = self.palette()
        self._apply_look(
            palette.color(QPalette.ColorRole.Base),
            palette.color(QPalette.ColorRole.Text),
            on_screen=True,
        )

    def _apply_look(self, background: QColor, ink: QColor, on_screen: bool) -> None:
        look = (background.name(), ink.name())
        if look != self._look:
            self._look = look
            self.chart.apply_look(background, ink, on_screen)
