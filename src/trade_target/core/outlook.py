"""The chance of reaching the target, from the ups and downs of the user's own history.

Year-on-year log growth g_t = ln(v_t / v_{t−1}) over the chosen window gives its mean μ and
its (sample) standard deviation σ; at least MIN_GROWTHS of them are needed. Trade is taken to
move as a log-normal random walk from the latest value L: after n years ln(V_n / L) is normal
with mean nμ and standard deviation σ√n. So the chance that trade is at or above the target T
in the target year, n years after the latest, is

    P = 1 − Φ((ln(T / L) − nμ) / (σ√n)),

and the fan chart's bands are L·exp(kμ + z_q σ√k) for the quantiles q (10–90 %, 25–75 %).
Every number comes from the user's history, never from the app.
"""

from __future__ import annotations

import math
import statistics
from dataclasses import dataclass

from trade_target.core.dataset import Dataset
from trade_target.core.errors import InputError
from trade_target.core.evaluation import trend_window
from trade_target.core.history import Series, log_growths
from trade_target.core.i18n import number, percent_sign, translate
from trade_target.core.scenario import Summary

MIN_GROWTHS = 5
"""Fewer year-on-year growths say too little about how trade moves to put a number on it."""
HORIZON_YEARS = 50  # how far the "chance passes 50 % / 90 %" years are looked for
BANDS = ((0.10, 0.90), (0.25, 0.75))
_NORMAL = statistics.NormalDist()


@dataclass(frozen=True)
class Volatility:
    """μ and σ of the year-on-year log growth over `first_year`–`last_year`."""

    first_year: int
    last_year: int
    mean: float  # μ
    deviation: float  # σ (sample standard deviation, n − 1)
    growths: int  # how many year-on-year growths they rest on


def volatility(values: Series) -> Volatility:
    """μ and σ of `values` (the window of one report, US$ bn by year); InputError (field
    "history") with a plain message when there are fewer than MIN_GROWTHS growths."""
    growths = log_growths(values)
    if len(growths) < MIN_GROWTHS:
        raise InputError(
            "history",
            translate(
                "Outlook",
                "The chance of reaching the target needs at least {needed} year-on-year "
                "growths (that is {years} consecutive years) in the window; it has {count}.",
            ).format(needed=MIN_GROWTHS, years=MIN_GROWTHS + 1, count=len(growths)),
        )
    return Volatility(
        first_year=values[0][0],
        last_year=values[-1][0],
        mean=statistics.fmean(growths),
        deviation=statistics.stdev(growths),
        growths=len(growths),
    )


def chance(latest: float, target: float, years: int, mean: float, deviation: float) -> float:
    """P(V_years ≥ target) for a log-normal walk from `latest` (see the module's docstring).

    The target already reached: 1. No year left and not reached: 0. σ = 0: the walk is a
    straight line, so 1 or 0 as nμ reaches ln(T/L) or not."""
    if latest <= 0 or target <= 0:
        raise ValueError("values must be positive")
    if latest >= target:
        return 1.0
    if years < 1:
        return 0.0
    needed = math.log(target / latest)
    if deviation == 0:
        return 1.0 if years * mean >= needed else 0.0
    return 1.0 - _NORMAL.cdf((needed - years * mean) / (deviation * math.sqrt(years)))


def year_chance_passes(
    latest: float, latest_year: int, target: float, volatility: Volatility, level: float
) -> int | None:
    """The first year from `latest_year` on (within HORIZON_YEARS) whose chance is at least
    `level`: the latest year itself when it already reaches the target; None if none is."""
    for years in range(0, HORIZON_YEARS + 1):
        p = chance(latest, target, years, volatility.mean, volatility.deviation)
        if p >= level:
            return latest_year + years
    return None


@dataclass(frozen=True)
class FanYear:
    """The bands' edges one year on, US$ bn: (low, high) for each of BANDS, and the median."""

    year: int
    median: float
    bands: tuple[tuple[float, float], ...]


def fan(
    latest: float, latest_year: int, end_year: int, volatility: Volatility
) -> tuple[FanYear, ...]:
    """The fan from the latest value (zero width there) to `end_year`."""
    mu, sigma = volatility.mean, volatility.deviation
    rows = []
    for k in range(0, max(0, end_year - latest_year) + 1):
        spread = sigma * math.sqrt(k)
        bands = tuple(
            (
                latest * math.exp(k * mu + _NORMAL.inv_cdf(low) * spread),
                latest * math.exp(k * mu + _NORMAL.inv_cdf(high) * spread),
            )
            for low, high in BANDS
        )
        rows.append(FanYear(latest_year + k, latest * math.exp(k * mu), bands))
    return tuple(rows)


@dataclass(frozen=True)
class Outlook:
    """Everything the outlook says for one scenario."""

    volatility: Volatility
    chance: float  # of reaching the target by the target year
    year_half: int | None  # the first year the chance passes 50 %
    year_most: int | None  # … and 90 %
    fan: tuple[FanYear, ...]


def outlook(
    values: Series, latest: float, latest_year: int, target: float, target_year: int
) -> Outlook:
    """The outlook from `values` (the window), the latest estimate and the target."""
    found = volatility(values)
    return Outlook(
        volatility=found,
        chance=chance(latest, target, target_year - latest_year, found.mean, found.deviation),
        year_half=year_chance_passes(latest, latest_year, target, found, 0.5),
        year_most=year_chance_passes(latest, latest_year, target, found, 0.9),
        fan=fan(latest, latest_year, target_year, found),
    )


def chance_words(probability: float) -> str:
    """“4 %”: whole per cent, unsigned (a chance is no growth), but never 0 % or 100 % for
    what is only nearly so."""
    if 0 < probability < 0.005:
        return translate("Outlook", "under {percent}").format(percent=_whole_percent(0.01))
    if 0.995 <= probability < 1:
        return translate("Outlook", "over {percent}").format(percent=_whole_percent(0.99))
    return _whole_percent(probability)


def _whole_percent(fraction: float) -> str:
    return percent_sign(number(fraction * 100, 0))


def outlook_sentence(found: Outlook, target_words: str, target_year: int) -> str:
    """“At the 2015–2024 volatility, the chance of reaching US$10 bn by 2029 is 4 %.”"""
    return translate(
        "Outlook",
        "At the {first}–{last} volatility, the chance of reaching {target} by {year} is {chance}.",
    ).format(
        first=found.volatility.first_year,
        last=found.volatility.last_year,
        target=target_words,
        year=target_year,
        chance=chance_words(found.chance),
    )


def outlook_for(summary: Summary, dataset: Dataset) -> Outlook | None:
    """The scenario's outlook: None without a history; InputError (field "trend" or
    "history") when its window has too few years to say anything."""
    if not dataset.history:
        return None
    values = trend_window(dataset, summary.trend, summary.exchange_rate)
    return outlook(
        values,
        summary.latest_estimate_usd,
        summary.latest_year,
        summary.target_usd,
        summary.target_year,
    )
