"""The verdict sentence, checked against PRODUCT.md's worked numbers written out here: every
rating, late, early and on time, the never-at-this-trend cases, both currencies, the catch-up
growth said when trade falls short, the chance of reaching the target when there is an
outlook, and the sentence in Malay and Turkish as a reader sees it."""

from __future__ import annotations

import math
from collections.abc import Iterator
from typing import Any

import pytest

from trade_target.core import i18n
from trade_target.core.dataset import Dataset
from trade_target.core.evaluation import evaluate
from trade_target.core.growth import ProgressStatus
from trade_target.core.money import Currency
from trade_target.core.outlook import Outlook, Volatility
from trade_target.core.scenario import Inputs, Summary
from trade_target.core.verdict import Tone, amount, verdict, verdict_sentence

RATE = 21.2 / 4.92  # the article's own pair of figures: 4.3089 RM per US$
BASE, TARGET, BASE_YEAR, LATEST_YEAR = 5.2, 10.0, 2024, 2025


def required(years: int, target: float = TARGET) -> float:
    return (target / BASE) ** (1 / years) - 1


def latest(rate: float = RATE, ringgit: float = 21.2, months: int = 11) -> float:
    return ringgit / rate * 12 / months


def observed(rate: float = RATE) -> float:
    return latest(rate) / BASE - 1


def year_reached(rate: float = RATE, target: float = TARGET) -> int:
    """The first whole year after 2025 at or past the target, at the observed growth."""
    years = math.log(target / latest(rate)) / math.log(1 + observed(rate))
    return LATEST_YEAR + math.ceil(years)


def catch_up(rate: float = RATE, years: int = 5, target: float = TARGET) -> float:
    """(T/L)^(1/(target year − 2025)) − 1: the growth still needed from the latest estimate."""
    return (target / latest(rate)) ** (1 / (BASE_YEAR + years - LATEST_YEAR)) - 1


def signed(fraction: float) -> str:
    return f"{'+' if fraction >= 0 else '−'}{abs(fraction) * 100:.2f} %"


def summary_of(dataset: Dataset, **changes: Any) -> Summary:
    inputs = Inputs.defaults(dataset)
    for field, value in changes.items():
        inputs = inputs.with_value(field, value)
    return evaluate(dataset, inputs)


# --- The worked example -------------------------------------------------------------------------


def test_the_worked_numbers_are_those_of_the_product_brief() -> None:
    assert signed(required(5)) == "+13.97 %"
    assert signed(observed()) == "+3.22 %"
    assert year_reached() == 2045
    assert year_reached() - (BASE_YEAR + 5) == 16
    assert signed(catch_up()) == "+16.83 %"  # (10 / 5.367)^(1/4) − 1
    assert signed(catch_up(5.0)) == "+21.26 %"  # (10 / (21.2 / 5.0 × 12/11))^(1/4) − 1
    assert f"{TARGET * RATE:.1f}" == "43.1"


def test_the_defaults_are_limited_progress_sixteen_years_late(dataset: Dataset) -> None:
    summary = summary_of(dataset)
    late = year_reached() - 2029
    expected = (
        f"Limited progress: the target needs {signed(required(5))} a year to 2029; trade is "
        f"growing {signed(observed())} a year and would reach US$10 bn in {year_reached()}, "
        f"{late} years late. From the 2025 estimate, it now takes {signed(catch_up())} a year "
        "to 2029."
    )
    assert verdict_sentence(summary, Currency.USD) == expected
    assert expected == (
        "Limited progress: the target needs +13.97 % a year to 2029; trade is growing "
        "+3.22 % a year and would reach US$10 bn in 2045, 16 years late. From the 2025 "
        "estimate, it now takes +16.83 % a year to 2029."
    )
    assert verdict(summary, Currency.USD).tone is Tone.WARNING


def test_in_ringgit_the_target_is_said_in_ringgit(dataset: Dataset) -> None:
    sentence = verdict_sentence(summary_of(dataset), Currency.MYR)
    assert f"would reach RM{TARGET * RATE:.1f} bn in 2045" in sentence
    assert "RM43.1 bn" in sentence and "US$" not in sentence


# --- Every rating ------------------------------------------------------------------------------


def test_one_year_late_is_singular(dataset: Dataset) -> None:
    summary = summary_of(dataset, exchange_rate=4.05, years_to_target=6)
    assert summary.status is ProgressStatus.NEEDS_ACCELERATION  # 9.82 ÷ 11.51 = 0.85
    assert year_reached(4.05) == 2031
    assert verdict_sentence(summary, Currency.USD) == (
        f"Needs acceleration: the target needs {signed(required(6))} a year to 2030; trade is "
        f"growing {signed(observed(4.05))} a year and would reach US$10 bn in 2031, 1 year late. "
        f"From the 2025 estimate, it now takes {signed(catch_up(4.05, 6))} a year to 2030."
    )
    assert verdict(summary, Currency.USD).tone is Tone.WARNING


def test_needs_acceleration_five_years_late(dataset: Dataset) -> None:
    summary = summary_of(dataset, years_to_target=16)
    assert 0.60 <= observed() / required(16) < 0.95
    sentence = verdict_sentence(summary, Currency.USD)
    assert sentence.startswith(f"Needs acceleration: the target needs {signed(required(16))}")
    assert f"in 2045, {2045 - 2040} years late. " in sentence
    assert sentence.endswith(
        f"From the 2025 estimate, it now takes {signed(catch_up(years=16))} a year to 2040."
    )


@pytest.mark.parametrize(
    ("years", "ending"),
    [
        (30, "in 2045, 9 years early."),  # 2054 − 2045
        (21, "in 2045, on time."),  # 2024 + 21 = 2045
        (20, "in 2045, 1 year late."),  # on track (ratio 0.97), yet a year behind
    ],
)
def test_on_track_early_on_time_or_late(dataset: Dataset, years: int, ending: str) -> None:
    assert observed() / required(years) >= 0.95
    summary = summary_of(dataset, years_to_target=years)
    sentence = verdict_sentence(summary, Currency.USD)
    assert sentence.startswith(
        f"On track: the target needs {signed(required(years))} a year to {BASE_YEAR + years}; "
        f"trade is growing {signed(observed())} a year and would reach US$10 bn "
    )
    assert sentence.endswith(ending)  # on track: the trend says enough, no catch-up
    assert verdict(summary, Currency.USD).tone is Tone.GOOD


def test_a_target_just_above_the_base_is_reached_early(dataset: Dataset) -> None:
    summary = summary_of(dataset, target_value=5.5)
    assert year_reached(target=5.5) == 2026
    assert verdict_sentence(summary, Currency.USD).endswith(
        "would reach US$5.5 bn in 2026, 3 years early."
    )


def test_a_falling_trend_at_rate_5_is_moving_away(dataset: Dataset) -> None:
    summary = summary_of(dataset, exchange_rate=5.0)
    assert signed(observed(5.0)) == "−11.05 %"
    assert verdict_sentence(summary, Currency.USD) == (
        f"Moving away from the target: the target needs {signed(required(5))} a year to 2029, "
        f"but trade is falling ({signed(observed(5.0))} a year) and will not reach US$10 bn "
        f"at this trend. From the 2025 estimate, it now takes {signed(catch_up(5.0))} a year "
        "to 2029."
    )
    # In ringgit at 5.0 RM per US$ the US$10 bn target is RM50 bn.
    assert "will not reach RM50 bn at this trend" in verdict_sentence(summary, Currency.MYR)
    assert verdict(summary, Currency.USD).tone is Tone.BAD


def test_no_growth_is_said_in_words_not_as_infinity(dataset: Dataset) -> None:
    # RM26 bn for the full year 2025 at 5.0 RM per US$ is US$5.2 bn: exactly the base.
    summary = summary_of(dataset, exchange_rate=5.0, latest_months=12, latest_value=26.0)
    assert summary.observed_growth == 0
    sentence = verdict_sentence(summary, Currency.USD)
    assert sentence == (
        f"Limited progress: the target needs {signed(required(5))} a year to 2029, but trade "
        "is not growing (+0.00 % a year) and will not reach US$10 bn at this trend. From the "
        f"2025 figure, it now takes {signed((10 / 5.2) ** (1 / 4) - 1)} a year to 2029."
    )  # a full year's figure is no estimate
    assert "inf" not in sentence and "None" not in sentence
    assert verdict(summary, Currency.USD).tone is Tone.BAD


def test_met_says_the_latest_value_and_its_year(dataset: Dataset) -> None:
    summary = summary_of(dataset, latest_value=50.0)
    value = latest(ringgit=50.0)  # 12.66: RM50 bn for 11 months, annualised
    assert f"{value:.1f}" == "12.7"
    assert verdict_sentence(summary, Currency.USD) == (
        "Target met: trade in 2025, US$12.7 bn (estimate), already reaches the US$10 bn target."
    )
    assert verdict_sentence(summary, Currency.MYR) == (
        f"Target met: trade in 2025, RM{value * RATE:.1f} bn (estimate), already reaches the "
        f"RM{TARGET * RATE:.1f} bn target."
    )
    assert verdict(summary, Currency.USD).tone is Tone.GOOD


def test_a_full_year_figure_is_not_called_an_estimate(dataset: Dataset) -> None:
    summary = summary_of(dataset, latest_value=50.0, latest_months=12)
    assert f"{50 / RATE:.1f}" == "11.6"
    assert verdict_sentence(summary, Currency.USD) == (
        "Target met: trade in 2025, US$11.6 bn, already reaches the US$10 bn target."
    )


def test_a_latest_value_exactly_at_the_target_is_met(dataset: Dataset) -> None:
    # RM50 bn for the full year at 5.0 RM per US$ is exactly US$10 bn.
    summary = summary_of(dataset, exchange_rate=5.0, latest_months=12, latest_value=50.0)
    assert verdict_sentence(summary, Currency.USD) == (
        "Target met: trade in 2025, US$10 bn, already reaches the US$10 bn target."
    )


def test_a_target_below_the_base_is_met_when_the_latest_reaches_it(dataset: Dataset) -> None:
    summary = summary_of(dataset, target_value=5.0)
    assert verdict_sentence(summary, Currency.USD) == (
        f"Target met: trade in 2025, US${latest():.2f} bn (estimate), already reaches the "
        "US$5 bn target."
    )


def test_a_base_above_the_target_is_not_met_once_trade_falls_below(dataset: Dataset) -> None:
    """PRODUCT.md: "met" means the latest value reaches the target, never merely the base."""
    summary = summary_of(dataset, target_value=5.0, latest_value=18.0)
    value = latest(ringgit=18.0)  # 4.56 < 5
    fall = value / BASE - 1
    shown = verdict(summary, Currency.USD)
    assert shown.sentence == (
        "Moving away from the target: trade reached the US$5 bn target in 2024 but is falling "
        f"({signed(fall)} a year); trade in 2025, US${value:.2f} bn (estimate), is below it "
        "and will not reach it again at this trend. From the 2025 estimate, it now takes "
        f"{signed((5 / value) ** (1 / 4) - 1)} a year to 2029."
    )
    assert shown.tone is Tone.BAD


@pytest.mark.parametrize(
    ("value", "currency", "text"),
    [
        (10.0, Currency.USD, "US$10 bn"),
        (10 * RATE, Currency.MYR, "RM43.1 bn"),
        (5.3672, Currency.USD, "US$5.37 bn"),
        (0.052349, Currency.USD, "US$0.0523 bn"),
        (1234.6, Currency.MYR, "RM1235 bn"),
        (5.5, Currency.USD, "US$5.5 bn"),
    ],
)
def test_amounts_have_three_significant_figures(
    value: float, currency: Currency, text: str
) -> None:
    assert amount(value, currency) == text


# --- Languages ---------------------------------------------------------------------------------


@pytest.fixture
def wrapped() -> Iterator[list[tuple[str, str]]]:
    """A pseudo-language: every text in «», numbers with a decimal comma."""
    asked: list[tuple[str, str]] = []

    def translate(context: str, text: str, _disambiguation: str | None, n: int) -> str:
        asked.append((context, text))
        return "«" + (text.replace("%n", str(n)) if n >= 0 else text) + "»"

    i18n.install(translate, lambda value, decimals: f"{value:.{decimals}f}".replace(".", ","))
    try:
        yield asked
    finally:
        i18n.install(None)


def test_every_word_and_number_goes_through_the_language(
    dataset: Dataset, wrapped: list[tuple[str, str]]
) -> None:
    sentence = verdict_sentence(summary_of(dataset), Currency.MYR)
    assert sentence == (
        "««Limited progress»: the target needs +13,97 % a year to 2029; trade is growing "
        "+3,22 % a year and would reach «RM43,1 bn» in 2045, 16 year(s) late.» «From the 2025 "
        "estimate, it now takes +16,83 % a year to 2029.»"
    )
    assert {context for context, _ in wrapped} == {"Verdict", "Growth"}


SPOKEN = {
    "ms": (
        "Kemajuan terhad: sasaran memerlukan pertumbuhan +13.97 % setahun hingga 2029; "
        "perdagangan berkembang +3.22 % setahun dan akan mencapai RM43.1 bilion pada 2045, "
        "lewat 16 tahun. Dari anggaran 2025, kini diperlukan pertumbuhan +16.83 % setahun "
        "hingga 2029.",
        "Menjauhi sasaran: sasaran memerlukan pertumbuhan +13.97 % setahun hingga 2029, "
        "tetapi perdagangan sedang menurun (−11.05 % setahun) dan tidak akan mencapai "
        "US$10 bilion pada trend ini. Dari anggaran 2025, kini diperlukan pertumbuhan "
        "+21.26 % setahun hingga 2029.",
        "Sasaran tercapai: perdagangan pada 2025, US$12.7 bilion (anggaran), sudah mencapai "
        "sasaran US$10 bilion.",
    ),
    "tr": (
        "Sınırlı ilerleme: hedef, 2029 yılına kadar yılda +\u2060%13,97 büyüme gerektiriyor; "
        "ticaret yılda +\u2060%3,22 büyüyor ve RM43,1 milyar düzeyine 2045 yılında, 16 yıl geç "
        "ulaşacak. 2025 tahmininden 2029 yılına kadar artık yılda +\u2060%16,83 büyüme "
        "gerekiyor.",
        "Hedeften uzaklaşıyor: hedef, 2029 yılına kadar yılda +\u2060%13,97 büyüme gerektiriyor; "
        "ancak ticaret düşüyor (yılda −\u2060%11,05) ve bu eğilimle US$10 milyar düzeyine "
        "ulaşmayacak. 2025 tahmininden 2029 yılına kadar artık yılda +\u2060%21,26 büyüme "
        "gerekiyor.",
        "Hedefe ulaşıldı: 2025 yılındaki ticaret, US$12,7 milyar (tahmini), şimdiden "
        "US$10 milyar hedefine ulaşıyor.",
    ),
}


@pytest.mark.parametrize("code", sorted(SPOKEN))
def test_the_verdict_in_malay_and_turkish(dataset: Dataset, code: str) -> None:
    from trade_target import translations  # Qt's translators (QtCore only, no application)

    limited, away, met = SPOKEN[code]
    summaries = (
        (summary_of(dataset), Currency.MYR),
        (summary_of(dataset, exchange_rate=5.0), Currency.USD),
        (summary_of(dataset, latest_value=50.0), Currency.USD),
    )
    assert translations.use(code)
    try:
        shown = [verdict_sentence(summary, currency) for summary, currency in summaries]
    finally:
        translations.reset()
    assert shown == [limited, away, met]


# --- What it takes from here, and the chance -----------------------------------------------------


def test_the_catch_up_is_said_only_when_trade_falls_short(dataset: Dataset) -> None:
    on_track = verdict_sentence(summary_of(dataset, years_to_target=21), Currency.USD)
    assert "it now takes" not in on_track  # the trend reaches it on time
    met = verdict_sentence(summary_of(dataset, latest_value=50.0), Currency.USD)
    assert "it now takes" not in met
    # Needs acceleration, no year left to catch up in (the target year is 2025 itself).
    no_year_left = summary_of(dataset, years_to_target=1)
    assert no_year_left.catch_up_growth is None
    assert "it now takes" not in verdict_sentence(no_year_left, Currency.USD)


def test_the_chance_ends_the_verdict_when_there_is_an_outlook(dataset: Dataset) -> None:
    spread = Volatility(2015, 2024, mean=0.04, deviation=0.12, growths=9)
    found = Outlook(spread, chance=0.04, year_half=2041, year_most=None, fan=())
    summary = summary_of(dataset)
    without = verdict_sentence(summary, Currency.USD)
    assert verdict_sentence(summary, Currency.USD, None) == without
    shown = verdict(summary, Currency.USD, found)
    assert shown.sentence == (
        f"{without} At the 2015–2024 volatility, the chance of reaching US$10 bn by 2029 is 4 %."
    )
    assert shown.tone is Tone.WARNING
    in_ringgit = verdict_sentence(summary, Currency.MYR, found)
    assert in_ringgit.endswith("the chance of reaching RM43.1 bn by 2029 is 4 %.")
