"""First run of My CSP: choose the council, and the statutory partners are filled in."""

from __future__ import annotations

from PySide6.QtCore import QLocale, Signal
from PySide6.QtWidgets import QComboBox, QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from csp_desktop.core.collation import sort_key
from csp_desktop.core.geography import Geography
from csp_desktop.ui.widgets import heading_label


class SetupPanel(QWidget):
    chosen = Signal(str)  # council id

    def __init__(self, geography: Geography, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("myCspSetup")
        heading = heading_label(self.tr("Set up your Community Safety Partnership"), scale=1.5)
        intro = QLabel(
            self.tr(
                "Choose your council. CSP Desktop will fill in the statutory partners for your area "
                "(council, police, health board, fire and rescue, probation, and the police and crime "
                "commissioner) and a typical board structure for you to confirm or change. No names "
                "of people are filled in: add them yourself, or import the list your CSP officer sends."
            )
        )
        intro.setWordWrap(True)
        self.council_combo = QComboBox()
        self.council_combo.setObjectName("setupCouncil")
        self.council_combo.setAccessibleName(self.tr("Your council"))
        # Long double names ("Rhondda Cynon Taf / …") must not set the page's minimum width.
        self.council_combo.setSizeAdjustPolicy(
            QComboBox.SizeAdjustPolicy.AdjustToMinimumContentsLengthWithIcon
        )
        self.council_combo.setMinimumContentsLength(16)
        # No council is chosen for the user: a wrong one prefilled silently is worse than a click.
        self.council_combo.addItem(self.tr("Choose your council…"), "")
        language = QLocale().name()[:2]  # the interface language: its names first, its order
        order = sort_key(language)
        for council in sorted(geography.councils, key=lambda c: order(c.display_name(language))):
            shown = council.display_name(language)
            other = council.name if shown != council.name else council.name_cy
            label = shown if other in ("", shown) else f"{shown} / {other}"
            self.council_combo.addItem(label, council.id)
        self.council_combo.currentIndexChanged.connect(
            lambda _i: self.start_button.setEnabled(bool(self.council_combo.currentData()))
        )
        label = QLabel(self.tr("Your &council:"))
        label.setBuddy(self.council_combo)
        self.start_button = QPushButton(self.tr("F&ill in my CSP"))
        self.start_button.setObjectName("prefillButton")
        self.start_button.setAccessibleName(self.tr("Fill in my CSP"))
        self.start_button.setEnabled(False)
        self.start_button.clicked.connect(lambda: self.chosen.emit(self.council_combo.currentData()))
        row = QHBoxLayout()
        row.addWidget(label)
        row.addWidget(self.council_combo, 1)
        row.addWidget(self.start_button)
        layout = QVBoxLayout(self)
        layout.addWidget(heading)
        layout.addWidget(intro)
        layout.addLayout(row)
        layout.addStretch(1)

    def select(self, council_id: str) -> None:
        self.council_combo.setCurrentIndex(max(self.council_combo.findData(council_id), 0))
