"""Where the trajectory chart goes, on screen before the plotting library is loaded.

Importing pyqtgraph (and numpy with it) takes about half a second, most of what a plain
window with a plot costs to start. The window paints first, with this slot's quiet
placeholder (the chart's background colour and size, nothing written in it) where the chart
will be. In the first idle moment after that first paint, the slot imports the chart, lets
the window draw the current scenario on it while it is still hidden, and swaps it in with the
slot's painting held back, so the placeholder gives way to a finished chart in one repaint:
no flicker, no jump in the layout, never a number that is not the document's.

Anything that needs the chart sooner (a test, an export of the screen) asks for `chart()`,
which makes it there and then.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QObject, QTimer, Signal
from PySide6.QtGui import QPalette
from PySide6.QtWidgets import QVBoxLayout, QWidget

from trade_target.render.guard import qt_guard

if TYPE_CHECKING:
    from trade_target.ui.charts.trajectory import TrajectoryPlot

CHART_MINIMUM_HEIGHT = 260  # the plot's own; the read-out line comes under it
IF_NEVER_PAINTED_MS = 400
"""When the placeholder is not in sight (another chart tab was in front), the chart is made
this long after the window is shown instead: still after the first paint, never skipped."""


class TrajectorySlot(QWidget):
    """The trajectory tab's page: the placeholder until the chart is made, then the chart."""

    chart_made = Signal()
    """The chart has replaced the placeholder (the window's tab order takes it in)."""

    def __init__(
        self, prepare: Callable[[TrajectoryPlot], None], parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("trajectorySlot")
        self._prepare = prepare
        self._chart: TrajectoryPlot | None = None
        self._layout = QVBoxLayout(self)
        self._layout.setContentsMargins(0, 0, 0, 0)
        self.placeholder = QWidget(self)
        self.placeholder.setObjectName("trajectoryPlaceholder")
        self.placeholder.setBackgroundRole(QPalette.ColorRole.Base)  # the chart's background
        self.placeholder.setAutoFillBackground(True)
        self.placeholder.setMinimumHeight(
            CHART_MINIMUM_HEIGHT + self.fontMetrics().lineSpacing() + self._layout.spacing()
        )
        self._layout.addWidget(self.placeholder)
        self._scheduled = False
        self.placeholder.installEventFilter(self)

    @property
    def made(self) -> bool:
        return self._chart is not None

    def chart(self) -> TrajectoryPlot:
        """The chart, made now if it was not yet."""
        if self._chart is None:
            from trade_target.ui.charts.trajectory import TrajectoryPlot

            chart = TrajectoryPlot(self)
            chart.hide()
            self._prepare(chart)  # the document's figures, before anyone sees it
            self.setUpdatesEnabled(False)  # one repaint shows the finished chart
            try:
                self._layout.replaceWidget(self.placeholder, chart)
                self.placeholder.removeEventFilter(self)
                self.placeholder.hide()
                self.placeholder.deleteLater()
                chart.show()
            finally:
                self.setUpdatesEnabled(True)
            self._chart = chart
            self.chart_made.emit()
        return self._chart

    def make_after_first_paint(self) -> None:
        """Called when the window is shown: if the placeholder is never painted (it is not
        in sight), the chart is still made, a moment later."""
        if not self._scheduled:
            QTimer.singleShot(IF_NEVER_PAINTED_MS, self._make_soon)

    def _make_soon(self) -> None:
        if self._chart is None:
            self.chart()

    @qt_guard(fallback=False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if not self._scheduled and event.type() == QEvent.Type.Paint:
            # A zero-delay timer fires once this whole paint pass is on screen.
            self._scheduled = True
            QTimer.singleShot(0, self._make_soon)
        return False
