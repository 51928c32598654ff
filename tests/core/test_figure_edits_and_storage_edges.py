"""Editing figures and naming files at their edges: each refusal names its field and says what
is wrong, the largest amount is still one, an edit of a label keeps the article's own
conversion, equally new figures leave "latest" where it was, and the OS's error texts are
made the tail of a sentence."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest

from trade_target.core import figure_edits
from trade_target.core.dataset import Dataset
from trade_target.core.errors import InputError
from trade_target.core.files import storage
from trade_target.core.limits import AMOUNT_MOST
from trade_target.core.money import Currency

NO_LATER = (
    "The sums need a figure for a later year than the base year (2024); this change would "
    "leave none."
)


@pytest.mark.parametrize(
    ("edit", "field", "message"),
    [
        (
            lambda d: figure_edits.edit_figure(d, d.latest_id, "colour", 1),
            "colour",
            "“colour” cannot be edited.",
        ),
        (
            lambda d: figure_edits.edit_figure(d, "nope", "value", 1),
            "value",
            "There is no figure “nope”.",
        ),
        (
            lambda d: figure_edits.edit_figure(d, "roundtable", "months", 12),
            "months",
            "Months covered: “Roundtable participants” is not a trade figure.",
        ),
        (
            lambda d: figure_edits.edit_figure(d, "roundtable", "value", 5.0),
            "value",
            "Value: “Roundtable participants” is not an amount of money.",
        ),
        (
            lambda d: figure_edits.edit_figure(d, d.latest_id, "use_partner", "maybe"),
            "use_partner",
            "Use the partner's value: yes or no.",
        ),
        (
            lambda d: figure_edits.edit_figure(d, d.latest_id, "value", 2 * AMOUNT_MOST),
            "value",
            "Value: at most 1000000000000 billion.",
        ),
        (
            lambda d: figure_edits.remove_figure(d, d.base_id),
            "figure",
            "The base-year figure cannot be removed: the sums start there.",
        ),
        (
            lambda d: figure_edits.remove_figure(d, d.target_id),
            "figure",
            "The target cannot be removed.",
        ),
        (lambda d: figure_edits.remove_figure(d, "nope"), "figure", "There is no figure “nope”."),
        (lambda d: figure_edits.remove_figure(d, d.latest_id), "figure", NO_LATER),
    ],
)
def test_refusals_name_the_field_and_say_why(
    dataset: Dataset, edit: Callable[[Dataset], Any], field: str, message: str
) -> None:
    with pytest.raises(InputError) as refused:
        edit(dataset)
    assert (refused.value.field, refused.value.message) == (field, message)


def test_the_largest_amount_is_still_an_amount(dataset: Dataset) -> None:
    edited = figure_edits.edit_figure(dataset, dataset.latest_id, "value", AMOUNT_MOST)
    assert edited.latest.value == AMOUNT_MOST


def test_an_empty_partner_value_is_none(dataset: Dataset) -> None:
    given = figure_edits.edit_figure(dataset, dataset.latest_id, "partner_value", 20.0)
    cleared = figure_edits.edit_figure(given, dataset.latest_id, "partner_value", "")
    assert cleared.latest.partner_value is None


def test_relabelling_keeps_the_articles_conversion(dataset: Dataset) -> None:
    relabelled = figure_edits.edit_figure(dataset, dataset.latest_id, "label", "Jan–Nov trade")
    assert relabelled.implied_exchange_rate() == pytest.approx(21.2 / 4.92, rel=1e-12)


def test_an_added_figure_as_new_as_the_latest_leaves_latest_alone(dataset: Dataset) -> None:
    added = figure_edits.add_observation(
        dataset, value=22.0, reported_currency=Currency.MYR, year=2025, months=11
    )
    assert added.latest_id == dataset.latest_id
    new = added.figures[-1]
    assert (new.label, new.period, new.quote) == ("Bilateral trade, 2025", "2025, 11 months", "")


def test_a_base_year_figure_is_never_the_latest(dataset: Dataset) -> None:
    """A second 2024 figure (RM23.7 bn, made up) is not "later than the base": removing the
    2025 figure leaves the sums with none."""
    paired = figure_edits.add_observation(
        dataset, value=23.7, reported_currency=Currency.MYR, year=2024, months=12
    )
    with pytest.raises(InputError) as refused:
        figure_edits.remove_figure(paired, dataset.latest_id)
    assert refused.value.message == NO_LATER


@pytest.mark.parametrize(
    ("error", "words"),
    [
        (OSError(), "OSError"),  # no text at all: the error's kind
        (OSError("Disk on fire"), "disk on fire"),
        (PermissionError(13, "Permission denied"), "permission denied"),
    ],
)
def test_the_systems_words_as_the_tail_of_a_sentence(error: OSError, words: str) -> None:
    assert storage._reason(error) == words


@pytest.mark.parametrize(
    ("size", "words"),
    [
        (1024 * 1024, "1 MB"),
        (3 * 1024 * 1024, "3 MB"),
        (1024 * 1024 + 1, "1048577 bytes"),
        (1, "1 byte"),
    ],
)
def test_sizes_in_words(size: int, words: str) -> None:
    assert storage.size_in_words(size) == words


@pytest.mark.parametrize(
    ("path", "name"),
    [("out/TAX/", "TAX"), ("out/box\\", "box"), ("briefs/a.tradetarget", "a.tradetarget")],
)
def test_a_files_name_without_its_folder(path: str, name: str) -> None:
    assert storage.display_name(path) == name


def test_saving_over_a_folder_says_so(tmp_path: Path) -> None:
    folder = tmp_path / "brief.tradetarget"
    folder.mkdir()
    with pytest.raises(storage.StorageError) as refused:
        storage.write_atomically(folder, b"{}")
    assert refused.value.path == str(folder)
    assert str(refused.value) == (
        "Could not save “brief.tradetarget”: a folder of that name is in the way."
    )


def test_reading_a_file_too_large_names_it(tmp_path: Path) -> None:
    big = tmp_path / "big.tradetarget"
    big.write_bytes(b"x" * 20)
    with pytest.raises(storage.StorageError) as refused:
        storage.read_limited_bytes(big, 10)
    assert refused.value.path == str(big)
    assert (
        str(refused.value)
        == "“big.tradetarget” is larger than 10 bytes; it is not a Trade Target file."
    )
    with pytest.raises(storage.StorageError) as refused:
        storage.read_limited(big, 10)
    assert refused.value.path == str(big)


def test_reading_a_folder_names_it(tmp_path: Path) -> None:
    with pytest.raises(storage.StorageError) as refused:
        storage.read_limited_bytes(tmp_path, 10)
    assert refused.value.path == str(tmp_path)
    assert str(refused.value) == f"Could not open “{tmp_path.name}”: it is a folder, not a file."
