"""The keys of a summary's JSON (`trade-target summary --json`, Summary.as_json), written once
for the tests that check them: README's list under "Command line", "annualisation", and
"catch_up_growth" (the growth still needed from the latest estimate)."""

from __future__ import annotations

SUMMARY_KEYS = frozenset(
    {
        "annualisation",
        "exchange_rate",
        "base_year",
        "base_value_usd",
        "target_value_usd",
        "target_year",
        "years_to_target",
        "required_growth",
        "latest_estimate_usd",
        "observed_growth",
        "progress_ratio",
        "status",
        "year_reached_at_trend",
        "catch_up_growth",
    }
)
