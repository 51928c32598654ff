"""The charts, one tab each: the trajectory, the exchange-rate sensitivity and the monthly
figures. The last two are made when first looked at: each is a chart of its own, which
would cost every start-up time for a tab seldom opened first."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QTabWidget, QWidget

from trade_target.core.i18n import translate
from trade_target.ui.panels.pages import empty_page, fill

KINDS = ("sensitivity", "monthly")
MakePanel = Callable[[str], QWidget]
"""Makes the panel of a chart tab, given its kind; the panel has a `focus_order`."""


class ChartTabs(QTabWidget):
    """One chart at a time; the trajectory chart comes made, the others on first sight
    (by `make_panel`: the window knows the chart panels, the tabs only their places)."""

    panel_made = Signal()
    """A chart was made on first sight: the window's tab order takes it in."""

    def __init__(
        self, trajectory: QWidget, make_panel: MakePanel, parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("chartTabs")
        self._trajectory = trajectory
        self._make_panel = make_panel
        self.addTab(trajectory, "")
        self._pages = {kind: empty_page(f"{kind}Page") for kind in KINDS}
        self._panels: dict[str, QWidget] = {}
        for page in self._pages.values():
            self.addTab(page, "")
        self.currentChanged.connect(self._make_shown_chart)

    def panel(self, kind: str) -> QWidget:
        """The chart tab's panel, made on first use (it follows the document from then on)."""
        if kind not in self._panels:
            panel = self._make_panel(kind)
            fill(self._pages[kind], panel)
            self._panels[kind] = panel
            self.panel_made.emit()
        return self._panels[kind]

    @property
    def focus_order(self) -> list[QWidget]:
        """The tabs, then the controls of each chart made so far, for the window's tab order."""
        made = self._panels.values()
        return [self, *(w for panel in made for w in panel.focus_order)]  # type: ignore[attr-defined]

    def _make_shown_chart(self, index: int) -> None:
        for kind, page in self._pages.items():
            if self.widget(index) is page:
                self.panel(kind)

    def retranslate(self) -> None:
        """The tabs' names and tips, in the current language (each chart sees to its own)."""
        for page, name, tip in (
            (
                self._trajectory,
                translate("MainWindow", "Trajectory"),
                translate("MainWindow", "The required path against the observed trend, by year"),
            ),
            (
                self._pages["sensitivity"],
                translate("MainWindow", "Exchange rate"),
                translate(
                    "MainWindow",
                    "Required and observed growth across a range of exchange rates",
                ),
            ),
            (
                self._pages["monthly"],
                translate("MainWindow", "Monthly"),
                translate(
                    "MainWindow",
                    "Imported monthly figures against the cumulative required pace",
                ),
            ),
        ):
            index = self.indexOf(page)
            self.setTabText(index, name)
            self.setTabToolTip(index, tip)
        self.setAccessibleName(translate("MainWindow", "Charts"))
        self.setAccessibleDescription(
            translate(
                "MainWindow",
                "The trajectory chart, the exchange-rate sensitivity and the monthly figures. "
                "Ctrl+Tab moves to the next chart.",
            )
        )
        self.tabBar().setAccessibleName(translate("MainWindow", "Charts"))
        self.tabBar().setAccessibleDescription(
            translate("MainWindow", "Choose a chart with the Left and Right arrows")
        )
