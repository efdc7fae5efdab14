"""The My CSP tabs that list records in a table with a row of buttons: People (with the
contact card beside the table), Organisations, and the contacts to check. Each tab only
shows and asks: its buttons emit signals, and the page does the editing (through the undo
stack)."""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import Signal
from PySide6.QtWidgets import QLabel, QLineEdit, QTableView, QVBoxLayout, QWidget

from csp_desktop.core.directory.model import Directory, Person
from csp_desktop.core.directory.queries import contact_of
from csp_desktop.ui.columns import fit_columns
from csp_desktop.ui.my_csp.contact_card import CardSplitter, ContactCard
from csp_desktop.ui.my_csp.models import OrganisationsModel, PeopleModel, RecordRole
from csp_desktop.ui.my_csp.tables import record_table
from csp_desktop.ui.widgets import FlowLayout, button


def _table(model, name: str, open_slot, keep: tuple[str, ...] = ("Name",)) -> QTableView:
    view = record_table(model, name, open_slot)
    view.column_fitter = fit_columns(view, keep, ("Last checked", "E-mail", "Job title"))
    return view


class PeopleTab(QWidget):
    add = Signal()
    edit = Signal()
    verify = Signal()
    delete = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.directory = Directory()  # whose people the card shows, set by fill()
        self.model = PeopleModel(self)
        self.view = _table(self.model, self.tr("People"), self.edit.emit, ("Name", "Organisation", "Phone"))
        self.filter = QLineEdit()
        self.filter.setObjectName("peopleFilter")
        self.filter.setPlaceholderText(self.tr("Filter by name, organisation, e-mail…"))
        self.filter.setAccessibleName(self.tr("Filter people"))
        self.filter.setClearButtonEnabled(True)
        self.filter.textChanged.connect(self.model.set_text)
        buttons = FlowLayout()
        buttons.addWidget(button(self.tr("&Add contact…"), self.tr("Add contact"), self.add.emit, "add"))
        buttons.addWidget(button(self.tr("Edi&t…"), self.tr("Edit contact"), self.edit.emit, "edit"))
        buttons.addWidget(
            button(self.tr("Details checked toda&y"), self.tr("Mark details checked today"), self.verify.emit)
        )
        buttons.addWidget(button(self.tr("&Delete…"), self.tr("Delete contact"), self.delete.emit, "delete"))
        buttons.addStretch(1)
        # E-mail and phone are on the card beside the table, large and with copy buttons; the
        # table keeps its width for names and organisations (the filter still searches them).
        for column in (3, 4):
            self.view.setColumnHidden(column, True)
        self.card = ContactCard()
        self.view.selectionModel().currentRowChanged.connect(lambda current, _p: self._show_person(current))
        self.model.modelReset.connect(lambda: self._show_person(self.view.currentIndex()))
        split = CardSplitter()
        split.addWidget(self.view)
        split.addWidget(self.card)
        split.setStretchFactor(0, 3)
        split.setStretchFactor(1, 2)
        layout = QVBoxLayout(self)
        layout.addWidget(self.filter)
        layout.addWidget(split, 1)
        layout.addLayout(buttons)

    def fill(self, directory: Directory, today: dt.date) -> None:
        self.directory = directory
        self.model.set_directory(directory, today)

    def _show_person(self, index) -> None:
        person = index.data(RecordRole) if index.isValid() else None
        if isinstance(person, Person):
            self.card.show_contact(contact_of(self.directory, person, dt.date.today()))
        else:
            self.card.clear()


class OrganisationsTab(QWidget):
    add = Signal()
    edit = Signal()
    delete = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = OrganisationsModel(self)
        self.view = _table(self.model, self.tr("Organisations"), self.edit.emit, ("Organisation", "Sector"))
        buttons = FlowLayout()
        for text, name, signal, icon in (
            (self.tr("&Add organisation…"), self.tr("Add organisation"), self.add, "add"),
            (self.tr("Edi&t…"), self.tr("Edit organisation"), self.edit, "edit"),
            (self.tr("&Delete…"), self.tr("Delete organisation"), self.delete, "delete"),
        ):
            buttons.addWidget(button(text, name, signal.emit, icon))
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)


class ReviewTab(QWidget):
    """Contacts not checked for over a year (or never), to confirm or correct."""

    review = Signal()
    verify = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = PeopleModel(self)
        self.view = _table(
            self.model,
            self.tr("Contacts to check"),
            self.review.emit,
            ("Name", "Organisation", "Last checked"),
        )
        intro = QLabel(
            self.tr(
                "People move on. These contacts have not been checked for over a year, or "
                "never: confirm their details with your CSP officer, then mark them checked."
            )
        )
        intro.setWordWrap(True)
        buttons = FlowLayout()
        buttons.addWidget(
            button(self.tr("&Review…"), self.tr("Review the selected contact"), self.review.emit)
        )
        buttons.addWidget(
            button(self.tr("Still &correct"), self.tr("Details are still correct"), self.verify.emit)
        )
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(intro)
        layout.addWidget(self.view, 1)
        layout.addLayout(buttons)
