"""The answer in words and numbers, each with the sum that produced it."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from ..core.growth import ProgressStatus
from ..core.money import Currency
from ..core.scenario import Summary
from . import formatting
from .document import ScenarioDocument
from .look import coloured, muted

# Okabe–Ito, paired with the words, never colour alone; shown lighter or darker where the
# background needs it to read.
STATUS_COLOURS = {
    ProgressStatus.MET: "#009E73",
    ProgressStatus.ON_TRACK: "#009E73",
    ProgressStatus.NEEDS_ACCELERATION: "#E69F00",
    ProgressStatus.LIMITED_PROGRESS: "#D55E00",
    ProgressStatus.MOVING_AWAY: "#CC3311",
}


class SummaryPanel(QGroupBox):
    """objectName summaryPanel. Value labels are named for tests and for copy."""

    ROWS = (
        ("requiredGrowth", "Required annual growth"),
        ("targetYear", "Target year"),
        ("latestEstimate", "Latest-year estimate"),
        ("observedGrowth", "Observed growth"),
        ("progressStatus", "Progress"),
        ("yearReached", "Target reached at the observed trend"),
    )
    DESCRIPTIONS: ClassVar[dict[str, str]] = {
        "requiredGrowth": "Yearly compound growth needed to reach the target by the target year",
        "targetYear": "Base year plus the years to target you set",
        "latestEstimate": "The latest part-year figure scaled up to a full year",
        "observedGrowth": "Growth from the base year to the latest-year estimate",
        "progressStatus": "Observed growth compared with the growth required",
        "yearReached": "The year the target is reached if the observed growth continues",
    }

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__("Summary", parent)
        self.setObjectName("summaryPanel")
        self._document = document
        self.values: dict[str, QLabel] = {}
        self.explanations: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        for key, title in self.ROWS:
            value = QLabel(self)
            value.setObjectName(f"{key}Value")
            value.setAccessibleName(title)
            value.setAccessibleDescription(self.DESCRIPTIONS[key])
            explanation = QLabel(self)
            explanation.setObjectName(f"{key}Explanation")
            explanation.setWordWrap(True)
            explanation.setAccessibleName(f"How the {title.lower()} is worked out")
            muted(explanation)
            heading = QLabel(title, self)
            if key != self.ROWS[0][0]:
                layout.addSpacing(4)
            layout.addWidget(heading)
            layout.addWidget(value)
            layout.addWidget(explanation)
            self.values[key] = value
            self.explanations[key] = explanation
        self._scale_fonts()
        document.changed.connect(self.refresh)
        self.refresh()

    def _scale_fonts(self) -> None:
        """Values larger and explanations smaller than the panel's text, in proportion to
        it, so they follow the system font size when it changes."""
        base = self.font()
        for key in self.values:
            bigger = QFont(base)
            bigger.setPointSizeF(base.pointSizeF() * 1.15)
            bigger.setBold(True)
            self.values[key].setFont(bigger)
            smaller = QFont(base)
            smaller.setPointSizeF(base.pointSizeF() * 0.9)
            self.explanations[key].setFont(smaller)

    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._scale_fonts()

    def _set(self, key: str, value: str, explanation: str) -> None:
        self.values[key].setText(value)
        self.explanations[key].setText(explanation)

    def refresh(self) -> None:
        summary: Summary = self._document.summary
        currency: Currency = self._document.currency
        years = summary.inputs.years_to_target
        target = summary.in_currency(summary.target_usd, currency)
        base = summary.in_currency(summary.base_usd, currency)
        partial = summary.in_currency(summary.latest_partial_usd, currency)
        estimate = summary.in_currency(summary.latest_estimate_usd, currency)
        months = summary.latest_months

        self._set(
            "requiredGrowth",
            f"{formatting.percent(summary.required_growth)} a year",
            f"({formatting.money(target, currency)} ÷ {formatting.money(base, currency)})"
            f"^(1/{years}) − 1: compound growth from {summary.base_year} to {summary.target_year}.",
        )
        self._set(
            "targetYear",
            str(summary.target_year),
            f"{summary.base_year} + {years} years: an assumption (the source states no deadline).",
        )
        self._set(
            "latestEstimate",
            f"{formatting.money(estimate, currency)} ({summary.latest_year}, estimate)",
            f"Run-rate: {formatting.money(partial, currency)} for {months} of 12 months "
            f"× 12/{months}. An estimate: seasonality not corrected.",
        )
        self._set(
            "observedGrowth",
            formatting.percent(summary.observed_growth),
            f"{summary.latest_year} estimate over {summary.base_year} reported, at "
            f"{formatting.rate(summary.exchange_rate)} RM per US$.",
        )
        ratio = summary.progress_ratio
        coloured(self.values["progressStatus"], STATUS_COLOURS[summary.status])
        self._set(
            "progressStatus",
            summary.status.words,
            (
                "The latest estimate is already at or above the target."
                if ratio is None or summary.status is ProgressStatus.MET
                else f"Observed ÷ required growth = {formatting.number(ratio, 2)} "
                "(on track ≥ 0.95; acceleration 0.60–0.95; limited 0–0.60)."
            ),
        )
        if summary.year_reached_at_trend is None:
            self._set(
                "yearReached",
                "Not at this trend",
                "Observed growth is zero or negative, so the trend never reaches the target.",
            )
        elif summary.years_to_reach_at_trend == 0:
            self._set(
                "yearReached",
                str(summary.latest_year),
                "The latest estimate already reaches the target.",
            )
        else:
            self._set(
                "yearReached",
                str(summary.year_reached_at_trend),
                f"{formatting.number(summary.years_to_reach_at_trend or 0, 2)} years from "
                f"{summary.latest_year} at {formatting.percent(summary.observed_growth)} a year: "
                f"ln(target ÷ estimate) ÷ ln(1 + growth).",
            )
