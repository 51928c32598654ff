"""Named scenarios, each its own inputs and figures, kept together as one workbook.

A workbook is what a `.tradetarget` file holds and what a window edits. Everything here is
immutable: an edit returns a new workbook, so undo is a swap and a bad edit changes nothing.
"""

from __future__ import annotations

from dataclasses import dataclass, field, replace
from typing import Any

from trade_target.core import figure_edits, name_text
from trade_target.core.annualise import Annualisation
from trade_target.core.dataset import Dataset
from trade_target.core.errors import InputError
from trade_target.core.evaluation import evaluate
from trade_target.core.history import TrendChoice
from trade_target.core.i18n import translate
from trade_target.core.money import Currency
from trade_target.core.scenario import DEFAULT_YEARS_TO_TARGET, Inputs, Summary
from trade_target.core.shown_text import excerpt

NAME_MAX = 120

# Inputs that are really a figure's value: editing them edits that figure.
_FIGURE_INPUTS = {
    "target_value": ("target", "value"),
    "base_value": ("base", "value"),
    "latest_value": ("latest", "value"),
    "latest_months": ("latest", "months"),
}


def check_name(name: Any) -> str:
    if not isinstance(name, str) or not name.strip():
        raise InputError("name", translate("Workbook", "A scenario needs a name."))
    # Tabs and line breaks are tidied into spaces first: pasted text often carries them.
    forbidden = name_text.forbidden_character(" ".join(name.split()))
    if forbidden is not None:
        raise InputError(
            "name",
            translate(
                "Workbook",
                "A scenario name cannot hold control characters or text-direction overrides; "
                "it holds {code}.",
            ).format(code=name_text.code_point(forbidden)),
        )
    tidy: str = name_text.composed(" ".join(name.split()))
    try:
        tidy.encode("utf-8")
    except UnicodeEncodeError:  # a lone surrogate: it could be saved but never read back
        raise InputError(
            "name", translate("Workbook", "A scenario name holds a character that is not text.")
        ) from None
    if len(tidy) > NAME_MAX:
        raise InputError(
            "name",
            translate("Workbook", "A scenario name is at most {most} characters.").format(
                most=NAME_MAX
            ),
        )
    return tidy


def _fitted(pattern: str, name: str, number: int) -> str:
    """`pattern` filled in; `name` is shortened if the whole would be longer than NAME_MAX.

    `name` is passed as a value, never made part of the pattern, so braces in it are text."""
    text = pattern.format(name=name, number=number)
    excess = len(text) - NAME_MAX
    if excess > 0:
        text = pattern.format(name=name[: max(len(name) - excess, 1)].rstrip(), number=number)
    return check_name(text)


def default_scenario_name() -> str:
    """The name of the scenario a new workbook starts with, in the installed language: one
    name in the window and on the command line."""
    return translate("Workbook", "Article figures")


@dataclass(frozen=True)
class Scenario:
    """One case an official keeps: a name, the exchange rate and deadline, and the figures."""

    name: str
    dataset: Dataset
    exchange_rate: float
    years_to_target: int
    shown: bool = True
    annualisation: Annualisation = Annualisation.RUN_RATE
    trend: TrendChoice = field(
        default_factory=TrendChoice
    )  # how the observed trend is taken (core.history)

    @classmethod
    def from_source(cls, name: str, dataset: Dataset) -> Scenario:
        """The source's figures with the default assumptions."""
        return cls(
            name=check_name(name),
            dataset=dataset,
            exchange_rate=dataset.implied_exchange_rate(),
            years_to_target=DEFAULT_YEARS_TO_TARGET,
        )

    @property
    def inputs(self) -> Inputs:
        base, latest, target = self.dataset.base, self.dataset.latest, self.dataset.target
        assert base.used_value and latest.used_value and target.used_value and latest.months
        return Inputs(
            exchange_rate=self.exchange_rate,
            years_to_target=self.years_to_target,
            target_value=target.used_value,
            base_value=base.used_value,
            latest_value=latest.used_value,
            latest_months=latest.months,
        )

    def summary(self) -> Summary:
        """Evaluated once and kept: a scenario never changes, and opening a file has already
        evaluated each of its scenarios (to check it), which a window of 10,000 reuses."""
        kept: Summary | None = self.__dict__.get("_summary")
        if kept is None:
            kept = evaluate(self.dataset, self.inputs, self.annualisation, self.trend)
            object.__setattr__(self, "_summary", kept)  # not a field: equality ignores it
        return kept

    def validate(self) -> None:
        check_name(self.name)
        self.inputs.validate()

    def with_input(self, field: str, value: Any) -> Scenario:
        """A copy with one input changed, validated; raises InputError naming the field."""
        self.inputs.with_value(field, value)  # the input's own checks and messages
        if field in _FIGURE_INPUTS:
            role, figure_field = _FIGURE_INPUTS[field]
            figure_id = getattr(self.dataset, f"{role}_id")
            if figure_field == "value" and self.dataset.figure(figure_id).use_partner:
                figure_field = "partner_value"  # the value in use is the one edited
            try:
                dataset = figure_edits.edit_figure(self.dataset, figure_id, figure_field, value)
            except InputError as exc:
                raise InputError(field, exc.message) from None
            return replace(self, dataset=dataset)
        return replace(self, **{field: value})


@dataclass(frozen=True)
class Workbook:
    """One or more scenarios, which one is being edited, and the currency amounts are shown in."""

    scenarios: tuple[Scenario, ...]
    current: int = 0
    display_currency: Currency = Currency.USD

    def __post_init__(self) -> None:
        if not self.scenarios:
            raise InputError(
                "scenarios", translate("Workbook", "A workbook holds at least one scenario.")
            )
        if not 0 <= self.current < len(self.scenarios):
            raise InputError(
                "current", translate("Workbook", "The current scenario is not in the workbook.")
            )

    @classmethod
    def from_source(cls, dataset: Dataset) -> Workbook:
        """One scenario of the source's figures, named in the installed language."""
        return cls((Scenario.from_source(default_scenario_name(), dataset),))

    @property
    def scenario(self) -> Scenario:
        return self.scenarios[self.current]

    @property
    def names(self) -> tuple[str, ...]:
        return tuple(scenario.name for scenario in self.scenarios)

    def find(self, name: str) -> Scenario:
        for scenario in self.scenarios:
            if scenario.name == name:
                return scenario
        raise InputError(
            "name",
            translate("Workbook", "No scenario is named “{name}”.").format(name=excerpt(name)),
        )

    def unique_name(self, wanted: str, pattern: str | None = None) -> str:
        """`wanted`, or the first free `pattern` name (`wanted (2)`, `(3)`…) if it is taken.

        `pattern` holds {name} and {number}; a caller passes it translated. The default is
        "{name} ({number})" in the installed language."""
        if pattern is None:
            pattern = translate("Workbook", "{name} ({number})")
        wanted = check_name(wanted)
        name, number = wanted, 1
        taken = set(self.names)  # once: thousands of scenarios would make this quadratic
        while name in taken:
            number += 1
            name = _fitted(pattern, wanted, number)
        return name

    def replace_scenario(self, index: int, scenario: Scenario) -> Workbook:
        scenarios = (*self.scenarios[:index], scenario, *self.scenarios[index + 1 :])
        return replace(self, scenarios=scenarios)

    def edit_current(self, field: str, value: Any) -> Workbook:
        return self.replace_scenario(self.current, self.scenario.with_input(field, value))

    def with_current(self, index: int) -> Workbook:
        return replace(self, current=index)

    def added(self, scenario: Scenario) -> Workbook:
        """With `scenario` appended (renamed if its name is taken) and made current."""
        scenario = replace(scenario, name=self.unique_name(scenario.name))
        return Workbook((*self.scenarios, scenario), len(self.scenarios), self.display_currency)

    def duplicated(self, index: int) -> Workbook:
        original = self.scenarios[index]
        name = _fitted(translate("Workbook", "{name} (copy)"), original.name, 1)
        if name in self.names:
            name = self.unique_name(original.name, translate("Workbook", "{name} (copy {number})"))
        return self.added(replace(original, name=name, shown=True))

    def renamed(self, index: int, name: str) -> Workbook:
        name = check_name(name)
        if name in self.names[:index] + self.names[index + 1 :]:
            raise InputError(
                "name",
                translate("Workbook", "Another scenario is already named “{name}”.").format(
                    name=excerpt(name)
                ),
            )
        return self.replace_scenario(index, replace(self.scenarios[index], name=name))

    def removed(self, index: int) -> Workbook:
        if len(self.scenarios) == 1:
            raise InputError(
                "scenarios", translate("Workbook", "The last scenario cannot be deleted.")
            )
        scenarios = self.scenarios[:index] + self.scenarios[index + 1 :]
        current = self.current - 1 if self.current > index else self.current
        return Workbook(scenarios, min(current, len(scenarios) - 1), self.display_currency)

    def with_shown(self, index: int, shown: bool) -> Workbook:
        return self.replace_scenario(index, replace(self.scenarios[index], shown=shown))
