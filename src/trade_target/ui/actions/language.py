"""View › Language: the system's language or a chosen one, switched at once and remembered."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QEvent, QSettings, Signal
from PySide6.QtGui import QActionEvent, QActionGroup
from PySide6.QtWidgets import QMenu, QWidget

from trade_target import translations
from trade_target.core.i18n import translate
from trade_target.render.guard import qt_guard

SETTING = "language"


def remembered_choice() -> str:
    """ "system" or a language code, as last chosen (the system's language at first start)."""
    value = QSettings().value(SETTING, translations.SYSTEM)
    return value if isinstance(value, str) else translations.SYSTEM


def start_language() -> str:
    """At start-up: speak the remembered (or the system's) language, English if it is missing."""
    code = translations.resolve(remembered_choice())
    if not translations.use(code):
        translations.use("en")
    return translations.current()


class LanguageMenu(QMenu):
    """objectName languageMenu; each action's data is "system" or a language code.

    The languages are listed by their own names (English, Bahasa Melayu, Türkçe) in every
    language, so a reader who cannot read the current one still finds their own."""

    failed = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("languageMenu")
        group = QActionGroup(self)
        self.system_action = self.addAction("")
        self.system_action.setData(translations.SYSTEM)
        self.addSeparator()
        for code, name in translations.LANGUAGES.items():
            action = self.addAction(name)
            action.setData(code)
        for action in self.actions():
            if action.isSeparator():
                continue
            action.setCheckable(True)
            action.setActionGroup(group)
            action.triggered.connect(lambda _=False, a=action: self.choose(a.data()))
        self._check(remembered_choice())
        self.retranslate()

    @qt_guard
    def changeEvent(self, event: QEvent) -> None:
        super().changeEvent(event)
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
            relayout_menus(self)

    def retranslate(self) -> None:
        self.setTitle(translate("LanguageMenu", "&Language"))
        system = translations.LANGUAGES[translations.system_language()]
        self.system_action.setText(
            translate("LanguageMenu", "&System language ({language})").format(language=system)
        )

    def choose(self, choice: str) -> None:
        """Switch to `choice` ("system" or a code) now, and remember it for the next start."""
        code = translations.resolve(choice)
        if not translations.use(code):
            self.failed.emit(
                translate(
                    "LanguageMenu",
                    "{language} is not available: this installation has no compiled "
                    "translations for it. Reinstall Trade Target to get them.",
                ).format(language=translations.LANGUAGES.get(code, code))
            )
            self._check(remembered_choice())
            return
        QSettings().setValue(SETTING, choice)
        self._check(choice)

    def _check(self, choice: str) -> None:
        for action in self.actions():
            if action.isCheckable():
                action.setChecked(action.data() == choice)


def relayout_menus(menu: QMenu) -> None:
    """Lay out again every menu of the window `menu` belongs to, as a restart would.

    Qt names the shortcut keys in the language ("Ctrl+Shift+S" is "Kontrol+Üst Karakter+S"
    in Turkish), but a menu measures its shortcut column again only when one of its own
    actions changes: when the names change and the texts do not (or not after the names),
    the column kept its old width and cut the names, and the submenu arrow fell off."""
    owner = menu.parentWidget()
    while isinstance(owner, QMenu):
        owner = owner.parentWidget()
    if owner is None:
        return
    for each in owner.window().findChildren(QMenu):
        for action in each.actions():
            QCoreApplication.sendEvent(each, QActionEvent(QEvent.Type.ActionChanged, action))
