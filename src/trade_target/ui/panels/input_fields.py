"""What each input of the inputs panel is: its field in the core, its label and name, how
it is read, shown and stepped (ui.panels.inputs lays them out)."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtCore import QLocale

from trade_target.core.i18n import QT_TRANSLATE_NOOP, translate
from trade_target.core.numbers import parse_decimal, parse_whole
from trade_target.render import formatting


def amount(value: float) -> str:
    """A figure in billions as typed: up to six significant digits, the locale's marks."""
    return QLocale().toString(float(value), "g", 6)


@dataclass(frozen=True)
class FieldSpec:
    field: str
    object_name: str
    label: str
    """The label with its mnemonic; empty when the panel words it from the figure behind it."""
    name: str
    """The input's name in the core's messages ("Exchange rate: enter a number.")."""
    whole: bool
    format_value: Callable[[float], str]
    step: float
    description: str
    advanced: bool = False


# Every text below is English, marked for translation; the panel translates it when shown.
SPECS = (
    FieldSpec(
        "exchange_rate",
        "exchangeRateInput",
        QT_TRANSLATE_NOOP("InputsPanel", "&Rate (RM per US$)"),
        QT_TRANSLATE_NOOP("InputsPanel", "Exchange rate"),
        False,
        formatting.rate,
        0.01,
        QT_TRANSLATE_NOOP("InputsPanel", "Ringgit per US dollar used to convert every figure"),
    ),
    FieldSpec(
        "years_to_target",
        "yearsToTargetInput",
        QT_TRANSLATE_NOOP("InputsPanel", "&Years to target"),
        QT_TRANSLATE_NOOP("InputsPanel", "Years to target"),
        True,
        lambda value: str(int(value)),
        1,
        QT_TRANSLATE_NOOP(
            "InputsPanel", "Years from the base year by which the target should be reached"
        ),
    ),
    FieldSpec(
        "target_value",
        "targetInput",
        "",  # set by InputsPanel._relabel: the figure behind it can change
        QT_TRANSLATE_NOOP("InputsPanel", "Target"),
        False,
        amount,
        0.5,
        QT_TRANSLATE_NOOP(
            "InputsPanel", "The trade target, in billions of the currency it was announced in"
        ),
    ),
    FieldSpec(
        "base_value",
        "baseValueInput",
        "",  # set by InputsPanel._relabel: the figure behind it can change
        QT_TRANSLATE_NOOP("InputsPanel", "Base-year trade"),
        False,
        amount,
        0.1,
        QT_TRANSLATE_NOOP(
            "InputsPanel",
            "Trade in the base year as reported, in billions; growth is measured from it",
        ),
        advanced=True,
    ),
    FieldSpec(
        "latest_value",
        "latestValueInput",
        "",  # set by InputsPanel._relabel: the figure behind it can change
        QT_TRANSLATE_NOOP("InputsPanel", "Latest trade"),
        False,
        amount,
        0.1,
        QT_TRANSLATE_NOOP(
            "InputsPanel",
            "The latest reported trade figure, in billions, possibly for part of a year",
        ),
        advanced=True,
    ),
    FieldSpec(
        "latest_months",
        "latestMonthsInput",
        "",  # set by InputsPanel._relabel: the figure behind it can change
        QT_TRANSLATE_NOOP("InputsPanel", "Months covered"),
        True,
        lambda value: str(int(value)),
        1,
        QT_TRANSLATE_NOOP(
            "InputsPanel",
            "How many months of the year the latest figure covers; it is scaled to 12",
        ),
        advanced=True,
    ),
)


def parser(spec: FieldSpec) -> Callable[[str], float]:
    """Reads the field; a refusal names the input in the language installed at the time."""
    parse = parse_whole if spec.whole else parse_decimal
    return lambda text: parse(text, spec.field, translate("InputsPanel", spec.name))
