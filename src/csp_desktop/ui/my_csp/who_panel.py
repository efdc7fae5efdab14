"""'Who represents…?': type or pick a sector and see its people at once: everyone working
for an organisation in that sector, with the board seats they hold. Selecting a person shows
their contact card, with large numbers and copy buttons.

Results are items in a view and labels in plain text, never HTML: names come from the user.
"""

from __future__ import annotations

import datetime as dt

from PySide6.QtCore import QItemSelectionModel, QModelIndex, Qt, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QComboBox,
    QHeaderView,
    QLabel,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from csp_desktop.core.directory.model import Directory, Sector
from csp_desktop.core.directory.queries import LocalContact, contacts_for_sector, match_sectors
from csp_desktop.ui.my_csp.contact_card import CardSplitter, ContactCard
from csp_desktop.ui.my_csp.models import add_sector_items, combo_sector, sector_label, tr

ContactRole = Qt.ItemDataRole.UserRole + 2


class WhoPanel(QWidget):
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("whoPanel")
        self.directory = Directory()
        self.today = dt.date.today()
        label = QLabel(self.tr("Who represents &which sector?"))
        self.sector = QComboBox()
        self.sector.setObjectName("whoSector")
        self.sector.setEditable(True)
        self.sector.setInsertPolicy(QComboBox.InsertPolicy.NoInsert)
        self.sector.setAccessibleName(self.tr("Sector, for example health, probation, police or fire"))
        add_sector_items(self.sector)
        self.sector.setCurrentIndex(-1)
        self.sector.lineEdit().setPlaceholderText(self.tr("Type health, probation, police, fire…"))
        self.sector.lineEdit().setAccessibleName(self.sector.accessibleName())
        self.sector.editTextChanged.connect(lambda _t: self.refresh())
        self.sector.currentIndexChanged.connect(lambda _i: self.refresh())
        label.setBuddy(self.sector)
        self.summary = QLabel()
        self.summary.setObjectName("whoSummary")
        self.summary.setTextFormat(Qt.TextFormat.PlainText)
        self.summary.setWordWrap(True)
        self.model = QStandardItemModel(self)
        self.results = QTreeView()
        self.results.setObjectName("whoResults")
        self.results.setAccessibleName(self.tr("Representatives"))
        self.results.setModel(self.model)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.results.setWordWrap(True)
        self.results.selectionModel().currentChanged.connect(lambda current, _p: self._show(current))
        self.card = ContactCard()
        self.card.message.connect(self.message)
        splitter = CardSplitter()
        splitter.addWidget(self.results)
        splitter.addWidget(self.card)
        splitter.setStretchFactor(0, 1)
        splitter.setStretchFactor(1, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(label)
        layout.addWidget(self.sector)
        layout.addWidget(self.summary)
        layout.addWidget(splitter, 1)
        self.refresh()

    def set_directory(self, directory: Directory, today: dt.date | None = None) -> None:
        self.directory = directory
        self.today = today or dt.date.today()
        self.refresh()

    def sectors(self) -> list[Sector]:
        """The sector chosen from the list, or every sector matching what was typed."""
        text = self.sector.currentText()
        index = self.sector.currentIndex()
        chosen = combo_sector(self.sector)
        if chosen is not None and self.sector.itemText(index) == text:
            return [chosen]
        exact = self.sector.findText(text.strip(), Qt.MatchFlag.MatchFixedString)
        if exact >= 0:  # typed a whole sector name, in either language, any case
            found = combo_sector(self.sector, exact)
            return [found] if found is not None else []
        return match_sectors(text)

    def shown_people(self) -> list[LocalContact]:
        """The contacts listed, in the order shown (for tests and the status line)."""
        return [
            self.model.item(s).child(r).data(ContactRole)
            for s in range(self.model.rowCount())
            for r in range(self.model.item(s).rowCount())
            if self.model.item(s).child(r).data(ContactRole) is not None
        ]

    def refresh(self) -> None:
        self.model.clear()
        self.model.setHorizontalHeaderLabels([self.tr("Name and boards"), self.tr("Organisation")])
        sectors = self.sectors()
        if not sectors:
            self.summary.setText(self.tr("Choose or type a sector to see who represents it."))
            self.card.clear()
            return
        total = 0
        first = None
        for sector in sectors:
            contacts = contacts_for_sector(self.directory, sector, self.today)
            heading = QStandardItem(sector_label(sector))
            font = heading.font()
            font.setBold(True)
            heading.setFont(font)
            heading.setSelectable(False)
            self.model.appendRow(heading)
            if not contacts:
                note = QStandardItem(
                    self.tr("Nobody recorded yet. Add them under People, with their organisation.")
                )
                note.setSelectable(False)
                heading.appendRow(note)
            for contact in contacts:
                row = [
                    QStandardItem(contact.person.name),
                    QStandardItem(contact.organisation.name if contact.organisation else ""),
                ]
                # Board seats as lines under the person: they read in full at any width.
                seats = [
                    QStandardItem(
                        self.tr("%1, %2").replace("%1", tr(s.role_label)).replace("%2", s.group.name)
                    )
                    for s in contact.seats
                ] or [QStandardItem(self.tr("(no board seat recorded)"))]
                for item in (*row, *seats):
                    item.setData(contact, ContactRole)
                    item.setToolTip(item.text())  # the whole text where the column elides it
                heading.appendRow(row)
                for seat in seats:
                    row[0].appendRow(seat)
                first = first or row[0]
                total += 1
            self.results.setFirstColumnSpanned(heading.row(), QModelIndex(), True)
            if not contacts:
                self.results.setFirstColumnSpanned(0, heading.index(), True)
            for r in range(len(contacts)):
                person = heading.child(r)
                for s in range(person.rowCount()):
                    self.results.setFirstColumnSpanned(s, person.index(), True)
        self.results.expandAll()
        header = self.results.header()
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.Stretch)
        names = ", ".join(sector_label(s) for s in sectors)
        self.summary.setText(
            self.tr("%1: %2 listed. Select a person to see their contact card.")
            .replace("%1", names)
            .replace("%2", str(total))
            if total
            else self.tr("%1: nobody recorded yet.").replace("%1", names)
        )
        if first is not None:  # the first person's card at once, without a further click
            self.results.selectionModel().setCurrentIndex(
                first.index(),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )
        else:
            self.card.clear()

    def _show(self, index) -> None:
        contact = index.data(ContactRole) if index.isValid() else None
        if contact is None:
            self.card.clear()
        else:
            self.card.show_contact(contact, self.today)
