"""Help › About: the question the app answers, its version, and the article it starts from,
each figure with the words it was quoted in."""

from __future__ import annotations

import html

from PySide6.QtWidgets import QWidget

from trade_target import APP_NAME, version
from trade_target.core.dataset import Dataset, shown
from trade_target.core.i18n import translate
from trade_target.ui.actions import dialogs


def about_html(dataset: Dataset) -> str:
    citation = dataset.citation
    figures = "".join(
        f"<li>{html.escape(shown(f.label))}: “{html.escape(f.quote)}”</li>" for f in dataset.figures
    )
    paragraph = "<p>{}</p>".format
    return "".join(
        (
            f"<h3>{APP_NAME} {html.escape(version())}</h3>",
            paragraph(
                html.escape(
                    translate(
                        "MainWindow",
                        "Is the US$10 billion Malaysia–Türkiye trade target reachable, "
                        "and what growth does it take?",
                    )
                )
            ),
            paragraph(
                html.escape(
                    translate(
                        "MainWindow", "Source: {citation} Trade figures attributed to {source}."
                    ).format(
                        citation=citation.one_line(),
                        source=shown(citation.trade_figures_attributed_to),
                    )
                )
            ),
            paragraph(
                html.escape(translate("MainWindow", "The quotes are in the original English."))
            ),
            f"<ul>{figures}</ul>",
            paragraph(
                html.escape(
                    translate(
                        "MainWindow",
                        "Derived values (the other currency, the run-rate estimate, every "
                        "growth figure) are computed here from the exchange rate and years "
                        "you set.",
                    )
                )
            ),
        )
    )


def show_about(parent: QWidget, dataset: Dataset) -> None:
    dialogs.show_about(
        parent, translate("MainWindow", "About {app}").format(app=APP_NAME), about_html(dataset)
    )
