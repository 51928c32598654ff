"""The chance of reaching the target (core.outlook), checked against what does not share its
code: a seeded Monte Carlo of log-normal paths, the closed form worked by hand with the
normal distribution written from math.erf, and the fan's quantiles with z written as numbers.

Every history here is illustrative, made up for the test: none is a real statistic."""

from __future__ import annotations

import itertools
import math
import random
from dataclasses import replace

import pytest

from trade_target.core.dataset import Dataset
from trade_target.core.errors import InputError
from trade_target.core.evaluation import evaluate
from trade_target.core.history import AnnualRecord, TrendChoice, TrendMethod
from trade_target.core.money import Currency
from trade_target.core.outlook import (
    MIN_GROWTHS,
    Outlook,
    Volatility,
    chance,
    chance_words,
    fan,
    outlook,
    outlook_for,
    outlook_sentence,
    volatility,
    year_chance_passes,
)
from trade_target.core.scenario import Inputs

Z90 = 1.2815515655446004  # Φ⁻¹(0.90)
Z75 = 0.6744897501960817  # Φ⁻¹(0.75)
PATHS = 100_000


def phi(z: float) -> float:
    """The standard normal distribution function, from the error function."""
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))


def growths_of(values: tuple[tuple[int, float], ...]) -> list[float]:
    """ln(v_t / v_(t−1)) of consecutive values."""
    return [math.log(later / earlier) for (_, earlier), (_, later) in itertools.pairwise(values)]


def monte_carlo(latest: float, target: float, years: int, mu: float, sigma: float) -> float:
    """The fraction of PATHS seeded random walks whose summed yearly log growths reach
    ln(T/L): each path adds `years` independent normal(μ, σ) steps."""
    draw = random.Random(20260108).gauss
    needed = math.log(target / latest)
    reached = 0
    for _ in range(PATHS):
        total = 0.0
        for _ in range(years):
            total += draw(mu, sigma)
        reached += total >= needed
    return reached / PATHS


# --- The closed form against a seeded Monte Carlo ------------------------------------------------


@pytest.mark.parametrize(
    ("latest", "target", "years", "mu", "sigma"),
    [
        (5.0, 10.0, 4, 0.10, 0.20),  # P ≈ 0.23
        (8.0, 10.0, 10, 0.02, 0.05),  # P ≈ 0.44
        (5.367, 10.0, 1, 0.30, 0.40),  # one year: P ≈ 0.32
    ],
)
def test_the_closed_form_agrees_with_a_monte_carlo_of_100000_paths(
    latest: float, target: float, years: int, mu: float, sigma: float
) -> None:
    p = chance(latest, target, years, mu, sigma)
    simulated = monte_carlo(latest, target, years, mu, sigma)
    standard_error = math.sqrt(p * (1 - p) / PATHS)
    assert 0.05 < p < 0.95  # a case where the test can tell the two apart
    assert abs(simulated - p) <= 3 * standard_error, (simulated, p, standard_error)


def test_the_monte_carlo_would_catch_a_wrong_formula() -> None:
    # σ·n in place of σ·√n: the same walk, a different answer, far outside 3 standard errors.
    latest, target, years, mu, sigma = 5.0, 10.0, 4, 0.10, 0.20
    wrong = 1 - phi((math.log(target / latest) - years * mu) / (sigma * years))
    simulated = monte_carlo(latest, target, years, mu, sigma)
    assert abs(simulated - wrong) > 3 * math.sqrt(wrong * (1 - wrong) / PATHS)


# --- Hand-computed cases -------------------------------------------------------------------------


def test_hand_computed_five_to_ten_in_four_years() -> None:
    # z = (ln(10/5) − 4·0.10) / (0.20·√4) = (0.693147 − 0.4) / 0.4 = 0.732868
    z = (0.6931471805599453 - 0.4) / 0.4
    assert z == pytest.approx(0.732868, abs=1e-6)
    assert chance(5.0, 10.0, 4, 0.10, 0.20) == pytest.approx(1 - phi(z), rel=1e-12)
    assert chance(5.0, 10.0, 4, 0.10, 0.20) == pytest.approx(0.2318, abs=5e-5)


def test_hand_computed_from_the_2025_estimate() -> None:
    # L = 5.367, T = 10, n = 4, μ = 3 %, σ = 10 %: z = (ln(10/5.367) − 0.12) / (0.10·2)
    z = (math.log(10 / 5.367) - 0.12) / 0.2
    assert z == pytest.approx(2.51158, abs=1e-5)
    assert chance(5.367, 10.0, 4, 0.03, 0.10) == pytest.approx(0.00601, abs=5e-6)


def test_hand_computed_ten_years_close_to_the_target() -> None:
    # z = (ln(10/8) − 10·0.02) / (0.05·√10) = (0.223144 − 0.2) / 0.158114 = 0.146373
    z = (0.22314355131420976 - 0.2) / (0.05 * math.sqrt(10))
    assert z == pytest.approx(0.146373, abs=1e-6)
    assert chance(8.0, 10.0, 10, 0.02, 0.05) == pytest.approx(0.4418, abs=5e-5)


# --- Edge cases ----------------------------------------------------------------------------------


def test_no_volatility_is_certain_either_way() -> None:
    # σ = 0: the walk is the straight line L·e^(nμ); 4·0.2 = 0.8 ≥ ln 2, 4·0.1 = 0.4 < ln 2.
    assert chance(5.0, 10.0, 4, 0.20, 0.0) == 1.0
    assert chance(5.0, 10.0, 4, 0.10, 0.0) == 0.0
    assert chance(5.0, 10.0, 4, math.log(2) / 4 + 1e-12, 0.0) == 1.0


def test_no_growth_leaves_the_chance_under_a_half() -> None:
    # μ = 0: z = ln 2 / (0.2·√4) = 1.732868; μ = −0.05: z = (ln 2 + 0.2) / 0.4 = 2.232868
    assert chance(5.0, 10.0, 4, 0.0, 0.20) == pytest.approx(1 - phi(1.732868), abs=1e-6)
    assert chance(5.0, 10.0, 4, -0.05, 0.20) == pytest.approx(1 - phi(2.232868), abs=1e-6)
    for years in range(1, 51):
        assert chance(5.0, 10.0, years, 0.0, 0.20) < 0.5
        assert chance(5.0, 10.0, years, -0.05, 0.20) < 0.5
    # Falling trade: the chance fades as the years pass (z grows as √n once n > ln2/0.05).
    assert chance(5.0, 10.0, 50, -0.05, 0.20) < chance(5.0, 10.0, 14, -0.05, 0.20)


def test_the_target_already_met_is_certain() -> None:
    assert chance(10.0, 10.0, 4, -0.5, 0.3) == 1.0
    assert chance(12.0, 10.0, 0, -0.5, 0.3) == 1.0
    assert chance(12.0, 10.0, 1, -0.5, 0.0) == 1.0


def test_no_year_left_and_not_met_is_no_chance() -> None:
    assert chance(5.0, 10.0, 0, 0.5, 0.3) == 0.0


def test_one_year() -> None:
    # n = 1: z = (ln(10/5.367) − 0.05) / 0.15 = 3.81544
    z = (math.log(10 / 5.367) - 0.05) / 0.15
    assert z == pytest.approx(3.81544, abs=1e-5)
    assert chance(5.367, 10.0, 1, 0.05, 0.15) == pytest.approx(6.797e-05, rel=1e-3)


def test_values_that_are_not_positive_are_refused() -> None:
    with pytest.raises(ValueError):
        chance(0.0, 10.0, 4, 0.1, 0.2)
    with pytest.raises(ValueError):
        chance(5.0, -1.0, 4, 0.1, 0.2)


# --- Volatility of a history ---------------------------------------------------------------------


def test_mean_and_sample_deviation_of_the_log_growths() -> None:
    values = ((2015, 2.0), (2016, 2.2), (2017, 2.1), (2018, 2.6), (2019, 2.5), (2020, 3.0))
    growths = growths_of(values)
    mean = sum(growths) / 5
    deviation = math.sqrt(sum((g - mean) ** 2 for g in growths) / 4)  # n − 1
    found = volatility(values)
    assert (found.first_year, found.last_year, found.growths) == (2015, 2020, 5)
    assert found.mean == pytest.approx(mean, rel=1e-12)
    assert found.mean == pytest.approx(math.log(3.0 / 2.0) / 5, rel=1e-12)  # telescoping
    assert found.deviation == pytest.approx(deviation, rel=1e-12)


def test_fewer_than_five_growths_get_a_plain_message() -> None:
    values = ((2016, 2.2), (2017, 2.1), (2018, 2.6), (2019, 2.5), (2020, 3.0))  # 4 growths
    with pytest.raises(InputError) as caught:
        volatility(values)
    assert caught.value.field == "history"
    assert MIN_GROWTHS == 5
    assert caught.value.message == (
        "The chance of reaching the target needs at least 5 year-on-year growths (that is 6 "
        "consecutive years) in the window; it has 4."
    )


def test_a_gap_in_the_years_is_no_growth() -> None:
    # 2015–2021 without 2018: six years, but only 2015→16→17 and 2019→20→21 are one year apart.
    values = ((2015, 2.0), (2016, 2.2), (2017, 2.1), (2019, 2.5), (2020, 3.0), (2021, 3.1))
    with pytest.raises(InputError, match="it has 4"):
        volatility(values)
    longer = (*values, (2022, 3.3))  # a fifth growth, 2021→22
    found = volatility(longer)
    growths = [
        math.log(b / a) for a, b in ((2.0, 2.2), (2.2, 2.1), (2.5, 3.0), (3.0, 3.1), (3.1, 3.3))
    ]
    assert found.growths == 5
    assert found.mean == pytest.approx(sum(growths) / 5, rel=1e-12)
    assert found.mean != pytest.approx(math.log(3.3 / 2.0) / 7)  # not the ends' growth


# --- The fan -------------------------------------------------------------------------------------


def test_the_fan_quantiles() -> None:
    spread = Volatility(2015, 2024, mean=0.04, deviation=0.12, growths=9)
    rows = fan(5.367, 2025, 2029, spread)
    assert [row.year for row in rows] == [2025, 2026, 2027, 2028, 2029]
    for k, row in enumerate(rows):
        width = 0.12 * math.sqrt(k)
        assert row.median == pytest.approx(5.367 * math.exp(0.04 * k), rel=1e-12)
        (p10, p90), (p25, p75) = row.bands
        assert p10 == pytest.approx(5.367 * math.exp(0.04 * k - Z90 * width), rel=1e-12)
        assert p90 == pytest.approx(5.367 * math.exp(0.04 * k + Z90 * width), rel=1e-12)
        assert p25 == pytest.approx(5.367 * math.exp(0.04 * k - Z75 * width), rel=1e-12)
        assert p75 == pytest.approx(5.367 * math.exp(0.04 * k + Z75 * width), rel=1e-12)
    assert rows[0].bands == ((5.367, 5.367), (5.367, 5.367))  # no width at the latest value


def test_the_fan_edges_hold_their_chance() -> None:
    # The 90 % edge of the target year: P(V ≥ it) is 10 %, as the closed form says.
    spread = Volatility(2015, 2024, mean=0.04, deviation=0.12, growths=9)
    top = fan(5.367, 2025, 2029, spread)[-1].bands[0][1]
    assert chance(5.367, top * (1 + 1e-12), 4, 0.04, 0.12) == pytest.approx(0.10, abs=1e-9)


# --- The years the chance passes 50 % and 90 % ---------------------------------------------------


def test_the_year_the_chance_passes_a_half() -> None:
    # P ≥ 50 % exactly when nμ ≥ ln(T/L): n = ⌈ln(10/5.367) / 0.04⌉ = ⌈15.56⌉ = 16
    spread = Volatility(2015, 2024, mean=0.04, deviation=0.12, growths=9)
    assert math.ceil(math.log(10 / 5.367) / 0.04) == 16
    assert year_chance_passes(5.367, 2025, 10.0, spread, 0.5) == 2025 + 16


def test_the_year_the_chance_passes_ninety_percent() -> None:
    # nμ − z·σ·√n ≥ ln(T/L), a quadratic in √n: √n ≥ (zσ + √(z²σ² + 4μa)) / (2μ)
    mu, sigma, a = 0.04, 0.12, math.log(10 / 5.367)
    root = (Z90 * sigma + math.sqrt((Z90 * sigma) ** 2 + 4 * mu * a)) / (2 * mu)
    years = math.ceil(root**2)
    assert years == 40  # ⌈39.82⌉
    spread = Volatility(2015, 2024, mean=mu, deviation=sigma, growths=9)
    assert year_chance_passes(5.367, 2025, 10.0, spread, 0.9) == 2025 + years


def test_never_within_fifty_years_and_already_met() -> None:
    flat = Volatility(2015, 2024, mean=0.0, deviation=0.12, growths=9)
    assert year_chance_passes(5.367, 2025, 10.0, flat, 0.5) is None
    slow = Volatility(2015, 2024, mean=0.005, deviation=0.12, growths=9)  # 50 % after 125 years
    assert year_chance_passes(5.367, 2025, 10.0, slow, 0.5) is None
    assert year_chance_passes(12.0, 2025, 10.0, flat, 0.9) == 2025  # already there


# --- The outlook and its sentence ----------------------------------------------------------------

HISTORY = (  # illustrative values, US$ bn, made up for the test
    (2015, 3.0),
    (2016, 3.3),
    (2017, 3.1),
    (2018, 3.6),
    (2019, 3.5),
    (2020, 3.2),
    (2021, 4.0),
    (2022, 4.6),
    (2023, 4.4),
    (2024, 5.2),
)


def test_the_outlook_of_a_history() -> None:
    growths = growths_of(HISTORY)
    mu = sum(growths) / 9
    sigma = math.sqrt(sum((g - mu) ** 2 for g in growths) / 8)
    found = outlook(HISTORY, 5.367, 2025, 10.0, 2029)
    z = (math.log(10 / 5.367) - 4 * mu) / (sigma * 2)
    assert found.chance == pytest.approx(1 - phi(z), rel=1e-9)
    assert [row.year for row in found.fan] == [2025, 2026, 2027, 2028, 2029]
    assert found.year_half == 2025 + math.ceil(math.log(10 / 5.367) / mu)


def test_the_outlook_of_a_scenario_uses_its_window(dataset: Dataset) -> None:
    with_history = replace(
        dataset,
        history=tuple(AnnualRecord(year, value, Currency.USD, "MYS") for year, value in HISTORY),
    )
    trend = TrendChoice(TrendMethod.TWO_POINT, 2016, 2024)
    summary = evaluate(with_history, Inputs.defaults(with_history), trend=trend)
    found = outlook_for(summary, with_history)
    assert found is not None
    assert (found.volatility.first_year, found.volatility.last_year) == (2016, 2024)
    growths = growths_of(HISTORY[1:])
    assert found.volatility.mean == pytest.approx(sum(growths) / 8, rel=1e-12)
    latest = 21.2 / (21.2 / 4.92) * 12 / 11  # the run-rate estimate, 5.367
    mu, sigma = found.volatility.mean, found.volatility.deviation
    z = (math.log(10 / latest) - 4 * mu) / (sigma * 2)
    assert found.chance == pytest.approx(1 - phi(z), rel=1e-9)
    assert outlook_for(summary, dataset) is None  # no history, no outlook


def test_the_sentence() -> None:
    spread = Volatility(2015, 2024, mean=0.04, deviation=0.12, growths=9)
    found = Outlook(spread, chance=0.04, year_half=2041, year_most=None, fan=())
    assert outlook_sentence(found, "US$10 bn", 2029) == (
        "At the 2015–2024 volatility, the chance of reaching US$10 bn by 2029 is 4 %."
    )


@pytest.mark.parametrize(
    ("probability", "words"),
    [
        (0.0, "0 %"),
        (0.004, "under 1 %"),
        (0.006, "1 %"),
        (0.0449, "4 %"),
        (0.5, "50 %"),
        (0.994, "99 %"),
        (0.996, "over 99 %"),
        (1.0, "100 %"),
    ],
)
def test_the_chance_in_words(probability: float, words: str) -> None:
    assert chance_words(probability) == words
