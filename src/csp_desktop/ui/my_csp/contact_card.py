"""A contact at a glance: name, organisation, role, boards, large phone numbers and e-mail
addresses with copy buttons, and when the details were last checked.

Everything here comes from the user's record, so every label is plain text: a name such as
``<img src=...>`` is shown as those characters, never rendered.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from csp_desktop.core.directory.model import Person
from csp_desktop.core.directory.queries import LocalContact
from csp_desktop.core.directory.validation import needs_review
from csp_desktop.ui.my_csp.models import tr

COPIED_FOR_MS = 2000  # how long a copy button says "Copied" before it reads "Copy" again


def plain_label(text: str = "", scale: float = 1.0, bold: bool = False, name: str = "") -> QLabel:
    """A label that can only ever show text: user data never becomes markup."""
    label = QLabel()
    label.setTextFormat(Qt.TextFormat.PlainText)
    label.setText(text)
    label.setWordWrap(True)
    label.setTextInteractionFlags(
        Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
    )
    if name:
        label.setObjectName(name)
    if scale != 1.0 or bold:
        font = label.font()
        font.setPointSizeF(font.pointSizeF() * scale)
        font.setBold(bold)
        label.setFont(font)
    return label


class ContactCard(QScrollArea):
    """Shows one person. Copy buttons say "Copied" and report it on the status bar."""

    message = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("contactCard")
        self.setAccessibleName(self.tr("Contact details"))
        self.setWidgetResizable(True)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.setMinimumWidth(260)
        self.copy_buttons: list[QPushButton] = []
        self.contact: LocalContact | None = None
        self._show_empty()

    def _fresh(self) -> QVBoxLayout:
        body = QWidget()
        body.setObjectName("contactCardBody")
        layout = QVBoxLayout(body)
        layout.setContentsMargins(16, 12, 16, 12)
        self.setWidget(body)
        self.copy_buttons = []
        return layout

    def _show_empty(self) -> None:
        layout = self._fresh()
        self.name_label = plain_label(
            self.tr("Select a person to see their contact details here."), name="contactCardName"
        )
        layout.addWidget(self.name_label)
        layout.addStretch(1)

    def clear(self) -> None:
        self.contact = None
        self._show_empty()

    def show_contact(self, contact: LocalContact, today: dt.date | None = None) -> None:
        today = today or dt.date.today()
        self.contact = contact
        person = contact.person
        layout = self._fresh()
        self.name_label = plain_label(person.name, 1.5, True, "contactCardName")
        layout.addWidget(self.name_label)
        if contact.organisation is not None:
            layout.addWidget(plain_label(contact.organisation.name, 1.1, name="contactCardOrganisation"))
        if person.job_title:
            layout.addWidget(plain_label(person.job_title, name="contactCardRole"))
        if contact.seats:
            layout.addWidget(plain_label(self.tr("Boards and groups"), bold=True))
            for seat in contact.seats:
                text = self.tr("%1, %2").replace("%1", tr(seat.role_label)).replace("%2", seat.group.name)
                layout.addWidget(plain_label("• " + text, name="contactCardSeat"))
        grid = QGridLayout()
        grid.setColumnStretch(0, 1)
        row = 0
        for phone in person.phones:
            grid.addWidget(plain_label(phone, 1.6, True, "contactCardPhone"), row, 0)
            grid.addWidget(self._copy_button(phone, self.tr("Copy phone number %1")), row, 1)
            row += 1
        for email in person.emails:
            grid.addWidget(plain_label(email, 1.2, name="contactCardEmail"), row, 0)
            grid.addWidget(self._copy_button(email, self.tr("Copy e-mail address %1")), row, 1)
            write = QPushButton(self.tr("E-mail…"))
            write.setAccessibleName(self.tr("Write an e-mail to %1").replace("%1", email))
            write.clicked.connect(lambda _c=False, e=email: QDesktopServices.openUrl(QUrl("mailto:" + e)))
            grid.addWidget(write, row, 2)
            row += 1
        if row == 0:
            grid.addWidget(plain_label(self.tr("No phone number or e-mail recorded.")), 0, 0)
        layout.addLayout(grid)
        layout.addWidget(plain_label(self._checked_text(person, today), name="contactCardChecked"))
        if person.notes:
            layout.addWidget(plain_label(person.notes, name="contactCardNotes"))
        layout.addStretch(1)

    def _checked_text(self, person: Person, today: dt.date) -> str:
        if person.last_verified is None:
            return "⚠ " + self.tr("Details never checked: confirm them with your CSP officer.")
        when = person.last_verified
        date = QLocale().toString(QDate(when.year, when.month, when.day), "d MMMM yyyy")
        text = self.tr("Details last checked on %1.").replace("%1", date)
        if needs_review(person, today):
            text = "⚠ " + text + " " + self.tr("Over a year ago: please check them.")
        return text

    def _copy_button(self, value: str, spoken: str) -> QPushButton:
        copy = QPushButton(self.tr("Copy"))
        copy.setObjectName("copyButton")
        copy.setAccessibleName(spoken.replace("%1", value))
        copy.clicked.connect(lambda _c=False, b=copy, v=value: self._copy(b, v))
        self.copy_buttons.append(copy)
        return copy

    def _copy(self, button: QPushButton, value: str) -> None:
        QGuiApplication.clipboard().setText(value)
        button.setText(self.tr("Copied ✓"))
        self.message.emit(self.tr("Copied %1").replace("%1", value))
        QTimer.singleShot(COPIED_FOR_MS, button, lambda: button.setText(self.tr("Copy")))
