"""Every kind of Qt virtual raising, for test_qt_guard.py, in a process of its own.

Run as `python guard_child.py`. Each kind is a small override that raises, decorated with
qt_guard as ours are, and driven through Qt as a person would (showing, painting, typing,
clicking) or as Qt itself calls it (a model's data through QAbstractItemModel::itemData).
The application's error reporter is installed as app.run installs it, with the dialog
replaced by a report. One line per event, "EVENT {json}", flushed:
  KIND      {"kind", "survived", ...what the fallback did}
  DIALOG    {"text", "details", "inside_override"}
A crash ends the process with a negative code; the last KIND line says how far it got.
"""

from __future__ import annotations

import json
import sys
from collections.abc import Callable, Iterator
from contextlib import contextmanager
from typing import Any

from PySide6.QtCore import QAbstractTableModel, QEvent, QModelIndex, QObject, QSize, Qt
from PySide6.QtGui import QCloseEvent, QKeyEvent, QPainter, QUndoCommand, QUndoStack, QValidator
from PySide6.QtTest import QTest
from PySide6.QtWidgets import (
    QApplication,
    QGraphicsRectItem,
    QGraphicsScene,
    QGraphicsView,
    QLineEdit,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTableView,
    QWidget,
)

from trade_target.render import guard
from trade_target.render.guard import BASE, IGNORE, qt_guard
from trade_target.ui import app
from trade_target.ui.actions import dialogs

inside = 0  # how many raising overrides are running now


def report(event: str, **details: object) -> None:
    print(f"{event} {json.dumps(details)}", flush=True)


def show_error(parent: object, title: str, text: str, details: str = "") -> None:
    report("DIALOG", text=text, details=details, inside_override=inside)


@contextmanager
def raising() -> Iterator[None]:
    """Count the override as running while it raises; the dialog must wait until it is not."""
    global inside
    inside += 1
    try:
        yield
    finally:
        inside -= 1


def fail(where: str) -> None:
    with raising():
        raise OverflowError(f"raised in {where}")


class Showing(QWidget):
    @qt_guard
    def showEvent(self, event: Any) -> None:
        fail("showEvent")


class Painting(QWidget):
    @qt_guard
    def paintEvent(self, event: Any) -> None:
        fail("paintEvent")


class Sized(QWidget):
    @qt_guard(fallback=BASE)
    def sizeHint(self) -> QSize:
        fail("sizeHint")
        return QSize(1, 1)


class Closing(QWidget):
    @qt_guard(fallback=IGNORE)
    def closeEvent(self, event: QCloseEvent) -> None:
        fail("closeEvent")


class Edit(QLineEdit):
    @qt_guard(fallback=BASE)
    def event(self, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            fail("event")
        return super().event(event)


class KeyEdit(QLineEdit):
    @qt_guard
    def keyPressEvent(self, event: QKeyEvent) -> None:
        fail("keyPressEvent")


class Item(QGraphicsRectItem):
    @qt_guard
    def paint(self, painter: QPainter, option: Any, widget: Any = None) -> None:
        fail("paint")


class Model(QAbstractTableModel):
    """Two by two; the method named `broken` raises."""

    def __init__(self, broken: str) -> None:
        super().__init__()
        self.broken = broken
        self.values = {(0, 0): "a", (0, 1): "b", (1, 0): "c", (1, 1): "d"}

    def _maybe_fail(self, name: str) -> None:
        if name == self.broken:
            fail(name)

    @qt_guard(fallback=0)
    def rowCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        self._maybe_fail("rowCount")
        return 0 if parent.isValid() else 2

    @qt_guard(fallback=0)
    def columnCount(self, parent: QModelIndex = QModelIndex()) -> int:  # noqa: B008
        return 0 if parent.isValid() else 2

    @qt_guard
    def data(self, index: QModelIndex, role: int = Qt.ItemDataRole.DisplayRole) -> Any:
        self._maybe_fail("data")
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.EditRole):
            return self.values[index.row(), index.column()]
        return None

    @qt_guard
    def headerData(self, section: int, orientation: Qt.Orientation, role: int = 0) -> Any:
        self._maybe_fail("headerData")
        return f"H{section}" if role == Qt.ItemDataRole.DisplayRole else None

    @qt_guard(fallback=Qt.ItemFlag.NoItemFlags)
    def flags(self, index: QModelIndex) -> Qt.ItemFlag:
        self._maybe_fail("flags")
        return super().flags(index) | Qt.ItemFlag.ItemIsEditable

    @qt_guard(fallback=False)
    def setData(self, index: QModelIndex, value: Any, role: int = Qt.ItemDataRole.EditRole) -> bool:
        self._maybe_fail("setData")
        self.values[index.row(), index.column()] = value
        self.dataChanged.emit(index, index)
        return True


class Delegate(QStyledItemDelegate):
    @qt_guard
    def paint(self, painter: QPainter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        fail("delegate paint")

    @qt_guard
    def createEditor(self, parent: QWidget, option: Any, index: QModelIndex) -> QWidget | None:
        fail("createEditor")
        return None


class Command(QUndoCommand):
    @qt_guard
    def redo(self) -> None:
        fail("redo")

    @qt_guard
    def undo(self) -> None:
        fail("undo")


class Filter(QObject):
    @qt_guard(fallback=False)
    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.KeyPress:
            fail("eventFilter")
        return False


class Validator(QValidator):
    @qt_guard(fallback=QValidator.State.Invalid)
    def validate(self, text: str, position: int) -> object:
        fail("validate")
        return QValidator.State.Acceptable


def settle() -> None:
    """Let the guard's hand-over to the error dialog run."""
    for _ in range(3):
        QApplication.processEvents()


def table(model: Model) -> QTableView:
    view = QTableView()
    view.setModel(model)
    view.resize(300, 200)
    view.show()
    QTest.qWaitForWindowExposed(view)
    return view


def double_click(view: QTableView, index: QModelIndex) -> None:
    centre = view.visualRect(index).center()
    QTest.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)
    QTest.mouseDClick(view.viewport(), Qt.MouseButton.LeftButton, pos=centre)


def kinds() -> Iterator[tuple[str, Callable[[], dict[str, object]]]]:
    def show_event() -> dict[str, object]:
        widget = Showing()
        widget.show()
        return {"visible": widget.isVisible()}

    def paint_event() -> dict[str, object]:
        widget = Painting()
        widget.show()
        QTest.qWaitForWindowExposed(widget)
        widget.repaint()
        widget.repaint()  # the same error again: shown once
        return {}

    def size_hint() -> dict[str, object]:
        sized = Sized()
        sized.adjustSize()  # Qt asks the size hint
        return {"size": sized.sizeHint().toTuple()}

    def close_event() -> dict[str, object]:
        widget = Closing()
        widget.show()
        closed = widget.close()
        return {"closed": closed, "visible": widget.isVisible()}

    def event() -> dict[str, object]:
        edit = Edit()
        edit.show()
        QTest.keyClicks(edit, "ab")
        return {"text": edit.text()}

    def key_press() -> dict[str, object]:
        edit = KeyEdit()
        edit.show()
        QTest.keyClicks(edit, "ab")
        return {"text": edit.text()}

    def item_paint() -> dict[str, object]:
        scene = QGraphicsScene()
        scene.addItem(Item(0, 0, 50, 50))
        view = QGraphicsView(scene)
        view.show()
        QTest.qWaitForWindowExposed(view)
        view.viewport().repaint()
        return {}

    def model_method(name: str) -> Callable[[], dict[str, object]]:
        def drive() -> dict[str, object]:
            model = Model(name)
            view = table(model)
            view.viewport().repaint()
            view.horizontalHeader().viewport().repaint()
            index = model.index(0, 0)
            result: dict[str, object] = {
                "has_index": model.hasIndex(0, 0),  # Qt's own, which asks rowCount
                "rows_shown": view.verticalHeader().count(),
            }
            if name == "data":  # Qt's own itemData asks the model's data for each role
                result["item_data"] = dict(QAbstractTableModel.itemData(model, index))
            if name in ("flags", "setData"):  # a person edits a cell: double-click, type
                double_click(view, index)
                result["editing"] = view.state() == QTableView.State.EditingState
                editor = view.viewport().findChild(QLineEdit)
                if editor is not None:
                    QTest.keyClicks(editor, "typed")
                    QTest.keyClick(editor, Qt.Key.Key_Return)
                    settle()  # the delegate commits the typed text a moment later
                result["cell"] = model.values[0, 0]
            return result

        return drive

    def delegate() -> dict[str, object]:
        view = table(Model(""))
        view.setItemDelegate(Delegate(view))
        view.viewport().repaint()
        double_click(view, view.model().index(1, 1))
        return {"editing": view.state() == QTableView.State.EditingState}

    def undo_command() -> dict[str, object]:
        stack = QUndoStack()
        stack.push(Command("edit"))
        stack.undo()
        return {"count": stack.count()}

    def event_filter() -> dict[str, object]:
        edit = QLineEdit()
        edit.installEventFilter(Filter(edit))
        edit.show()
        QTest.keyClicks(edit, "ab")
        return {"text": edit.text()}

    def validator() -> dict[str, object]:
        edit = QLineEdit()
        edit.setValidator(Validator(edit))
        edit.show()
        QTest.keyClicks(edit, "ab")
        return {"text": edit.text()}

    yield "showEvent", show_event
    yield "paintEvent", paint_event
    yield "sizeHint", size_hint
    yield "closeEvent", close_event
    yield "event", event
    yield "keyPressEvent", key_press
    yield "QGraphicsItem.paint", item_paint
    for name in ("rowCount", "data", "headerData", "flags", "setData"):
        yield f"model {name}", model_method(name)
    yield "delegate paint and createEditor", delegate
    yield "QUndoCommand redo and undo", undo_command
    yield "eventFilter", event_filter
    yield "QValidator.validate", validator


def main() -> None:
    application = QApplication(sys.argv[:1])
    dialogs.show_error = show_error
    sys.excepthook = app.error_reporter(None)
    kept: list[object] = []  # widgets stay alive until the end, as a window's would
    for kind, drive in kinds():
        report("START", kind=kind)
        result = drive()
        settle()
        caught = [f"{type(error).__name__}: {error}" for error in guard.take_caught()]
        report("KIND", kind=kind, survived=True, caught=caught, **result)
        kept.append(result)
    for widget in application.topLevelWidgets():
        widget.hide()
    report("DONE")


main()
