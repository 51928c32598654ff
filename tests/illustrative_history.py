"""An ILLUSTRATIVE annual history for the tests of the catch-up path, the history and the fan:
invented round numbers of about the right size, NOT real statistics of Malaysia–Türkiye
trade. The app ships no history; a user imports one.

The outlook's figures are worked out here from these values with the standard library alone
(μ and σ of the year-on-year log growth, the normal quantiles), independently of the app.
"""

from __future__ import annotations

import dataclasses
import math
import statistics

from trade_target.core.dataset import Dataset
from trade_target.core.files.dataset_file import load_default_dataset
from trade_target.core.history import AnnualRecord
from trade_target.core.money import Currency

# Illustrative only: US$ bn a year, "Malaysia's report".
VALUES = {
    2015: 3.0,
    2016: 2.8,
    2017: 3.2,
    2018: 3.4,
    2019: 3.3,
    2020: 3.0,
    2021: 4.1,
    2022: 4.9,
    2023: 4.6,
    2024: 5.2,
}
GROWTHS = [math.log(VALUES[year] / VALUES[year - 1]) for year in range(2016, 2025)]
MEAN = sum(GROWTHS) / len(GROWTHS)  # μ
DEVIATION = math.sqrt(sum((g - MEAN) ** 2 for g in GROWTHS) / (len(GROWTHS) - 1))  # σ, n − 1
Z90 = statistics.NormalDist().inv_cdf(0.90)  # 1.2816
Z75 = statistics.NormalDist().inv_cdf(0.75)  # 0.6745

ARTICLE_RATE = 21.2 / 4.92  # RM per US$ the article implies (4.3089), the default
LATEST = 21.2 / ARTICLE_RATE * 12 / 11  # the 2025 estimate, US$5.367 bn


def with_history(dataset: Dataset | None = None, reporter: str = "MYS") -> Dataset:
    """The article's figures (or `dataset`) with the illustrative history imported."""
    records = tuple(
        AnnualRecord(year, value, Currency.USD, reporter) for year, value in VALUES.items()
    )
    return dataclasses.replace(dataset or load_default_dataset(), history=records)


def band_edge(years_on: int, z: float) -> float:
    """L·exp(kμ + zσ√k): a fan band's edge k years after the latest estimate, US$ bn."""
    return LATEST * math.exp(years_on * MEAN + z * DEVIATION * math.sqrt(years_on))


def chance(years_on: int, target: float = 10.0) -> float:
    """P = 1 − Φ((ln(T/L) − nμ) / (σ√n))."""
    score = (math.log(target / LATEST) - years_on * MEAN) / (DEVIATION * math.sqrt(years_on))
    return 1 - statistics.NormalDist().cdf(score)
