"""The window's first size comes from the screen, and a remembered one never spills off it.

The rule, written out here for each screen: up to 1440 × 900 pixels the window takes all
of the room the screen leaves (its panels aside) in that direction; on a bigger screen
80 % of it, at least 1440 × 900 and at most 1600 × 1000, in the middle.
"""

from __future__ import annotations

import pytest
from PySide6.QtCore import QByteArray, QMargins, QRect, QSettings, Qt

from trade_target.ui import window_size
from trade_target.ui.window_size import first_geometry, fitted_geometry, opens_maximised

NO_FRAME = QMargins()
TITLE_BAR = QMargins(1, 30, 1, 1)


@pytest.mark.parametrize(
    ("available", "expected"),
    [
        (QRect(0, 0, 1024, 768), QRect(0, 0, 1024, 768)),  # all of it
        (QRect(0, 0, 1366, 768), QRect(0, 0, 1366, 768)),
        (QRect(0, 27, 1366, 741), QRect(0, 27, 1366, 741)),  # under a top panel
        (QRect(0, 0, 1440, 900), QRect(0, 0, 1440, 900)),
        # 80 % of 1920 × 1080 is 1536 × 864, but at least 900 high; in the middle.
        (QRect(0, 0, 1920, 1080), QRect(192, 90, 1536, 900)),
        # 80 % of 1536 is 1228.8, less than 1440; the height, 864, is all of it.
        (QRect(0, 0, 1536, 864), QRect(48, 0, 1440, 864)),
        # 80 % of 2560 × 1440 is 2048 × 1152: at most 1600 × 1000.
        (QRect(0, 0, 2560, 1440), QRect(480, 220, 1600, 1000)),
        # A second monitor to the right of the first.
        (QRect(1920, 0, 1920, 1040), QRect(1920 + 192, 70, 1536, 900)),
    ],
    ids=lambda rect: f"{rect.width()}x{rect.height()}+{rect.x()}+{rect.y()}",
)
def test_the_first_size_comes_from_the_screen(available: QRect, expected: QRect) -> None:
    assert first_geometry(available, NO_FRAME) == expected


def test_the_first_size_leaves_room_for_the_frame() -> None:
    available = QRect(0, 0, 1920, 1080)
    contents = first_geometry(available, TITLE_BAR)
    assert contents == QRect(193, 120, 1534, 869)  # 1536 × 900 with the frame
    assert available.contains(contents.marginsAdded(TITLE_BAR))


def test_a_screen_filled_in_either_direction_opens_maximised() -> None:
    assert opens_maximised(QRect(0, 0, 1024, 768))
    assert opens_maximised(QRect(0, 0, 1366, 768))
    assert opens_maximised(QRect(0, 0, 1536, 864))  # all of its height
    assert not opens_maximised(QRect(0, 0, 1920, 1080))
    assert not opens_maximised(QRect(0, 0, 2560, 1440))


@pytest.mark.parametrize(
    ("saved", "available", "frame", "expected"),
    [
        # Fits: unchanged.
        (QRect(100, 80, 1200, 700), QRect(0, 0, 1920, 1080), NO_FRAME, QRect(100, 80, 1200, 700)),
        # Remembered from a 1920 × 1080 monitor, opened on a 1366 × 768 laptop.
        (QRect(192, 108, 1536, 864), QRect(0, 0, 1366, 768), NO_FRAME, QRect(0, 0, 1366, 768)),
        # Too wide only: narrowed, and moved left so as to end at the screen's edge.
        (QRect(300, 10, 1300, 600), QRect(0, 0, 1366, 768), NO_FRAME, QRect(66, 10, 1300, 600)),
        # Off the screen (a monitor since unplugged): moved onto it, size kept.
        (QRect(2500, 1200, 800, 600), QRect(0, 0, 1366, 768), NO_FRAME, QRect(566, 168, 800, 600)),
        (QRect(-900, -50, 800, 600), QRect(0, 0, 1366, 768), NO_FRAME, QRect(0, 0, 800, 600)),
        # With a title bar: the frame too lies on the screen, under the top panel.
        (
            QRect(0, 0, 1366, 768),
            QRect(0, 27, 1366, 741),
            TITLE_BAR,
            QRect(1, 57, 1364, 710),
        ),
    ],
)
def test_a_remembered_size_is_fitted_to_the_screen(
    saved: QRect, available: QRect, frame: QMargins, expected: QRect
) -> None:
    fitted = fitted_geometry(saved, available, frame)
    assert fitted == expected
    assert available.contains(fitted.marginsAdded(frame))


def test_the_first_window_opens_on_the_screen_and_fills_a_small_one(qtbot, document) -> None:
    from trade_target.ui.main_window import MainWindow

    window = MainWindow(document)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    available = window.screen().availableGeometry()  # 800 × 800 on the headless platform
    assert available.width() <= 1440 and available.height() <= 900
    assert window.windowState() & Qt.WindowState.WindowMaximized
    # Un-maximised, it would take the whole screen too. (The headless platform draws a
    # frame of its own around a maximised window; tests/ui/test_screen_sizes.py checks
    # the frame on a real X server.)
    assert window.normalGeometry() == available
    window.close()


def test_a_remembered_size_larger_than_the_screen_is_shrunk_to_it(qtbot, document) -> None:
    """As if the window had last been closed on a bigger monitor, further right."""
    from PySide6.QtWidgets import QMainWindow

    from trade_target.ui.main_window import MainWindow

    big = QMainWindow()
    qtbot.addWidget(big)
    big.setGeometry(2400, 300, 2400, 1400)  # beyond the 800 × 800 headless screen
    QSettings().setValue("window/geometry", big.saveGeometry())

    window = MainWindow(document)
    qtbot.addWidget(window)
    window.show()
    qtbot.waitExposed(window)
    available = window.screen().availableGeometry()
    assert not window.windowState() & Qt.WindowState.WindowMaximized
    # The contents, that is: the headless platform adds its frame only once shown.
    assert available.contains(window.geometry()), (window.geometry(), available)
    window.close()


def test_place_without_remembered_geometry_centres_a_share_of_a_big_screen(
    qtbot, monkeypatch
) -> None:
    """`place` sizes from the screen the window opens on, as the rule says for 1920 × 1080."""
    from PySide6.QtWidgets import QWidget

    widget = QWidget()
    qtbot.addWidget(widget)

    class BigScreen:
        def availableGeometry(self) -> QRect:
            return QRect(0, 0, 1920, 1080)

    monkeypatch.setattr(widget, "screen", lambda: BigScreen())
    window_size.place(widget, QByteArray())
    assert widget.geometry() == QRect(192, 90, 1536, 900)
    assert not widget.windowState() & Qt.WindowState.WindowMaximized
