"""The scenario a command's options describe, shared by every command that takes them.

`--scenario FILE` and `--name` pick a saved scenario (or the article's figures without them);
`--rate`, `--years` and `--annualise` change it. Every command reads its scenario here, so a
bad option is refused in the same words whichever command was given. No command is imported
here: the commands import this module, never the other way round.
"""

from __future__ import annotations

import argparse
from dataclasses import replace
from typing import TYPE_CHECKING

from trade_target.core.annualise import Annualisation
from trade_target.core.errors import InputError
from trade_target.core.files.dataset_file import load_default_dataset
from trade_target.core.files.file_format import load_workbook
from trade_target.core.i18n import translate
from trade_target.core.money import Currency
from trade_target.core.numbers import parse_decimal, parse_whole
from trade_target.core.workbook import Scenario, Workbook, default_scenario_name

if TYPE_CHECKING:
    from trade_target.render.chart_export import ChartContent


def _rate(text: str) -> float:
    return parse_decimal(text, "exchange_rate", "--rate")


def _years(text: str) -> int:
    return parse_whole(text, "years_to_target", "--years")


def _saved_scenario(workbook: Workbook, path: str, name: str | None) -> Scenario:
    """The named scenario of the file at `path`, or its current one."""
    if name is None:
        return workbook.scenario
    if name not in workbook.names:
        listed = ", ".join(f"“{known}”" for known in workbook.names)
        raise InputError(
            "name",
            translate(
                "Cli", "“{path}” has no scenario “{name}”; its scenarios are {listed}."
            ).format(path=path, name=name, listed=listed),
        )
    return workbook.find(name)


def chosen_scenario(args: argparse.Namespace) -> tuple[Scenario, Workbook | None]:
    """The scenario the options describe (and the file's workbook, if one was given)."""
    workbook = None
    if args.scenario is None:
        if args.name is not None:
            raise InputError(
                "name", translate("Cli", "--name picks a scenario of a file: give --scenario FILE.")
            )
        scenario = Scenario.from_source(default_scenario_name(), load_default_dataset())
    else:
        workbook = load_workbook(args.scenario)
        scenario = _saved_scenario(workbook, args.scenario, args.name)
    if args.rate is not None:
        scenario = scenario.with_input("exchange_rate", _rate(args.rate))
    if args.years is not None:
        scenario = scenario.with_input("years_to_target", _years(args.years))
    if getattr(args, "annualise", None) is not None:
        scenario = replace(scenario, annualisation=Annualisation(args.annualise))
    scenario.summary()  # inputs too far apart to compute are refused here, as one line
    return scenario, workbook


def export_content(args: argparse.Namespace) -> ChartContent:
    """What the window would export for these options: the scenario, and the file's other
    ticked scenarios on the chart, in the file's currency."""
    from trade_target.render.chart_export import ChartContent
    from trade_target.render.chart_extras import extras_for
    from trade_target.render.overlay_choice import overlays_for, ticked_others

    scenario, workbook = chosen_scenario(args)
    extras = extras_for(scenario.summary(), scenario.dataset)  # the history and the fan
    if workbook is None:
        return ChartContent(
            scenario.summary(),
            scenario.dataset,
            Currency.USD,
            scenario.name,
            history=extras.history,
            outlook=extras.outlook,
        )
    index = workbook.names.index(scenario.name)
    workbook = workbook.replace_scenario(index, scenario).with_current(index)
    overlays = overlays_for(workbook, lambda other: other.summary())
    return ChartContent(
        scenario.summary(),
        scenario.dataset,
        workbook.display_currency,
        scenario.name,
        overlays,
        ticked_others(workbook),
        extras.history,
        extras.outlook,
    )
