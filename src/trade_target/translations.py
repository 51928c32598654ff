"""The languages the app speaks — English, Bahasa Melayu and Türkçe — through Qt's translators.

`use(code)` loads the compiled translations (`trade_target_<code>.qm`, built from the `.ts`
sources in resources/translations/ when the package is built) and Qt's own for its standard
texts, makes the language's locale the default (so numbers read 4,3089 in Turkish), and
routes core.i18n through them. Installing a translator makes Qt send every widget a
LanguageChange event; the widgets then set their texts again, so a switch is live.

Used by the window and by the command line's `--lang`; needs QtCore only, and no
application object (the command line's `summary` has none).
"""

from __future__ import annotations

from pathlib import Path

import PySide6
from PySide6.QtCore import QCoreApplication, QLibraryInfo, QLocale, QTranslator

from trade_target.core import i18n

# Each language's name as its speakers write it: the menu shows these in every language.
LANGUAGES: dict[str, str] = {"en": "English", "ms": "Bahasa Melayu", "tr": "Türkçe"}
LOCALES: dict[str, str] = {"en": "en_GB", "ms": "ms_MY", "tr": "tr_TR"}
# Where each language writes the percent sign (Qt's locales do not say): Turkish puts it
# before the number with no space, as the Turkish Language Association's spelling rules and
# Unicode CLDR (#,##0 → %#,##0) do, and a sign before both: "+%3,22", "−%11,05". English
# and Malay keep the app's "13.97 %". resources/translations/glossary.tsv lists it too.
PERCENT_PATTERNS: dict[str, str] = {
    "en": i18n.PLAIN_PERCENT,
    "ms": i18n.PLAIN_PERCENT,
    "tr": "{sign}%{number}",
}
SYSTEM = "system"  # the remembered choice "follow the system's language"

_installed: list[QTranslator] = []
_current = "en"
_locale_before: list[QLocale] = []  # the default locale before the first `use`


def system_language(ui_languages: list[str] | None = None) -> str:
    """The first of the system's preferred languages the app speaks; English otherwise."""
    for name in ui_languages if ui_languages is not None else QLocale.system().uiLanguages():
        code = name.replace("_", "-").split("-")[0].lower()
        if code in LANGUAGES:
            return code
    return "en"


def resolve(choice: str | None) -> str:
    """A remembered choice ("system", a code, or anything stale) as a language code."""
    return choice if choice in LANGUAGES else system_language()


def current() -> str:
    return _current


def _ours(code: str) -> QTranslator | None:
    from trade_target import resources

    compiled = resources.path(f"translations/trade_target_{code}.qm")
    translator = QTranslator()
    if compiled.is_file() and translator.load(str(compiled)):
        return translator
    return None


def _qts_own(code: str) -> QTranslator | None:
    """Qt's translation of its standard texts (dialog buttons and labels, file and print
    dialogs, shortcut names), if Qt ships one: Turkish yes, Malay no. Looked for where Qt says
    it keeps them, then in PySide6's own layouts (which the frozen bundle keeps)."""
    if code == "en":
        return None
    package = Path(PySide6.__file__).parent
    folders = (
        QLibraryInfo.path(QLibraryInfo.LibraryPath.TranslationsPath),
        str(package / "Qt" / "translations"),
        str(package / "translations"),
    )
    translator = QTranslator()
    for folder in folders:
        if translator.load(f"qtbase_{code}", folder):
            return translator
    return None


def available(code: str) -> bool:
    """Whether `code`'s translations were compiled into this installation."""
    return code == "en" or _ours(code) is not None


def _translator(ours: QTranslator | None) -> i18n.Translator:
    def translate(context: str, text: str, disambiguation: str | None, n: int) -> str:
        found = ours.translate(context, text, disambiguation, n) if ours is not None else ""
        if not found:  # not translated (or English): the source text
            return i18n._english(context, text, disambiguation, n)
        return found.replace("%n", str(n)) if n >= 0 else found

    return translate


def use(code: str) -> bool:
    """Speak `code` from now on; False (and nothing changed) if its translations are missing."""
    global _current
    if code not in LANGUAGES:
        return False
    ours = _ours(code)
    if ours is None and code != "en":
        return False
    locale = QLocale(LOCALES[code])
    locale.setNumberOptions(QLocale.NumberOption.OmitGroupSeparator)  # "4,3089", not grouped
    if not _locale_before:
        _locale_before.append(QLocale())
    QLocale.setDefault(locale)
    i18n.install(
        _translator(ours),
        lambda value, decimals: locale.toString(float(value), "f", decimals),
        PERCENT_PATTERNS[code],
    )
    _current = code
    _install([t for t in (ours, _qts_own(code)) if t is not None])
    return True


def _install(translators: list[QTranslator]) -> None:
    """Swap the installed translators; Qt then tells every widget the language changed."""
    app = QCoreApplication.instance()
    if app is not None:
        for old in _installed:
            QCoreApplication.removeTranslator(old)
    _installed[:] = translators
    if app is not None:
        for translator in _installed:
            QCoreApplication.installTranslator(translator)


def reset() -> None:
    """Back to the English source texts and the locale from before the first `use`."""
    global _current
    _install([])
    if _locale_before:
        QLocale.setDefault(_locale_before[0])
    i18n.install(None)
    _current = "en"
