"""An exception never crosses into Qt: every Qt virtual we override runs under render.guard.

Under PySide6 an exception escaping an override can kill the process (the crash is in
PySide's own error path, so the error dialog never shows). Two checks:
- every kind of override raising, driven through Qt in a child process (guard_child.py),
  leaves the process alive, shows the error dialog's plain sentence once the override has
  returned, and gives Qt the fallback (a refused close, an unchanged cell, no editor);
- a walk of src/trade_target/ui and render finds every method that overrides a Qt virtual and fails
  on one without @qt_guard, or whose fallback is not of the type Qt expects back.
"""

from __future__ import annotations

import ast
import importlib
import json
import os
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import PySide6
import pytest
from pyqtgraph import AxisItem

import trade_target.render
import trade_target.ui

CHILD = Path(__file__).with_name("guard_child.py")
UI = Path(trade_target.ui.__file__).parent
RENDER = Path(trade_target.render.__file__).parent
PACKAGE = UI.parent
TIMEOUT = 120
SOMETHING_WENT_WRONG = (
    "Something went wrong. Your inputs are unchanged; the last good result stays on screen."
)
# pyqtgraph calls these from its own AxisItem.paint, which has no guard of its own.
PAINTED_BY_PYQTGRAPH = {"tickStrings", "tickValues", "tickSpacing", "generateDrawSpecs"}
QT_MODULES = ("QtCore", "QtGui", "QtWidgets", "QtSvg", "QtPrintSupport")
# Qt methods of these names are not virtual (QLabel::setText is a plain slot): Qt never calls
# an override of one, only our own code does, and that code gets its exceptions as usual.
NOT_VIRTUAL = {"setText"}


# Every kind, raising --------------------------------------------------------------------


@pytest.fixture(scope="module")
def child_run() -> tuple[int, list[tuple[str, dict]], str]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "PYTHONFAULTHANDLER": "1"}
    done = subprocess.run(
        [sys.executable, str(CHILD)],
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=TIMEOUT,
    )
    events = []
    for line in done.stdout.splitlines():
        name, _, details = line.partition(" ")
        events.append((name, json.loads(details)))
    return done.returncode, events, done.stderr


def by_kind(events: list[tuple[str, dict]]) -> dict[str, tuple[dict, list[dict]]]:
    """Each kind's KIND report and the dialogs shown while it ran."""
    kinds: dict[str, tuple[dict, list[dict]]] = {}
    dialogs: list[dict] = []
    for name, details in events:
        if name == "START":
            dialogs = []
        elif name == "DIALOG":
            dialogs.append(details)
        elif name == "KIND":
            kinds[details["kind"]] = (details, dialogs)
    return kinds


def test_the_child_survives_every_kind(child_run):
    returncode, events, stderr = child_run
    started = [details["kind"] for name, details in events if name == "START"]
    assert returncode == 0, f"exit code {returncode} (-11 is a crash) in {started[-1:]}:\n{stderr}"
    assert events[-1] == ("DONE", {}), stderr
    assert "Fatal Python error" not in stderr


@pytest.mark.parametrize(
    ("kind", "raised_in"),
    [
        ("showEvent", "showEvent"),
        ("paintEvent", "paintEvent"),
        ("sizeHint", "sizeHint"),
        ("closeEvent", "closeEvent"),
        ("event", "event"),
        ("keyPressEvent", "keyPressEvent"),
        ("QGraphicsItem.paint", "paint"),
        ("model rowCount", "rowCount"),
        ("model data", "data"),
        ("model headerData", "headerData"),
        ("model flags", "flags"),
        ("model setData", "setData"),
        ("delegate paint and createEditor", "delegate paint"),
        ("delegate paint and createEditor", "createEditor"),
        ("QUndoCommand redo and undo", "redo"),
        ("QUndoCommand redo and undo", "undo"),
        ("eventFilter", "eventFilter"),
        ("QValidator.validate", "validate"),
    ],
)
def test_an_exception_in_each_kind_becomes_the_error_dialog(child_run, kind, raised_in):
    _, events, stderr = child_run
    report, dialogs = by_kind(events)[kind]
    assert report["survived"]
    assert f"OverflowError: raised in {raised_in}" in report["caught"], report
    assert dialogs, f"no error dialog for {kind}:\n{stderr}"
    for dialog in dialogs:
        # A plain sentence for the person; the traceback only folded away (and on stderr).
        assert dialog["text"] == SOMETHING_WENT_WRONG
        assert "Traceback" not in dialog["text"]
        assert "OverflowError" in dialog["details"]
        # Shown once the override had returned: no modal dialog inside paint or a model.
        assert dialog["inside_override"] == 0


def test_a_repeated_error_is_shown_once(child_run):
    """A failing paint fails at every repaint; one dialog says it."""
    _, events, _ = child_run
    report, dialogs = by_kind(events)["paintEvent"]
    assert report["caught"].count("OverflowError: raised in paintEvent") >= 2, report
    assert len(dialogs) == 1


def test_qt_gets_the_fallback(child_run):
    _, events, _ = child_run
    kinds = {kind: report for kind, (report, _) in by_kind(events).items()}
    # The window stays open, its work with it (IGNORE).
    assert kinds["closeEvent"]["closed"] is False
    assert kinds["closeEvent"]["visible"] is True
    # The base class still handles the event (BASE): the keys are typed.
    assert kinds["event"]["text"] == "ab"
    assert kinds["eventFilter"]["text"] == "ab"  # False: the event goes on
    assert kinds["keyPressEvent"]["text"] == ""
    assert kinds["QValidator.validate"]["text"] == ""  # Invalid: the keys are refused
    assert kinds["sizeHint"]["size"] == [-1, -1]  # QWidget's own: no layout, no hint
    # The model's empty answers: no rows, no data, not editable, nothing written.
    assert kinds["model rowCount"]["has_index"] is False
    assert kinds["model rowCount"]["rows_shown"] == 0
    assert kinds["model data"]["item_data"] == {}
    assert kinds["model flags"]["editing"] is False
    assert kinds["model setData"]["editing"] is True
    assert kinds["model setData"]["cell"] == "a"
    assert kinds["delegate paint and createEditor"]["editing"] is False
    assert kinds["QUndoCommand redo and undo"]["count"] == 1


# No override forgotten ------------------------------------------------------------------


def _qt_names() -> dict[str, object]:
    names: dict[str, object] = {}
    for module_name in QT_MODULES:
        module = importlib.import_module(f"PySide6.{module_name}")
        names.update(vars(module))
    return names


def _is_qt(klass: type) -> bool:
    return klass.__module__.startswith(PySide6.__name__ + ".")


def _virtual_names(bases: list[type]) -> set[str]:
    """The methods the Qt classes among `bases` (and theirs) define; pyqtgraph's axis
    methods that its own paint calls."""
    names: set[str] = set()
    for base in bases:
        for klass in base.__mro__:
            if _is_qt(klass):
                names.update(
                    name
                    for name in vars(klass)
                    if not name.startswith("_") and name not in NOT_VIRTUAL
                )
            if klass is AxisItem:
                names.update(PAINTED_BY_PYQTGRAPH)
    return names


def _guard_call(function: ast.FunctionDef) -> ast.expr | None:
    for decorator in function.decorator_list:
        target = decorator.func if isinstance(decorator, ast.Call) else decorator
        name = target.attr if isinstance(target, ast.Attribute) else getattr(target, "id", "")
        if name == "qt_guard":
            return decorator
    return None


def _fallback(decorator: ast.expr) -> str:
    if isinstance(decorator, ast.Call):
        for keyword in decorator.keywords:
            if keyword.arg == "fallback":
                return ast.unparse(keyword.value)
    return "None"


def _fallback_fits(returns: str, fallback: str) -> bool:
    """Qt takes back what the method's annotation says: None from an event handler, a bool,
    a count, item flags... (a wrong type is a warning from PySide, or worse)."""
    if fallback == "BASE":
        return True
    if returns == "None":
        return fallback in ("None", "IGNORE")
    if returns == "bool":
        return fallback in ("False", "True")
    if returns == "int":
        return fallback.lstrip("-").isdigit()
    if returns == "Qt.ItemFlag":
        return fallback == "Qt.ItemFlag.NoItemFlags"
    if returns == "Any" or "None" in returns.split(" | "):
        return True  # a model's data and header data: None is "no data"
    return fallback != "None"


def _modules() -> list[tuple[Path, ModuleType]]:
    found = []
    for path in sorted([*UI.rglob("*.py"), *RENDER.rglob("*.py")]):
        name = ".".join(path.relative_to(UI.parent.parent).with_suffix("").parts)
        found.append((path, importlib.import_module(name.removesuffix(".__init__"))))
    return found


def _overrides() -> list[tuple[str, ast.FunctionDef]]:
    """Every method in ui/ and render/ that overrides a Qt virtual, nested classes too."""
    qt_names = _qt_names()
    overrides = []
    for path, module in _modules():
        tree = ast.parse(path.read_text(encoding="utf-8"))
        namespace = {**qt_names, **vars(module)}
        for node in ast.walk(tree):
            if not isinstance(node, ast.ClassDef):
                continue
            bases = [eval(ast.unparse(base), namespace) for base in node.bases]
            virtuals = _virtual_names([base for base in bases if isinstance(base, type)])
            for item in node.body:
                if isinstance(item, ast.FunctionDef) and item.name in virtuals:
                    where = path.relative_to(PACKAGE).as_posix()
                    overrides.append((f"{where}: {node.name}.{item.name}", item))
    return overrides


def test_every_override_of_a_qt_virtual_is_guarded():
    overrides = _overrides()
    where = {name for name, _ in overrides}
    # The walk finds what it must, or it proves nothing.
    assert {
        "ui/charts/exchange_rate.py: SensitivityPanel.showEvent",
        "ui/models/figures.py: FiguresModel.setData",
        "ui/document_commands.py: SetStateCommand.redo",
        "ui/main_window.py: MainWindow.closeEvent",
        "ui/app.py: Probe.eventFilter",
        "render/charts/labels.py: YearAxis.tickStrings",
        "render/svg_export.py: _PageEngine.drawPath",
    } <= where
    assert len(overrides) >= 60
    unguarded = [name for name, function in overrides if _guard_call(function) is None]
    assert not unguarded, f"decorate with @qt_guard (trade_target.render.guard): {unguarded}"


def test_every_fallback_is_what_qt_expects_back():
    wrong = []
    for name, function in _overrides():
        decorator = _guard_call(function)
        if decorator is None or function.returns is None:
            continue
        returns, fallback = ast.unparse(function.returns), _fallback(decorator)
        if not _fallback_fits(returns, fallback):
            wrong.append(f"{name} -> {returns}: fallback={fallback}")
    assert not wrong, wrong


def test_the_walk_would_catch_a_forgotten_override():
    """The checks themselves can fail: an undecorated showEvent, a count falling back to None."""
    source = (
        "class Panel(QWidget):\n"
        "    def showEvent(self, event) -> None: ...\n"
        "class Rows(QAbstractTableModel):\n"
        "    @qt_guard\n"
        "    def rowCount(self, parent) -> int: ...\n"
    )
    namespace = _qt_names()
    classes = [node for node in ast.parse(source).body if isinstance(node, ast.ClassDef)]
    panel, rows = (
        (node, _virtual_names([eval(ast.unparse(base), namespace) for base in node.bases]))
        for node in classes
    )
    show_event, row_count = panel[0].body[0], rows[0].body[0]
    assert show_event.name in panel[1] and _guard_call(show_event) is None
    assert row_count.name in rows[1]
    assert not _fallback_fits("int", _fallback(_guard_call(row_count)))
