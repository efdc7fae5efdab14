"""The reader's language row: a notice when the module is a draft translation or not yet
translated, and a switch to the same module in the other language."""

from __future__ import annotations

from PySide6.QtCore import QEvent, Signal
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QWidget

from csp_desktop.core.content.catalogue import CatalogueEntry
from csp_desktop.core.content.model import ModuleMeta

# The switch names the other language in that language, as the language menu does (never
# translated): a Welsh speaker reading English must still recognise "Darllen yn Gymraeg".
SWITCH_LABELS = {"en": "Read in English", "cy": "Darllen yn Gymraeg"}


def other_version(entry: CatalogueEntry, shown: ModuleMeta) -> ModuleMeta | None:
    """The same module in the language not on screen, if it exists."""
    return next(
        (m for m in (entry.meta, entry.twin) if m is not None and m.language != shown.language),
        None,
    )


class LanguageBar(QWidget):
    switch_requested = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("languageBar")
        self.notice = QLabel()
        self.notice.setObjectName("languageNotice")
        self.notice.setWordWrap(True)
        self.notice.hide()
        self.button = QPushButton()
        self.button.setObjectName("readerLanguageButton")
        self.button.clicked.connect(self.switch_requested)
        self.button.hide()
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.notice, 1)
        layout.addWidget(self.button)
        self._entry: CatalogueEntry | None = None
        self._shown: ModuleMeta | None = None

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def show_for(self, entry: CatalogueEntry, shown: ModuleMeta) -> None:
        self._entry, self._shown = entry, shown
        self.retranslate()

    def retranslate(self) -> None:
        entry, shown = self._entry, self._shown
        if entry is None or shown is None:
            return
        if entry.fallback and shown is entry.meta:
            self.notice.setText(
                self.tr("This module is not yet available in Cymraeg, so it is shown in English.")
            )
            self.notice.show()
        elif shown.is_draft_translation:
            self.notice.setText(
                self.tr(
                    "Draft translation: this Welsh text has not yet been checked by a fluent reviewer. "
                    "If something reads oddly, the English version is one click away."
                )
            )
            self.notice.show()
        else:
            self.notice.hide()
        other = other_version(entry, shown)
        self.button.setVisible(other is not None)
        if other is not None:
            label = SWITCH_LABELS.get(other.language, other.language)
            self.button.setText(label)
            self.button.setAccessibleName(label)
            self.button.setToolTip(self.tr("Show this module in the other language, at the same section"))
        self.setVisible(self.notice.isVisibleTo(self) or other is not None)
