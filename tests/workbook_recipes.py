"""Workbooks built the way an official builds them, through the document's own edits.

Hypothesis draws a recipe — a list of edits as data (a figure named by its role or its
position, so the recipe stays valid whatever came before) — and `build` applies it to a
ScenarioDocument: figure corrections (the latest figure's value, currency and months
included), figures added and removed, partner values, the previous year's same months,
monthly imports, every annualisation, both display currencies, the rate and the deadline,
one to five scenarios, undo and redo. An edit the document refuses must raise InputError
and change nothing.
"""

from __future__ import annotations

import contextlib
from dataclasses import dataclass
from importlib import resources
from typing import Any

from hypothesis import note
from hypothesis import strategies as st
from hypothesis.errors import InvalidArgument

from trade_target.core.annualise import Annualisation
from trade_target.core.dataset import FigureKind
from trade_target.core.errors import InputError
from trade_target.core.files.monthly_csv import parse_monthly_csv
from trade_target.core.money import Currency
from trade_target.core.workbook import Workbook

MAX_SCENARIOS = 5
LANGUAGES = ("en", "ms", "tr")
# Where an output goes: a new file, over an older file, into a folder that is not there,
# or over an older file under an extension the output cannot be written as.
WHERE = ("new", "existing", "missing_folder", "wrong_extension")
OUTPUTS = ("pdf", "png", "svg", "csv", "xlsx")

# --- Strategies: the edits, as data; each names its figure by role or by position ----------

amounts = st.one_of(
    st.floats(0.2, 80.0, allow_nan=False).map(lambda v: round(v, 3)),
    st.sampled_from([1e-3, 0.5, 5.2, 21.2, 1e4]),
)
currencies = st.sampled_from(list(Currency))
figure_refs = st.one_of(st.sampled_from(["latest", "base", "target"]), st.integers(0, 9))
years = st.integers(2020, 2030)
months = st.integers(1, 12)


@st.composite
def monthly_csv(draw: st.DrawFn, fewest: int = 1) -> str:
    """A statistics office's monthly export: consecutive months in one currency."""
    year, month = draw(st.integers(2023, 2026)), draw(months)
    currency = draw(currencies).value
    count = draw(st.integers(fewest, 26))
    lines = ["Period,Total trade,Currency,Unit"]
    for _ in range(count):
        value = draw(st.floats(0.05, 3.0, allow_nan=False))
        lines.append(f"{year}M{month:02d},{value:.3f},{currency},billion")
        year, month = (year, month + 1) if month < 12 else (year + 1, 1)
    return "\n".join(lines) + "\n"


def _sample_csv() -> str:
    return (
        resources.files("trade_target.resources")
        .joinpath("monthly-sample.csv")
        .read_text(encoding="utf-8")
    )


def _edit(*parts: Any) -> st.SearchStrategy[list[tuple[Any, ...]]]:
    """One edit (a tuple of constants and strategies), as a group of one."""
    return st.tuples(*(p if isinstance(p, st.SearchStrategy) else st.just(p) for p in parts)).map(
        lambda edit: [edit]
    )


@st.composite
def _partner_used(draw: st.DrawFn) -> list[tuple[Any, ...]]:
    """The partner's value entered on a figure, then chosen: what the sums use changes."""
    ref, value = draw(figure_refs), draw(amounts)
    return [("figure", ref, "partner_value", value), ("figure", ref, "use_partner", True)]


# Each kind of edit equally likely (a plain one_of would favour its first branches); a group
# is one edit, or a few that only mean something together.
EDIT_GROUPS: dict[str, st.SearchStrategy[list[tuple[Any, ...]]]] = {
    "value": _edit("figure", figure_refs, "value", amounts),
    "latest value": _edit("figure", "latest", "value", amounts),
    "currency": _edit("figure", figure_refs, "reported_currency", currencies),
    "months": _edit("figure", figure_refs, "months", months),
    "year": _edit("figure", figure_refs, "year", years),
    "partner value": _edit("figure", figure_refs, "partner_value", st.none() | amounts),
    "partner used": _partner_used(),
    "partner unused": _edit("figure", figure_refs, "use_partner", False),
    "latest currency": _edit("figure", "latest", "reported_currency", currencies),
    "latest months": _edit("figure", "latest", "months", months),
    "same months": _edit("figure", "latest", "previous_same_period", st.none() | amounts),
    "same period": st.tuples(amounts).map(
        lambda value: [
            ("figure", "latest", "previous_same_period", value[0]),
            ("annualise", Annualisation.SAME_PERIOD),
        ]
    ),
    "trailing twelve": st.builds(
        lambda text: [("monthly", text), ("annualise", Annualisation.TRAILING_12)],
        st.builds(_sample_csv) | monthly_csv(fewest=12),
    ),
    "add": _edit("add", amounts, currencies, years, months),
    "remove": _edit("remove", figure_refs),
    "monthly": _edit("monthly", monthly_csv()),
    "monthly sample": _edit("monthly", st.builds(_sample_csv)),
    "clear monthly": _edit("clear_monthly"),
    "annualise": _edit("annualise", st.sampled_from(list(Annualisation))),
    "input amount": _edit(
        "input", st.sampled_from(["latest_value", "base_value", "target_value"]), amounts
    ),
    "input months": _edit("input", "latest_months", months),
    "rate": _edit("input", "exchange_rate", st.floats(0.5, 20.0)),
    "deadline": _edit("input", "years_to_target", st.integers(1, 50)),
    "undo": _edit("undo"),
    "redo": _edit("redo"),
}
edit_groups = st.sampled_from(sorted(EDIT_GROUPS)).flatmap(lambda kind: EDIT_GROUPS[kind])
# Across the workbook: which scenario is chosen, ticked, deleted, and undo/redo of it.
workbook_edits = st.one_of(
    _edit(st.sampled_from(["undo", "redo"])),
    _edit(st.sampled_from(["select", "delete"]), st.integers(0, MAX_SCENARIOS - 1)),
    _edit("shown", st.integers(0, MAX_SCENARIOS - 1), st.booleans()),
)


@st.composite
def workbook_steps(draw: st.DrawFn) -> list[tuple[Any, ...]]:
    """One to five scenarios, each new or a copy, each edited and annualised its own way;
    then edits across the workbook, the display currency and the scenario chosen."""
    steps: list[tuple[Any, ...]] = []
    for index in range(draw(st.integers(1, MAX_SCENARIOS))):
        if index:
            steps.append((draw(st.sampled_from(["add_scenario", "duplicate"])),))
        if draw(st.integers(0, 2)) == 0:  # the reported case: the latest value corrected
            steps.append(("figure", "latest", "value", draw(amounts)))
        for group in draw(st.lists(edit_groups, max_size=6)):
            steps += group
    for group in draw(st.lists(workbook_edits, max_size=3)):
        steps += group
    steps.append(("currency", draw(currencies)))
    steps.append(("select", draw(st.integers(0, MAX_SCENARIOS - 1))))
    return steps


@dataclass
class Recipe:
    edits: list[tuple[Any, ...]]
    language: str
    where: dict[str, str]
    png_width: int
    cli_scenario: int | None  # --name: this scenario of the file, or None for its current one


recipes = st.builds(
    Recipe,
    edits=workbook_steps(),
    language=st.sampled_from(LANGUAGES),
    where=st.fixed_dictionaries({name: st.sampled_from(WHERE) for name in (*OUTPUTS, "print")}),
    png_width=st.sampled_from([240, 640]),
    cli_scenario=st.none() | st.integers(0, MAX_SCENARIOS - 1),
)

# --- Applying the edits through the document -----------------------------------------------


def tell(text: str) -> None:
    """A note in Hypothesis's report of a failing example (nothing outside @given)."""
    with contextlib.suppress(InvalidArgument):
        note(text)


def _figure_id(document: Any, ref: str | int) -> str:
    dataset = document.dataset
    if isinstance(ref, str):
        return str(getattr(dataset, f"{ref}_id"))
    money = [f.id for f in dataset.figures if f.kind is FigureKind.MONEY]
    return money[ref % len(money)]


def apply_edit(document: Any, edit: tuple[Any, ...]) -> None:
    kind, *args = edit
    count = len(document.workbook.scenarios)
    if kind == "figure":
        ref, name, value = args
        document.edit_figure(_figure_id(document, ref), name, value)
    elif kind == "add":
        value, currency, year, months_covered = args
        document.add_observation(
            value=value, reported_currency=currency, year=year, months=months_covered
        )
    elif kind == "remove":
        document.remove_figure(_figure_id(document, args[0]))
    elif kind == "monthly":
        document.import_monthly(parse_monthly_csv(args[0]).figures)
    elif kind == "clear_monthly":
        document.clear_monthly()
    elif kind == "annualise":
        document.set_annualisation(args[0])
    elif kind == "currency":
        document.set_currency(args[0])
    elif kind == "input":
        document.edit_input(*args)
    elif kind == "add_scenario" and count < MAX_SCENARIOS:
        document.add_scenario()
    elif kind == "duplicate" and count < MAX_SCENARIOS:
        document.duplicate_scenario()
    elif kind == "undo":
        document.undo_stack.undo()
    elif kind == "redo":
        document.undo_stack.redo()
    elif kind == "select":
        document.select_scenario(args[0] % count)
    elif kind == "delete":
        document.delete_scenario(args[0] % count)
    elif kind == "shown":
        document.set_shown(args[0] % count, args[1])


def build(document: Any, recipe: Recipe) -> Workbook:
    """The recipe's edits applied to the article's figures; a refused edit changes nothing."""
    document.load(Workbook.from_source(document.source))
    for edit in recipe.edits:
        before = document.workbook
        try:
            apply_edit(document, edit)
        except InputError as exc:
            tell(f"refused {edit!r}: {exc.message}")
            assert document.workbook == before, "a refused edit changed the workbook"
        # An undo or redo could make a workbook with more than five scenarios only if an
        # edit had made one: never.
        assert 1 <= len(document.workbook.scenarios) <= MAX_SCENARIOS
    return document.workbook
