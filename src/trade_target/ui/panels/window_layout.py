"""Where the panels sit in the window: the verdict across the top; below it the inputs column
on the left and, on the right, the charts above the tables, with dividers the user moves
(remembered by name: ui.window_size)."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QSplitter, QVBoxLayout, QWidget


def side_column(*panels: QWidget) -> QScrollArea:
    """The panels one under another, scrolling when the window is too short for them."""
    column = QWidget()
    layout = QVBoxLayout(column)
    for panel in panels:
        layout.addWidget(panel)
    layout.addStretch(1)
    scroll = QScrollArea()
    scroll.setWidgetResizable(True)
    scroll.setWidget(column)
    scroll.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    scroll.setMinimumWidth(420)
    # Tab goes straight to the controls inside; the area scrolls to the one with focus.
    scroll.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    return scroll


def arrange(
    banner: QWidget, column: QWidget, charts: QWidget, tables: QWidget
) -> tuple[QWidget, tuple[QSplitter, ...]]:
    """The window's central widget, and its dividers (each named, for the settings)."""
    right = QSplitter(Qt.Orientation.Vertical)
    right.setObjectName("chartAndTables")
    right.addWidget(charts)
    right.addWidget(tables)
    right.setStretchFactor(0, 1)
    right.setStretchFactor(1, 1)
    right.setSizes([440, 320])

    splitter = QSplitter(Qt.Orientation.Horizontal)
    splitter.setObjectName("inputsAndResults")
    splitter.addWidget(column)
    splitter.addWidget(right)
    splitter.setStretchFactor(1, 1)
    splitter.setSizes([420, 860])
    # The verdict across the top, above the inputs and the results.
    central = QWidget()
    central_layout = QVBoxLayout(central)
    central_layout.setContentsMargins(0, 0, 0, 0)
    central_layout.setSpacing(0)
    central_layout.addWidget(banner)
    central_layout.addWidget(splitter, 1)
    return central, (splitter, right)
