"""Where an edit's time goes: timing wrappers put around the app's own methods, from outside.

Each method below is replaced, on its class (or module), by a wrapper that adds the time
spent inside it to its category, less the time spent in other wrapped methods it calls
(so a slot run by the document's `changed` signal counts to its own category, not to the
document's). Nothing is timed in src/: the wrappers go on before the window is made,
because a signal connected to `obj.method` holds the function the class had then.

Which methods: the slots the window connects to `ScenarioDocument.changed` (and to the
tables' model signals and the undo stack's), read from the code in src/trade_target/ui.
A name not found (the code moved) is reported, and its time falls to "rest".
"""

from __future__ import annotations

import functools
import gc
import importlib
import time
from collections import defaultdict
from collections.abc import Callable
from typing import Any

Predicate = Callable[..., bool]


def _update_request(_window: object, event: Any) -> bool:
    from PySide6.QtCore import QEvent

    return bool(event.type() == QEvent.Type.UpdateRequest)


# category: (module, "Class.method" or "function", only when the call is, or None)
TARGETS: dict[str, tuple[tuple[str, str, Predicate | None], ...]] = {
    "core": (
        ("trade_target.core.workbook", "evaluate", None),  # Scenario.summary() → evaluation
        ("trade_target.core.workbook", "Workbook.edit_current", None),  # validation
    ),
    "document": (
        ("trade_target.ui.document", "ScenarioDocument.edit_input", None),  # + undo stack
        ("trade_target.ui.actions.menus", "WindowMenus.update_undo_texts", None),
        ("trade_target.ui.main_window", "MainWindow._update_title", None),
    ),
    "models, tables": (
        ("trade_target.ui.models.trajectory", "TrajectoryModel._on_document_changed", None),
        ("trade_target.ui.models.scenarios", "ComparisonModel._on_document_changed", None),
        ("trade_target.ui.models.scenarios", "ScenarioListModel._on_document_changed", None),
        ("trade_target.ui.models.figures", "FiguresModel._on_document_changed", None),
        ("trade_target.ui.panels.tables", "FiguresPage.update_buttons", None),
        *(
            ("trade_target.ui.panels.table_fit", f"ColumnFit.{name}", None)
            for name in ("fit", "_reset", "_inserted", "_removed", "_changed", "_fit_soon")
        ),
    ),
    "summary, verdict": (
        ("trade_target.ui.panels.summary", "SummaryPanel.refresh", None),
        ("trade_target.ui.panels.verdict", "VerdictBanner.refresh", None),
    ),
    "inputs panel": (
        ("trade_target.ui.panels.number_field", "NumberField._on_text_edited", None),
        ("trade_target.ui.panels.number_field", "NumberField.set_value", None),
        ("trade_target.ui.panels.inputs", "InputsPanel.refresh", None),
        ("trade_target.ui.panels.scenarios", "ScenariosPanel.refresh", None),
    ),
    "chart": (
        ("trade_target.ui.main_window", "MainWindow._redraw_plot", None),
        ("trade_target.render.charts.trajectory", "TrajectoryChart.show_summary", None),
        ("trade_target.render.charts.frame", "FramedPlot.arrange", None),
    ),
    # Painting: the chart's view (pyqtgraph's paintEvent, every item drawn), then the
    # window's repaint pass (an UpdateRequest to the top-level window) less the chart.
    "chart paint": (("pyqtgraph.widgets.GraphicsView", "GraphicsView.paintEvent", None),),
    "window paint": (("trade_target.ui.main_window", "MainWindow.event", _update_request),),
}
BASELINE_TARGETS = {"chart paint": TARGETS["chart paint"]}
GC = "gc"
"""Python's cyclic garbage collector, wherever it ran (not counted to what it interrupted)."""
REST = "rest"
"""Everything not wrapped: Qt's key handling, the event loop, layouts, signal dispatch."""


class CostMeter:
    """Exclusive seconds per category, while `recording`; `take()` hands them over."""

    def __init__(self) -> None:
        self.recording = False
        self.spent: dict[str, float] = defaultdict(float)
        self.missing: list[str] = []
        self._open: list[float] = []  # per open call: seconds spent in wrapped callees
        self._restore: list[Callable[[], None]] = []
        self._collecting_since: float | None = None

    def install(
        self,
        targets: dict[str, tuple[tuple[str, str, Predicate | None], ...]],
        collector: bool = False,
    ) -> None:
        """Wrap the `targets`; with `collector`, time the garbage collector's runs too."""
        if collector:
            gc.callbacks.append(self._on_collection)
            self._restore.append(lambda: gc.callbacks.remove(self._on_collection))
        for category, places in targets.items():
            for module_name, path, only in places:
                try:
                    self._wrap(category, module_name, path, only)
                except (ImportError, AttributeError):
                    self.missing.append(f"{module_name}:{path}")

    def _wrap(self, category: str, module_name: str, path: str, only: Predicate | None) -> None:
        owner: Any = importlib.import_module(module_name)
        *classes, name = path.split(".")
        for class_name in classes:
            owner = getattr(owner, class_name)
        own = name in vars(owner)
        original = getattr(owner, name)
        setattr(owner, name, self._timed(category, original, only))

        def restore() -> None:
            if own:
                setattr(owner, name, original)
            else:
                delattr(owner, name)

        self._restore.append(restore)

    def _timed(self, category: str, function: Any, only: Predicate | None) -> Any:
        meter = self

        @functools.wraps(function)
        def timed(*args: Any, **kwargs: Any) -> Any:
            if not meter.recording or (only is not None and not only(*args)):
                return function(*args, **kwargs)
            started = time.perf_counter()
            meter._open.append(0.0)
            try:
                return function(*args, **kwargs)
            finally:
                elapsed = time.perf_counter() - started
                meter.spent[category] += elapsed - meter._open.pop()
                if meter._open:
                    meter._open[-1] += elapsed

        return timed

    def _on_collection(self, phase: str, _info: dict[str, int]) -> None:
        if phase == "start" and self.recording:
            self._collecting_since = time.perf_counter()
            self._open.append(0.0)
        elif phase == "stop" and self._collecting_since is not None:
            elapsed = time.perf_counter() - self._collecting_since
            self._collecting_since = None
            self.spent[GC] += elapsed - self._open.pop()
            if self._open:
                self._open[-1] += elapsed

    def take(self) -> dict[str, float]:
        """The seconds recorded since the last take, by category."""
        spent = dict(self.spent)
        self.spent.clear()
        return spent

    def uninstall(self) -> None:
        for restore in reversed(self._restore):
            restore()
        self._restore.clear()


def categories() -> list[str]:
    """The app's categories, in the order printed."""
    return [*TARGETS, GC, REST]
