"""Home: what opens on start, and says what to do next.

Continue learning where you left off; how many modules are done and how long the rest
takes; which contacts are due a check; the key partners of your CSP with the person you
recorded for each; and the way to the ward-surgery guide. Everything wraps: no row forces
the window wider than a laptop screen at large text sizes.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable

from PySide6.QtCore import QEvent, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFrame,
    QGridLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QScrollArea,
    QVBoxLayout,
    QWidget,
)

from csp_desktop import settings as S
from csp_desktop.core.content.catalogue import Catalogue
from csp_desktop.core.directory.model import Directory
from csp_desktop.core.home import contacts_to_check, key_partners, learning_summary
from csp_desktop.i18n import ui_language
from csp_desktop.settings import Settings
from csp_desktop.storage.progress import ProgressRepository
from csp_desktop.ui.qt_names import plain_text, set_enum
from csp_desktop.ui.widgets import heading_label


def _label(name: str = "") -> QLabel:
    label = QLabel()
    label.setWordWrap(True)
    plain_text(label)
    if name:
        label.setObjectName(name)
    return label


def _at_left(widget: QWidget) -> QHBoxLayout:
    """The widget at its natural width on the left of a row: Home is the first screen, so
    this is built with a stretch rather than Qt.AlignLeft (see ui/qt_names.py)."""
    row = QHBoxLayout()
    row.setContentsMargins(0, 0, 0, 0)
    row.addWidget(widget)
    row.addStretch(1)
    return row


def _at_top(widget: QWidget) -> QVBoxLayout:
    """The widget at its natural height at the top of a grid cell (for Qt.AlignTop)."""
    cell = QVBoxLayout()
    cell.setContentsMargins(0, 0, 0, 0)
    cell.addWidget(widget)
    cell.addStretch(1)
    return cell


class HomePage(QWidget):
    module_requested = Signal(str)  # module id
    area_requested = Signal(str)  # area id
    check_contacts_requested = Signal()
    add_contact_requested = Signal(str)  # sector

    def __init__(
        self,
        catalogue: Catalogue,
        progress: ProgressRepository,
        directory: Callable[[], Directory],
        settings: Settings,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("page_home")
        self.catalogue, self.progress, self._directory, self.settings = (
            catalogue,
            progress,
            directory,
            settings,
        )
        self._next_module: str | None = None
        self._shown_before = False
        self.heading = heading_label(scale=1.6)
        self.intro = _label("homeIntro")

        self.learning_box = QGroupBox()
        self.learning_box.setObjectName("homeLearning")
        self.learning_text = _label("homeLearningText")
        # The module's title wraps in a label of its own: in a button it would set the
        # window's minimum width, off the screen at large text sizes.
        self.next_title = _label("homeNextModule")
        font = self.next_title.font()
        font.setBold(True)
        self.next_title.setFont(font)
        self.continue_button = QPushButton()
        self.continue_button.setObjectName("homeContinue")
        self.continue_button.clicked.connect(self._continue)
        self.all_modules_button = QPushButton()
        self.all_modules_button.setObjectName("homeAllModules")
        self.all_modules_button.clicked.connect(lambda: self.area_requested.emit("learn"))
        learning = QVBoxLayout(self.learning_box)
        learning.addWidget(self.learning_text)
        learning.addWidget(self.next_title)
        learning.addLayout(_at_left(self.continue_button))
        learning.addLayout(_at_left(self.all_modules_button))

        self.partners_box = QGroupBox()
        self.partners_box.setObjectName("homePartners")
        self.partners_grid = QGridLayout(self.partners_box)
        self.partners_grid.setColumnStretch(1, 1)

        self.check_box = QGroupBox()
        self.check_box.setObjectName("homeCheck")
        self.check_text = _label("homeCheckText")
        self.check_button = QPushButton()
        self.check_button.setObjectName("homeCheckContacts")
        self.check_button.clicked.connect(self.check_contacts_requested)
        check = QVBoxLayout(self.check_box)
        check.addWidget(self.check_text)
        check.addLayout(_at_left(self.check_button))

        self.surgery_box = QGroupBox()
        self.surgery_box.setObjectName("homeSurgery")
        self.surgery_text = _label()
        self.surgery_button = QPushButton()
        self.surgery_button.setObjectName("homeSurgeryButton")
        self.surgery_button.clicked.connect(lambda: self.area_requested.emit("surgery"))
        surgery = QVBoxLayout(self.surgery_box)
        surgery.addWidget(self.surgery_text)
        surgery.addLayout(_at_left(self.surgery_button))

        body = QWidget()
        body.setObjectName("homeBody")
        column = QVBoxLayout(body)
        column.setContentsMargins(32, 24, 32, 24)
        column.setSpacing(14)
        for widget in (
            self.heading,
            self.intro,
            self.learning_box,
            self.surgery_box,
            self.partners_box,
            self.check_box,
        ):
            column.addWidget(widget)
        column.addStretch(1)
        scroll = QScrollArea()
        scroll.setObjectName("homeScroll")
        scroll.setWidgetResizable(True)
        scroll.setFrameShape(QFrame.Shape.NoFrame)
        set_enum(scroll, "focusPolicy", "NoFocus")  # its buttons are the tab stops
        set_enum(scroll, "horizontalScrollBarPolicy", "ScrollBarAlwaysOff")
        scroll.setWidget(body)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(scroll)
        self.retranslate()

    # -- text ------------------------------------------------------------------------------

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Home"))
        self.learning_box.setTitle(self.tr("Your learning"))
        self.all_modules_button.setText(self.tr("See &all modules"))
        self.all_modules_button.setAccessibleName(self.tr("See all modules"))
        self.partners_box.setTitle(self.tr("Your CSP's key partners"))
        self.check_box.setTitle(self.tr("Contacts to check"))
        self.check_button.setText(self.tr("Check c&ontacts"))
        self.check_button.setAccessibleName(self.tr("Check contacts"))
        self.surgery_box.setTitle(self.tr("Ward surgery"))
        self.surgery_text.setText(
            self.tr(
                "A resident raises anti-social behaviour, domestic abuse or a hate incident? "
                "What to do and say, and who to call."
            )
        )
        self.surgery_button.setText(self.tr("Open the &ward-surgery guide"))
        self.surgery_button.setAccessibleName(self.tr("Open the ward-surgery guide"))
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        # Learning and contacts change elsewhere while Home is hidden; the first show follows
        # the refresh in __init__, so start-up reads the record once, not twice.
        if self._shown_before:
            self.refresh()
        self._shown_before = True
        super().showEvent(event)

    # -- state -----------------------------------------------------------------------------

    def refresh(self) -> None:
        name = self.settings.get(S.COUNCILLOR_NAME)
        self.heading.setText(
            self.tr("Welcome, %1").replace("%1", name) if name else self.tr("Welcome to CSP Desktop")
        )
        self.intro.setText(self.tr("Here is what to do next. Everything stays on this computer."))
        self._refresh_learning()
        directory = self._directory()
        today = dt.date.today()
        self._refresh_partners(directory, today)
        due = contacts_to_check(directory, today)
        if due:
            names = ", ".join(p.name for p in due[:3]) + ("…" if len(due) > 3 else "")
            text = (
                self.tr("1 contact not confirmed for over a year, or never: %1").replace("%1", names)
                if len(due) == 1
                else self.tr("%1 contacts not confirmed for over a year, or never: %2")
                .replace("%1", str(len(due)))
                .replace("%2", names)
            )
            self.check_text.setText(text)
        else:
            self.check_text.setText(self.tr("No contacts are due a check."))
        self.check_button.setVisible(bool(due))

    def _refresh_learning(self) -> None:
        summary = learning_summary(self.catalogue, self.progress.load_all(), self.progress.most_recent())
        hours, minutes = divmod(summary.minutes_left, 60)
        left = (
            self.tr("%1 h %2 min").replace("%1", str(hours)).replace("%2", f"{minutes:02d}")
            if hours
            else self.tr("%1 min").replace("%1", str(minutes))
        )
        text = (
            self.tr("%1 of %2 modules done.")
            .replace("%1", str(summary.done))
            .replace("%2", str(summary.total))
        )
        if summary.done < summary.total:
            text += " " + self.tr("About %1 of learning left.").replace("%1", left)
        else:
            text += " " + self.tr("Your induction is complete: export your record from Progress.")
        self.learning_text.setText(text)
        entry = summary.next_entry
        self._next_module = entry.meta.id if entry else None
        self.continue_button.setVisible(entry is not None)
        self.next_title.setVisible(entry is not None)
        if entry is not None:
            if summary.resuming:
                label = self.tr("&Continue where you left off")
            elif summary.done == 0 and not self.progress.load_all():
                label = self.tr("&Start the first module")
            else:
                label = self.tr("Start the &next module")
            self.next_title.setText(f"{entry.meta.order}. {entry.meta.title}")
            self.continue_button.setText(label)
            self.continue_button.setAccessibleName(f"{label.replace('&', '')}: {entry.meta.title}")

    def _refresh_partners(self, directory: Directory, today: dt.date) -> None:
        from csp_desktop.ui.my_csp.labels import sector_label

        while self.partners_grid.count():
            item = self.partners_grid.takeAt(0)
            inner = item.layout()  # a button's cell is a small layout of its own
            widgets = [inner.itemAt(i).widget() for i in range(inner.count())] if inner else [item.widget()]
            for widget in widgets:
                if widget is not None:
                    widget.hide()  # out of the layout but shown, unplaced, until it is deleted
                    widget.deleteLater()
            if inner is not None:
                inner.deleteLater()
        self.partner_labels: dict[str, QLabel] = {}
        if not directory.organisations:
            empty = _label("homeNoPartners")
            empty.setText(self.tr("Your CSP is not set up yet: choose your council in My CSP."))
            self.partners_grid.addWidget(empty, 0, 0, 1, 3)
            button = QPushButton(self.tr("Set up &My CSP"))
            button.setAccessibleName(self.tr("Set up My CSP"))
            button.clicked.connect(lambda: self.area_requested.emit("my_csp"))
            self.partners_grid.addLayout(_at_left(button), 1, 0, 1, 3)
            return
        for row, partner in enumerate(key_partners(directory, today)):
            sector = _label()
            set_enum(sector, "alignment", "AlignLeft|AlignTop")
            sector.setText(sector_label(partner.sector))
            font = sector.font()
            font.setBold(True)
            sector.setFont(font)
            detail = _label(f"homePartner_{partner.sector.value}")
            organisation = (
                partner.organisation.display_name(ui_language())  # the Welsh name in Cymraeg
                if partner.organisation
                else self.tr("no organisation recorded")
            )
            if partner.person is not None:
                person = partner.person.name
                if partner.person.job_title:
                    person += f" ({partner.person.job_title})"
                detail.setText(f"{organisation}\n{person}")
            else:
                detail.setText(f"{organisation}\n" + self.tr("No one recorded yet"))
            self.partner_labels[partner.sector.value] = detail
            self.partners_grid.addWidget(sector, row, 0)
            self.partners_grid.addWidget(detail, row, 1)
            if partner.person is None:
                add = QPushButton(self.tr("Add…"))
                add.setObjectName(f"homeAdd_{partner.sector.value}")
                add.setAccessibleName(
                    self.tr("Add a contact for %1").replace("%1", sector_label(partner.sector))
                )
                add.clicked.connect(
                    lambda _c=False, s=partner.sector.value: self.add_contact_requested.emit(s)
                )
                self.partners_grid.addLayout(_at_top(add), row, 2)

    def _continue(self) -> None:
        if self._next_module:
            self.module_requested.emit(self._next_module)
