"""Shared fixtures. GUI tests run headless unless a test starts its own X server."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import xserver

from trade_target.core.dataset import Dataset
from trade_target.core.files.dataset_file import load_default_dataset


@pytest.fixture(autouse=True)
def private_settings(tmp_path: Path) -> Iterator[None]:
    """Every test gets empty settings of its own, never the user's (window size, dividers)."""
    from PySide6.QtCore import QSettings

    QSettings.setDefaultFormat(QSettings.Format.IniFormat)
    QSettings.setPath(QSettings.Format.IniFormat, QSettings.Scope.UserScope, str(tmp_path))
    yield


@pytest.fixture(autouse=True)
def english_again() -> Iterator[None]:
    """A test that switches language leaves the next one English, in the locale it found."""
    yield
    import sys

    from trade_target.core import i18n

    translations = sys.modules.get("trade_target.translations")
    if translations is not None:
        translations.reset()
    i18n.install(None)


@pytest.fixture(scope="session")
def dataset() -> Dataset:
    return load_default_dataset()


@pytest.fixture
def document(qapp, dataset):  # type: ignore[no-untyped-def]
    from trade_target.ui.document import ScenarioDocument

    return ScenarioDocument(dataset)


@pytest.fixture
def window(qtbot, document):  # type: ignore[no-untyped-def]
    """The main window on the document; closed after the test by pytest-qt."""
    from trade_target.ui.main_window import MainWindow

    main_window = MainWindow(document)
    qtbot.addWidget(main_window)
    main_window.show()
    # The size the tests are written for; on the small headless screen (800×800) the
    # window would open maximised to it (tests/ui/test_window_size.py).
    main_window.showNormal()
    main_window.resize(1280, 800)
    qtbot.waitExposed(main_window)
    # The chart comes in the first idle moment after the first paint (the placeholder
    # before it: tests/ui/charts/test_chart_after_first_paint.py); the tests start once
    # the window is whole, as a person would see it a moment after start-up.
    qtbot.waitUntil(lambda: main_window.trajectory_slot.made, timeout=5000)
    yield main_window
    # A window left on screen (it refused to close over unsaved work) would sit under the
    # next tests and take their mouse events.
    assert not main_window.isVisible(), "the test window would not close"


@pytest.fixture
def start_xserver(tmp_path: Path) -> Iterator[Callable[[], xserver.XServer]]:
    """Start a private Xvfb; it is killed after the test, whatever happens."""
    yield from xserver.xserver_starter(tmp_path)


@pytest.fixture
def start_app(
    start_xserver: Callable[[], xserver.XServer], tmp_path: Path
) -> Iterator[Callable[..., xserver.App]]:
    """Start the app on a given X server; it is gone before its X server is."""
    yield from xserver.app_starter(tmp_path)
