"""The trajectory chart in the window: the chart the exports draw (render.charts.trajectory)
with what only a person at the screen needs. A read-out line under it gives a year's values
where the pointer is; it takes the system palette's colours and follows them (the exports
keep the paper look); it takes no mouse drags and has no menus; and a screen reader hears
its name and what it shows.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, Qt
from PySide6.QtGui import QPalette, QShowEvent
from PySide6.QtWidgets import QLabel, QSizePolicy, QWidget

from trade_target.core.i18n import translate
from trade_target.core.money import Currency
from trade_target.core.outlook import BANDS
from trade_target.core.scenario import Summary, TrajectoryRow
from trade_target.render import formatting, outlook_words
from trade_target.render.charts.trajectory import TrajectoryChart
from trade_target.render.guard import qt_guard
from trade_target.ui.charts.screen_chart import ScreenChart


class TrajectoryPlot(ScreenChart, TrajectoryChart):
    """The chart (objectName trajectoryPlot) with a read-out line under it."""

    # An edit redraws it at once; only its language waits while another tab is in front.
    retranslates_out_of_sight = False

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.plot_widget.setMinimumHeight(260)
        self.readout = QLabel(self)
        self.readout.setObjectName("plotReadout")
        # With overlays the read-out can outgrow the chart: it wraps rather than widen the window.
        self.readout.setWordWrap(True)
        self.readout.setTextFormat(Qt.TextFormat.PlainText)  # scenario names are the user's
        self.readout.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.layout().addWidget(self.readout)
        self._readout_year: int | None = None

        item = self.plot_widget.getPlotItem()
        item.setMenuEnabled(False)
        item.setMouseEnabled(x=False, y=False)
        scene = self.plot_widget.scene()
        scene.sigMouseMoved.connect(self._on_mouse_moved)
        # The chart has no menus; pyqtgraph's Export… action would never be shown.
        for action in scene.contextMenu:
            action.setParent(None)  # then only the list holds it, and it goes with the list
        scene.contextMenu = []
        self._say_what_it_is()
        self._show_readout()

    @qt_guard
    def showEvent(self, event: QShowEvent) -> None:
        self.catch_up()
        super().showEvent(event)

    @qt_guard
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        self.follow_change(event)

    def retranslate(self) -> None:
        """Every text in the current language: names, axis titles, legend, labels on the
        chart and the read-out, redrawn for the summary last shown."""
        self._language_unseen = False
        self._say_what_it_is()
        self.name_items()
        self._show_readout()

    def _say_what_it_is(self) -> None:
        self.plot_widget.setAccessibleName(translate("Plot", "Trade trajectory chart"))
        self.plot_widget.setAccessibleDescription(
            translate(
                "Plot",
                "Chart of the required path to the target, the path at the observed trend, the "
                "catch-up path from the latest figure, the target line and the reported "
                "figures, with the annual history and the chance bands when a history is "
                "imported. The same values are in the Year by year table below the chart.",
            )
        )

    def follow_palette(self) -> None:
        """The palette's Base and Text colours; overlays drawn again if the look changed
        (their labels take a shade that reads on the new background)."""
        palette = self.palette()
        look = self._look
        self._apply_look(
            palette.color(QPalette.ColorRole.Base),
            palette.color(QPalette.ColorRole.Text),
            on_screen=True,
        )
        if self._look != look and self._overlays:
            self.show_again()

    # The read-out --------------------------------------------------------------------------

    def _show_readout(self) -> None:
        year = self._readout_year
        text = self.readout_for_year(year) if year is not None else ""
        self.readout.setText(
            text or translate("Plot", "Point at the chart to read a year's values.")
        )

    def readout_for_year(self, year: int) -> str:
        """The read-out text for one year (also what hovering shows)."""
        if self._summary is None:
            return ""
        currency = self._currency
        usd = currency is Currency.USD
        parts = self._history_readout(year)
        row = _row(self._summary, year)
        if row is not None:
            required = row.required_usd if usd else row.required_myr
            trend = row.trend_usd if usd else row.trend_myr
            parts.append(
                translate("Plot", "required {required} · at observed trend {trend}").format(
                    required=formatting.money(required, currency),
                    trend=formatting.money(trend, currency),
                )
            )
        parts += self._outlook_readout(year)
        for overlay in self._overlays:
            row = _row(overlay.summary, year)
            if row is not None:
                value = row.required_usd if usd else row.required_myr
                parts.append(
                    translate("Plot", "{name}: {amount}").format(
                        name=overlay.name, amount=formatting.money(value, currency)
                    )
                )
        if not parts:
            return ""
        return translate("Plot", "{year}: {values}").format(year=year, values=" · ".join(parts))

    def _history_readout(self, year: int) -> list[str]:
        """The history's value in a year before the base year, as the chart shows it."""
        summary = self._summary
        if summary is None or year >= summary.base_year:
            return []
        value = dict(self._extras.history).get(year)
        if value is None:
            return []
        amount = formatting.money(summary.in_currency(value, self._currency), self._currency)
        return [translate("Plot", "history {amount}").format(amount=amount)]

    def _outlook_readout(self, year: int) -> list[str]:
        """The catch-up path's value, and the fan's 10–90 % band, in a year they reach."""
        summary, currency = self._summary, self._currency
        if summary is None or not summary.latest_year < year <= summary.target_year:
            return []
        parts = []
        if summary.catch_up_growth is not None:
            value = summary.latest_estimate_usd * (1 + summary.catch_up_growth) ** (
                year - summary.latest_year
            )
            parts.append(
                translate("Plot", "catch-up {amount}").format(
                    amount=formatting.money(summary.in_currency(value, currency), currency)
                )
            )
        found = self._extras.outlook
        fan_year = next((row for row in found.fan if row.year == year), None) if found else None
        if fan_year is not None:
            low, high = (summary.in_currency(value, currency) for value in fan_year.bands[0])
            parts.append(
                translate("Plot", "{band} band {low}–{high}").format(
                    band=outlook_words.band_words(*BANDS[0]),
                    low=formatting.money(low, currency),
                    high=formatting.money(high, currency),
                )
            )
        return parts

    def _on_mouse_moved(self, scene_pos: QPointF) -> None:
        view = self.plot_widget.getPlotItem().getViewBox()
        if not view.sceneBoundingRect().contains(scene_pos):
            return
        year = round(view.mapSceneToView(scene_pos).x())
        text = self.readout_for_year(year)
        if text:
            self._readout_year = year
            self.readout.setText(text)


def _row(summary: Summary, year: int) -> TrajectoryRow | None:
    return next((row for row in summary.trajectory if row.year == year), None)
