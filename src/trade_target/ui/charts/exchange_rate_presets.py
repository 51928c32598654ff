"""The buttons of the Exchange rate tab that set the rate to one the figures suggest: the
article's, the headline figures', the base year's (core.sensitivity.rate_presets).

A click is one undoable edit of the document's rate; a rate the scenario refuses is said
under the buttons. A rate the figures cannot give is a disabled button whose tip says how
to get it.
"""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from trade_target.core import sensitivity
from trade_target.core.errors import InputError
from trade_target.core.i18n import translate
from trade_target.core.sensitivity import Preset
from trade_target.render import formatting
from trade_target.ui.charts import exchange_rate_words as sensitivity_words
from trade_target.ui.document import ScenarioDocument
from trade_target.ui.panels.message_label import MessageLabel

# The preset buttons, in order: the key of a core Preset, and what the button says it does.
PRESET_KEYS = ("article", "headline", "base_year")


class RatePresets:
    """The label, the buttons (by preset key) and the message, made on `parent`; `row()`
    lays out the label and the buttons."""

    def __init__(self, document: ScenarioDocument, parent: QWidget) -> None:
        self._document = document
        self._presets: dict[str, Preset] = {}
        self.label = QLabel(parent)
        self.buttons: dict[str, QPushButton] = {}
        for key in PRESET_KEYS:
            button = QPushButton(parent)
            button.setObjectName(f"sensitivityPreset_{key}")
            button.clicked.connect(lambda _checked=False, key=key: self.use(key))
            self.buttons[key] = button
        self.message = MessageLabel(parent, "sensitivityPresetMessage")
        self.message.hide()

    def row(self) -> QHBoxLayout:
        row = QHBoxLayout()
        row.addWidget(self.label)
        for button in self.buttons.values():
            row.addWidget(button)
        row.addStretch(1)
        return row

    def retranslate(self) -> None:
        """The label in the language now installed; the buttons are named when next shown."""
        self.label.setText(translate("SensitivityPanel", "Set the rate to:"))
        self.message.hide()  # it spoke of a click in the language before

    def use(self, key: str) -> None:
        preset = self._presets.get(key)
        if preset is None:
            return
        try:
            self._document.edit_input("exchange_rate", preset.rate)  # one undoable step
        except InputError as exc:
            self.message.setText(exc.message)
            self.message.show()
            return
        self.message.hide()

    def show_presets(self) -> None:
        """Each button's rate, name and tip from the document's figures now."""
        dataset = self._document.dataset
        self._presets = {preset.key: preset for preset in sensitivity.rate_presets(dataset)}
        for key, button in self.buttons.items():
            preset = self._presets.get(key)
            if preset is not None:
                text = translate("SensitivityPanel", "{name}: {rate}").format(
                    name=preset.words, rate=formatting.rate(preset.rate)
                )
                description = sensitivity_words.preset_description(key, preset.rate)
                name = preset.words
            else:
                name = text = sensitivity.preset_words(key, self._document.dataset.base.year)
                description = sensitivity_words.how_to_get(key, dataset)
            button.setEnabled(preset is not None)
            if button.text() != text:
                button.setText(text)
            button.setToolTip(description)
            button.setAccessibleName(name)
            button.setAccessibleDescription(description)
