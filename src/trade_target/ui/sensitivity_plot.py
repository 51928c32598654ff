"""Growth against the exchange rate: the required and the observed growth over a range of
rates the user sets, the current rate and the break-even rate marked, and buttons that set
the rate to the ones the figures suggest.

The latest figure is in ringgit, so the observed growth falls as the rate rises; with the
base and the target in US$ the required growth is a flat line, and the gap between the two
is the point of the chart. The sums are the core's (core.sensitivity); a rate edit only
moves the current-rate line, and nothing is worked out while the panel is out of sight.
"""

from __future__ import annotations

import html
import math
from dataclasses import replace

import pyqtgraph as pg
from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QColor, QPalette, QShowEvent
from PySide6.QtWidgets import (
    QGraphicsItem,
    QHBoxLayout,
    QLabel,
    QLineEdit,
    QPushButton,
    QSizePolicy,
    QVBoxLayout,
    QWidget,
)

from ..core import sensitivity
from ..core.errors import InputError
from ..core.i18n import QT_TRANSLATE_NOOP, translate
from ..core.money import Currency
from ..core.numbers import parse_decimal
from ..core.sensitivity import Preset, RatePoint
from . import (
    formatting,
    pyqtgraph_guard,  # noqa: F401 - installs the guard before any legend
)
from .chart_look import colour_frame
from .document import ScenarioDocument
from .look import mix, muted, readable, warning
from .plot import BLACK, BLUE, INK, ORANGE, PAPER, VERMILLION

GAP = "#CC79A7"  # Okabe–Ito reddish purple: the gap at the current rate
STEPS = 121  # points on each line: every 0.0125 RM over the default range, smooth to the eye
GRID_STEP = 5.0  # percentage points between the y-axis' round ends

# The preset buttons, in order: the key of a core Preset, and what the button says it does.
PRESET_KEYS = ("article", "headline", "base_year")
_PRESET_DESCRIPTIONS = {
    "article": QT_TRANSLATE_NOOP(
        "SensitivityPanel",
        "Sets the exchange rate to the one the article's own figures imply "
        "(RM21.2 bn = US$4.92 bn for January to November 2025).",
    ),
    "headline": QT_TRANSLATE_NOOP(
        "SensitivityPanel",
        "Sets the exchange rate to {rate} RM per US$, a round comparison rate (the article "
        "itself gives no such rate).",
    ),
    "base_year": QT_TRANSLATE_NOOP(
        "SensitivityPanel",
        "Sets the exchange rate to the one the base year's figures in RM and in US$ imply.",
    ),
}


class SensitivityPanel(QWidget):
    """objectName sensitivityPanel: range fields, preset buttons, the chart, a caption."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("sensitivityPanel")
        self._document = document
        self.low, self.high = sensitivity.DEFAULT_LOW, sensitivity.DEFAULT_HIGH
        self.points: tuple[RatePoint, ...] = ()
        self.break_even: float | None = None
        self._sweep_key: object = None
        self._stale = True
        self._follows_palette = False
        self._look: tuple[str, str] = ("", "")
        self._view: tuple[float, float, float, float] = (0.0, 0.0, 0.0, 0.0)
        self._presets: dict[str, Preset] = {}
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
        self.message = QLabel(self)
        self.message.setObjectName("sensitivityRangeMessage")
        self.message.setWordWrap(True)
        warning(self.message)
        self.message.hide()

        self.presets_label = QLabel(self)
        self.preset_buttons: dict[str, QPushButton] = {}
        for key in PRESET_KEYS:
            button = QPushButton(self)
            button.setObjectName(f"sensitivityPreset_{key}")
            button.clicked.connect(lambda _checked=False, key=key: self._use_preset(key))
            self.preset_buttons[key] = button
        self.preset_message = QLabel(self)
        self.preset_message.setObjectName("sensitivityPresetMessage")
        self.preset_message.setWordWrap(True)
        warning(self.preset_message)
        self.preset_message.hide()

        self.plot_widget = pg.PlotWidget(background="w")
        self.plot_widget.setObjectName("sensitivityPlot")
        self.plot_widget.setMinimumHeight(240)
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
        preset_row = QHBoxLayout()
        preset_row.addWidget(self.presets_label)
        for button in self.preset_buttons.values():
            preset_row.addWidget(button)
        preset_row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 8, 0)
        layout.addLayout(range_row)
        layout.addWidget(self.message)
        layout.addLayout(preset_row)
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

        self._make_plot_items()
        self._apply_look(QColor(PAPER), QColor(INK), on_screen=False)
        document.changed.connect(self.refresh)
        self.retranslate()

    # The chart's items ---------------------------------------------------------------------

    def _make_plot_items(self) -> None:
        item = self.plot_widget.getPlotItem()
        item.setMenuEnabled(False)
        item.setMouseEnabled(x=False, y=False)
        item.hideButtons()
        item.layout.setContentsMargins(4, 12, 12, 4)
        for side in ("left", "bottom"):
            item.getAxis(side).enableAutoSIPrefix(False)
        self.legend = item.addLegend(offset=(-10, 10), labelTextColor=INK)
        # Named now so that they join the legend; retranslate() gives the names.
        self.zero_line = pg.PlotCurveItem()
        self.zero_line.setZValue(-2)
        item.addItem(self.zero_line)  # unnamed: not in the legend
        self.required_curve = pg.PlotCurveItem(pen=pg.mkPen(BLUE, width=2.5), name="-")
        self.observed_curve = pg.PlotCurveItem(
            pen=pg.mkPen(ORANGE, width=2.5, style=Qt.PenStyle.DashLine), name="-"
        )
        self.current_line = pg.PlotCurveItem(
            pen=pg.mkPen(BLACK, width=1.5, style=Qt.PenStyle.DotLine), name="-"
        )
        self.break_even_marker = pg.ScatterPlotItem(
            symbol="d", size=13, brush=VERMILLION, pen=pg.mkPen(BLACK), name="-"
        )
        for curve in (
            self.required_curve,
            self.observed_curve,
            self.current_line,
            self.break_even_marker,
        ):
            item.addItem(curve)
        # The gap at the current rate: a bar from the observed to the required line.
        self.gap_bar = pg.PlotCurveItem(pen=pg.mkPen(GAP, width=5))
        self.gap_bar.setZValue(-1)
        self.current_points = pg.ScatterPlotItem(size=8)
        item.addItem(self.gap_bar)
        item.addItem(self.current_points)
        self.gap_label = pg.TextItem(color=GAP, anchor=(-0.05, 0.5))
        self.current_label = pg.TextItem(color=INK, anchor=(0, 0))
        self.break_even_label = pg.TextItem(color=VERMILLION, anchor=(0, 1.1))
        for label in (self.current_label, self.break_even_label, self.gap_label):
            item.addItem(label)
            label.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        self.legend.setCacheMode(QGraphicsItem.CacheMode.DeviceCoordinateCache)
        # The chart has no menus; pyqtgraph's Export… action would never be shown.
        scene = self.plot_widget.scene()
        for action in scene.contextMenu:
            action.setParent(None)
        scene.contextMenu = []

    # Qt events -----------------------------------------------------------------------------

    def showEvent(self, event: QShowEvent) -> None:
        if not self._follows_palette:
            self._follows_palette = True
            self._follow_palette()
        if self._stale:
            self._redraw()
        super().showEvent(event)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.PaletteChange and self._follows_palette:
            self._follow_palette()
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

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
        self.presets_label.setText(translate("SensitivityPanel", "Set the rate to:"))
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
        item = self.plot_widget.getPlotItem()
        item.setLabel("bottom", translate("SensitivityPanel", "Exchange rate (RM per US$)"))
        item.setLabel("left", translate("SensitivityPanel", "Growth (% a year)"))
        self._rename(self.required_curve, translate("SensitivityPanel", "Required growth"))
        self._rename(self.observed_curve, translate("SensitivityPanel", "Observed growth"))
        self._rename(self.current_line, translate("SensitivityPanel", "Current rate"))
        self._rename(self.break_even_marker, translate("SensitivityPanel", "Break-even rate"))
        self._rewrite_range()
        if self._range_error is not None:
            self._on_range_edited()  # says it again in the new language
        self.preset_message.hide()  # it spoke of a click in the language before
        self._sweep_key = None  # every label on the chart is written again
        self._stale = True
        if self.isVisible():
            self._redraw()
        else:
            self._show_presets()

    def _rename(self, curve: pg.GraphicsObject, name: str) -> None:
        label = self.legend.getLabel(curve)
        if label is not None and label.text != html.escape(name):
            label.setText(html.escape(name))  # the legend reads HTML
            curve.opts["name"] = name

    def legend_names(self) -> list[str]:
        """The legend's entries, top to bottom."""
        return [html.unescape(label.text) for _, label in self.legend.items]

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
        self.refresh()

    # Presets -------------------------------------------------------------------------------

    def _use_preset(self, key: str) -> None:
        preset = self._presets.get(key)
        if preset is None:
            return
        try:
            self._document.edit_input("exchange_rate", preset.rate)  # one undoable step
        except InputError as exc:
            self.preset_message.setText(exc.message)
            self.preset_message.show()
            return
        self.preset_message.hide()

    def _show_presets(self) -> None:
        dataset = self._document.dataset
        self._presets = {preset.key: preset for preset in sensitivity.rate_presets(dataset)}
        for key, button in self.preset_buttons.items():
            preset = self._presets.get(key)
            if preset is not None:
                text = translate("SensitivityPanel", "{name}: {rate}").format(
                    name=preset.words, rate=formatting.rate(preset.rate)
                )
                description = translate("SensitivityPanel", _PRESET_DESCRIPTIONS[key]).format(
                    rate=formatting.rate(preset.rate)
                )
                name = preset.words
            else:
                name = text = sensitivity.preset_words(key, self._document.dataset.base.year)
                description = self._how_to_get(key)
            button.setEnabled(preset is not None)
            if button.text() != text:
                button.setText(text)
            button.setToolTip(description)
            button.setAccessibleName(name)
            button.setAccessibleDescription(description)

    def _how_to_get(self, key: str) -> str:
        """What makes a preset the data cannot give yet available (a disabled button's tip)."""
        if key == "base_year":
            base = self._document.dataset.base
            other = (base.reported_currency or Currency.USD).other
            return translate(
                "SensitivityPanel",
                "To use the {year} rate, add the {year} figure in {symbol} for the full year "
                "with Add a figure…; the rate is then its value over the {year} figure's.",
            ).format(year=base.year, symbol=other.symbol)
        return translate(
            "SensitivityPanel",
            "The article's conversion no longer applies: the figure it was given for has been "
            "edited. Reset to the article's figures to use it again.",
        )

    # Drawing -------------------------------------------------------------------------------

    def refresh(self) -> None:
        """Redraw for the document as it is now; out of sight, only remember to."""
        self._stale = True
        if self.isVisible():
            self._redraw()

    def _redraw(self) -> None:
        self._stale = False
        self._show_presets()
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
        self._write_caption()

    def _draw_lines(self) -> None:
        rates = [point.rate for point in self.points]
        required = [point.required_growth * 100 for point in self.points]
        observed = [point.observed_growth * 100 for point in self.points]
        self.required_curve.setData(rates, required)
        self.observed_curve.setData(rates, observed)
        bottom = min(0.0, *required, *observed)
        top = max(0.0, *required, *observed)
        bottom = math.floor(bottom / GRID_STEP) * GRID_STEP
        top = math.ceil(top / GRID_STEP) * GRID_STEP
        if top - bottom < GRID_STEP:
            top = bottom + GRID_STEP
        self.zero_line.setData([self.low, self.high], [0.0, 0.0])
        view = (self.low, self.high, bottom, top)
        if view != self._view:
            self.plot_widget.getPlotItem().setRange(xRange=view[:2], yRange=view[2:], padding=0.02)
            self._view = view
        if self.break_even is None:
            self.break_even_marker.setData([], [])
            self.break_even_label.setVisible(False)
            return
        document = self._document
        growth = (
            100
            * sensitivity.at_rate(
                document.dataset, document.inputs, self.break_even, document.scenario.annualisation
            ).required_growth
        )
        self.break_even_marker.setData([self.break_even], [growth])
        self.break_even_label.setText(
            translate("SensitivityPanel", "Break-even {rate}").format(
                rate=formatting.rate(self.break_even)
            )
        )
        self.break_even_label.setPos(self.break_even, growth)
        self.break_even_label.setVisible(True)

    def _draw_current(self) -> None:
        """The current rate's line, its growth on both lines and the gap between them."""
        summary = self._document.summary
        rate = summary.exchange_rate
        bottom, top = self._view[2:]
        inside = self.low <= rate <= self.high
        for label in (self.current_label, self.gap_label):
            label.setVisible(inside)
        if not inside:
            for curve in (self.current_line, self.gap_bar, self.current_points):
                curve.setData([], [])
            return
        required, observed = summary.required_growth * 100, summary.observed_growth * 100
        self.current_line.setData([rate, rate], [bottom, top])
        self.gap_bar.setData([rate, rate], [observed, required])
        self.current_points.setData(
            [rate, rate],
            [required, observed],
            brush=[pg.mkBrush(BLUE), pg.mkBrush(ORANGE)],
            pen=[pg.mkPen(BLUE), pg.mkPen(ORANGE)],
        )
        self.current_label.setText(
            translate("SensitivityPanel", "Current {rate}").format(rate=formatting.rate(rate))
        )
        self.current_label.setPos(rate, top)
        self.gap_label.setText(
            translate("SensitivityPanel", "Gap {gap} percentage points").format(
                gap=_signed(summary.observed_growth - summary.required_growth)
            )
        )
        self.gap_label.setPos(rate, (required + observed) / 2)

    def _write_caption(self) -> None:
        summary = self._document.summary
        rate = formatting.rate(summary.exchange_rate)
        sentences = [
            translate(
                "SensitivityPanel",
                "At the current rate, {rate} RM per US$: required growth {required} a year, "
                "observed growth {observed} a year (a gap of {gap} percentage points).",
            ).format(
                rate=rate,
                required=formatting.percent(summary.required_growth),
                observed=formatting.percent(summary.observed_growth),
                gap=_signed(summary.observed_growth - summary.required_growth),
            )
        ]
        if not self.low <= summary.exchange_rate <= self.high:
            sentences.append(
                translate("SensitivityPanel", "The current rate is outside the range shown.")
            )
        if self.break_even is None:
            sentences.append(
                translate(
                    "SensitivityPanel",
                    "Observed growth does not equal the required growth anywhere from {low} "
                    "to {high} RM per US$.",
                ).format(low=formatting.rate(self.low), high=formatting.rate(self.high))
            )
        else:
            sentences.append(
                translate(
                    "SensitivityPanel",
                    "Break-even: observed growth equals the required growth at {rate} RM per US$.",
                ).format(rate=formatting.rate(self.break_even))
            )
        dataset = self._document.dataset
        if not sensitivity.required_depends_on_rate(dataset):
            currency = dataset.base.reported_currency
            sentences.append(
                translate(
                    "SensitivityPanel",
                    "The required growth does not depend on the rate: the base and the target "
                    "are both in {symbol}.",
                ).format(symbol=currency.symbol if currency else "")
            )
        self.caption.setText(" ".join(sentences))

    # Colours -------------------------------------------------------------------------------

    def _follow_palette(self) -> None:
        palette = self.palette()
        self._apply_look(
            palette.color(QPalette.ColorRole.Base),
            palette.color(QPalette.ColorRole.Text),
            on_screen=True,
        )

    def _apply_look(self, background: QColor, ink: QColor, on_screen: bool) -> None:
        """Background, axes, legend and text in the palette's colours; the lines keep the
        chart's. On screen every text colour is made to read on the background."""
        look = (background.name(), ink.name())
        if look == self._look:
            return
        self._look = look

        def text(colour: str) -> QColor:
            return readable(colour, background) if on_screen else QColor(colour)

        colour_frame(self.plot_widget, self.legend, background, ink)
        self.zero_line.setPen(pg.mkPen(mix(ink, background, 0.6), width=1))
        marker = text(BLACK)
        self.current_line.setPen(pg.mkPen(marker, width=1.5, style=Qt.PenStyle.DotLine))
        self.break_even_marker.setPen(pg.mkPen(marker))
        self.current_label.setColor(ink)
        self.break_even_label.setColor(text(VERMILLION))
        self.gap_label.setColor(text(GAP))
        for sample, _ in self.legend.items:
            sample.update()


def _signed(fraction: float) -> str:
    """A difference of growth rates in percentage points, with its sign: −10.75."""
    sign = "+" if fraction >= 0 else "−"
    return f"{sign}{formatting.number(abs(fraction) * 100, 2)}"
