"""The History tab's fixed words: labels, buttons and what each control is for a screen
reader, set again on every change of language."""

from __future__ import annotations

from typing import NamedTuple

from trade_target.core.i18n import translate


class Words(NamedTuple):
    """What one control says: its text, and its name and description for a screen reader
    (None: not set here)."""

    text: str | None = None
    name: str | None = None
    description: str | None = None


def control_words() -> dict[str, Words]:
    """Every fixed text of the History tab in the language now installed, by the panel's
    attribute name ("" is the panel itself). No mnemonics: the window's letters are taken
    by the controls always on screen; Tab reaches these."""
    return {
        "": Words(name=translate("HistoryPanel", "Annual history")),
        "intro": Words(
            translate(
                "HistoryPanel",
                "The year-by-year bilateral trade behind the trend, as you import it. The app "
                "ships no history of its own: every number here comes from your file.",
            )
        ),
        "import_button": Words(
            translate("HistoryPanel", "Import annual history…"),
            translate("HistoryPanel", "Import annual history"),
            translate(
                "HistoryPanel",
                "Read a CSV file of yearly bilateral trade: a UN Comtrade export, or a year "
                "column and a value column with its currency. A year imported again takes the "
                "new value.",
            ),
        ),
        "clear_button": Words(
            translate("HistoryPanel", "Clear history"),
            translate("HistoryPanel", "Clear history"),
            translate(
                "HistoryPanel",
                "Removes the annual history from this scenario; the trend goes back to the "
                "base year and the latest estimate. Edit › Undo brings it back.",
            ),
        ),
        "message": Words(name=translate("HistoryPanel", "Import problem")),
        "problem_list": Words(
            name=translate("HistoryPanel", "Rows left out"),
            description=translate(
                "HistoryPanel",
                "Each row of the file that could not be read, with its line number and what is "
                "wrong with it",
            ),
        ),
        "table": Words(
            name=translate("HistoryPanel", "Annual history by report"),
            description=translate(
                "HistoryPanel",
                "A row a year, a column for each country's report of the same trade; the report "
                "the sums use is in bold",
            ),
        ),
        "report_label": Words(translate("HistoryPanel", "Sums use:")),
        "report_box": Words(
            name=translate("HistoryPanel", "Report the sums use"),
            description=translate(
                "HistoryPanel",
                "Malaysia's exports to Türkiye are Türkiye's imports from Malaysia: the two "
                "countries report the same trade differently. The trend and the chance use "
                "the report chosen here.",
            ),
        ),
        "first_label": Words(translate("HistoryPanel", "Window from:")),
        "first_box": Words(
            name=translate("HistoryPanel", "First year of the window"),
            description=translate(
                "HistoryPanel", "The first year the trend and the chance are taken over"
            ),
        ),
        "last_label": Words(translate("HistoryPanel", "Window to:")),
        "last_box": Words(
            name=translate("HistoryPanel", "Last year of the window"),
            description=translate(
                "HistoryPanel", "The last year the trend and the chance are taken over"
            ),
        ),
        "method_label": Words(translate("HistoryPanel", "Trend by:")),
        "method_box": Words(
            name=translate("HistoryPanel", "Trend method"),
            description=translate(
                "HistoryPanel",
                "How the observed growth is taken: from the base year to the latest estimate, "
                "as compound growth between the window's first and last years, or as a "
                "log-linear fit through every year of the window",
            ),
        ),
        "trend_message": Words(name=translate("HistoryPanel", "Problem with the trend")),
        "trend_readout": Words(name=translate("HistoryPanel", "Observed growth and its method")),
        "volatility_readout": Words(name=translate("HistoryPanel", "Ups and downs of the window")),
        "chance_readout": Words(name=translate("HistoryPanel", "Chance of reaching the target")),
        "passes_readout": Words(
            name=translate("HistoryPanel", "Years the chance passes 50 % and 90 %")
        ),
        "outlook_note": Words(name=translate("HistoryPanel", "Why there is no chance shown")),
    }
