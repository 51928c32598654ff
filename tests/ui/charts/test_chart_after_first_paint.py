"""The window is on screen before the plotting library is loaded, and the chart that follows
takes the placeholder's place without a flicker, a jump or a wrong number.

Each case starts the app in a fresh interpreter (pyqtgraph is loaded in this one) as
`python -m trade_target` does, and reads what first_paint_child.py saw.
"""

from __future__ import annotations

import json
import math
import subprocess
import sys
from pathlib import Path

import pytest
from cli_runs import environment

CHILD = Path(__file__).with_name("first_paint_child.py")
BASE_USD, TARGET_USD, BASE_YEAR, YEARS = 5.2, 10.0, 2024, 5


@pytest.fixture(scope="module")
def seen(tmp_path_factory: pytest.TempPathFactory) -> dict:
    home = tmp_path_factory.mktemp("home")
    env = environment(
        "TRADE_TARGET_STARTUP_PROBE",
        QT_QPA_PLATFORM="offscreen",
        HOME=str(home),
        XDG_CONFIG_HOME=str(home / "config"),
        XDG_DATA_HOME=str(home / "data"),
        XDG_CACHE_HOME=str(home / "cache"),
    )
    done = subprocess.run(
        [sys.executable, str(CHILD)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=env,
        cwd=home,
        timeout=120,
        check=False,
    )
    assert done.returncode == 0, done.stderr[-3000:]
    return json.loads(done.stdout.strip().splitlines()[-1])


def test_the_first_paint_comes_before_pyqtgraph_and_numpy_are_loaded(seen: dict) -> None:
    first = seen["first_paint"]
    assert first["pyqtgraph"] is False
    assert first["numpy"] is False
    assert first["chart_made"] is False


def test_the_placeholder_is_the_charts_background_and_nothing_else(seen: dict) -> None:
    first = seen["first_paint"]
    assert first["placeholder_colours"] == [first["base"]]
    assert seen["chart_painted"]["background"] == first["base"]


def test_nothing_moves_when_the_chart_comes(seen: dict) -> None:
    before = seen["first_paint"]["places"]
    after = seen["chart_painted"]["places"]
    assert {"trajectorySlot", "trajectoryTable", "inputsPanel", "verdictBanner"} <= set(before)
    assert after == before


def test_the_chart_shows_the_documents_figures_before_it_is_first_painted(seen: dict) -> None:
    made = seen["chart_made"]
    assert made["legend"][:3] == ["Required path", "At observed trend", "Target"]
    years, values = made["curves"][0]
    # The required path, from PRODUCT.md: 5.2 × (10 / 5.2)^(k / 5), k = 0 … 5.
    assert years == [float(BASE_YEAR + k) for k in range(YEARS + 1)]
    expected = [BASE_USD * (TARGET_USD / BASE_USD) ** (k / YEARS) for k in range(YEARS + 1)]
    assert all(math.isclose(a, b, rel_tol=1e-12) for a, b in zip(values, expected, strict=True))
    assert values[1] == pytest.approx(5.9266, abs=5e-5)  # +13.97 % a year
