"""`trade-target summary`: the verdict in words, then the summary's figures one a line (or one
JSON object), for the article's figures or a saved scenario."""

from __future__ import annotations

import argparse

from trade_target.cli.guard import printable, show
from trade_target.cli.inputs import chosen_scenario
from trade_target.core import limits
from trade_target.core.errors import InputError
from trade_target.core.i18n import number, percent_sign, translate
from trade_target.core.money import Currency
from trade_target.core.outlook import Outlook, outlook_for
from trade_target.core.scenario import Summary
from trade_target.core.verdict import verdict_sentence
from trade_target.core.workbook import Scenario

COMMAND = "summary"


def add_parser(
    commands: argparse._SubParsersAction[argparse.ArgumentParser],
    scenario_options: argparse.ArgumentParser,
) -> argparse.ArgumentParser:
    """Add `summary` to the subparsers object `commands` (argparse's add_subparsers), with
    the options every scenario command takes (--scenario, --name, --rate, …)."""
    parser = commands.add_parser(
        COMMAND,
        parents=[scenario_options],
        help="print the summary for the article's figures or a saved scenario",
    )
    parser.add_argument("--json", action="store_true", help="print one JSON object")
    return parser


def _percent(fraction: float) -> str:
    sign = "+" if fraction >= 0 else "-"
    return percent_sign(number(abs(fraction) * 100, 2), sign)


def _usd(amount: float, decimals: int = 2) -> str:
    return translate("Cli", "US${amount} bn").format(amount=number(amount, decimals))


def _reached(summary: Summary) -> str:
    if summary.year_reached_at_trend is None:
        return translate("Cli", "not at this trend")
    if not summary.years_to_reach_at_trend:
        return translate("Cli", "already reached in {year}").format(year=summary.latest_year)
    return translate("Cli", "{year} ({years} years from {latest})").format(
        year=summary.year_reached_at_trend,
        years=number(summary.years_to_reach_at_trend, 1),
        latest=summary.latest_year,
    )


def _catch_up(summary: Summary) -> str:
    """“+16.83 % a year to 2029 = (10.00 / 5.367)^(1/4) − 1”, or why there is none."""
    if summary.catch_up_growth is None:
        if summary.latest_year >= summary.target_year:
            return translate("Cli", "none: no year is left before the target year")
        return translate("Cli", "none: the target is met")
    return translate(
        "Cli", "{growth} a year to {year} = ({target} / {latest})^(1/{years}) − 1"
    ).format(
        growth=_percent(summary.catch_up_growth),
        year=summary.target_year,
        target=number(summary.target_usd, 2),
        latest=number(summary.latest_estimate_usd, 3),
        years=summary.target_year - summary.latest_year,
    )


def format_summary(summary: Summary) -> str:
    """The plain-text summary, one labelled figure a line, in the chosen language."""
    months = summary.latest_months
    ratio = (
        translate("Cli", "n/a")
        if summary.progress_ratio is None
        else number(summary.progress_ratio, 2)
    )
    rows = [
        (
            translate("Cli", "Exchange rate:"),
            translate("Cli", "{rate} RM per US$").format(rate=number(summary.exchange_rate, 4)),
        ),
        (translate("Cli", "Base ({year}):").format(year=summary.base_year), _usd(summary.base_usd)),
        (
            translate("Cli", "Target:"),
            translate("Cli", "{amount} by {year} ({years} years, an assumption)").format(
                amount=_usd(summary.target_usd),
                year=summary.target_year,
                years=summary.inputs.years_to_target,
            ),
        ),
        (translate("Cli", "Required annual growth:"), _percent(summary.required_growth)),
        (
            translate("Cli", "{year} estimate ({method}):").format(
                year=summary.latest_year, method=summary.annualisation.words
            ),
            translate("Cli", "{amount} ({months} of 12 months × 12/{months})").format(
                amount=_usd(summary.latest_estimate_usd, 3), months=months
            ),
        ),
        (translate("Cli", "Observed growth:"), _percent(summary.observed_growth)),
        (
            translate("Cli", "Growth still needed from the {year} estimate:").format(
                year=summary.latest_year
            ),
            _catch_up(summary),
        ),
        (translate("Cli", "Progress ratio:"), ratio),
        (translate("Cli", "Status:"), summary.status.words),
        (translate("Cli", "Target reached at trend:"), _reached(summary)),
    ]
    width = max(len(label) for label, _ in rows)
    return "\n".join(f"{label:<{width}} {value}" for label, value in rows)


def _outlook(scenario: Scenario, summary: Summary) -> Outlook | None:
    """The scenario's outlook; None without a history or with too short a one (`outlook`
    says why)."""
    try:
        return outlook_for(summary, scenario.dataset)
    except InputError:
        return None


def run(args: argparse.Namespace) -> int:
    scenario, workbook = chosen_scenario(args)
    summary = scenario.summary()
    name = None if workbook is None else scenario.name
    if args.json:
        named = {} if name is None else {"scenario": name}
        print(limits.json_text({**named, **summary.as_json()}))
    else:
        # The answer first, in words; with the chance when the scenario holds a history.
        show(verdict_sentence(summary, Currency.USD, _outlook(scenario, summary)))
        if name is not None:
            show(
                translate("Cli", "Scenario: “{name}” in {file}").format(
                    name=printable(name), file=printable(args.scenario)
                )
            )
        show(format_summary(summary))
    return 0
