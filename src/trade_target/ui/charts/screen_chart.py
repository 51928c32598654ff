"""What a chart on screen does that a chart drawn for a file never needs, written once for
the three charts of the window.

It takes the system palette's colours (light, dark or high contrast) from the first time it
is shown and follows them when they change; until then it keeps the paper look it was made
in. It says every text again when the language changes. And a redraw asked of it while it
is out of sight (another tab in front) waits until it is shown: the rate and the years are
typed far more often than a chart's tab is looked at.

Each chart's own guarded showEvent and changeEvent hand their event here (catch_up,
follow_change); the chart provides follow_palette, retranslate and, if it ever waits, redraw.
"""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QEvent
from PySide6.QtWidgets import QWidget


class ScreenChart(QWidget):
    """A chart's widget in the window, following the screen's palette and language."""

    retranslates_out_of_sight: ClassVar[bool] = True
    """False for a chart whose texts are drawn with its lines (the trajectory chart): out of
    sight, its new language then waits until it is shown."""

    # What waits for the chart to be seen. retranslate() and redraw() set theirs back to
    # False, as they may also be called directly.
    _follows_palette = False  # the paper look until the first showing (or follow_palette_now)
    _language_unseen = False
    _out_of_date = False

    def follow_palette(self) -> None:
        """The chart in the palette's colours (Base behind, Text for the ink)."""
        raise NotImplementedError

    def retranslate(self) -> None:
        """Every text in the language now installed."""
        raise NotImplementedError

    def redraw(self) -> None:
        """Draw what the chart shows as the document is now."""
        raise NotImplementedError

    def follow_palette_now(self) -> None:
        """The palette's colours from now on, without waiting to be shown."""
        self._follows_palette = True
        self.follow_palette()

    def redraw_when_seen(self) -> None:
        """Redraw now if the chart is on screen, else when it is next shown."""
        if self.isVisible():
            self.redraw()
        else:
            self._out_of_date = True

    def catch_up(self) -> None:
        """On being shown, before Qt's own showEvent: the palette from now on, then whatever
        waited for the chart to be seen."""
        if not self._follows_palette:
            self.follow_palette_now()
        if self._language_unseen:
            self.retranslate()
        if self._out_of_date:
            self.redraw()

    def follow_change(self, event: QEvent) -> None:
        """After Qt's own changeEvent: a new palette or a new language."""
        if event.type() == QEvent.Type.PaletteChange and self._follows_palette:
            self.follow_palette()
        elif event.type() == QEvent.Type.LanguageChange:
            if self.retranslates_out_of_sight or self.isVisible():
                self.retranslate()
            else:
                self._language_unseen = True
