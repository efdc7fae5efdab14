"""Edit > Preferences: the councillor's name and council (used on the induction record),
language, text size and appearance. Applied when the user presses OK."""

from __future__ import annotations

from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QVBoxLayout,
    QWidget,
)

from csp_desktop import settings as S
from csp_desktop.core.collation import sort_key
from csp_desktop.core.geography import Geography
from csp_desktop.settings import Settings

LANGUAGE_NAMES = {"en": "English", "cy": "Cymraeg"}  # each in its own language, never translated
# Shown beside the language choice in both languages, like the names: whoever is choosing
# Cymraeg should know, before they switch, that part of the Welsh is still a draft.
WELSH_DRAFT_NOTE = (
    "Mae peth o'r testun Cymraeg yn ddrafft sy'n aros i siaradwr Cymraeg rhugl ei adolygu.\n"
    "Some of the Welsh text is a draft awaiting review by a fluent Welsh speaker."
)


class PreferencesDialog(QDialog):
    def __init__(self, settings: Settings, geography: Geography, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("preferencesDialog")
        self.setWindowTitle(self.tr("Preferences"))
        self._settings = settings
        language = settings.get(S.LANGUAGE)

        self.name_edit = QLineEdit(settings.get(S.COUNCILLOR_NAME))
        self.name_edit.setObjectName("councillorName")
        self.name_edit.setAccessibleName(self.tr("Your name"))
        self.name_edit.setPlaceholderText(self.tr("As it should appear on your induction record"))
        self.name_edit.setMaxLength(120)

        self.council_combo = QComboBox()
        self.council_combo.setObjectName("council")
        self.council_combo.setAccessibleName(self.tr("Your council"))
        self.council_combo.addItem(self.tr("Not chosen yet"), "")
        order = sort_key(language)  # Welsh alphabet rules in Welsh: "Caerffili" before "Ceredigion"
        for council in sorted(geography.councils, key=lambda c: order(c.display_name(language))):
            label = council.display_name(language)
            other = council.name if language == "cy" else council.name_cy
            if other and other != label:
                label = f"{label} / {other}"
            self.council_combo.addItem(label, council.id)
        self._select(self.council_combo, settings.get(S.COUNCIL))

        self.language_combo = QComboBox()
        self.language_combo.setObjectName("language")
        self.language_combo.setAccessibleName(self.tr("Language"))
        for code in S.LANGUAGES:
            self.language_combo.addItem(LANGUAGE_NAMES[code], code)
        self._select(self.language_combo, language)
        self.welsh_note = QLabel(WELSH_DRAFT_NOTE)
        self.welsh_note.setObjectName("welshDraftNote")
        self.welsh_note.setWordWrap(True)
        self.language_combo.currentIndexChanged.connect(self._show_welsh_note)

        self.text_size_combo = QComboBox()
        self.text_size_combo.setObjectName("textSize")
        self.text_size_combo.setAccessibleName(self.tr("Text size"))
        for scale in S.TEXT_SCALES:
            self.text_size_combo.addItem(f"{scale} %", scale)
        self._select(self.text_size_combo, settings.get(S.TEXT_SCALE))

        self.appearance_combo = QComboBox()
        self.appearance_combo.setObjectName("appearance")
        self.appearance_combo.setAccessibleName(self.tr("Appearance"))
        for code, label in (
            ("system", self.tr("Follow the system")),
            ("light", self.tr("Light")),
            ("dark", self.tr("Dark")),
            ("high-contrast", self.tr("High contrast")),
        ):
            self.appearance_combo.addItem(label, code)
        self._select(self.appearance_combo, settings.get(S.APPEARANCE))

        form = QFormLayout()
        form.addRow(self.tr("Your &name:"), self.name_edit)
        form.addRow(self.tr("Your &council:"), self.council_combo)
        form.addRow(self.tr("&Language:"), self.language_combo)
        form.addRow("", self.welsh_note)
        form.addRow(self.tr("&Text size:"), self.text_size_combo)
        form.addRow(self.tr("&Appearance:"), self.appearance_combo)

        buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(buttons)
        self._show_welsh_note()

    def _show_welsh_note(self) -> None:
        self.welsh_note.setVisible(self.language_combo.currentData() == "cy")

    @staticmethod
    def _select(combo: QComboBox, value: object) -> None:
        index = combo.findData(value)
        combo.setCurrentIndex(max(index, 0))

    def accept(self) -> None:
        self._settings.set(S.COUNCILLOR_NAME, self.name_edit.text().strip())
        self._settings.set(S.COUNCIL, self.council_combo.currentData())
        self._settings.set(S.TEXT_SCALE, self.text_size_combo.currentData())
        self._settings.set(S.APPEARANCE, self.appearance_combo.currentData())
        self._settings.set(S.LANGUAGE, self.language_combo.currentData())
        self._settings.sync()
        super().accept()
