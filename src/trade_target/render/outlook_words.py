"""The catch-up path, the annual history and the outlook's fan in the words the chart, its
file's footnote and the brief use: legend names, the assumptions behind the bands, the trend's
method, the catch-up growth with its sum and the years the chance passes 50 % and 90 %.

Every number in them is the user's: from the scenario and the history they imported.
"""

from __future__ import annotations

from trade_target.core.dataset import Dataset
from trade_target.core.history import MALAYSIA, TURKIYE, TrendMethod
from trade_target.core.i18n import QT_TRANSLATE_NOOP, percent_sign, translate
from trade_target.core.money import Currency
from trade_target.core.outlook import BANDS, HORIZON_YEARS, Outlook, outlook_sentence
from trade_target.core.scenario import Summary
from trade_target.core.verdict import amount
from trade_target.render import formatting
from trade_target.render.chart_extras import reporter_of

_REPORTS = {
    MALAYSIA: QT_TRANSLATE_NOOP("ChartWords", "Malaysia's report"),
    TURKIYE: QT_TRANSLATE_NOOP("ChartWords", "Türkiye's report"),
}


def report_words(reporter: str) -> str:
    """“Malaysia's report”; "" for a history that does not say who reported it."""
    name = _REPORTS.get(reporter)
    return translate("ChartWords", name) if name else ""


def _years_and_report(first: int, last: int, reporter: str) -> str:
    """“2015–2024, Malaysia's report”, or “2015–2024”."""
    report = report_words(reporter)
    if not report:
        return f"{first}–{last}"
    return translate("ChartWords", "{first}–{last}, {report}").format(
        first=first, last=last, report=report
    )


def band_words(low: float, high: float) -> str:
    """“25–75 %” (“%25–75” in Turkish): the share of paths a band holds."""
    return percent_sign(f"{round(low * 100)}–{round(high * 100)}")


# On the chart ------------------------------------------------------------------------------


def catch_up_name(summary: Summary) -> str:
    """The catch-up path's legend entry: “Catch-up from 2025”."""
    return translate("ChartWords", "Catch-up from {year}").format(year=summary.latest_year)


def history_name(reporter: str) -> str:
    """The history's legend entry: “Annual history (Malaysia's report)”."""
    report = report_words(reporter)
    if not report:
        return translate("ChartWords", "Annual history")
    return translate("ChartWords", "Annual history ({report})").format(report=report)


def fan_name(found: Outlook) -> str:
    """“Chance bands from the 2015–2024 volatility: 25–75 %, 10–90 %”, innermost first."""
    spread = found.volatility
    return translate(
        "ChartWords", "Chance bands from the {first}–{last} volatility: {bands}"
    ).format(
        first=spread.first_year,
        last=spread.last_year,
        bands=", ".join(band_words(low, high) for low, high in reversed(BANDS)),
    )


# Under the chart and in the brief ----------------------------------------------------------


def fan_assumptions(found: Outlook, summary: Summary, reporter: str) -> str:
    """What the bands and the chance rest on: the model and the user's μ and σ."""
    spread = found.volatility
    growths = spread.growths  # a plain name: lupdate drops a call whose count is an expression
    return translate(
        "ChartWords",
        "Chance bands: trade taken as a log-normal random walk from the {year} value, with "
        "the mean μ = {mean} and standard deviation σ = {deviation} of the %n year-on-year "
        "log growth(s) of {years}; the bands hold {bands} of its paths.",
        None,
        growths,
    ).format(
        year=summary.latest_year,
        mean=formatting.percent(spread.mean),
        deviation=formatting.percent(spread.deviation, signed=False),
        years=_years_and_report(spread.first_year, spread.last_year, reporter),
        bands=translate("ChartWords", "{inner} and {outer}").format(
            inner=band_words(*BANDS[1]), outer=band_words(*BANDS[0])
        ),
    )


def chance_words(found: Outlook, summary: Summary, currency: Currency) -> str:
    """“At the 2015–2024 volatility, the chance of reaching US$10 bn by 2029 is 4 %.”"""
    target = amount(summary.in_currency(summary.target_usd, currency), currency)
    return outlook_sentence(found, target, summary.target_year)


def passes_words(found: Outlook, latest_year: int) -> str:
    """The years by which the chance passes 50 % and 90 %, or that it does not in sight."""
    half = formatting.percent(0.5, 0, signed=False)
    most = formatting.percent(0.9, 0, signed=False)
    if found.year_half is not None and found.year_most is not None:
        return translate(
            "ChartWords", "The chance passes {half} in {half_year} and {most} in {most_year}."
        ).format(half=half, half_year=found.year_half, most=most, most_year=found.year_most)
    if found.year_half is not None:
        return translate(
            "ChartWords",
            "The chance passes {half} in {half_year}, and {most} not within %n year(s) of "
            "{latest_year}.",
            None,
            HORIZON_YEARS,
        ).format(half=half, half_year=found.year_half, most=most, latest_year=latest_year)
    return translate(
        "ChartWords",
        "The chance passes neither {half} nor {most} within %n year(s) of {latest_year}.",
        None,
        HORIZON_YEARS,
    ).format(half=half, most=most, latest_year=latest_year)


def trend_words(summary: Summary, reporter: str) -> str | None:
    """How the observed growth was taken, when from the history: “log-linear fit over the
    window, 2015–2024, Malaysia's report”; None when from the base year and the latest."""
    if summary.trend.method is TrendMethod.TWO_POINT or summary.trend_years is None:
        return None
    first, last = summary.trend_years
    return translate("ChartWords", "{method}, {years}").format(
        method=summary.trend.method.words, years=_years_and_report(first, last, reporter)
    )


def catch_up_sum(summary: Summary, currency: Currency) -> str | None:
    """“(US$10.00 bn ÷ US$5.37 bn)^(1/4) − 1, from the 2025 estimate to 2029”; None without
    a catch-up growth."""
    if summary.catch_up_growth is None:
        return None
    estimated = summary.latest_months < 12
    return (
        translate(
            "ChartWords",
            "({target} ÷ {latest})^(1/{years}) − 1, from the {latest_year} estimate to "
            "{target_year}",
        )
        if estimated
        else translate(
            "ChartWords",
            "({target} ÷ {latest})^(1/{years}) − 1, from {latest_year} to {target_year}",
        )
    ).format(
        target=formatting.money(summary.in_currency(summary.target_usd, currency), currency),
        latest=formatting.money(
            summary.in_currency(summary.latest_estimate_usd, currency), currency, 3
        ),
        years=summary.target_year - summary.latest_year,
        latest_year=summary.latest_year,
        target_year=summary.target_year,
    )


def no_catch_up_words(summary: Summary) -> str:
    """Why there is no catch-up growth: the target is met, or no year is left."""
    if summary.latest_year >= summary.target_year:
        return translate(
            "ChartWords", "None: the target year {target_year} is not after {latest_year}."
        ).format(target_year=summary.target_year, latest_year=summary.latest_year)
    return translate("ChartWords", "None: the latest figure already reaches the target.")


def footnote_lines(summary: Summary, dataset: Dataset, found: Outlook | None) -> list[str]:
    """Under a chart: how the trend was taken from the history, and what the fan rests on."""
    reporter = reporter_of(summary, dataset)
    lines = []
    trend = trend_words(summary, reporter)
    if trend is not None:
        lines.append(translate("ChartWords", "Observed trend: {method}.").format(method=trend))
    if found is not None and len(found.fan) > 1:
        lines.append(fan_assumptions(found, summary, reporter))
    return lines
