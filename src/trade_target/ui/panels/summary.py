"""The answer in words and numbers, each with the sum that produced it."""

from __future__ import annotations

from typing import ClassVar

from PySide6.QtCore import QEvent
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QGroupBox, QLabel, QVBoxLayout, QWidget

from trade_target.core import annualise
from trade_target.core.annualise import Annualisation
from trade_target.core.growth import ACCELERATION_RATIO, ON_TRACK_RATIO, ProgressStatus
from trade_target.core.i18n import QT_TRANSLATE_NOOP, translate
from trade_target.core.money import Currency
from trade_target.core.scenario import Summary
from trade_target.render import formatting
from trade_target.render.guard import qt_guard
from trade_target.ui.document import ScenarioDocument
from trade_target.ui.panels import history_words
from trade_target.ui.panels.look import coloured, muted
from trade_target.ui.panels.wrapped_label import WrappedLabel

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
        ("requiredGrowth", QT_TRANSLATE_NOOP("SummaryPanel", "Required annual growth")),
        ("targetYear", QT_TRANSLATE_NOOP("SummaryPanel", "Target year")),
        ("latestEstimate", QT_TRANSLATE_NOOP("SummaryPanel", "Latest-year estimate")),
        ("observedGrowth", QT_TRANSLATE_NOOP("SummaryPanel", "Observed growth")),
        ("catchUpGrowth", QT_TRANSLATE_NOOP("SummaryPanel", "Growth still needed")),
        ("progressStatus", QT_TRANSLATE_NOOP("SummaryPanel", "Progress")),
        ("yearReached", QT_TRANSLATE_NOOP("SummaryPanel", "Target reached at the observed trend")),
        ("chance", QT_TRANSLATE_NOOP("SummaryPanel", "Chance of reaching the target")),
    )
    DESCRIPTIONS: ClassVar[dict[str, str]] = {
        "requiredGrowth": QT_TRANSLATE_NOOP(
            "SummaryPanel",
            "Yearly compound growth needed to reach the target by the target year",
        ),
        "targetYear": QT_TRANSLATE_NOOP(
            "SummaryPanel", "Base year plus the years to target you set"
        ),
        "latestEstimate": QT_TRANSLATE_NOOP(
            "SummaryPanel", "The latest part-year figure scaled up to a full year"
        ),
        "observedGrowth": QT_TRANSLATE_NOOP(
            "SummaryPanel", "Growth from the base year to the latest-year estimate"
        ),
        "catchUpGrowth": QT_TRANSLATE_NOOP(
            "SummaryPanel",
            "Yearly compound growth needed from the latest-year estimate to reach the target "
            "by the target year",
        ),
        "progressStatus": QT_TRANSLATE_NOOP(
            "SummaryPanel", "Observed growth compared with the growth required"
        ),
        "yearReached": QT_TRANSLATE_NOOP(
            "SummaryPanel", "The year the target is reached if the observed growth continues"
        ),
        "chance": QT_TRANSLATE_NOOP(
            "SummaryPanel",
            "The chance that trade reaches the target by the target year, from the ups and "
            "downs of the imported annual history",
        ),
    }
    EXPLANATION_NAMES: ClassVar[dict[str, str]] = {
        "requiredGrowth": QT_TRANSLATE_NOOP(
            "SummaryPanel", "How the required annual growth is worked out"
        ),
        "targetYear": QT_TRANSLATE_NOOP("SummaryPanel", "How the target year is worked out"),
        "latestEstimate": QT_TRANSLATE_NOOP(
            "SummaryPanel", "How the latest-year estimate is worked out"
        ),
        "observedGrowth": QT_TRANSLATE_NOOP(
            "SummaryPanel", "How the observed growth is worked out"
        ),
        "catchUpGrowth": QT_TRANSLATE_NOOP(
            "SummaryPanel", "How the growth still needed is worked out"
        ),
        "progressStatus": QT_TRANSLATE_NOOP("SummaryPanel", "How the progress is worked out"),
        "yearReached": QT_TRANSLATE_NOOP(
            "SummaryPanel", "How the target reached at the observed trend is worked out"
        ),
        "chance": QT_TRANSLATE_NOOP("SummaryPanel", "How the chance is worked out"),
    }
    """The explanations' names for screen readers, as whole sentences to translate."""

    def __init__(self, document: ScenarioDocument, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("summaryPanel")
        self._document = document
        self.headings: dict[str, QLabel] = {}
        self.values: dict[str, QLabel] = {}
        self.explanations: dict[str, QLabel] = {}
        layout = QVBoxLayout(self)
        layout.setSpacing(2)
        for key, _title in self.ROWS:
            value = QLabel(self)
            value.setObjectName(f"{key}Value")
            explanation = WrappedLabel(self)
            explanation.setObjectName(f"{key}Explanation")
            muted(explanation)
            heading = QLabel(self)
            heading.setObjectName(f"{key}Heading")
            if key != self.ROWS[0][0]:
                layout.addSpacing(4)
            layout.addWidget(heading)
            layout.addWidget(value)
            layout.addWidget(explanation)
            self.headings[key] = heading
            self.values[key] = value
            self.explanations[key] = explanation
        self._scale_fonts()
        document.changed.connect(self.refresh)
        self.retranslate()

    def retranslate(self) -> None:
        """Every text again, in the language now installed (on a LanguageChange)."""
        self.setTitle(translate("SummaryPanel", "Summary"))
        for key, title in self.ROWS:
            self.headings[key].setText(translate("SummaryPanel", title))
            self.values[key].setAccessibleName(translate("SummaryPanel", title))
            self.values[key].setAccessibleDescription(
                translate("SummaryPanel", self.DESCRIPTIONS[key])
            )
            self.explanations[key].setAccessibleName(
                translate("SummaryPanel", self.EXPLANATION_NAMES[key])
            )
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

    @qt_guard
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.FontChange:
            self._scale_fonts()
        elif event.type() == QEvent.Type.LanguageChange:
            self.retranslate()

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
        span = summary.latest_year - summary.base_year

        self._set(
            "requiredGrowth",
            _a_year(summary.required_growth),
            translate(
                "SummaryPanel",
                "({target} ÷ {base})^(1/{years}) − 1: compound growth from {base_year} "
                "to {target_year}.",
            ).format(
                target=formatting.money(target, currency),
                base=formatting.money(base, currency),
                years=years,
                base_year=summary.base_year,
                target_year=summary.target_year,
            ),
        )
        self._set(
            "targetYear",
            str(summary.target_year),
            translate(
                "SummaryPanel",
                "{base_year} + %n year(s): an assumption (the source states no deadline).",
                None,
                years,
            ).format(base_year=summary.base_year),
        )
        self._set(
            "latestEstimate",
            (
                translate("SummaryPanel", "{amount} ({year}, full year)")
                if months >= 12 and summary.annualisation is Annualisation.RUN_RATE
                else translate("SummaryPanel", "{amount} ({year}, estimate)")
            ).format(amount=formatting.money(estimate, currency), year=summary.latest_year),
            translate(
                "SummaryPanel",
                "Run-rate: {amount} for %n of 12 months × 12/{months}. An estimate: "
                "seasonality not corrected.",
                None,
                months,
            ).format(amount=formatting.money(partial, currency), months=months)
            if summary.annualisation is Annualisation.RUN_RATE and months < 12
            else annualise.explanation(
                summary.estimate, summary.latest_partial_usd, months, summary.latest_year
            ),
        )
        self._set(
            "observedGrowth",
            formatting.percent(summary.observed_growth),
            history_words.observed_from_history(summary, self._document.dataset.history)
            if summary.trend_years is not None
            else (
                translate(
                    "SummaryPanel",
                    "{latest_year} estimate over {base_year} reported, at {rate} RM per US$.",
                )
                if span == 1
                else translate(
                    "SummaryPanel",
                    "({latest_year} ÷ {base_year})^(1/{span}) − 1: growth a year, compounded "
                    "over the {span} years between them, at {rate} RM per US$.",
                )
            ).format(
                latest_year=summary.latest_year,
                base_year=summary.base_year,
                span=span,
                rate=formatting.rate(summary.exchange_rate),
            ),
        )
        self._set("catchUpGrowth", *history_words.catch_up(summary, currency))
        self._show_chance(summary, currency)
        coloured(self.values["progressStatus"], STATUS_COLOURS[summary.status])
        self._set("progressStatus", summary.status.words, _progress_explanation(summary))
        if summary.year_reached_at_trend is None:
            self._set(
                "yearReached",
                translate("SummaryPanel", "Not at this trend"),
                translate(
                    "SummaryPanel",
                    "Observed growth is zero or negative, so the trend never reaches the target.",
                ),
            )
        elif summary.years_to_reach_at_trend == 0:
            self._set(
                "yearReached",
                str(summary.latest_year),
                translate("SummaryPanel", "The latest estimate already reaches the target."),
            )
        else:
            self._set(
                "yearReached",
                str(summary.year_reached_at_trend),
                translate(
                    "SummaryPanel",
                    "{years} years from {latest_year} at {percent} a year: "
                    "ln(target ÷ estimate) ÷ ln(1 + growth).",
                ).format(
                    years=formatting.number(summary.years_to_reach_at_trend or 0, 2),
                    latest_year=summary.latest_year,
                    percent=formatting.percent(summary.observed_growth),
                ),
            )

    def _show_chance(self, summary: Summary, currency: Currency) -> None:
        """The chance line, only when the scenario's history gives one (asked for only
        when there is a history: nothing to work out at start-up)."""
        found = self._document.outlook if self._document.dataset.history else None
        if found is not None:
            self._set("chance", *history_words.chance(found, summary, currency))
        for label in (self.headings, self.values, self.explanations):
            label["chance"].setVisible(found is not None)


def _progress_explanation(summary: Summary) -> str:
    """What the rating was worked out from: nothing when met, else the ratio and its need."""
    ratio = summary.progress_ratio
    if summary.status is ProgressStatus.MET:
        return translate("SummaryPanel", "The latest estimate is already at or above the target.")
    if ratio is None:
        return translate(
            "SummaryPanel",
            "Trade has fallen below a target the base year had reached, and the target year "
            "{target_year} leaves no year after {latest_year} to catch up.",
        ).format(target_year=summary.target_year, latest_year=summary.latest_year)
    thresholds = {
        "ratio": formatting.number(ratio, 2),
        "on_track": formatting.number(ON_TRACK_RATIO, 2),
        "acceleration": formatting.number(ACCELERATION_RATIO, 2),
        "zero": formatting.number(0, 0),
    }
    if summary.rated_on_catch_up and summary.rated_against is not None:
        return translate(
            "SummaryPanel",
            "The base year had already reached the target. Observed growth ÷ the catch-up "
            "growth needed from {latest_year} back to the target by {target_year} ({need}) = "
            "{ratio} (on track ≥ {on_track}; acceleration {acceleration}–{on_track}; "
            "limited {zero}–{acceleration}).",
        ).format(
            latest_year=summary.latest_year,
            target_year=summary.target_year,
            need=_a_year(summary.rated_against),
            **thresholds,
        )
    return translate(
        "SummaryPanel",
        "Observed ÷ required growth = {ratio} (on track ≥ {on_track}; "
        "acceleration {acceleration}–{on_track}; limited {zero}–{acceleration}).",
    ).format(**thresholds)


def _a_year(growth: float) -> str:
    return translate("SummaryPanel", "{percent} a year").format(percent=formatting.percent(growth))
