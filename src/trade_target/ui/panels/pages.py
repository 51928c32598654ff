"""Tab pages filled when first shown: a panel seldom opened first costs no start-up time."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QScrollArea, QVBoxLayout, QWidget


def empty_page(name: str) -> QWidget:
    """An empty tab page, filled when the tab is first shown."""
    page = QWidget()
    page.setObjectName(name)
    layout = QVBoxLayout(page)
    layout.setContentsMargins(0, 0, 0, 0)
    return page


def scrolled(panel: QWidget) -> QScrollArea:
    """A tab's page that scrolls when the window is made smaller than the panel needs, so
    that no panel decides how small the window may be."""
    area = QScrollArea()
    area.setObjectName(f"{panel.objectName()}Page")
    area.setWidgetResizable(True)
    area.setFrameShape(QScrollArea.Shape.NoFrame)
    area.setFocusPolicy(Qt.FocusPolicy.NoFocus)
    area.setWidget(panel)
    return area


def fill(page: QWidget, panel: QWidget) -> None:
    """Put `panel`, scrolling, on its empty `page`, and show it now (not when the layout
    gets round to it)."""
    area = scrolled(panel)
    page.layout().addWidget(area)
    area.show()
