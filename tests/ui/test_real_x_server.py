"""The real app on a real X server: it opens its window, paints it, and quits on Ctrl+Q.

Everything else under tests/ui runs in-process on Qt's offscreen plugin. This file runs
`python -m trade_target` as a separate process on the normal xcb plugin of a private Xvfb
(tests/xserver.py), so it sees what a user would. The screenshot goes to
test-artifacts/main-window-xvfb.png, and with TRADE_TARGET_UPDATE_SCREENSHOT=1 the window's
part of it also to docs/screenshot.png, the README's picture.
"""

from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable
from pathlib import Path

import pytest
from xserver import (
    APP_FROM_SOURCE,
    ARTIFACTS,
    ROOT,
    App,
    Image,
    XServer,
    check_app_window,
    pixels_of,
    require_tools,
    save_png,
    wait_for_window_named,
)

from trade_target.render.overlay_choice import OVERLAY_COLOURS

README_SCREENSHOT = ROOT / "docs" / "screenshot.png"
EXAMPLE = ROOT / "examples" / "malaysia-turkey.tradetarget"


@pytest.mark.xvfb
def test_main_window_on_a_real_x_server(
    start_xserver: Callable[[], XServer], start_app: Callable[..., App]
) -> None:
    require_tools()
    server = start_xserver()
    shown = check_app_window(server, start_app(server), ARTIFACTS / "main-window-xvfb.png")
    if os.environ.get("TRADE_TARGET_UPDATE_SCREENSHOT") == "1":
        save_png(README_SCREENSHOT, shown)


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="the display check is for Linux")
def test_without_a_display_the_app_says_so_and_exits_1(tmp_path: Path) -> None:
    env = {
        key: value
        for key, value in os.environ.items()
        if key not in {"DISPLAY", "WAYLAND_DISPLAY", "QT_QPA_PLATFORM"}
    }
    result = subprocess.run(
        [sys.executable, "-m", "trade_target"],
        cwd=tmp_path,
        env=env,
        stdin=subprocess.DEVNULL,
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1, result
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert "needs a desktop session" in lines[0] and "DISPLAY" in lines[0], lines[0]


@pytest.mark.xvfb
def test_a_file_given_on_the_command_line_opens_with_its_scenarios_drawn(
    start_xserver: Callable[[], XServer], start_app: Callable[..., App]
) -> None:
    """As a desktop opens a double-clicked .tradetarget file: its name in the title, and the
    ticked scenarios' required paths on the chart, each in its own colour."""
    require_tools()
    server = start_xserver()
    app = start_app(server, (*APP_FROM_SOURCE, str(EXAMPLE)))
    wait_for_window_named(server, app, "malaysia-turkey.tradetarget")

    def overlays_drawn(window: Image) -> bool:
        return all(pixels_of(window, colour) >= 40 for colour in OVERLAY_COLOURS[1:3])

    shown = check_app_window(server, app, ARTIFACTS / "scenarios-xvfb.png", overlays_drawn)
    for colour in OVERLAY_COLOURS[1:3]:  # the example's second and third scenarios
        assert pixels_of(shown, colour) >= 40, (
            f"no overlay line in {colour}; see {ARTIFACTS / 'scenarios-xvfb.png'}"
        )
