"""A scenario's inputs applied to the dataset: every figure of its summary, computed once.

The sums live here and the checks on how far their figures may go in limits, which runs
them again with other inputs to find the one to blame; the inputs and the summary they make
are scenario's types.
"""

from __future__ import annotations

from trade_target.core import annualise, growth, history, limits
from trade_target.core.annualise import Annualisation
from trade_target.core.dataset import Dataset
from trade_target.core.errors import InputError
from trade_target.core.history import TrendChoice, TrendMethod
from trade_target.core.i18n import translate
from trade_target.core.money import Currency, convert
from trade_target.core.scenario import Inputs, Summary, TrajectoryRow

TWO_POINT = TrendChoice()


def evaluate(
    dataset: Dataset,
    inputs: Inputs,
    method: Annualisation = Annualisation.RUN_RATE,
    trend: TrendChoice = TWO_POINT,
) -> Summary:
    """Apply `inputs` to `dataset`: required growth, run-rate estimate, progress, trajectory.

    Inputs that pass their own checks can still be too far apart to compute with (a base of
    US$0.0000001 bn growing to a latest of 10 billion billion overflows a float within 50
    years; a rate of 1e-321 makes the latest figure infinite): that is an InputError naming
    the input to blame (core.limits), never an arithmetic exception, inf or NaN."""
    inputs.validate()
    if trend == TWO_POINT:
        return limits.checked(_evaluate, dataset, inputs, method)
    # The two-point trend with a window or a report still keeps them: the outlook uses them.
    return limits.checked(
        lambda data, entered, how: _evaluate(data, entered, how, trend), dataset, inputs, method
    )


def _evaluate(
    dataset: Dataset, inputs: Inputs, method: Annualisation, trend: TrendChoice = TWO_POINT
) -> Summary:
    rate = inputs.exchange_rate
    base_fig, latest_fig, target_fig = dataset.base, dataset.latest, dataset.target
    assert base_fig.reported_currency and latest_fig.reported_currency
    assert target_fig.reported_currency and base_fig.year and latest_fig.year

    base_usd = convert(inputs.base_value, base_fig.reported_currency, Currency.USD, rate)
    target_usd = convert(inputs.target_value, target_fig.reported_currency, Currency.USD, rate)
    latest_partial_usd = convert(
        inputs.latest_value, latest_fig.reported_currency, Currency.USD, rate
    )
    estimate = annualise.estimate(
        method, dataset, latest_partial_usd, inputs.latest_months, base_usd, rate
    )
    latest_estimate_usd = estimate.value_usd

    base_year, latest_year = base_fig.year, latest_fig.year
    target_year = base_year + inputs.years_to_target
    required = growth.required_growth(base_usd, target_usd, inputs.years_to_target)
    observed = growth.growth_between(base_usd, latest_estimate_usd, latest_year - base_year)
    trend_years = None
    if trend.method is not TrendMethod.TWO_POINT:
        taken = trend_window(dataset, trend, rate)
        observed = history.trend_growth(taken, trend.method)
        trend_years = (taken[0][0], taken[-1][0])

    progress = growth.rate_progress(
        latest=latest_estimate_usd,
        target=target_usd,
        required=required,
        observed=observed,
        years_left=target_year - latest_year,
    )

    years_left = growth.years_to_reach(latest_estimate_usd, target_usd, observed)
    year_reached = growth.first_year_reached(latest_estimate_usd, latest_year, target_usd, observed)

    trajectory = tuple(
        TrajectoryRow(
            year=year,
            required_usd=required_usd,
            required_myr=required_usd * rate,
            trend_usd=trend_usd,
            trend_myr=trend_usd * rate,
        )
        for (year, required_usd), (_, trend_usd) in zip(
            growth.path(base_usd, required, base_year, target_year),
            growth.path(base_usd, observed, base_year, target_year),
            strict=False,
        )
    )
    return Summary(
        inputs=inputs,
        base_year=base_year,
        base_usd=base_usd,
        target_usd=target_usd,
        target_year=target_year,
        required_growth=required,
        latest_year=latest_year,
        latest_months=inputs.latest_months,
        latest_partial_usd=latest_partial_usd,
        latest_estimate_usd=latest_estimate_usd,
        observed_growth=observed,
        progress_ratio=progress.ratio,
        status=progress.status,
        years_to_reach_at_trend=years_left,
        year_reached_at_trend=year_reached,
        trajectory=trajectory,
        estimate=estimate,
        rated_against=progress.need,
        rated_on_catch_up=progress.on_catch_up,
        catch_up_growth=(
            None
            if growth.reaches(latest_estimate_usd, target_usd)
            else growth.catch_up_growth(latest_estimate_usd, target_usd, target_year - latest_year)
        ),
        trend=trend,
        trend_years=trend_years,
    )


def trend_window(dataset: Dataset, trend: TrendChoice, exchange_rate: float) -> history.Series:
    """The history's years the trend (and the outlook) are taken over, in US$ bn, from the
    report the scenario uses; InputError (field "trend") when it has fewer than two years."""
    records = dataset.history
    reporter = history.used_reporter(records, trend)
    taken = (
        history.window(history.series(records, reporter, exchange_rate), trend)
        if reporter is not None
        else ()
    )
    if len(taken) < 2:
        raise InputError(
            "trend",
            translate(
                "Evaluation",
                "A trend over a window of years needs the annual history of at least two "
                "years in that window; import the history or choose another window.",
            ),
        )
    return taken
