"""`trade-target outlook`: the chance of reaching the target from an annual history, end to end
on small CSV files written here, its JSON checked against the closed form worked in the test
(P = 1 − Φ((ln(T/L) − nμ)/(σ√n)), Φ from math.erf), and its errors: too short a history, bad
rows, bad options. `summary` says the catch-up growth in words.

Every history below is illustrative, made up for the test: none is a real statistic."""

from __future__ import annotations

import dataclasses
import itertools
import json
import math
import statistics
from pathlib import Path

import pytest
from cli_runs import assert_one_line_error, run_main, run_module

from trade_target.core.files.dataset_file import load_default_dataset
from trade_target.core.files.file_writing import save_workbook
from trade_target.core.history import AnnualRecord, TrendChoice, TrendMethod
from trade_target.core.money import Currency
from trade_target.core.workbook import Scenario, Workbook

RATE = 21.2 / 4.92
LATEST = 21.2 / RATE * 12 / 11  # the 2025 run-rate estimate, US$5.367 bn
TARGET = 10.0
Z90 = 1.2815515655446004
Z75 = 0.6744897501960817

HISTORY = {  # illustrative, US$ bn
    2015: 3.0,
    2016: 3.3,
    2017: 3.1,
    2018: 3.6,
    2019: 3.5,
    2020: 3.2,
    2021: 4.0,
    2022: 4.6,
    2023: 4.4,
    2024: 5.2,
}


def phi(z: float) -> float:
    return 0.5 * (1 + math.erf(z / math.sqrt(2)))


def mean_and_deviation(values: list[float]) -> tuple[float, float]:
    """μ and the sample σ of the year-on-year log growths of consecutive years' values."""
    growths = [math.log(b / a) for a, b in itertools.pairwise(values)]
    mu = sum(growths) / len(growths)
    return mu, math.sqrt(sum((g - mu) ** 2 for g in growths) / (len(growths) - 1))


def closed_form(mu: float, sigma: float, years: int, latest: float = LATEST) -> float:
    return 1 - phi((math.log(TARGET / latest) - years * mu) / (sigma * math.sqrt(years)))


def plain_csv(tmp_path: Path, rows: dict[int, float], extra: str = "") -> Path:
    path = tmp_path / "history.csv"
    lines = ["# illustrative figures, not real statistics", "Year,Value (US$ bn)"]
    lines += [f"{year},{value}" for year, value in rows.items()]
    path.write_text("\n".join(lines) + "\n" + extra, encoding="utf-8")
    return path


def outlook_json(argv: list[str], capsys: pytest.CaptureFixture[str]) -> dict:
    status, out, err = run_main(["outlook", *argv, "--json"], capsys)
    assert status == 0, err
    return json.loads(out)


# --- The numbers ------------------------------------------------------------------------------


def test_the_json_holds_the_closed_form(tmp_path: Path, capsys) -> None:
    data = outlook_json(["--history", str(plain_csv(tmp_path, HISTORY))], capsys)
    mu, sigma = mean_and_deviation(list(HISTORY.values()))
    assert (data["first_year"], data["last_year"], data["growths"]) == (2015, 2024, 9)
    assert data["mean_log_growth"] == pytest.approx(mu, rel=1e-12)
    assert data["mean_log_growth"] == pytest.approx(math.log(5.2 / 3.0) / 9, rel=1e-12)
    assert data["log_growth_deviation"] == pytest.approx(sigma, rel=1e-12)
    assert (data["latest_year"], data["target_year"]) == (2025, 2029)
    assert data["latest_estimate_usd"] == pytest.approx(LATEST, rel=1e-12)
    assert data["chance"] == pytest.approx(closed_form(mu, sigma, 4), rel=1e-9)
    assert 0 < data["chance"] < 1
    # 50 %: the first n with nμ ≥ ln(T/L); 90 %: √n ≥ (zσ + √(z²σ² + 4μa)) / (2μ).
    a = math.log(TARGET / LATEST)
    assert data["year_chance_passes_50"] == 2025 + math.ceil(a / mu)
    root = (Z90 * sigma + math.sqrt((Z90 * sigma) ** 2 + 4 * mu * a)) / (2 * mu)
    assert data["year_chance_passes_90"] == 2025 + math.ceil(root**2)
    assert data["trend_method"] == "two_point"
    assert data["observed_growth"] == pytest.approx(LATEST / 5.2 - 1, rel=1e-12)


def test_the_fan_in_the_json(tmp_path: Path, capsys) -> None:
    data = outlook_json(["--history", str(plain_csv(tmp_path, HISTORY))], capsys)
    mu, sigma = mean_and_deviation(list(HISTORY.values()))
    assert [row["year"] for row in data["fan"]] == [2025, 2026, 2027, 2028, 2029]
    for k, row in enumerate(data["fan"]):
        spread = sigma * math.sqrt(k)
        expected = {
            "q10": LATEST * math.exp(k * mu - Z90 * spread),
            "q25": LATEST * math.exp(k * mu - Z75 * spread),
            "q50": LATEST * math.exp(k * mu),
            "q75": LATEST * math.exp(k * mu + Z75 * spread),
            "q90": LATEST * math.exp(k * mu + Z90 * spread),
        }
        for key, value in expected.items():
            assert row[key] == pytest.approx(value, rel=1e-12), (k, key)


def test_a_window_and_a_method(tmp_path: Path, capsys) -> None:
    path = plain_csv(tmp_path, HISTORY)
    data = outlook_json(
        ["--history", str(path), "--window", "2018-2024", "--method", "compound"], capsys
    )
    mu, sigma = mean_and_deviation([HISTORY[year] for year in range(2018, 2025)])
    assert (data["first_year"], data["last_year"], data["growths"]) == (2018, 2024, 6)
    assert data["mean_log_growth"] == pytest.approx(mu, rel=1e-12)
    assert data["chance"] == pytest.approx(closed_form(mu, sigma, 4), rel=1e-9)
    assert data["trend_method"] == "compound"
    assert data["observed_growth"] == pytest.approx((5.2 / 3.6) ** (1 / 6) - 1, rel=1e-12)
    data = outlook_json(["--history", str(path), "--method", "log-linear"], capsys)
    years = list(HISTORY)
    slope = statistics.linear_regression(years, [math.log(v) for v in HISTORY.values()]).slope
    assert data["observed_growth"] == pytest.approx(math.exp(slope) - 1, rel=1e-9)


def test_the_scenario_options_move_the_target_year(tmp_path: Path, capsys) -> None:
    path = plain_csv(tmp_path, HISTORY)
    data = outlook_json(["--history", str(path), "--years", "8", "--rate", "4.05"], capsys)
    latest = 21.2 / 4.05 * 12 / 11
    mu, sigma = mean_and_deviation(list(HISTORY.values()))
    assert data["target_year"] == 2032
    assert data["chance"] == pytest.approx(closed_form(mu, sigma, 7, latest), rel=1e-9)
    assert len(data["fan"]) == 8  # 2025 to 2032


def comtrade_csv(tmp_path: Path) -> Path:
    """Both countries' reports of the same (illustrative) trade; Türkiye's 10 % higher."""
    lines = ["refYear,reporterISO,partnerISO,flowCode,primaryValue"]
    for year, value in HISTORY.items():
        for reporter, partner, scale in (("MYS", "TUR", 1.0), ("TUR", "MYS", 1.1)):
            exports = value * scale * 0.6e9
            imports = value * scale * 0.4e9
            lines.append(f"{year},{reporter},{partner},X,{exports:.0f}")
            lines.append(f"{year},{reporter},{partner},M,{imports:.0f}")
    path = tmp_path / "comtrade.csv"
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    return path


def test_whose_report_the_sums_use(tmp_path: Path, capsys) -> None:
    path = comtrade_csv(tmp_path)
    mys = outlook_json(["--history", str(path)], capsys)
    tur = outlook_json(
        ["--history", str(path), "--reporter", "TUR", "--method", "compound"], capsys
    )
    assert (mys["reporter"], tur["reporter"]) == ("MYS", "TUR")
    # The same growths (a constant 10 % higher), so the same μ and σ; the levels differ.
    assert tur["mean_log_growth"] == pytest.approx(mys["mean_log_growth"], rel=1e-6)
    assert tur["observed_growth"] == pytest.approx((5.72 / 3.3) ** (1 / 9) - 1, rel=1e-6)


# --- The text -------------------------------------------------------------------------------------


def test_the_text(tmp_path: Path, capsys) -> None:
    status, out, err = run_main(["outlook", "--history", str(plain_csv(tmp_path, HISTORY))], capsys)
    assert (status, err) == (0, "")
    mu, sigma = mean_and_deviation(list(HISTORY.values()))
    p = closed_form(mu, sigma, 4)
    lines = out.splitlines()
    assert lines[0].split(None, 1) == ["Window:", "2015–2024, 9 year-on-year growths"]
    assert f"+{mu * 100:.2f} % a year" in lines[1] and lines[1].startswith("Mean log growth μ:")
    assert f"{sigma * 100:.2f} % a year" in lines[2]
    assert "base year to latest estimate" in out  # the method is named
    assert "Chance of US$10 bn by 2029:" in out
    assert f"{round(p * 100)} %" in out
    a = math.log(TARGET / LATEST)
    assert f"The chance passes 50 % in:  {2025 + math.ceil(a / mu)}" in out
    assert "Year   10 %   25 %   50 %   75 %   90 %" in out
    assert f"2025  {LATEST:.3f}  {LATEST:.3f}  {LATEST:.3f}  {LATEST:.3f}  {LATEST:.3f}" in out
    median_2029 = LATEST * math.exp(4 * mu)
    assert f"{median_2029:.3f}" in [line.split()[3] for line in lines if line.startswith("2029")]
    assert (
        f"At the 2015–2024 volatility, the chance of reaching US$10 bn by 2029 is "
        f"{round(p * 100)} %." in lines
    )
    assert "log-normal random walk" in out  # the assumptions are said


def test_never_within_fifty_years_is_said(tmp_path: Path, capsys) -> None:
    falling = {2015 + i: 5.0 * 0.97**i for i in range(7)}  # −3 % a year, every year
    falling[2018] *= 1.01  # a little noise, so σ > 0
    status, out, _ = run_main(["outlook", "--history", str(plain_csv(tmp_path, falling))], capsys)
    assert status == 0
    assert "The chance passes 50 % in:  not within 50 years" in out
    data = outlook_json(["--history", str(plain_csv(tmp_path, falling))], capsys)
    assert data["year_chance_passes_50"] is None and data["year_chance_passes_90"] is None


def test_in_malay(tmp_path: Path, capsys) -> None:
    argv = ["outlook", "--history", str(plain_csv(tmp_path, HISTORY)), "--lang", "ms"]
    status, out, err = run_main(argv, capsys)
    assert (status, err) == (0, "")
    assert "At the" not in out and "Window:" not in out


# --- Errors ---------------------------------------------------------------------------------------


def test_too_few_growths_is_a_plain_message_and_status_1(tmp_path: Path, capsys) -> None:
    short = {year: HISTORY[year] for year in range(2020, 2025)}  # 4 growths
    status, out, err = run_main(["outlook", "--history", str(plain_csv(tmp_path, short))], capsys)
    assert (status, out) == (1, "")
    assert err == (
        "trade-target: error: The chance of reaching the target needs at least 5 year-on-year "
        "growths (that is 6 consecutive years) in the window; it has 4.\n"
    )


def test_too_short_a_window_is_status_1(tmp_path: Path, capsys) -> None:
    path = str(plain_csv(tmp_path, HISTORY))
    status, out, err = run_main(["outlook", "--history", path, "--window", "2021-2024"], capsys)
    assert (status, out) == (1, "")
    assert "it has 3" in err and len(err.splitlines()) == 1
    # A compound trend over a window without two years of history: status 1 as well.
    argv = ["outlook", "--history", path, "--window", "2030-2040", "--method", "compound"]
    status, out, err = run_main(argv, capsys)
    assert (status, out) == (1, "")
    assert "at least two years in that window" in err


def test_too_few_growths_in_a_fresh_interpreter(tmp_path: Path) -> None:
    short = plain_csv(tmp_path, {year: HISTORY[year] for year in range(2021, 2025)})
    result = run_module("outlook", "--history", str(short), cwd=tmp_path)
    assert result.returncode == 1
    assert "Traceback" not in result.stderr
    assert "needs at least 5 year-on-year growths" in result.stderr


def test_bad_rows_are_listed_on_stderr_and_the_good_rows_used(tmp_path: Path, capsys) -> None:
    path = tmp_path / "history.csv"
    lines = ["Year,Value (US$ bn)"] + [f"{year},{value}" for year, value in HISTORY.items()]
    lines.insert(4, "2017.5,abc")  # line 5
    lines.append("2025,")  # line 13
    path.write_text("\n".join(lines) + "\n", encoding="utf-8")
    status, out, err = run_main(["outlook", "--history", str(path), "--json"], capsys)
    assert status == 0
    assert json.loads(out)["growths"] == 9  # every good year used
    err_lines = err.splitlines()
    assert err_lines[0] == "trade-target: history.csv: 2 rows left out:"
    assert err_lines[1].startswith("Line 5: ")
    assert err_lines[2].startswith("Line 13: ")
    assert "Traceback" not in err


@pytest.mark.parametrize("window", ["2015", "2024-2015", "2015-2015", "fifteen-2024", "2015-24"])
def test_a_bad_window_is_one_line(tmp_path: Path, capsys, window: str) -> None:
    path = str(plain_csv(tmp_path, HISTORY))
    status, out, err = run_main(["outlook", "--history", path, "--window", window], capsys)
    assert_one_line_error(status, out, err)
    assert status == 2
    assert "--window takes two years" in err


def test_an_en_dash_window_is_read(tmp_path: Path, capsys) -> None:
    path = str(plain_csv(tmp_path, HISTORY))
    data = outlook_json(["--history", path, "--window", "2016–2024"], capsys)
    assert data["first_year"] == 2016


def test_no_history_at_all(capsys) -> None:
    status, out, err = run_main(["outlook"], capsys)
    assert_one_line_error(status, out, err)
    assert "give --history FILE" in err


def test_a_missing_or_unreadable_file(tmp_path: Path, capsys) -> None:
    status, out, err = run_main(["outlook", "--history", str(tmp_path / "nowhere.csv")], capsys)
    assert_one_line_error(status, out, err)
    nothing = tmp_path / "nothing.csv"
    nothing.write_text("Year,Value (US$ bn)\n2019,abc\n", encoding="utf-8")
    status, out, err = run_main(["outlook", "--history", str(nothing)], capsys)
    assert_one_line_error(status, out, err)


def test_a_report_the_history_does_not_have(tmp_path: Path, capsys) -> None:
    path = str(plain_csv(tmp_path, HISTORY))
    status, out, err = run_main(["outlook", "--history", path, "--reporter", "TUR"], capsys)
    assert_one_line_error(status, out, err)
    assert "no report by TUR" in err


# --- summary: the catch-up growth in words -----------------------------------------------------


def test_the_summary_says_the_catch_up_growth(capsys) -> None:
    status, out, err = run_main(["summary"], capsys)
    assert (status, err) == (0, "")
    catch_up = (TARGET / LATEST) ** (1 / 4) - 1
    assert f"{catch_up * 100:.2f}" == "16.83"
    row = next(line for line in out.splitlines() if line.startswith("Growth still needed"))
    assert row.split(":", 1)[0] == "Growth still needed from the 2025 estimate"
    assert row.split(":", 1)[1].strip() == "+16.83 % a year to 2029 = (10.00 / 5.367)^(1/4) − 1"


def test_the_summary_says_why_there_is_no_catch_up(capsys) -> None:
    _, out, _ = run_main(["summary", "--years", "1"], capsys)
    assert "none: no year is left before the target year" in out
    _, out, _ = run_main(["summary", "--rate", "1.5"], capsys)  # RM21.2 bn is US$15.4 bn
    assert "none: the target is met" in out
    data = json.loads(run_main(["summary", "--rate", "1.5", "--json"], capsys)[1])
    assert data["catch_up_growth"] is None


def test_the_summary_json_has_the_catch_up_growth(capsys) -> None:
    data = json.loads(run_main(["summary", "--json", "--years", "6"], capsys)[1])
    assert data["catch_up_growth"] == pytest.approx((TARGET / LATEST) ** (1 / 5) - 1, rel=1e-12)


def test_the_readme_lists_every_key(tmp_path: Path, capsys) -> None:
    readme = (Path(__file__).resolve().parents[2] / "README.md").read_text(encoding="utf-8")
    section = readme.split("## Command line", 1)[1].split("\n## ", 1)[0]
    data = outlook_json(["--history", str(plain_csv(tmp_path, HISTORY))], capsys)
    summary = json.loads(run_main(["summary", "--json"], capsys)[1])
    for key in [*data, *data["fan"][0], *summary]:
        assert f"`{key}`" in section, key


def saved_with_history(tmp_path: Path) -> Path:
    """A .tradetarget file whose scenario holds the history and a 2016–2024 window."""
    dataset = load_default_dataset()
    records = tuple(
        AnnualRecord(year, value, Currency.USD, "MYS") for year, value in HISTORY.items()
    )
    scenario = dataclasses.replace(
        Scenario.from_source("With history", dataclasses.replace(dataset, history=records)),
        trend=TrendChoice(TrendMethod.TWO_POINT, 2016, 2024),
    )
    path = tmp_path / "with-history.tradetarget"
    save_workbook(path, Workbook((scenario,)))
    return path


def test_the_history_saved_in_a_scenario_file(tmp_path: Path, capsys) -> None:
    path = str(saved_with_history(tmp_path))
    data = outlook_json(["--scenario", path], capsys)
    mu, sigma = mean_and_deviation([HISTORY[year] for year in range(2016, 2025)])
    assert (data["first_year"], data["reporter"]) == (2016, "MYS")
    assert data["chance"] == pytest.approx(closed_form(mu, sigma, 4), rel=1e-9)
    # summary ends its verdict with the chance the scenario's history gives.
    status, out, err = run_main(["summary", "--scenario", path], capsys)
    assert (status, err) == (0, "")
    verdict = out.splitlines()[0]
    chance = round(closed_form(mu, sigma, 4) * 100)
    assert verdict.endswith(
        "From the 2025 estimate, it now takes +16.83 % a year to 2029. At the 2016–2024 "
        f"volatility, the chance of reaching US$10 bn by 2029 is {chance} %."
    )
