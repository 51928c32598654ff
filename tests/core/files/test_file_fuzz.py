"""Ten thousand damaged files: only FileFormatError may come out, never half a workbook.

The files are arbitrary JSON, objects that look like a workbook but hold random values, and
valid files damaged at random (a key deleted, a value swapped for NaN, infinity, a huge
integer or the wrong type, a list element repeated, the text cut short, bytes flipped or
inserted). Whenever parse_workbook returns, the workbook must be whole: every scenario
computes, the names are unique, the current scenario exists, and it saves and reopens.
"""

from __future__ import annotations

import json
import math
import random
import time
from dataclasses import replace
from typing import Any

from hypothesis import HealthCheck, given, note, settings
from hypothesis import strategies as st

from trade_target.core.figure_edits import add_observation
from trade_target.core.files.dataset_file import load_default_dataset
from trade_target.core.files.file_format import FileFormatError, parse_workbook
from trade_target.core.files.file_writing import workbook_to_text
from trade_target.core.money import Currency
from trade_target.core.scenario import RATE_MAX, YEARS_MAX, YEARS_MIN
from trade_target.core.workbook import Scenario, Workbook, check_name

GENERATED = 1_500  # arbitrary JSON and workbook look-alikes, drawn by Hypothesis
DAMAGED = 9_000  # valid files damaged at random
FILE = "fuzz.tradetarget"
BIG_LITERAL = "@@the literal 1e999@@"  # JSON's own spelling of a number too large for a float
DELETE = object()


def base_workbooks() -> list[Workbook]:
    dataset = load_default_dataset()
    with_2025 = add_observation(
        dataset, value=23.9, reported_currency=Currency.MYR, year=2025, months=12
    )
    three = Workbook(
        (
            Scenario.from_source("Article figures", dataset),
            Scenario("Deadline 2028 at RM4.05", with_2025, 4.05, 4, shown=False),
            Scenario("Deadline 2030 at RM4.31", dataset, 4.31, 6),
        ),
        current=2,
        display_currency=Currency.MYR,
    )
    one = Workbook.from_source(dataset)
    return [one, three]


def all_paths(value: Any, path: tuple[Any, ...] = ()) -> list[tuple[Any, ...]]:
    """The path to every value inside `value`, containers included."""
    paths = [path]
    if isinstance(value, dict):
        for key, item in value.items():
            paths += all_paths(item, (*path, key))
    elif isinstance(value, list):
        for index, item in enumerate(value):
            paths += all_paths(item, (*path, index))
    return paths


BASES = [
    (obj, all_paths(obj))
    for obj in (json.loads(workbook_to_text(w, "brief.tradetarget")) for w in base_workbooks())
]


def changed(value: Any, path: tuple[Any, ...], action: str, new: Any) -> Any:
    """`value` with the item at `path` replaced, deleted or repeated; only the path is copied.

    A callable `new` makes the replacement from the old value."""
    if not path:
        return new(value) if callable(new) else new
    key, rest = path[0], path[1:]
    if isinstance(value, dict) and key in value:
        copy: Any = dict(value)
    elif isinstance(value, list) and isinstance(key, int) and key < len(value):
        copy = list(value)
    else:  # an earlier change removed the path
        return value
    if rest:
        copy[key] = changed(copy[key], rest, action, new)
    elif action == "delete":
        del copy[key]
    elif action == "repeat" and isinstance(copy, list):
        copy.insert(key, copy[key])
    else:
        copy[key] = new(copy[key]) if callable(new) else new
    return copy


SPECIALS = [
    math.nan,
    math.inf,
    -math.inf,
    -1,
    0,
    -0.0,
    1e-320,
    5e-324,  # the smallest subnormal
    1e-300,
    1e300,
    1e308,  # near the largest float
    10**400,
    2**63,
    True,
    False,
    None,
    "",
    " ",
    "5",
    "\ud800",
    "x\udc00y",
    [],
    {},
    [1],
    {"a": 1},
    1.5,
    11.5,
    5.0,
    RATE_MAX,
    RATE_MAX + 0.01,
    YEARS_MIN - 1,
    YEARS_MAX,
    YEARS_MAX + 1,
    12,
    13,
    1899,
    2201,
    "USD",
    "MYR",
    "money",
    "count",
    "trade_2024",
    "trade_target",
    BIG_LITERAL,
]
ACTIONS = ["replace", "special", "special", "delete", "repeat", "nudge", "nudge", "nudge"]
NAMES = ["Article figures", "Deadline 2030 at RM4.31", "observation_1", "trade_2024", "USD", "MYR"]
KEYS = ["name", "figures", "roles", "value", "year", "months", "id", "kind", "format", "x"]
TEXT = 'aZ 0.,:-{}[]"\\\n\t\x00ü“”€🇲🇾\ud800'


def random_scalar(rng: random.Random) -> Any:
    kind = rng.randrange(6)
    if kind == 0:
        return rng.choice(SPECIALS)
    if kind == 1:
        return rng.randint(-(10**6), 10**6)
    if kind == 2:
        return rng.uniform(-100, 100)
    if kind == 3:
        return rng.choice([None, True, False])
    return "".join(rng.choice(TEXT) for _ in range(rng.randrange(8)))


def random_json(rng: random.Random, depth: int = 0) -> Any:
    if depth >= 3 or rng.random() < 0.6:
        return random_scalar(rng)
    if rng.random() < 0.5:
        return [random_json(rng, depth + 1) for _ in range(rng.randrange(4))]
    return {rng.choice(KEYS): random_json(rng, depth + 1) for _ in range(rng.randrange(4))}


def nudged(rng: random.Random, old: Any) -> Any:
    """A value of the same type as `old`, often still a valid one: the checks past the types."""
    if isinstance(old, bool):
        return not old
    if isinstance(old, int):
        return old + rng.randint(-3, 3)
    if isinstance(old, float):
        return old * rng.choice([0.001, 0.5, 0.9, 1.1, 2.0, 10.0, 1000.0])
    if isinstance(old, str):
        return rng.choice([old + " ", old.upper(), old[:-1], "", *NAMES])
    return old


def damaged_file(rng: random.Random) -> str:
    """A valid file after one to three changes to its values, then perhaps to its bytes."""
    obj, paths = rng.choice(BASES)
    for _ in range(rng.choice([1, 1, 2, 3])):
        action = rng.choice(ACTIONS)
        if action == "replace":
            new = random_json(rng)
        elif action == "nudge":
            new = lambda old: nudged(rng, old)  # noqa: E731
        else:
            new = rng.choice(SPECIALS)
        obj = changed(obj, rng.choice(paths), action, new)
    text = json.dumps(obj, ensure_ascii=rng.random() < 0.5).replace(f'"{BIG_LITERAL}"', "1e999")
    damage = rng.choice(["none", "none", "none", "truncate", "flip", "insert"])
    if damage == "none":
        return text
    data = text.encode("utf-8", "surrogatepass")
    at = rng.randrange(len(data) + 1)
    if damage == "truncate":
        data = data[:at]
    elif damage == "flip" and at < len(data):
        data = data[:at] + bytes([data[at] ^ rng.randint(1, 255)]) + data[at + 1 :]
    else:
        data = data[:at] + rng.randbytes(rng.randint(1, 4)) + data[at:]
    return data.decode("utf-8", "surrogateescape")


scalars = st.none() | st.booleans() | st.integers() | st.floats() | st.text(max_size=8)
json_values = st.recursive(
    scalars,
    lambda inner: (
        st.lists(inner, max_size=3) | st.dictionaries(st.text(max_size=6), inner, max_size=3)
    ),
    max_leaves=6,
)
lookalikes = st.fixed_dictionaries(
    {
        "format": st.just("trade-target-workbook"),
        "format_version": st.sampled_from([1, 1, 1, 2, 0, True, 1.0, "1"]),
    },
    optional={
        "source": json_values,
        "scenarios": st.lists(
            st.dictionaries(
                st.sampled_from(
                    ["name", "exchange_rate", "years_to_target", "shown", "roles", "figures"]
                ),
                json_values,
            ),
            max_size=3,
        ),
        "current": json_values,
        "display_currency": st.sampled_from(["USD", "MYR", "EUR", None]),
    },
)
generated_files = (json_values | lookalikes).map(json.dumps)


def assert_whole(workbook: Workbook, origin: str | None) -> None:
    """What the app relies on when parse_workbook returns."""
    assert isinstance(workbook, Workbook)
    assert workbook.scenarios and 0 <= workbook.current < len(workbook.scenarios)
    assert isinstance(workbook.display_currency, Currency)
    assert len(set(workbook.names)) == len(workbook.names)
    for scenario in workbook.scenarios:
        assert check_name(scenario.name) == scenario.name
        assert isinstance(scenario.exchange_rate, float)
        assert 0 < scenario.exchange_rate <= RATE_MAX
        assert type(scenario.years_to_target) is int
        assert YEARS_MIN <= scenario.years_to_target <= YEARS_MAX
        assert isinstance(scenario.shown, bool)
        scenario.validate()
        summary = scenario.summary()
        assert summary.target_year == summary.base_year + scenario.years_to_target
        assert len(summary.trajectory) == scenario.years_to_target + 1
    assert origin is None or (isinstance(origin, str) and origin)
    # It saves and reopens as the same workbook (the bytes as save_workbook writes them).
    saved = workbook_to_text(workbook, origin).encode("utf-8", "backslashreplace")
    assert parse_workbook(saved.decode("utf-8"), FILE) == (workbook, origin)


def test_ten_thousand_damaged_files_give_a_workbook_or_file_format_error() -> None:
    """Generated JSON shrinks to a small example when it fails. The damaged files are made
    from one seeded random generator per example: drawing each change through Hypothesis
    would cost more than the parsing, and ten thousand files must take under a minute."""
    count = 0
    loaded = 0

    def check(text: str) -> None:
        nonlocal count, loaded
        count += 1
        note(f"file text: {text[:3000]!r}")
        try:
            workbook, origin = parse_workbook(text, FILE)
        except FileFormatError as error:
            assert error.message.startswith(f"“{FILE}” ")
            assert "\n" not in error.message
            return
        loaded += 1
        assert_whole(workbook, origin)

    fuzz = settings(
        deadline=None,
        database=None,
        suppress_health_check=[HealthCheck.too_slow, HealthCheck.data_too_large],
    )

    @settings(fuzz, max_examples=GENERATED)
    @given(text=generated_files)
    def feed_generated(text: str) -> None:
        check(text)

    @settings(fuzz, max_examples=DAMAGED)
    @given(rng=st.randoms(use_true_random=True))
    def feed_damaged(rng: random.Random) -> None:
        check(damaged_file(rng))

    started = time.perf_counter()
    feed_generated()
    generated = count
    feed_damaged()
    seconds = time.perf_counter() - started
    print(
        f"\nfuzz: {count} files ({generated} generated, {count - generated} damaged), "
        f"{loaded} loaded whole, in {seconds:.1f} s"
    )
    assert count >= 10_000
    assert loaded >= 100, "the damage should leave some files valid, or the checks are idle"


def test_the_bases_are_valid_and_a_repeated_scenario_is_refused() -> None:
    for obj, _ in BASES:
        assert_whole(*parse_workbook(json.dumps(obj), FILE))
    obj = BASES[1][0]
    repeated = changed(obj, ("scenarios", 0), "repeat", None)
    assert len(repeated["scenarios"]) == 4 and len(obj["scenarios"]) == 3
    try:
        parse_workbook(json.dumps(repeated), FILE)
    except FileFormatError as error:
        assert "two scenarios are named “Article figures”" in error.message
    else:
        raise AssertionError("a repeated scenario must be refused")


def test_a_workbook_changed_through_its_copy_is_untouched() -> None:
    """The mutations copy along the path, so the shared bases never change between examples."""
    before = json.dumps(BASES[0][0])
    changed(BASES[0][0], ("scenarios", 0, "figures", 0, "value"), "replace", math.nan)
    changed(BASES[0][0], ("scenarios", 0, "name"), "delete", None)
    assert json.dumps(BASES[0][0]) == before
    assert replace(base_workbooks()[0], current=0) == base_workbooks()[0]
