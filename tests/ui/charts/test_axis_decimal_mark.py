"""The charts' tick numbers in the language's decimal mark: "3,5" and "4,0" on the Turkish
exchange-rate axis, never "3.5" (issue 14)."""

from __future__ import annotations

import re

import pyqtgraph as pg
from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtGui import QImage, QPainter
from PySide6.QtWidgets import QLineEdit

from trade_target import translations

DECIMAL = re.compile(r"\d[.,]\d")


def settle(qtbot) -> None:  # type: ignore[no-untyped-def]
    QCoreApplication.processEvents()
    QCoreApplication.sendPostedEvents()
    qtbot.wait(10)


def switch_to_turkish(qtbot) -> None:  # type: ignore[no-untyped-def]
    assert translations.use("tr"), "the tr translations are not compiled"
    settle(qtbot)


def drawn_ticks(axis: pg.AxisItem) -> list[str]:
    """The tick texts the axis draws now, at its size and range."""
    image = QImage(8, 8, QImage.Format.Format_ARGB32)
    painter = QPainter(image)
    try:
        _, _, texts = axis.generateDrawSpecs(painter)
    finally:
        painter.end()
    return [text for _, _, text in texts]


def open_tab(qtbot, window, page: str) -> None:  # type: ignore[no-untyped-def]
    tabs = window.charts
    index = next(i for i in range(tabs.count()) if tabs.widget(i).objectName() == page)
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
    assert tabs.currentIndex() == index
    settle(qtbot)


def type_into(qtbot, window, name: str, text: str) -> None:  # type: ignore[no-untyped-def]
    field = window.findChild(QLineEdit, name)
    field.setFocus()
    field.selectAll()
    qtbot.keyClicks(field, text)
    qtbot.keyClick(field, Qt.Key.Key_Return)
    settle(qtbot)


def test_the_exchange_rate_axis_writes_turkish_decimal_commas(qtbot, window):
    switch_to_turkish(qtbot)
    open_tab(qtbot, window, "sensitivityPage")
    axis = window.sensitivity_panel.plot_widget.getPlotItem().getAxis("bottom")
    ticks = drawn_ticks(axis)
    fractional = [text for text in ticks if DECIMAL.search(text)]
    assert fractional, ticks  # the rates round 4.3089 are written with decimals
    assert all("," in text and "." not in text for text in fractional), ticks
    # The same texts asked of the axis for ticks it might show: 3.5 and 4.0.
    assert axis.tickStrings([3.5, 4.0], 1.0, 0.5) == ["3,5", "4,0"]


def test_english_keeps_the_decimal_point(qtbot, window):
    open_tab(qtbot, window, "sensitivityPage")
    axis = window.sensitivity_panel.plot_widget.getPlotItem().getAxis("bottom")
    assert axis.tickStrings([3.5, 4.0], 1.0, 0.5) == ["3.5", "4.0"]


def test_the_trajectory_amount_axis_writes_turkish_decimal_commas(qtbot, window):
    """Small amounts (US$0.05 bn a year, a target of 0.02) give fractional ticks."""
    window.document.edit_figure("trade_2024", "value", 0.05)
    window.document.edit_figure("trade_2025_jan_nov", "value", 0.2)
    switch_to_turkish(qtbot)
    type_into(qtbot, window, "targetInput", "0,02")
    assert window.document.inputs.target_value == 0.02
    ticks = drawn_ticks(window.plot.plot_widget.getPlotItem().getAxis("left"))
    fractional = [text for text in ticks if DECIMAL.search(text)]
    assert fractional, ticks
    assert all("," in text and "." not in text for text in fractional), ticks
