"""Tables for briefs and spreadsheets: the trajectory, the scenario comparison, and their
assumptions and sources, built from a scenario's summary and its figures.

Cells hold plain numbers at full precision, never formatted text: a spreadsheet then computes
with exactly what the app computed. Units live in the column headers, not in the cells.
Writing them as CSV, clipboard text or an Excel workbook is core/files/table_export's.
"""

from __future__ import annotations

import datetime
from collections.abc import Sequence

from trade_target import version
from trade_target.core import annualise, growth
from trade_target.core.annualise import Annualisation
from trade_target.core.dataset import Dataset, Figure, FigureKind, shown
from trade_target.core.errors import InputError
from trade_target.core.files.table_export import (
    AMOUNT,
    FRACTION,
    RATE,
    WHOLE,
    AssumptionValue,
    Table,
)
from trade_target.core.i18n import translate
from trade_target.core.numbers import written
from trade_target.core.outlook import outlook_for
from trade_target.core.scenario import Summary
from trade_target.core.workbook import Scenario

Assumptions = tuple[tuple[str, AssumptionValue], ...]
Sources = tuple[tuple[str, str, str], ...]


def catch_up_path(summary: Summary) -> dict[int, float]:
    """The catch-up path in US$ bn by year: the latest estimate grown at the catch-up growth
    to the target in the target year; empty when there is no catch-up growth."""
    if summary.catch_up_growth is None:
        return {}
    return dict(
        growth.path(
            summary.latest_estimate_usd,
            summary.catch_up_growth,
            summary.latest_year,
            summary.target_year,
        )
    )


def trajectory_table(summary: Summary) -> Table:
    """Year by year: the required path, the path at the observed trend, the gap, and the
    catch-up path from the latest year on (blank before it, and without a catch-up growth)."""
    catch_up = catch_up_path(summary)
    rate = summary.exchange_rate
    return Table(
        title=translate("Tables", "Trajectory"),
        headers=(
            translate("Tables", "Year"),
            translate("Tables", "Required (US$ bn)"),
            translate("Tables", "Required (RM bn)"),
            translate("Tables", "At observed trend (US$ bn)"),
            translate("Tables", "At observed trend (RM bn)"),
            translate("Tables", "Gap, trend − required (US$ bn)"),
            translate("Tables", "Gap, trend − required (RM bn)"),
            translate("Tables", "Catch-up path (US$ bn)"),
            translate("Tables", "Catch-up path (RM bn)"),
        ),
        rows=tuple(
            (
                row.year,
                row.required_usd,
                row.required_myr,
                row.trend_usd,
                row.trend_myr,
                row.gap_usd,
                row.gap_myr,
                catch_up.get(row.year),
                None if row.year not in catch_up else catch_up[row.year] * rate,
            )
            for row in summary.trajectory
        ),
        number_formats=(WHOLE, *(AMOUNT,) * 8),
    )


def _chance(scenario: Scenario, summary: Summary) -> float | None:
    """The chance of reaching the target from the scenario's history; blank without one."""
    try:
        found = outlook_for(summary, scenario.dataset)
    except InputError:
        return None
    return None if found is None else found.chance


def comparison_table(scenarios_and_summaries: Sequence[tuple[Scenario, Summary]]) -> Table:
    """One row a scenario. Growth is a fraction (0.1151), so a spreadsheet can format it.
    The catch-up growth is blank where there is none; the chance of reaching the target is
    a column when some scenario has an annual history (blank for the others)."""
    pairs = tuple(scenarios_and_summaries)
    chances = any(scenario.dataset.history for scenario, _ in pairs)
    return Table(
        title=translate("Tables", "Scenario comparison"),
        headers=(
            translate("Tables", "Scenario"),
            translate("Tables", "Exchange rate (RM per US$)"),
            translate("Tables", "Years to target"),
            translate("Tables", "Target year"),
            translate("Tables", "Required growth (fraction a year)"),
            translate("Tables", "Observed growth (fraction a year)"),
            translate("Tables", "Progress ratio"),
            translate("Tables", "Status"),
            translate("Tables", "Year reached at trend"),
            translate("Tables", "Catch-up growth (fraction a year)"),
            *(
                (translate("Tables", "Chance of reaching the target (fraction)"),)
                if chances
                else ()
            ),
        ),
        rows=tuple(
            (
                scenario.name,
                summary.exchange_rate,
                summary.inputs.years_to_target,
                summary.target_year,
                summary.required_growth,
                summary.observed_growth,
                summary.progress_ratio,
                summary.status.words,
                summary.year_reached_at_trend,
                summary.catch_up_growth,
                *((_chance(scenario, summary),) if chances else ()),
            )
            for scenario, summary in pairs
        ),
        number_formats=(
            (None, RATE, WHOLE, WHOLE, FRACTION, FRACTION, AMOUNT, None, WHOLE, FRACTION)
            + ((FRACTION,) if chances else ())
        ),
    )


def assumptions(summary: Summary, dataset: Dataset, today: datetime.date) -> Assumptions:
    """What the numbers rest on, as label/value pairs, so a brief can state them."""
    months = summary.latest_months
    latest = dataset.latest
    return (
        (translate("Tables", "Exchange rate (RM per US$)"), summary.exchange_rate),
        (translate("Tables", "Years to target"), summary.inputs.years_to_target),
        (translate("Tables", "Base year"), summary.base_year),
        (translate("Tables", "Base value (US$ bn)"), summary.base_usd),
        (translate("Tables", "Target (US$ bn)"), summary.target_usd),
        (translate("Tables", "Target year"), summary.target_year),
        (translate("Tables", "Latest figure"), shown(latest.label)),
        (translate("Tables", "Latest figure's year"), summary.latest_year),
        (translate("Tables", "Months covered by the latest figure"), months),
        (translate("Tables", "Latest figure, months covered (US$ bn)"), summary.latest_partial_usd),
        (translate("Tables", "Latest figure, annualised (US$ bn)"), summary.latest_estimate_usd),
        (
            translate("Tables", "How the latest figure is annualised"),
            translate("Tables", "run-rate × 12/{months}, no seasonal correction").format(
                months=months
            )
            if summary.annualisation is Annualisation.RUN_RATE
            else annualise.explanation(
                summary.estimate, summary.latest_partial_usd, months, summary.latest_year
            ),
        ),
        (translate("Tables", "How the observed growth is taken"), _trend_words(summary)),
        (translate("Tables", "App version"), version()),
        (translate("Tables", "Date of export"), today.isoformat()),
    )


def _trend_words(summary: Summary) -> str:
    """The trend's method, and the history's window when it is taken from one."""
    if summary.trend_years is None:
        return summary.trend.method.words
    first, last = summary.trend_years
    return translate("Tables", "{method}, {first}–{last}").format(
        method=summary.trend.method.words, first=first, last=last
    )


def as_reported(figure: Figure) -> str:
    """The figure in the source's own terms: "RM21.2 billion", "more than US$30 billion",
    in the installed language (the article's own strings through `dataset.shown`)."""
    if figure.kind is not FigureKind.MONEY or figure.value is None:
        return shown(figure.text)
    symbol = figure.reported_currency.symbol if figure.reported_currency else ""
    amount = translate("Tables", "{symbol}{amount} billion").format(
        symbol=symbol, amount=written(_plain_number(figure.value))
    )
    if not figure.qualifier:
        return amount
    return translate("Tables", "{qualifier} {amount}").format(
        qualifier=shown(figure.qualifier), amount=amount
    )


def sources(dataset: Dataset) -> Sources:
    """(figure, as reported, quote) for every figure, then the citation. The quotes stay in
    the source's words."""
    citation = dataset.citation
    return (
        *((shown(figure.label), as_reported(figure), figure.quote) for figure in dataset.figures),
        (
            translate("Tables", "Source"),
            citation.one_line(),
            translate("Tables", "Trade figures attributed to {who}.").format(
                who=shown(citation.trade_figures_attributed_to)
            ),
        ),
    )


def _plain_number(value: float) -> str:
    """The shortest text that reads back as `value`, without a needless ".0"."""
    return str(int(value)) if float(value).is_integer() else repr(float(value))


def export_contents(
    summary: Summary,
    dataset: Dataset,
    scenarios_and_summaries: Sequence[tuple[Scenario, Summary]],
    today: datetime.date,
) -> tuple[tuple[Table, ...], Assumptions, Sources]:
    """What "export table" writes, from the window or the command line alike: the year-by-year
    table, the scenario comparison when there are scenarios to compare, the assumptions and
    the sources."""
    sheets: tuple[Table, ...] = (trajectory_table(summary),)
    if scenarios_and_summaries:
        sheets += (comparison_table(scenarios_and_summaries),)
    return sheets, assumptions(summary, dataset, today), sources(dataset)
