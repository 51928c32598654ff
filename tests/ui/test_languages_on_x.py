"""Every text of the main window fits, in English, Malay and Turkish, on a real X server.

A translation is often longer than the English it replaces. For each language,
tests/ui/show_window.py shows the main window at 1280×800 on a private Xvfb with Qt's
normal xcb plugin (tests/xserver.py), measures every visible text with
label_fit.clipped_texts and writes what does not fit to a JSON report; this test takes the
framebuffer's screenshot (test-artifacts/main-window-<lang>.png, and with
TRADE_TARGET_UPDATE_SCREENSHOT=1 the window's part of it also docs/screenshot-<lang>.png for
the README), quits the window with Ctrl+Q and asserts the report lists nothing.

The other tests here run in-process on the offscreen plugin: the English window at
1280×800 has no text cut off, and the measuring itself catches each kind of cut it claims to.
"""

from __future__ import annotations

import os
import sys
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from label_fit import clipped_texts
from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QGroupBox,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QLineEdit,
    QMainWindow,
    QPushButton,
    QScrollArea,
    QTableView,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)
from xserver import (
    ARTIFACTS,
    ROOT,
    App,
    XServer,
    check_app_window,
    require_tools,
    run_x,
    save_png,
    wait_for_report,
    wait_for_window_named,
)

from trade_target import translations

SHOW_WINDOW = Path(__file__).with_name("show_window.py")
WIDTH, HEIGHT = 1280, 800
ENGLISH_TITLE = "Untitled[*] — Trade Target"


@pytest.mark.xvfb
@pytest.mark.parametrize("code", list(translations.LANGUAGES))
def test_every_text_fits_the_window_on_a_real_x_server(
    code: str,
    start_xserver: Callable[[], XServer],
    start_app: Callable[..., App],
    tmp_path: Path,
) -> None:
    require_tools()
    language = translations.LANGUAGES[code]
    assert translations.available(code), (
        f"no compiled translations for {language} ({code}): build them with "
        "`pip install -e .` (or pyside6-lrelease resources/translations/*.ts)"
    )
    server = start_xserver()
    report_path = tmp_path / f"report-{code}.json"
    # start_app gives the child settings of its own (XDG_CONFIG_HOME in tmp_path): the
    # user's remembered language and window size play no part.
    app = start_app(server, (sys.executable, str(SHOW_WINDOW), code, str(report_path)))
    report = wait_for_report(report_path, app)

    window = wait_for_window_named(server, app)
    x_title = run_x(server, "xdotool", "getwindowname", window).stdout.strip()
    artifact = ARTIFACTS / f"main-window-{code}.png"
    shown = check_app_window(server, app, artifact)  # saves the screenshot, quits on Ctrl+Q
    if os.environ.get("TRADE_TARGET_UPDATE_SCREENSHOT") == "1":
        save_png(ROOT / "docs" / f"screenshot-{code}.png", shown)

    assert report["language"] == code, report
    assert shown.width >= WIDTH and report["size"][0] >= WIDTH, (
        f"the window is {shown.width} px wide on screen ({report['size']} in Qt), "
        f"not {WIDTH}; see {artifact}"
    )
    title = report["title"]
    assert x_title.startswith(title.replace("[*]", "")), (x_title, title)
    problems = []
    if code == "en" and title != ENGLISH_TITLE:
        problems.append(f"the window's title is {title!r}, not {ENGLISH_TITLE!r}")
    if code != "en" and "Untitled" in title:
        problems.append(f"the window's title {title!r} is not in {language}")
    clipped = report["clipped"]
    if clipped:
        problems.append(
            f"{len(clipped)} text(s) do not fit the {language} window at {WIDTH}×{HEIGHT}:\n  "
            + "\n  ".join(clipped)
        )
    assert not problems, "\n".join([*problems, f"See {artifact}"])


# --- in-process, on the offscreen plugin -----------------------------------------------------


def test_every_text_fits_the_english_window(window: QMainWindow, qtbot: Any) -> None:
    window.resize(WIDTH, HEIGHT)
    qtbot.waitExposed(window)
    qtbot.wait(50)  # the layouts settle
    assert window.width() == WIDTH
    clipped = clipped_texts(window)
    assert clipped == [], "\n  ".join(["texts that do not fit:", *clipped])


def _shown(qtbot: Any, window: QWidget) -> QWidget:
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    qtbot.wait(20)
    return window


def _in_box(qtbot: Any, child: QWidget, width: int, height: int) -> QWidget:
    """`child` in a layout in a window of a fixed size."""
    box = QWidget()
    layout = QVBoxLayout(box)
    layout.addWidget(child)
    box.setFixedSize(width, height)
    return _shown(qtbot, box)


LONG = "A text far too long for the room it is given"


def test_a_long_label_in_a_narrow_window_is_reported(qtbot: Any) -> None:
    label = QLabel(LONG)
    label.setObjectName("longLabel")
    found = clipped_texts(_in_box(qtbot, label, 40, 40))
    assert len(found) == 1, found
    assert found[0].startswith(f"QLabel 'longLabel': '{LONG}' needs "), found
    needs, has = (int(word) for word in found[0].split() if word.isdigit())
    assert needs > has, found


def test_overlapping_labels_are_reported(qtbot: Any) -> None:
    window = QWidget()
    window.resize(300, 100)
    first, second = QLabel("First", window), QLabel("Second", window)
    first.setObjectName("first")
    second.setObjectName("second")
    first.setGeometry(10, 10, 80, 20)
    second.setGeometry(60, 20, 80, 20)
    found = clipped_texts(_shown(qtbot, window))
    assert found == ["QLabel 'first' 'First' and QLabel 'second' 'Second' overlap by 30×10 px"], (
        found
    )

    second.move(100, 10)  # side by side
    assert clipped_texts(window) == []


def _wrapped() -> QWidget:
    label = QLabel(LONG + ", and it wraps onto many lines.")
    label.setWordWrap(True)
    return label


def _button() -> QWidget:
    return QPushButton(LONG)


def _group_box() -> QWidget:
    box = QGroupBox(LONG)
    QVBoxLayout(box).addWidget(QLabel("x"))
    return box


def _tabs() -> QWidget:
    tabs = QTabWidget()
    for number in range(4):
        tabs.addTab(QWidget(), f"{LONG} {number}")
    return tabs


def _combo() -> QWidget:
    combo = QComboBox()
    combo.addItem(LONG)
    return combo


def _line_edit() -> QWidget:
    return QLineEdit(LONG)


def _header() -> QWidget:
    model = QStandardItemModel(2, 3)
    model.setHorizontalHeaderLabels([LONG, "Short", "Two\nlines\nhigh"])
    table = QTableView()
    table.setModel(model)
    table.horizontalHeader().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
    table.horizontalHeader().setFixedHeight(24)  # too low for three lines
    table._model = model  # type: ignore[attr-defined]  # kept alive with the view
    return table


def _menus() -> QWidget:
    window = QMainWindow()
    for number in range(6):
        window.menuBar().addMenu(f"&Menu {number}")
    window.setCentralWidget(QLabel("x"))
    return window


def _status() -> QWidget:
    window = QMainWindow()
    window.setCentralWidget(QLabel("x"))
    window.statusBar().showMessage(LONG)
    return window


def _cut_by_the_window() -> QWidget:
    """A label that fits its own width, but its window is narrower than the row."""
    row = QWidget()
    row.setMinimumWidth(400)
    layout = QHBoxLayout(row)
    layout.addWidget(QLabel(LONG))
    layout.addStretch(1)
    outer = QWidget()
    outer.setFixedWidth(120)
    row.setParent(outer)
    return outer


def _long_word() -> QWidget:
    label = QLabel("Donaudampfschifffahrtsgesellschaftskapitän")
    label.setWordWrap(True)
    return label


def _panel_in_a_narrow_scroll_area() -> QWidget:
    """A panel wider than its scroll area, which does not scroll sideways (as the main
    window's left side): its wrapped text runs on under the right edge."""
    panel = QWidget()
    panel.setMinimumWidth(400)
    QVBoxLayout(panel).addWidget(_wrapped())
    area = QScrollArea()
    area.setWidgetResizable(True)
    area.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
    area.setWidget(panel)
    return area


WHOLE_WINDOWS = (_menus, _status, _cut_by_the_window)


@pytest.mark.parametrize(
    ("make", "width", "height", "kind"),
    [
        (_wrapped, 120, 60, "QLabel"),
        (_button, 60, 50, "QPushButton"),
        (_group_box, 60, 80, "QGroupBox title"),
        (_tabs, 200, 120, "QTabBar"),
        (_combo, 60, 50, "QComboBox"),
        (_line_edit, 60, 50, "QLineEdit"),
        (_header, 240, 160, "QHeaderView section"),
        (_menus, 120, 120, "QMenuBar"),
        (_status, 120, 120, "QStatusBar message"),
        (_cut_by_the_window, 120, 60, "QLabel"),
        (_long_word, 120, 200, "QLabel"),
        (_panel_in_a_narrow_scroll_area, 200, 200, "QScrollArea"),
        (_panel_in_a_narrow_scroll_area, 200, 200, "QLabel"),
    ],
    ids=lambda value: value.__name__.strip("_") if callable(value) else value,
)
def test_each_kind_of_cut_is_reported(
    qtbot: Any, make: Callable[[], QWidget], width: int, height: int, kind: str
) -> None:
    made = make()
    if make in WHOLE_WINDOWS:
        made.setFixedSize(width, height)
        window = _shown(qtbot, made)
    else:
        window = _in_box(qtbot, made, width, height)
    found = clipped_texts(window)
    assert any(entry.startswith(kind + " ") for entry in found), found


def test_the_stretched_header_wants_room_in_height_too(qtbot: Any) -> None:
    found = clipped_texts(_in_box(qtbot, _header(), 1000, 160))
    assert len(found) == 1, found
    assert found[0].startswith("QHeaderView section 'QHeaderView': 'Two lines high' needs "), found
    assert found[0].endswith(" px in height, has 24 px"), found
