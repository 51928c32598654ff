"""Shared fixtures. GUI tests run headless unless a test starts its own X server."""

from __future__ import annotations

import os

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

import pytest

from trade_target.core.dataset import Dataset, load_default_dataset


@pytest.fixture(scope="session")
def dataset() -> Dataset:
    return load_default_dataset()


@pytest.fixture
def document(qapp, dataset):  # type: ignore[no-untyped-def]
    from trade_target.ui.document import ScenarioDocument

    return ScenarioDocument(dataset)


@pytest.fixture
def window(qtbot, document):  # type: ignore[no-untyped-def]
    from trade_target.ui.main_window import MainWindow

    main_window = MainWindow(document)
    qtbot.addWidget(main_window)
    main_window.show()
    qtbot.waitExposed(main_window)
    return main_window
