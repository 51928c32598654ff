"""The verdict across the top of the window: the answer in one sentence, before any number.

The words carry the meaning; the icon's shape (a tick, a warning triangle, a cross) and the
tint repeat it for a glance. Text and icon are made readable on the tint (WCAG 4.5:1) from
whatever palette the system gives — light, dark or high contrast — and again when it changes.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QFont, QPainter, QPainterPath, QPalette, QPen, QPixmap, QPolygonF
from PySide6.QtWidgets import QApplication, QFrame, QHBoxLayout, QLabel, QSizePolicy, QWidget

from trade_target.core.growth import ProgressStatus
from trade_target.core.i18n import translate
from trade_target.core.verdict import Tone, Verdict, verdict
from trade_target.render.colours import is_dark, mix, readable
from trade_target.render.guard import qt_guard
from trade_target.ui.document import ScenarioDocument
from trade_target.ui.panels.summary import STATUS_COLOURS
from trade_target.ui.panels.wrapped_label import WrappedLabel

TINT_SHARE_LIGHT, TINT_SHARE_DARK = 0.14, 0.28  # how much of the hue the background takes


def hue_of(shown: Verdict, status: ProgressStatus) -> str:
    """The summary panel's colour for the rating; red whenever the target is out of reach."""
    if shown.tone is Tone.BAD:
        return STATUS_COLOURS[ProgressStatus.MOVING_AWAY]
    return STATUS_COLOURS[status]


def banner_colours(hue: str, palette: QPalette) -> tuple[QColor, QColor]:
    """(background, text) for a hue on a system palette: a tint of the window's colour, and
    the hue made readable on it."""
    window = palette.color(QPalette.ColorRole.Window)
    share = TINT_SHARE_DARK if is_dark(palette) else TINT_SHARE_LIGHT
    background = mix(window, hue, share)
    return background, readable(hue, background)


class VerdictBanner(QFrame):
    """objectName verdictBanner: an icon and the verdict sentence (verdictText)."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("verdictBanner")
        self._document = document
        self._shown: Verdict | None = None
        self._hue = STATUS_COLOURS[ProgressStatus.MET]
        self._colouring = False
        self._drawn: tuple[object, ...] = ()
        self.setAutoFillBackground(True)
        self.setFrameShape(QFrame.Shape.NoFrame)
        self.setSizePolicy(QSizePolicy.Policy.Preferred, QSizePolicy.Policy.Maximum)
        self.icon = QLabel(self)
        self.icon.setObjectName("verdictIcon")
        self.icon.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignHCenter)
        self.text = WrappedLabel(self)
        self.text.setObjectName("verdictText")
        self.text.setAlignment(Qt.AlignmentFlag.AlignLeft | Qt.AlignmentFlag.AlignTop)
        self.text.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.text.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Preferred)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(10, 6, 10, 6)
        layout.setSpacing(10)
        layout.addWidget(self.icon, 0, Qt.AlignmentFlag.AlignTop)
        layout.addWidget(self.text, 1)
        self._scale_font()
        document.changed.connect(self.refresh)
        self.refresh()

    @property
    def sentence(self) -> str:
        return self.text.text()

    @property
    def tone(self) -> Tone | None:
        return None if self._shown is None else self._shown.tone

    def refresh(self) -> None:
        """The document's verdict, in the language and currency now chosen."""
        summary = self._document.summary
        shown = verdict(summary, self._document.currency, self._document.outlook)
        self._shown = shown
        self._hue = hue_of(shown, summary.status)
        self.text.setText(shown.sentence)
        for named in (self, self.text):  # the text can take focus, to select and copy it
            named.setAccessibleName(translate("VerdictBanner", "Verdict"))
            named.setAccessibleDescription(shown.sentence)
        self.icon.setAccessibleName(_tone_words(shown.tone))
        self._apply_colours()

    def _apply_colours(self) -> None:
        """Tint and text from the application's palette (not our own, which we set)."""
        if self._colouring:
            return
        self._colouring = True
        try:
            background, ink = banner_colours(self._hue, QApplication.palette(self))
            palette = QPalette(self.palette())
            palette.setColor(QPalette.ColorRole.Window, background)
            for role in (QPalette.ColorRole.WindowText, QPalette.ColorRole.Text):
                palette.setColor(role, ink)
            if palette != self.palette():
                self.setPalette(palette)
            drawn = (self.tone, ink.rgba(), background.rgba(), self.text.fontMetrics().height())
            if drawn != self._drawn:  # most edits keep the rating: no need to draw it again
                self._drawn = drawn
                self._draw_icon(ink, background)
        finally:
            self._colouring = False

    def _draw_icon(self, ink: QColor, background: QColor) -> None:
        side = round(self.text.fontMetrics().height() * 1.3)
        ratio = self.devicePixelRatioF() or 1.0
        pixmap = QPixmap(round(side * ratio), round(side * ratio))
        pixmap.setDevicePixelRatio(ratio)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        try:
            painter.setRenderHint(QPainter.RenderHint.Antialiasing)
            _paint_sign(painter, QRectF(0, 0, side, side), self.tone or Tone.GOOD, ink, background)
        finally:
            painter.end()
        self.icon.setPixmap(pixmap)
        self.icon.setFixedWidth(side)

    def _scale_font(self) -> None:
        font = QFont(self.font())
        font.setPointSizeF(font.pointSizeF() * 1.08)
        font.setBold(True)
        self.text.setFont(font)

    @qt_guard
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        kind = event.type()
        if kind == QEvent.Type.LanguageChange:
            self.refresh()
        elif kind == QEvent.Type.FontChange:
            self._scale_font()
            self._apply_colours()
        elif kind in (QEvent.Type.PaletteChange, QEvent.Type.ApplicationPaletteChange):
            self._apply_colours()


def _tone_words(tone: Tone) -> str:
    """What the icon shows, for a screen reader that announces images."""
    if tone is Tone.GOOD:
        return translate("VerdictBanner", "Tick")
    if tone is Tone.WARNING:
        return translate("VerdictBanner", "Warning")
    return translate("VerdictBanner", "Cross")


def _paint_sign(painter: QPainter, rect: QRectF, tone: Tone, ink: QColor, mark: QColor) -> None:
    """A tick in a disc, an exclamation mark in a triangle, or a cross in a disc."""
    side = rect.width()
    painter.setPen(Qt.PenStyle.NoPen)
    painter.setBrush(ink)
    if tone is Tone.WARNING:
        painter.drawPolygon(
            QPolygonF(
                [
                    QPointF(side * 0.5, side * 0.04),
                    QPointF(side * 0.98, side * 0.94),
                    QPointF(side * 0.02, side * 0.94),
                ]
            )
        )
    else:
        painter.drawEllipse(rect.adjusted(1, 1, -1, -1))
    pen = QPen(mark, max(1.5, side * 0.12))
    pen.setCapStyle(Qt.PenCapStyle.RoundCap)
    pen.setJoinStyle(Qt.PenJoinStyle.RoundJoin)
    painter.setPen(pen)
    painter.setBrush(Qt.BrushStyle.NoBrush)
    path = QPainterPath()
    if tone is Tone.GOOD:
        path.moveTo(side * 0.28, side * 0.52)
        path.lineTo(side * 0.44, side * 0.68)
        path.lineTo(side * 0.73, side * 0.35)
    elif tone is Tone.WARNING:
        path.moveTo(side * 0.5, side * 0.36)
        path.lineTo(side * 0.5, side * 0.62)
        painter.drawPoint(QPointF(side * 0.5, side * 0.79))
    else:
        path.moveTo(side * 0.33, side * 0.33)
        path.lineTo(side * 0.67, side * 0.67)
        path.moveTo(side * 0.67, side * 0.33)
        path.lineTo(side * 0.33, side * 0.67)
    painter.drawPath(path)
