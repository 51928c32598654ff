"""The .tradetarget file: round trips, every kind of bad file, and saves that fail part-way.

A bad file must give FileFormatError naming the file and the fault, never another exception
and never half a workbook. A failed or killed save must leave the previous file byte for byte.
"""

from __future__ import annotations

import errno
import json
import os
import shutil
import signal
import subprocess
import sys
import tempfile
from collections.abc import Callable
from dataclasses import replace
from pathlib import Path
from typing import Any

import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

import trade_target
from trade_target.core.dataset import Dataset
from trade_target.core.errors import InputError, TradeTargetError
from trade_target.core.figure_edits import add_observation
from trade_target.core.files import file_format
from trade_target.core.files.dataset_file import load_default_dataset
from trade_target.core.files.file_format import (
    EXTENSION,
    FileFormatError,
    load_workbook,
    load_workbook_with_origin,
    parse_workbook,
)
from trade_target.core.files.file_writing import save_workbook, workbook_to_text
from trade_target.core.files.storage import StorageError
from trade_target.core.money import Currency
from trade_target.core.name_text import DIRECTION_CONTROLS
from trade_target.core.workbook import NAME_MAX, Scenario, Workbook

EXAMPLE = Path(__file__).resolve().parents[3] / "examples" / "malaysia-turkey.tradetarget"
ARTICLE_RATE = 21.2 / 4.92
FILE = "cases.tradetarget"
REAL_WRITE = os.write

SOURCE_ROOT = Path(trade_target.__file__).resolve().parents[1]
CHILD_ENV = {
    **os.environ,
    "PYTHONPATH": os.pathsep.join([str(SOURCE_ROOT), os.environ.get("PYTHONPATH", "")]),
    "PYTHONIOENCODING": "utf-8",
}


def run_child(code: str, path: Path) -> subprocess.CompletedProcess[str]:
    """Run `code` in a fresh Python with the file's path as its argument."""
    return subprocess.run(
        [sys.executable, "-c", code, str(path)],
        capture_output=True,
        text=True,
        encoding="utf-8",
        env=CHILD_ENV,
        timeout=60,
        check=False,
    )


def two_scenarios(dataset: Dataset) -> Workbook:
    """The article's figures, and a deadline-2028 case at RM4.05 with a full-year 2025 figure."""
    deadline = Scenario("Deadline 2028", dataset, 4.05, 4)
    deadline = replace(
        deadline,
        dataset=add_observation(
            dataset, value=5.6, reported_currency=Currency.USD, year=2025, months=12
        ),
    )
    return Workbook((Scenario.from_source("Article figures", dataset), deadline), 1, Currency.MYR)


def valid_object() -> dict[str, Any]:
    obj: dict[str, Any] = json.loads(workbook_to_text(two_scenarios(load_default_dataset())))
    return obj


@pytest.fixture
def old_file(tmp_path: Path, dataset: Dataset) -> tuple[Path, bytes, Workbook]:
    """A saved workbook: its path, its bytes and the workbook it holds."""
    path = tmp_path / "brief.tradetarget"
    workbook = two_scenarios(dataset)
    save_workbook(path, workbook)
    return path, path.read_bytes(), workbook


def assert_still_old(path: Path, data: bytes, workbook: Workbook) -> None:
    assert path.read_bytes() == data
    assert load_workbook(path) == workbook
    assert sorted(entry.name for entry in path.parent.iterdir()) == [path.name]


# --- Round trips ---------------------------------------------------------------------------------


def test_the_extension() -> None:
    assert EXTENSION == ".tradetarget"


def test_save_then_load_gives_the_same_workbook(tmp_path: Path, dataset: Dataset) -> None:
    workbook = two_scenarios(dataset)
    path = tmp_path / "brief.tradetarget"
    save_workbook(path, workbook)
    assert load_workbook(path) == workbook
    assert load_workbook(str(path)) == workbook
    assert load_workbook_with_origin(path) == (workbook, None)
    assert path.read_text("utf-8") == workbook_to_text(workbook)


def test_an_autosave_remembers_its_original(tmp_path: Path, dataset: Dataset) -> None:
    workbook = two_scenarios(dataset)
    original = str(tmp_path / "Türkiye brief.tradetarget")
    save_workbook(tmp_path / "slot-1.tradetarget", workbook, autosave_of=original)
    assert load_workbook_with_origin(tmp_path / "slot-1.tradetarget") == (workbook, original)


def test_an_original_path_with_undecodable_bytes_survives_an_autosave(
    tmp_path: Path, dataset: Dataset
) -> None:
    """POSIX paths are bytes; Python hands undecodable ones over as lone surrogates."""
    original = os.fsdecode(b"/brief-\xff\xfe.tradetarget")
    assert "\udcff" in original
    save_workbook(tmp_path / "slot-1.tradetarget", two_scenarios(dataset), autosave_of=original)
    (tmp_path / "slot-1.tradetarget").read_bytes().decode("utf-8")  # still plain UTF-8
    assert load_workbook_with_origin(tmp_path / "slot-1.tradetarget")[1] == original


def test_the_text_is_indented_utf8_with_a_stable_key_order(dataset: Dataset) -> None:
    workbook = two_scenarios(dataset)
    text = workbook_to_text(workbook)
    assert text == workbook_to_text(workbook)
    assert text.endswith("}\n") and not text.endswith("\n\n")
    assert '\n  "format": "trade-target-workbook",\n' in text
    assert "Türkiye" in text and "\\u" not in text
    obj = json.loads(text)
    assert list(obj) == [
        "format",
        "format_version",
        "app_version",
        "source",
        "current",
        "display_currency",
        "scenarios",
    ]
    assert obj["format_version"] == 1
    assert obj["app_version"] == trade_target.version()
    assert (obj["current"], obj["display_currency"]) == (1, "MYR")
    assert list(obj["scenarios"][0]) == [
        "name",
        "exchange_rate",
        "years_to_target",
        "shown",
        "annualisation",
        "roles",
        "figures",
    ]
    assert text.count('"published"') == 1, "the citation is written once"
    assert "autosave_of" not in obj
    assert list(json.loads(workbook_to_text(workbook, "x.tradetarget")))[-1] == "autosave_of"


def test_every_scenario_gets_the_citation_back(dataset: Dataset) -> None:
    workbook, _ = parse_workbook(workbook_to_text(two_scenarios(dataset)), FILE)
    assert all(s.dataset.citation == dataset.citation for s in workbook.scenarios)


def test_unknown_extra_keys_are_ignored(dataset: Dataset) -> None:
    obj = valid_object()
    obj["written_by_a_later_version"] = {"charts": [1, 2, 3]}
    obj["scenarios"][0]["colour"] = "#336699"
    obj["scenarios"][1]["figures"][0]["note"] = "checked"
    obj["source"]["url"] = "https://example.org/article"
    workbook, origin = parse_workbook(json.dumps(obj), FILE)
    assert workbook == two_scenarios(dataset)
    assert origin is None


def test_a_byte_order_mark_and_crlf_line_ends_are_accepted(
    tmp_path: Path, dataset: Dataset
) -> None:
    text = workbook_to_text(two_scenarios(dataset)).replace("\n", "\r\n")
    (tmp_path / "windows.tradetarget").write_bytes(b"\xef\xbb\xbf" + text.encode("utf-8"))
    assert load_workbook(tmp_path / "windows.tradetarget") == two_scenarios(dataset)


# What a person can name a scenario: no control characters (whitespace is tidied into
# spaces) and no text-direction controls, which check_name refuses.
names = st.text(
    st.characters(blacklist_categories=("Cc", "Cs"), blacklist_characters=DIRECTION_CONTROLS),
    max_size=40,
)
rates = st.floats(min_value=0.5, max_value=20.0)
amounts = st.floats(min_value=0.01, max_value=10_000.0)


def _if_computable(before: Workbook, after: Workbook) -> Workbook:
    """As the window does: an edit whose figures cannot be computed is refused."""
    try:
        after.scenario.summary()
    except InputError:
        return before
    return after


@st.composite
def workbooks(draw: st.DrawFn) -> Workbook:
    """Workbooks made the way the app makes them: through the core's own edits, each kept
    only if its figures can be computed."""
    dataset = load_default_dataset()
    workbook = Workbook.from_source(dataset)
    for _ in range(draw(st.integers(0, 3))):
        if draw(st.booleans()):
            workbook = workbook.duplicated(draw(st.integers(0, len(workbook.scenarios) - 1)))
        else:
            name = draw(names)
            workbook = workbook.added(Scenario.from_source(name if name.strip() else "S", dataset))
    for index in range(len(workbook.scenarios)):
        workbook = workbook.with_current(index)
        for field, values in [
            ("exchange_rate", rates),
            ("years_to_target", st.integers(1, 50)),
            ("base_value", amounts),
            ("latest_value", amounts),
            ("latest_months", st.integers(1, 12)),
            ("target_value", amounts),
        ]:
            if draw(st.booleans()):
                workbook = _if_computable(workbook, workbook.edit_current(field, draw(values)))
        if draw(st.booleans()):
            scenario = workbook.scenario
            added = add_observation(
                scenario.dataset,
                value=draw(amounts),
                reported_currency=draw(st.sampled_from(Currency)),
                year=draw(st.integers(2025, 2100)),
                months=draw(st.integers(1, 12)),
                label=draw(st.text(max_size=30)),
                quote=draw(st.text(max_size=60)),
            )
            workbook = _if_computable(
                workbook, workbook.replace_scenario(index, replace(scenario, dataset=added))
            )
        if draw(st.booleans()):
            name = draw(names)
            if name.strip() and " ".join(name.split()) not in workbook.names:
                workbook = workbook.renamed(index, name)
        workbook = workbook.with_shown(index, draw(st.booleans()))
    workbook = workbook.with_current(draw(st.integers(0, len(workbook.scenarios) - 1)))
    return replace(workbook, display_currency=draw(st.sampled_from(Currency)))


@settings(max_examples=60, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(workbook=workbooks(), autosave_of=st.none() | st.text(min_size=1, max_size=40))
def test_any_workbook_the_app_can_make_comes_back_equal(
    tmp_path_factory: pytest.TempPathFactory, workbook: Workbook, autosave_of: str | None
) -> None:
    path = tmp_path_factory.mktemp("round-trip") / "any.tradetarget"
    save_workbook(path, workbook, autosave_of=autosave_of)
    assert load_workbook_with_origin(path) == (workbook, autosave_of)
    assert parse_workbook(workbook_to_text(workbook), path)[0] == workbook


# --- Bad files -----------------------------------------------------------------------------------


def edited(change: Callable[[dict[str, Any]], Any]) -> str:
    """The valid file's text after `change`; NaN and Infinity are written as JSON literals."""
    obj = valid_object()
    change(obj)
    return json.dumps(obj)


def setting(*path: str | int, value: Any) -> str:
    def change(obj: Any) -> None:
        for key in path[:-1]:
            obj = obj[key]
        obj[path[-1]] = value

    return edited(change)


def deleting(*path: str | int) -> str:
    def change(obj: Any) -> None:
        for key in path[:-1]:
            obj = obj[key]
        del obj[path[-1]]

    return edited(change)


def literal(*path: str | int, text: str) -> str:
    """The valid file with one value replaced by raw JSON text, such as 1e999."""
    marker = "REPLACED-BY-A-LITERAL"
    return setting(*path, value=marker).replace(f'"{marker}"', text)


S0 = ("scenarios", 0)
S1 = ("scenarios", 1)
BASE = (*S0, "figures", 0)  # the 2024 figure
LATEST = (*S0, "figures", 1)  # Jan–Nov 2025
TARGET = (*S0, "figures", 2)

BAD_FILES: list[tuple[str, str, str]] = [
    # Not JSON, or not a workbook at all
    ("not JSON", "this is not JSON", "not valid JSON"),
    ("empty", "", "not valid JSON"),
    ("truncated", workbook_to_text(two_scenarios(load_default_dataset()))[:500], "JSON"),
    ("deep nesting", "[" * 200_000 + "]" * 200_000, "nested too deeply"),
    ("deep objects", '{"a":' * 200_000 + "1" + "}" * 200_000, "nested too deeply"),
    ("a list", "[]", "a list, not a workbook"),
    ("a number", "3", "3, not a workbook"),
    ("a string", '"workbook"', "not a workbook"),
    ("null", "null", "null, not a workbook"),
    ("a huge integer literal", "9" * 5000, "not valid JSON"),
    ("wrong format", setting("format", value="trade-target-scenario"), "“format”"),
    ("missing format", deleting("format"), "“format”"),
    ("a dataset", setting("format", value="trade-target-dataset"), "dataset, not a workbook"),
    # Missing fields
    ("no source", deleting("source"), "missing field “source”"),
    ("no scenarios", deleting("scenarios"), "missing field “scenarios”"),
    ("no current", deleting("current"), "missing field “current”"),
    ("no currency", deleting("display_currency"), "missing field “display_currency”"),
    ("no name", deleting(*S0, "name"), "scenario 1: missing field “name”"),
    ("no rate", deleting(*S1, "exchange_rate"), "missing field “exchange_rate”"),
    ("no years", deleting(*S1, "years_to_target"), "missing field “years_to_target”"),
    ("no shown", deleting(*S0, "shown"), "missing field “shown”"),
    ("no roles", deleting(*S0, "roles"), "missing field “roles”"),
    ("no figures", deleting(*S0, "figures"), "missing field “figures”"),
    ("no base role", deleting(*S0, "roles", "base"), "missing field “base”"),
    ("no value", deleting(*BASE, "value"), "missing field “value”"),
    ("no citation date", deleting("source", "published"), "missing field “published”"),
    # Wrong types
    ("source a list", setting("source", value=[]), "“source” must be an object"),
    ("scenarios an object", setting("scenarios", value={}), "“scenarios” must be a list"),
    ("scenarios text", setting("scenarios", value="all"), "“scenarios” must be a list"),
    ("scenario a list", setting(*S0, value=[1]), "scenario 1: expected an object"),
    ("scenario text", setting(*S1, value="x"), "scenario 2: expected an object"),
    ("name a number", setting(*S0, "name", value=5), "“name” must be text"),
    ("rate as text", setting(*S0, "exchange_rate", value="4.05"), "“exchange_rate”"),
    ("years as text", setting(*S0, "years_to_target", value="5"), "“years_to_target”"),
    ("shown a number", setting(*S0, "shown", value=1), "“shown” must be true or false"),
    ("current as text", setting("current", value="0"), "“current”"),
    ("currency a number", setting("display_currency", value=1), "“display_currency”"),
    ("roles a list", setting(*S0, "roles", value=[]), "“roles” has the wrong type"),
    ("figures an object", setting(*S0, "figures", value={}), "“figures” has the wrong type"),
    ("a figure as text", setting(*BASE, value="5.2"), "figure 1: expected an object"),
    ("value as text", setting(*BASE, "value", value="5.2"), "“value” has the wrong type"),
    ("app_version a number", setting("app_version", value=3), "“app_version” must be text"),
    ("autosave_of a number", setting("autosave_of", value=3), "“autosave_of”"),
    ("autosave_of empty", setting("autosave_of", value=""), "“autosave_of”"),
    # A boolean where a number is wanted
    ("rate true", setting(*S0, "exchange_rate", value=True), "“exchange_rate”"),
    ("years true", setting(*S0, "years_to_target", value=True), "“years_to_target”"),
    ("value true", setting(*BASE, "value", value=True), "“value” has the wrong type"),
    ("months true", setting(*LATEST, "months", value=True), "“months” has the wrong type"),
    ("current true", setting("current", value=True), "“current”"),
    # Amounts that are not amounts
    ("value negative", setting(*BASE, "value", value=-1), "“value” must be a positive"),
    ("value zero", setting(*BASE, "value", value=0), "“value” must be a positive"),
    ("value NaN", setting(*LATEST, "value", value=float("nan")), "“value” must be a positive"),
    ("value Infinity", setting(*TARGET, "value", value=float("inf")), "“value” must be a pos"),
    ("value -Infinity", setting(*TARGET, "value", value=float("-inf")), "“value” must be a pos"),
    ("value 1e999", literal(*BASE, "value", text="1e999"), "“value” must be a positive"),
    ("value huge int", setting(*BASE, "value", value=10**400), "“value” is too large"),
    ("values far apart", setting(*BASE, "value", value=1e-300), "too far apart to compute"),
    ("conversion NaN", setting(*LATEST, "article_conversion", value=float("nan")), "conversion"),
    ("rate negative", setting(*S0, "exchange_rate", value=-1), "“exchange_rate” must be more"),
    ("rate zero", setting(*S0, "exchange_rate", value=0), "“exchange_rate” must be more than 0"),
    ("rate NaN", setting(*S0, "exchange_rate", value=float("nan")), "“exchange_rate” must be a"),
    ("rate Infinity", setting(*S0, "exchange_rate", value=float("inf")), "“exchange_rate”"),
    ("rate 1e999", literal(*S0, "exchange_rate", text="1e999"), "“exchange_rate” must be a"),
    ("rate huge int", setting(*S0, "exchange_rate", value=10**400), "at most 20"),
    ("rate 431", setting(*S0, "exchange_rate", value=431), "at most 20"),
    # Years and months
    ("years zero", setting(*S0, "years_to_target", value=0), "from 1 to 50, not 0"),
    ("years 51", setting(*S0, "years_to_target", value=51), "from 1 to 50, not 51"),
    ("years negative", setting(*S0, "years_to_target", value=-5), "from 1 to 50"),
    ("years fractional", setting(*S0, "years_to_target", value=5.5), "whole years"),
    ("years 5.0", setting(*S0, "years_to_target", value=5.0), "whole years"),
    ("years huge", setting(*S0, "years_to_target", value=10**400), "a number of 401 digits"),
    ("months zero", setting(*LATEST, "months", value=0), "“months” must be 1–12"),
    ("months 13", setting(*LATEST, "months", value=13), "“months” must be 1–12"),
    ("months fractional", setting(*LATEST, "months", value=11.5), "“months” has the wrong"),
    ("year far future", setting(*LATEST, "year", value=3000), "“year” must be from 1900"),
    ("year huge", setting(*LATEST, "year", value=10**400), "“year” must be from 1900"),
    ("latest before base", setting(*LATEST, "year", value=2020), "later year than the base"),
    # Scenarios as a whole
    ("no scenario", setting("scenarios", value=[]), "holds no scenarios"),
    ("duplicate names", setting(*S1, "name", value="Article figures"), "two scenarios are named"),
    ("same name but spaces", setting(*S1, "name", value=" Article  figures "), "two scenarios"),
    ("empty name", setting(*S1, "name", value=""), "scenario 2: A scenario needs a name"),
    ("blank name", setting(*S1, "name", value=" \t "), "scenario 2: A scenario needs a name"),
    ("long name", setting(*S1, "name", value="x" * (NAME_MAX + 1)), f"at most {NAME_MAX}"),
    ("current past the end", setting("current", value=2), "0 to 1, not 2"),
    ("current negative", setting("current", value=-1), "0 to 1, not -1"),
    ("current huge", setting("current", value=10**400), "“current”"),
    ("currency EUR", setting("display_currency", value="EUR"), "“USD” or “MYR”, not “EUR”"),
    ("currency lower case", setting("display_currency", value="usd"), "“display_currency”"),
    ("currency null", setting("display_currency", value=None), "“display_currency”"),
    ("two figures, one id", setting(*LATEST, "id", value="trade_2024"), "share an id"),
    ("role not a figure", setting(*S0, "roles", "latest", value="nowhere"), "“nowhere”"),
    ("role on a count", setting(*S0, "roles", "target", value="roundtable"), "amount of money"),
    ("unknown kind", setting(*BASE, "kind", value="ratio"), "unknown kind"),
    ("unknown currency", setting(*BASE, "reported_currency", value="EUR"), "USD or MYR"),
    # Text that JSON can carry but Unicode cannot
    ("surrogate in a name", setting(*S1, "name", value="Deadline \ud800"), "not valid Unicode"),
    ("surrogate in a label", setting(*TARGET, "label", value="\udfff"), "“label” holds text"),
    ("surrogate in an id", setting(*S0, "figures", 3, "id", value="\udfff"), "“id” holds"),
    ("surrogate in the source", setting("source", "kind", value="\ud83d"), "“kind” holds text"),
]


@pytest.mark.parametrize(
    ("text", "says"), [c[1:] for c in BAD_FILES], ids=[c[0] for c in BAD_FILES]
)
def test_a_bad_file_is_refused_with_its_name_and_the_fault(text: str, says: str) -> None:
    folder = os.path.join("some", "folder")
    with pytest.raises(FileFormatError) as raised:
        parse_workbook(text, os.path.join(folder, FILE))
    error = raised.value
    assert isinstance(error, TradeTargetError)
    assert error.path == os.path.join(folder, FILE)
    assert str(error) == error.message
    assert error.message.startswith(f"“{FILE}” ")
    assert folder not in error.message
    assert says in error.message
    assert "\n" not in error.message and len(error.message) <= file_format.MESSAGE_MAX


def test_scenario_faults_name_the_scenario() -> None:
    with pytest.raises(FileFormatError) as raised:
        parse_workbook(setting(*S1, "exchange_rate", value=float("inf")), FILE)
    assert raised.value.message == (
        f"“{FILE}” is not a Trade Target file: scenario “Deadline 2028”: “exchange_rate” must be "
        "a finite number of RM per US$, not inf."
    )
    with pytest.raises(FileFormatError) as raised:
        parse_workbook(setting(*S1, "figures", 0, "value", value=-1), FILE)
    assert raised.value.message.startswith(
        f"“{FILE}” is not a Trade Target file: scenario “Deadline 2028”: figure “trade_2024”: "
    )


@pytest.mark.parametrize(
    ("version", "says"),
    [
        (2, "uses file format version 2, written by a newer Trade Target"),
        (99, "uses file format version 99"),
        (0, "as 0"),
        (-1, "as -1"),
        (True, "as true"),
        (1.0, "as 1.0"),
        (1.5, "as 1.5"),
        ("1", "as “1”"),
        (None, "as null"),
        ([1], "as a list"),
    ],
)
def test_an_unknown_format_version_says_which_and_what_this_version_reads(
    version: Any, says: str
) -> None:
    with pytest.raises(FileFormatError) as raised:
        parse_workbook(setting("format_version", value=version), FILE)
    assert raised.value.message.startswith(f"“{FILE}” ")
    assert says in raised.value.message
    assert raised.value.message.endswith("; this version of Trade Target reads version 1.")


def test_a_missing_format_version_is_refused() -> None:
    with pytest.raises(FileFormatError) as raised:
        parse_workbook(deleting("format_version"), FILE)
    assert "gives no file format version" in raised.value.message
    assert "reads version 1" in raised.value.message


def test_a_hostile_id_gives_a_short_one_line_message() -> None:
    text = setting(*LATEST, "id", value="x\n" * 100_000)
    text = text.replace('"latest": "trade_2025_jan_nov"', '"latest": "elsewhere"')
    with pytest.raises(FileFormatError) as raised:
        parse_workbook(text, FILE)
    assert "\n" not in raised.value.message
    assert len(raised.value.message) <= file_format.MESSAGE_MAX


def test_a_bad_file_on_disk_names_the_file(tmp_path: Path) -> None:
    path = tmp_path / "broken.tradetarget"
    path.write_text(setting(*S0, "years_to_target", value=0), "utf-8")
    with pytest.raises(FileFormatError) as raised:
        load_workbook(path)
    assert raised.value.path == str(path)
    assert raised.value.message.startswith("“broken.tradetarget” is not a Trade Target file: ")


def test_unreadable_files_give_the_storage_error_as_it_is(tmp_path: Path) -> None:
    with pytest.raises(StorageError) as raised:
        load_workbook(tmp_path / "nowhere.tradetarget")
    assert raised.value.message == "Could not open “nowhere.tradetarget”: the file does not exist."
    (tmp_path / "latin1.tradetarget").write_bytes("Türkiye".encode("latin-1"))
    with pytest.raises(StorageError) as raised:
        load_workbook(tmp_path / "latin1.tradetarget")
    assert raised.value.message == "“latin1.tradetarget” is not UTF-8 text."


# --- Faults while saving: the old file survives byte for byte ------------------------------------


def test_a_save_whose_write_fails_half_way_leaves_the_old_file(
    old_file: tuple[Path, bytes, Workbook], monkeypatch: pytest.MonkeyPatch, dataset: Dataset
) -> None:
    path, data, workbook = old_file
    calls: list[int] = []

    def half_then_full_disk(fd: int, chunk: Any) -> int:
        calls.append(len(chunk))
        if len(calls) == 1:
            return REAL_WRITE(fd, bytes(chunk[: len(chunk) // 2]))
        raise OSError(errno.ENOSPC, os.strerror(errno.ENOSPC))

    monkeypatch.setattr(os, "write", half_then_full_disk)
    with pytest.raises(StorageError) as raised:
        save_workbook(path, Workbook.from_source(dataset))
    monkeypatch.undo()
    assert len(calls) == 2
    assert raised.value.message == "Could not save “brief.tradetarget”: the disk is full."
    assert_still_old(path, data, workbook)


def test_a_save_into_a_read_only_folder_simulated(
    old_file: tuple[Path, bytes, Workbook], monkeypatch: pytest.MonkeyPatch, dataset: Dataset
) -> None:
    path, data, workbook = old_file

    def refuse(*args: Any, **kwargs: Any) -> tuple[int, str]:
        raise PermissionError(errno.EACCES, os.strerror(errno.EACCES))

    monkeypatch.setattr(tempfile, "mkstemp", refuse)
    with pytest.raises(StorageError) as raised:
        save_workbook(path, Workbook.from_source(dataset))
    monkeypatch.undo()
    assert raised.value.message.startswith("Could not save “brief.tradetarget”: the folder is read")
    assert_still_old(path, data, workbook)


# Root ignores permission bits: as root the save runs in a child that becomes "nobody".
# Everything the save needs is imported (and the version looked up) before dropping root.
SAVE_AS_NOBODY = """
import os, sys
from trade_target import version
from trade_target.core.files.dataset_file import load_default_dataset
from trade_target.core.files.file_writing import save_workbook
from trade_target.core.files.storage import StorageError
from trade_target.core.workbook import Workbook
workbook = Workbook.from_source(load_default_dataset())
version()
os.setgid(65534)
os.setuid(65534)
try:
    save_workbook(sys.argv[1], workbook)
except StorageError as error:
    print(error.message)
else:
    print("saved")
"""


@pytest.mark.skipif(os.name == "nt", reason="Windows has no read-only folders")
def test_a_save_into_a_really_read_only_folder(dataset: Dataset) -> None:
    folder = Path(tempfile.mkdtemp(prefix="read-only-"))  # reachable by "nobody"
    path = folder / "brief.tradetarget"
    workbook = two_scenarios(dataset)
    save_workbook(path, workbook)
    data = path.read_bytes()
    folder.chmod(0o555)
    try:
        if os.geteuid() == 0:
            child = run_child(SAVE_AS_NOBODY, path)
            assert child.returncode == 0, child.stderr
            message = child.stdout.strip()
        else:
            with pytest.raises(StorageError) as raised:
                save_workbook(path, Workbook.from_source(dataset))
            message = raised.value.message
        assert message.startswith("Could not save “brief.tradetarget”: ")
        assert "read-only" in message
        assert_still_old(path, data, workbook)
    finally:
        folder.chmod(0o755)
        shutil.rmtree(folder)


KILLED_BEFORE_THE_RENAME = """
import os
import signal
import sys

from trade_target.core.files.file_format import load_workbook
from trade_target.core.files.file_writing import save_workbook


def killed(source, destination):
    print("written", source, flush=True)
    if hasattr(signal, "SIGKILL"):
        os.kill(os.getpid(), signal.SIGKILL)
    os._exit(70)


os.replace = killed
workbook = load_workbook(sys.argv[1])
save_workbook(sys.argv[1], workbook.renamed(0, "Changed in the child"))
print("the save went through")
"""


def test_a_save_killed_between_write_and_rename_leaves_the_old_file(
    old_file: tuple[Path, bytes, Workbook],
) -> None:
    path, data, workbook = old_file
    child = run_child(KILLED_BEFORE_THE_RENAME, path)
    assert child.stdout.startswith("written "), child.stderr
    assert "the save went through" not in child.stdout
    if hasattr(signal, "SIGKILL"):
        assert child.returncode == -signal.SIGKILL
    assert path.read_bytes() == data
    assert load_workbook(path) == workbook
    # The killed process could not remove its temporary file. It holds the whole new workbook,
    # which shows the kill came after the write and before the rename.
    temporary = Path(child.stdout.split(" ", 1)[1].strip())
    assert temporary.parent == path.parent
    assert temporary.name.startswith(".brief.tradetarget.")
    saved_by_child, _ = parse_workbook(temporary.read_text("utf-8"), temporary)
    assert saved_by_child == workbook.renamed(0, "Changed in the child")


# --- The shipped example -------------------------------------------------------------------------


def test_the_shipped_example_opens_with_its_three_scenarios(dataset: Dataset) -> None:
    workbook = load_workbook(EXAMPLE)
    assert workbook.names == (
        "Article figures, 5 years",
        "Deadline 2028 at RM4.05",
        "Deadline 2030 at RM4.31",
    )
    rates = [s.exchange_rate for s in workbook.scenarios]
    assert rates[0] == pytest.approx(21.2 / 4.92, rel=1e-12)
    assert rates[1:] == [4.05, 4.31]
    assert [s.years_to_target for s in workbook.scenarios] == [5, 4, 6]
    assert [s.summary().target_year for s in workbook.scenarios] == [2029, 2028, 2030]
    assert all(s.dataset == dataset for s in workbook.scenarios), "the article's figures"
    assert all(s.shown for s in workbook.scenarios)
    assert (workbook.current, workbook.display_currency) == (0, Currency.USD)
    required = [s.summary().required_growth for s in workbook.scenarios]
    assert required == pytest.approx([(10 / 5.2) ** (1 / n) - 1 for n in (5, 4, 6)], rel=1e-12)


def test_the_shipped_example_is_written_as_this_version_writes(dataset: Dataset) -> None:
    on_disk = json.loads(EXAMPLE.read_text("utf-8"))
    rewritten = json.loads(workbook_to_text(load_workbook(EXAMPLE)))
    on_disk.pop("app_version")
    rewritten.pop("app_version")
    assert on_disk == rewritten
