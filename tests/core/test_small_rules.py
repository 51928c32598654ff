"""Small rules of the core, each at its edge: signs and percent signs, digit-group spaces,
the last year of catch-up growth, and the messages that name what was wrong."""

from __future__ import annotations

import pytest

from trade_target.core import growth, i18n, numbers
from trade_target.core.dataset import Dataset
from trade_target.core.errors import InputError
from trade_target.core.files import csv_style, file_format, spreadsheet_text
from trade_target.core.scenario import Inputs


def test_a_percent_with_no_sign_has_no_word_joiner() -> None:
    assert i18n.percent_sign("3.22") == "3.22 %"
    assert i18n.percent_sign("3.22", "+") == "+3.22 %"


def test_a_percent_sign_first_is_held_to_its_sign() -> None:
    """Turkish writes the percent sign first: "+%3,22", never broken after the "+"."""
    i18n.install(None, percent_pattern="{sign}%{number}")
    try:
        assert i18n.percent_sign("3,22", "+") == "+\u2060%3,22"
        assert i18n.percent_sign("3,22") == "%3,22"
        assert i18n.percent(-0.0322) == "\u2212\u2060%3.22"
    finally:
        i18n.install(None)


@pytest.mark.parametrize(
    ("text", "value"),
    [("1 234,5", 1234.5), ("1\u00a0234", 1234.0), (" 4,31 ", 4.31), ("\u22124.5", -4.5)],
)
def test_digit_group_spaces_are_dropped(text: str, value: float) -> None:
    assert numbers.parse_decimal(text, "field", "Label") == value


def test_a_fraction_where_whole_years_are_wanted_names_the_field() -> None:
    with pytest.raises(InputError) as refused:
        numbers.parse_whole("5,5", "years_to_target", "Years to target")
    assert refused.value.field == "years_to_target"
    assert refused.value.message == "Years to target: enter a whole number (no fraction)."
    assert numbers.parse_whole("5,0", "years_to_target", "Years to target") == 5


@pytest.mark.parametrize(
    ("text", "message"),
    [
        ("", "Rate: enter a number."),
        ("4,31x", "Rate: “4,31x” is not a number."),
        ("1e999", "Rate: “1e999” is not a number."),
    ],
)
def test_number_messages_word_for_word(text: str, message: str) -> None:
    with pytest.raises(InputError) as refused:
        numbers.parse_decimal(text, "exchange_rate", "Rate")
    assert (refused.value.field, refused.value.message) == ("exchange_rate", message)


def test_catch_up_growth_with_one_year_left() -> None:
    """From US$5 bn to US$10 bn in one year: 100 %."""
    assert growth.catch_up_growth(5.0, 10.0, 1) == 1.0
    assert growth.catch_up_growth(5.0, 10.0, 0) is None


def test_a_rating_without_a_ratio_says_why() -> None:
    with pytest.raises(ValueError, match=r"^a ratio is needed unless the target is met$"):
        growth.progress_status(None, False)


def test_an_unknown_input_is_named(dataset: Dataset) -> None:
    with pytest.raises(InputError) as refused:
        Inputs.defaults(dataset).with_value("deadline", 2030)
    assert refused.value.field == "deadline"
    assert refused.value.message == "Unknown input “deadline”."


@pytest.mark.parametrize("months", [0, 13])
def test_a_run_rate_over_no_months_or_more_than_twelve_is_refused(months: int) -> None:
    with pytest.raises(ValueError, match=r"^months_covered must be 1–12$"):
        growth.annualise_run_rate(4.92, months)


def test_the_rating_keeps_what_it_was_rated_on() -> None:
    """The worked example: observed 3.22 %/yr against required 13.97 %/yr, R = 0.23."""
    progress = growth.rate_progress(
        latest=5.367, target=10.0, required=0.1397, observed=0.0322, years_left=4
    )
    assert progress == growth.Progress(
        growth.ProgressStatus.LIMITED_PROGRESS, 0.0322 / 0.1397, 0.1397, on_catch_up=False
    )


def test_whole_years_left_empty_names_the_field() -> None:
    with pytest.raises(InputError) as refused:
        numbers.parse_whole(" ", "years_to_target", "Years to target")
    assert refused.value.message == "Years to target: enter a number."


@pytest.mark.parametrize(
    ("field", "value", "words"),
    [
        ("latest_months", 13, "Months covered: enter a whole number from 1 to 12."),
        ("base_value", 0.0, "Base-year trade: must be greater than zero."),
        ("latest_value", float("nan"), "Latest trade: enter a finite number."),
    ],
)
def test_input_messages_name_the_input_and_its_limits(
    dataset: Dataset, field: str, value: float, words: str
) -> None:
    with pytest.raises(InputError) as refused:
        Inputs.defaults(dataset).with_value(field, value)
    assert refused.value.field == field
    assert refused.value.message == words


def test_text_for_a_spreadsheet_holds_no_control_or_lone_surrogate() -> None:
    assert spreadsheet_text.clean_text("a\x00b\x1fc") == "a b c"
    assert spreadsheet_text.clean_text("a\ud800b") == "a?b"


def test_a_signed_number_with_spaces_around_it_is_not_a_formula() -> None:
    assert not spreadsheet_text.runs_as_formula(" -0.56 ")
    assert spreadsheet_text.defused("-0.56 ") == "-0.56 "
    assert spreadsheet_text.defused("-A1 ") == "'-A1 "


def test_a_language_writing_no_decimal_mark_gets_a_point_and_commas() -> None:
    i18n.install(None, number_format=lambda value, decimals: f"{value:.0f}")
    try:
        assert csv_style.decimal_mark() == "."
        assert csv_style.for_language() is csv_style.CsvStyle.COMMA
    finally:
        i18n.install(None)


def test_required_growth_from_nothing_is_refused() -> None:
    with pytest.raises(ValueError, match=r"^base and target must be positive$"):
        growth.required_growth(0.0, 10.0, 5)


def test_reaching_means_at_or_above_the_target_within_float_noise() -> None:
    target = 10.0
    assert growth.reaches(target * (1 - growth.REACH_TOLERANCE), target)
    assert not growth.reaches(target * (1 - 1e-9), target)


def test_the_first_year_reached_just_past_a_whole_year() -> None:
    """From 1 at +10 %/yr to 1.1^19 × (1 + 5e-11): 1.1^19 falls short by more than float
    noise, 1.1^20 is past it, so the target is reached 20 years on, not 19 or 21."""
    target = 1.1**19 * (1 + 5e-11)
    assert 1.1**19 < target < 1.1**20
    assert growth.first_year_reached(1.0, 2025, target, 0.1) == 2045


def test_required_growth_over_no_years_is_refused() -> None:
    with pytest.raises(ValueError, match=r"^years must be at least 1$"):
        growth.required_growth(5.2, 10.0, 0)


def test_what_a_file_put_in_a_message_is_one_bounded_line() -> None:
    assert file_format._one_line("a\x00b\n\tc") == "a b c"
    exactly = "x" * file_format.MESSAGE_MAX
    assert file_format._one_line(exactly) == exactly
    assert file_format._one_line(exactly + "y") == "x" * (file_format.MESSAGE_MAX - 1) + "…"
