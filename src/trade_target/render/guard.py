"""One guard for every Qt virtual we override: an exception becomes the error dialog.

Qt calls our overrides (event handlers, paint, model and delegate methods, event filters,
undo commands) from C++. Under PySide6 an exception escaping one can kill the process: the
crash is in PySide's own error path, so no dialog ever shows. Each override is decorated
with `qt_guard`, which catches the exception, hands it to the application's error dialog
(`sys.excepthook`, which the app sets to `app.error_reporter`: a plain sentence on screen,
the traceback folded away and on stderr) once the event loop is back, so that no modal
dialog runs inside paint or model code, and gives Qt an answer of the type it expects.

A test walks the ui package and fails on an override that is not decorated.
"""

from __future__ import annotations

import functools
import sys
import traceback
from collections import deque
from collections.abc import Callable
from typing import Any, TypeVar, overload

Method = TypeVar("Method", bound=Callable[..., Any])


class _Answer:
    """A fallback worked out when the exception is caught, from the call Qt made."""

    def __init__(self, name: str, answer: Callable[[Any, str, tuple[Any, ...]], Any]) -> None:
        self._name = name
        self.answer = answer

    def __repr__(self) -> str:
        return self._name


def _base_answer(instance: Any, name: str, args: tuple[Any, ...]) -> Any:
    """What the Qt base class answers, as if the override were not there."""
    for owner in type(instance).__mro__:
        method = owner.__dict__.get(name)
        if getattr(method, "qt_guarded", False):
            return getattr(super(owner, instance), name)(*args)
    raise LookupError(name)


def _refuse_event(instance: Any, name: str, args: tuple[Any, ...]) -> None:
    """The event is ignored: a close that failed half-way leaves the window and its work."""
    args[0].ignore()


BASE = _Answer("BASE", _base_answer)
"""Fallback: the Qt base class's own answer (an event still handled, a size hint kept)."""
IGNORE = _Answer("IGNORE", _refuse_event)
"""Fallback for an event handler: the event is ignored (a window is not closed)."""

_pending: list[BaseException] = []  # caught, not yet handed to the error dialog
_shown: set[tuple[str, str, int | None]] = set()  # errors already put on screen
_caught: deque[BaseException] = deque(maxlen=20)  # for tests: what the guard caught
_showing = False


def _where(error: BaseException) -> tuple[str, str, int | None]:
    """One error, however many times it is raised (a failing paint is raised at each paint)."""
    frames = traceback.extract_tb(error.__traceback__)
    last = frames[-1] if frames else None
    return (type(error).__qualname__, last.filename if last else "", last.lineno if last else None)


def report(error: BaseException) -> None:
    """Hand `error` to the error dialog once the event loop is back; an error already on
    screen once is written to stderr only, or a failing paint would ask at each repaint."""
    _caught.append(error)
    key = _where(error)
    if key in _shown:
        print(f"{type(error).__name__}: {error} (again)", file=sys.stderr)
        return
    _shown.add(key)
    _pending.append(error)
    if len(_pending) > 1:
        return  # the hand-over is scheduled already
    from PySide6.QtCore import QCoreApplication, QTimer

    if QCoreApplication.instance() is None:
        _hand_over()
    else:
        QTimer.singleShot(0, _hand_over)


def _hand_over() -> None:
    """The first pending error to the error dialog; the rest, and any raised while the
    dialog is open, to stderr (one dialog at a time says enough)."""
    global _showing
    errors = _pending[:]
    _pending.clear()
    if not errors:
        return
    if _showing:
        first, rest = None, errors
    else:
        first, rest = errors[0], errors[1:]
    for error in rest:
        traceback.print_exception(type(error), error, error.__traceback__, file=sys.stderr)
    if first is None:
        return
    _showing = True
    try:
        sys.excepthook(type(first), first, first.__traceback__)
    finally:
        _showing = False


def take_caught() -> list[BaseException]:
    """What the guard caught since last asked, nothing left to show: a test fails on an
    error it did not expect, and one it did expect is not shown during a later test."""
    caught = list(_caught)
    _caught.clear()
    _pending.clear()
    _shown.clear()
    return caught


@overload
def qt_guard(method: Method) -> Method: ...


@overload
def qt_guard(
    *, fallback: Any = None, keep: Callable[[Any, Exception], None] | None = None
) -> Callable[[Method], Method]: ...


def qt_guard(
    method: Any = None,
    *,
    fallback: Any = None,
    keep: Callable[[Any, Exception], None] | None = None,
) -> Any:
    """Decorate a Qt virtual we override. `fallback` is what Qt gets after an exception:
    None for an event handler, the model's empty answer (None, False, NoItemFlags, 0),
    BASE for the Qt base class's own answer, IGNORE to ignore the event. `keep(self, error)`,
    if given, takes the exception instead of the error dialog: for work whose caller waits
    for the outcome (painting a file), which then raises it where it can be answered."""

    def decorate(function: Method) -> Method:
        name = function.__name__

        @functools.wraps(function)
        def guarded(self: Any, *args: Any, **kwargs: Any) -> Any:
            try:
                return function(self, *args, **kwargs)
            except Exception as error:  # nothing may cross into Qt
                if keep is None:
                    report(error)
                else:
                    keep(self, error)
            if not isinstance(fallback, _Answer):
                return fallback
            try:
                return fallback.answer(self, name, args)
            except Exception as error:
                report(error)
                return None

        guarded.qt_guarded = True  # type: ignore[attr-defined]
        return guarded  # type: ignore[return-value]

    if method is not None:
        return decorate(method)
    return decorate
