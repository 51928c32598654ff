"""The current scenario's outlook (the chance of reaching the target), worked out when a view
first asks for it and kept until the scenario changes: the window's first paint never waits
for it, and the summary, the banner and the History tab share one computation."""

from __future__ import annotations

from typing import TYPE_CHECKING

from trade_target.core.errors import InputError

if TYPE_CHECKING:
    from trade_target.core.outlook import Outlook
    from trade_target.core.workbook import Scenario


class KeptOutlook:
    """(outlook, problem) of the last scenario asked about; a scenario is immutable, so the
    same object always has the same outlook."""

    def __init__(self) -> None:
        self._scenario: Scenario | None = None
        self._found: tuple[Outlook | None, str | None] = (None, None)

    def of(self, scenario: Scenario) -> tuple[Outlook | None, str | None]:
        """The outlook, or None and the plain message saying why there is none (None when
        there is simply no history)."""
        if scenario is not self._scenario:
            self._found = _worked_out(scenario)
            self._scenario = scenario
        return self._found


def _worked_out(scenario: Scenario) -> tuple[Outlook | None, str | None]:
    if not scenario.dataset.history:
        return None, None
    from trade_target.core.outlook import outlook_for  # not needed before the first paint

    try:
        return outlook_for(scenario.summary(), scenario.dataset), None
    except InputError as exc:
        return None, exc.message
