"""A scroll area's viewport, found without the cost of asking for it by name.

PySide turns the `QWidget *` that `viewport()` returns into a Python object by trying every
widget class it knows, which makes each of them, enums and all, the first time it happens in
the process: about 10 ms, before the window's first paint if a panel asks then. Looked up
among the view's children instead, the same widget comes back through the QObject path, by
its class name, at no such cost.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QAbstractScrollArea, QWidget

VIEWPORT_NAME = "qt_scrollarea_viewport"  # the name QAbstractScrollArea gives its viewport


def viewport_of(view: QAbstractScrollArea) -> QWidget:
    """`view.viewport()`; that call itself only if the widget is not where Qt puts it."""
    found = view.findChild(QWidget, VIEWPORT_NAME, Qt.FindChildOption.FindDirectChildrenOnly)
    return found if found is not None else view.viewport()
