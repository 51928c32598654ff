"""What the trajectory chart draws beyond the scenario's own paths: the annual history the
user imported, and the outlook's fan of chances (core.outlook).

Apart from the pyqtgraph items that draw them (render.charts.fan), so that the window, the
exports and the command line gather the same figures the same way, without the plotting
library.
"""

from __future__ import annotations

from dataclasses import dataclass

from trade_target.core import history
from trade_target.core.dataset import Dataset
from trade_target.core.errors import InputError
from trade_target.core.outlook import Outlook, outlook_for
from trade_target.core.scenario import Summary


class _Compute:
    """The outlook is not given: work it out from the summary and its dataset."""

    def __repr__(self) -> str:
        return "COMPUTE"


COMPUTE = _Compute()


@dataclass(frozen=True)
class ChartExtras:
    """`history`: the annual history in US$ bn by year, from the report the sums use
    (`reporter`, "MYS", "TUR" or "" when the file does not say); `outlook`: the chance of
    reaching the target and its fan, None without a history long enough."""

    history: history.Series = ()
    reporter: str = ""
    outlook: Outlook | None = None


NO_EXTRAS = ChartExtras()


def reporter_of(summary: Summary, dataset: Dataset) -> str:
    """The report the scenario's sums use ("" when the history does not say, or is absent)."""
    return history.used_reporter(dataset.history, summary.trend) or ""


def history_of(summary: Summary, dataset: Dataset) -> history.Series:
    """The report the sums use, in US$ bn by year at the scenario's exchange rate."""
    reporter = history.used_reporter(dataset.history, summary.trend)
    if reporter is None:
        return ()
    return history.series(dataset.history, reporter, summary.exchange_rate)


def outlook_or_none(summary: Summary, dataset: Dataset) -> Outlook | None:
    """The scenario's outlook; None without a history, or with one too short to say
    anything (the window's panels say what is missing: a chart simply draws no fan)."""
    try:
        return outlook_for(summary, dataset)
    except InputError:
        return None


def extras_for(
    summary: Summary, dataset: Dataset, outlook: Outlook | _Compute | None = COMPUTE
) -> ChartExtras:
    """The history and the outlook for `summary`; `outlook` when the caller has it already."""
    if not dataset.history:
        return NO_EXTRAS
    found = outlook_or_none(summary, dataset) if isinstance(outlook, _Compute) else outlook
    return ChartExtras(history_of(summary, dataset), reporter_of(summary, dataset), found)
