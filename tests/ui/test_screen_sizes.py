"""The first window fits the screen, and shows what matters without scrolling, at
1024×768, 1366×768 and 1920×1080, in English, Malay and Turkish, on a real X server.

For each screen size one private Xvfb of that size serves the three languages. For each
language tests/ui/screen_fit.py starts the window with fresh settings (the parent gives it
an empty XDG_CONFIG_HOME), so that it takes its first-start size from the screen, and
reports which of the parts a person must see at first sight — the verdict, the rate and
years inputs, the chart with its axes and legend, the year-by-year table's header and
first rows, the status bar — are not wholly in sight. This test takes the framebuffer's
screenshot (test-artifacts/screen-<width>x<height>-<lang>.png), checks with xdotool that
the window lies within the screen, quits it with Ctrl+Q and asserts the report lists
nothing hidden.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterator
from pathlib import Path

import pytest
import xserver
from xserver import ARTIFACTS, XServer, check_app_window, require_tools, wait_for_report

from trade_target import translations

CHILD = Path(__file__).with_name("screen_fit.py")
SIZES = ((1024, 768), (1366, 768), (1920, 1080))
CASES = [(width, height, code) for width, height in SIZES for code in translations.LANGUAGES]


@pytest.fixture(scope="module")
def xserver_of_size(
    tmp_path_factory: pytest.TempPathFactory,
) -> Iterator[Callable[[int, int], XServer]]:
    """One Xvfb per screen size, started when first needed and shared by the languages."""
    require_tools()
    starter = xserver.xserver_starter(tmp_path_factory.mktemp("xvfb"))
    start = next(starter)
    servers: dict[tuple[int, int], XServer] = {}

    def of_size(width: int, height: int) -> XServer:
        if (width, height) not in servers:
            servers[width, height] = start(width, height)
        return servers[width, height]

    try:
        yield of_size
    finally:
        starter.close()  # the starter kills its servers


@pytest.fixture
def start_app_on(tmp_path: Path) -> Iterator[Callable[..., xserver.App]]:
    """Start the app on a shared X server; it is gone before the test ends."""
    yield from xserver.app_starter(tmp_path)


@pytest.mark.xvfb
@pytest.mark.parametrize(
    ("width", "height", "code"), CASES, ids=[f"{w}x{h}-{code}" for w, h, code in CASES]
)
def test_the_first_window_fits_the_screen_and_shows_what_matters(
    width: int,
    height: int,
    code: str,
    xserver_of_size: Callable[[int, int], XServer],
    start_app_on: Callable[..., xserver.App],
    tmp_path: Path,
) -> None:
    assert translations.available(code), (
        f"no compiled translations for {code}: build them with `pip install -e .`"
    )
    server = xserver_of_size(width, height)
    report_path = tmp_path / "report.json"
    app = start_app_on(server, (sys.executable, str(CHILD), code, str(report_path)))
    report = wait_for_report(report_path, app)

    artifact = ARTIFACTS / f"screen-{width}x{height}-{code}.png"
    # Saves the screenshot, checks the window lies within the screen, quits on Ctrl+Q.
    check_app_window(server, app, artifact)

    assert report["language"] == code, report
    assert report["screen"] == [0, 0, width, height], report
    problems = [f"the window's frame is {report['frame']}"] if report["hidden"] else []
    problems += report["hidden"]
    assert not problems, "\n  ".join(
        [f"at {width}×{height} in {translations.LANGUAGES[code]}:", *problems, f"See {artifact}"]
    )
