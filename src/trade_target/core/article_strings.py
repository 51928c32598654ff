"""The embedded article dataset's words that appear on screen, marked for translation.

resources/article-2026-01-08.json is data, which Qt's extraction tool does not read, so
its figure labels, periods, texts and qualifiers and its citation's kind, subject and
attribution are repeated here, each as the English text in the file. `dataset.shown(text)`
gives them in the installed language. The quotes are not here: they stay the article's own
English words. tests/core/test_i18n.py checks this list against the file.
"""

from __future__ import annotations

from trade_target.core.i18n import QT_TRANSLATE_NOOP

ARTICLE_STRINGS = (
    # The citation
    QT_TRANSLATE_NOOP("Dataset", "News article"),
    QT_TRANSLATE_NOOP(
        "Dataset",
        "Prime Minister Anwar Ibrahim's official visit to Türkiye "
        "(Istanbul roundtable with Turkish and Malaysian industry)",
    ),
    QT_TRANSLATE_NOOP("Dataset", "Wisma Putra (Malaysia's Ministry of Foreign Affairs)"),
    # Bilateral trade, 2024
    QT_TRANSLATE_NOOP("Dataset", "Bilateral trade, 2024"),
    QT_TRANSLATE_NOOP("Dataset", "Calendar 2024 (full year)"),
    # Bilateral trade, January to November 2025
    QT_TRANSLATE_NOOP("Dataset", "Bilateral trade, Jan–Nov 2025"),
    QT_TRANSLATE_NOOP("Dataset", "Jan–Nov 2025 (11 months)"),
    # The target
    QT_TRANSLATE_NOOP("Dataset", "Bilateral trade target"),
    QT_TRANSLATE_NOOP("Dataset", "No deadline stated"),
    # E&E semiconductor exports
    QT_TRANSLATE_NOOP("Dataset", "Malaysia’s E&E semiconductor exports to the US"),
    QT_TRANSLATE_NOOP("Dataset", "more than"),
    QT_TRANSLATE_NOOP("Dataset", "Not stated"),
    # The roundtable
    QT_TRANSLATE_NOOP("Dataset", "Roundtable participants"),
    QT_TRANSLATE_NOOP("Dataset", "39 Turkish and 7 Malaysian companies"),
    QT_TRANSLATE_NOOP("Dataset", "January 2026"),
    # The visit
    QT_TRANSLATE_NOOP("Dataset", "Official visit to Türkiye"),
    QT_TRANSLATE_NOOP("Dataset", "6–8 January 2026"),
)
