"""Which other scenarios a chart draws, in which colours, and the words beside them: the
choice, apart from the pyqtgraph items that draw it (render.charts.overlays), so the window
can count and name its overlays before the plotting library is loaded.

The chart draws at most OVERLAYS_MOST of them, the first ticked in the list; when more are
ticked, its legend ends with a note saying how many it shows.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from trade_target.core.i18n import translate
from trade_target.core.money import Currency
from trade_target.core.scenario import Summary
from trade_target.core.workbook import Scenario, Workbook
from trade_target.render import formatting

Series = tuple[tuple[float, ...], tuple[float, ...]]

# Overlays take the rest of the Okabe–Ito set, then a grey and a dark yellow, by scenario key.
OVERLAY_COLOURS = ("#009E73", "#CC79A7", "#56B4E9", "#7F7F7F", "#B8860B")
OVERLAYS_MOST = 5
"""The most other scenarios a chart draws. Each adds a legend entry under the plot: with ten,
in a window 800 pixels wide, the legend took the whole chart (the plot 0 pixels high, the
note saying what was left out cut off); with five the plot keeps its room there and half
the chart on a laptop's screen. Past five the overlay colours repeat, and the lines and
their labels run together. The comparison table lists every scenario."""


def overlay_colour(key: int) -> str:
    return OVERLAY_COLOURS[key % len(OVERLAY_COLOURS)]


@dataclass(frozen=True)
class Overlay:
    """Another scenario whose required path is drawn beside the current one."""

    key: int  # the scenario's position in the workbook: it keeps its colour as others come and go
    name: str
    summary: Summary


def overlays_for(
    workbook: Workbook, summary_of: Callable[[Scenario], Summary], most: int = OVERLAYS_MOST
) -> tuple[Overlay, ...]:
    """The first `most` ticked scenarios other than the current one, as the chart draws
    them; only theirs are evaluated."""
    overlays: list[Overlay] = []
    for index, scenario in enumerate(workbook.scenarios):
        if len(overlays) == most:
            break
        if scenario.shown and index != workbook.current:
            overlays.append(Overlay(index, scenario.name, summary_of(scenario)))
    return tuple(overlays)


def ticked_others(workbook: Workbook) -> int:
    """How many scenarios other than the current one are ticked for the chart."""
    ticked = sum(1 for scenario in workbook.scenarios if scenario.shown)
    return ticked - 1 if workbook.scenario.shown else ticked


def overlay_note(shown: int, ticked: int) -> str:
    """The legend's last entry when the chart leaves ticked scenarios out."""
    return translate(
        "Plot",
        "Showing {shown} of %n other ticked scenario(s), the first in the list",
        None,
        ticked,
    ).format(shown=shown)


def a_year(growth: float, decimals: int = 2) -> str:
    """“+13.97 % a year”: a growth rate as written at the end of its line."""
    return translate("Plot", "{rate} a year").format(rate=formatting.percent(growth, decimals))


def required_path(summary: Summary, currency: Currency) -> Series:
    """The required path in `currency`, as (years, values)."""
    usd = currency is Currency.USD
    rows = summary.trajectory
    return (
        tuple(float(row.year) for row in rows),
        tuple(row.required_usd if usd else row.required_myr for row in rows),
    )
