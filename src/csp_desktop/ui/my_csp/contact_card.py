"""A contact at a glance: name, organisation, role, boards, large phone numbers and e-mail
addresses with copy buttons, and when the details were last checked.

Everything here comes from the user's record, so every label is plain text: a name such as
``<img src=...>`` is shown as those characters, never rendered.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QDate, QLocale, QSize, Qt, QTimer, QUrl, Signal
from PySide6.QtGui import QDesktopServices, QGuiApplication
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QSizePolicy,
    QSplitter,
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


class CardSplitter(QSplitter):
    """A list beside its contact card, or above it when the text is too large for both to
    sit side by side (200% text on a laptop screen): decided by characters, not pixels."""

    SIDE_BY_SIDE_CHARS = 100

    def resizeEvent(self, event) -> None:
        chars = self.width() / max(self.fontMetrics().averageCharWidth(), 1)
        wanted = Qt.Orientation.Horizontal if chars >= self.SIDE_BY_SIDE_CHARS else Qt.Orientation.Vertical
        if self.orientation() != wanted:
            self.setOrientation(wanted)
            if wanted == Qt.Orientation.Vertical:  # the card's numbers need the height
                self.setSizes([self.height() * 2 // 5, self.height() * 3 // 5])
            for i in range(self.count()):
                if isinstance(self.widget(i), ContactCard):
                    QTimer.singleShot(0, self.widget(i), self.widget(i)._fit)
        super().resizeEvent(event)


class ContactCard(QScrollArea):
    """Shows one person. Copy buttons say "Copied" and report it on the status bar."""

    message = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("contactCard")
        self.setAccessibleName(self.tr("Contact details"))
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setFrameShape(QFrame.Shape.StyledPanel)
        self.copy_buttons: list[QPushButton] = []
        self.contact: LocalContact | None = None
        self._show_empty()

    def minimumSizeHint(self) -> QSize:
        """Never cut off a number or a button: at least as wide as the widest row, asked when
        the layout runs, so the style and text size in force are the ones measured."""
        hint = super().minimumSizeHint()
        body = self.widget()
        needed = body.minimumSizeHint().width() if body is not None else 0
        needed += self.verticalScrollBar().sizeHint().width() + 2 * self.frameWidth()
        return QSize(max(hint.width(), needed, 240), hint.height())

    def _fit(self) -> None:
        """Make room for the widest row once the style and text size are applied."""
        if not self.isVisible():
            return
        splitter = self.parentWidget()
        if not isinstance(splitter, QSplitter) or splitter.orientation() != Qt.Orientation.Horizontal:
            self.setMinimumWidth(0)  # above or below the list: the full width is there
            return
        wanted = self.minimumSizeHint().width()
        if self.minimumWidth() != wanted:
            self.setMinimumWidth(wanted)
        if self.width() < wanted:
            sizes = splitter.sizes()
            mine = splitter.indexOf(self)
            grow = wanted - sizes[mine]
            sizes = [size + grow if i == mine else max(size - grow, 0) for i, size in enumerate(sizes)]
            splitter.setSizes(sizes)

    def showEvent(self, event) -> None:
        super().showEvent(event)
        self._fit()

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
        grid = QGridLayout()
        grid.setColumnStretch(2, 1)  # each Copy button right beside its number
        for row, phone in enumerate(person.phones):
            number = plain_label(phone, 1.6, True, "contactCardPhone")
            number.setWordWrap(False)  # a number split over two lines is misread
            grid.addWidget(number, row, 0)
            grid.addWidget(self._copy_button(phone, self.tr("Copy phone number %1")), row, 1)
        layout.addLayout(grid)
        for email in person.emails:
            # The address on a line of its own, its buttons underneath: a long address then
            # never pushes the buttons out of sight on a narrow card or at large text.
            address = plain_label(email, 1.1, name="contactCardEmail")
            address.setWordWrap(False)
            address.setToolTip(email)
            # An address cannot wrap; rather than widen the card past the window, it may be
            # cut short on a very narrow card (the Copy button still copies all of it).
            address.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
            layout.addWidget(address)
            buttons = QHBoxLayout()
            buttons.addWidget(self._copy_button(email, self.tr("Copy e-mail address %1")))
            write = QPushButton(self.tr("E-mail…"))
            write.setAccessibleName(self.tr("Write an e-mail to %1").replace("%1", email))
            write.clicked.connect(lambda _c=False, e=email: QDesktopServices.openUrl(QUrl("mailto:" + e)))
            buttons.addWidget(write)
            buttons.addStretch(1)
            layout.addLayout(buttons)
        if not person.phones and not person.emails:
            layout.addWidget(plain_label(self.tr("No phone number or e-mail recorded.")))
        if contact.seats:
            layout.addWidget(plain_label(self.tr("Boards and groups"), bold=True))
            for seat in contact.seats:
                text = self.tr("%1, %2").replace("%1", tr(seat.role_label)).replace("%2", seat.group.name)
                layout.addWidget(plain_label("• " + text, name="contactCardSeat"))
        layout.addWidget(plain_label(self._checked_text(person, today), name="contactCardChecked"))
        if person.notes:
            layout.addWidget(plain_label(person.notes, name="contactCardNotes"))
        layout.addStretch(1)
        # New labels and buttons take the style's fonts and padding when first shown: measure
        # after that.
        QTimer.singleShot(0, self, self._fit)

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
