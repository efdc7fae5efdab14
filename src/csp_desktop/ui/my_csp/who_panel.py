"""'Who represents…?': type or pick a sector and see its people at once: everyone working
for an organisation in that sector, with the board seats they hold. Selecting a person shows
their contact card, with large numbers and copy buttons.

Results are items in a view and labels in plain text, never HTML: names come from the user.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass
from typing import Any, ClassVar

from PySide6.QtCore import (
    QAbstractTableModel,
    QItemSelectionModel,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
    Signal,
)
from PySide6.QtGui import QFont
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
_ROOT = QModelIndex()


@dataclass(frozen=True)
class Row:
    """One line of the "Who represents…?" list: a sector heading, a note, a person or a seat."""

    kind: str  # "heading" (a sector), "note", "person" or "seat" (one of a person's boards)
    text: str
    organisation: str = ""
    contact: LocalContact | None = None


class WhoModel(QAbstractTableModel):
    """The list as plain rows that Qt asks for, rather than thousands of items built from
    Python: Qt reads plain text from here, and a sector with 2,000 people fills at once."""

    INDENT: ClassVar[dict[str, str]] = {"heading": "", "note": "    ", "person": "    ", "seat": "        "}

    def __init__(self, parent=None):
        super().__init__(parent)
        self.rows: list[Row] = []
        self.headers = ["", ""]

    def set_rows(self, rows: list[Row], headers: list[str]) -> None:
        self.beginResetModel()
        self.rows, self.headers = rows, headers
        self.endResetModel()

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else 2

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return self.headers[section]
        return None

    def flags(self, index: QModelIndex | QPersistentModelIndex) -> Qt.ItemFlag:
        if not index.isValid() or self.rows[index.row()].contact is None:
            return Qt.ItemFlag.ItemIsEnabled
        return Qt.ItemFlag.ItemIsEnabled | Qt.ItemFlag.ItemIsSelectable

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.row() >= len(self.rows):
            return None
        row = self.rows[index.row()]
        text = self.INDENT[row.kind] + row.text if index.column() == 0 else row.organisation
        if role == Qt.ItemDataRole.DisplayRole:
            return text
        if role == Qt.ItemDataRole.ToolTipRole:
            return text.strip() or None  # the whole text where the column cuts it short
        if role == ContactRole:
            return row.contact
        if role == Qt.ItemDataRole.FontRole and row.kind == "heading":
            font = QFont()
            font.setBold(True)
            return font
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return text.strip()
        return None


class WhoPanel(QWidget):
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("whoPanel")
        self.directory = Directory()
        self.today = dt.date.today()
        label = QLabel(self.tr("Who represents which sec&tor?"))
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
        self.model = WhoModel(self)
        self.results = QTreeView()
        self.results.setObjectName("whoResults")
        self.results.setAccessibleName(self.tr("Representatives"))
        self.results.setModel(self.model)
        self.results.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.results.setRootIsDecorated(False)
        self.results.setUniformRowHeights(True)
        self.results.header().setSectionResizeMode(QHeaderView.ResizeMode.Stretch)
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
        return [row.contact for row in self.model.rows if row.kind == "person"]

    def refresh(self) -> None:
        sectors = self.sectors()
        rows: list[Row] = []
        total = 0
        for sector in sectors:
            contacts = contacts_for_sector(self.directory, sector, self.today)
            rows.append(Row("heading", sector_label(sector)))
            if not contacts:
                rows.append(
                    Row(
                        "note",
                        self.tr("Nobody recorded yet. Add them under People, with their organisation."),
                    )
                )
            for contact in contacts:
                organisation = contact.organisation.name if contact.organisation else ""
                rows.append(Row("person", contact.person.name, organisation, contact))
                # Board seats as lines under the person: they read in full at any width.
                seats = [
                    self.tr("%1, %2").replace("%1", tr(s.role_label)).replace("%2", s.group.name)
                    for s in contact.seats
                ] or [self.tr("(no board seat recorded)")]
                rows += [Row("seat", seat, "", contact) for seat in seats]
                total += 1
        self.model.set_rows(rows, [self.tr("Name and boards"), self.tr("Organisation")])
        if not sectors:
            self.summary.setText(self.tr("Choose or type a sector to see who represents it."))
        else:
            names = ", ".join(sector_label(s) for s in sectors)
            self.summary.setText(
                self.tr("%1: %2 listed. Select a person to see their contact card.")
                .replace("%1", names)
                .replace("%2", str(total))
                if total
                else self.tr("%1: nobody recorded yet.").replace("%1", names)
            )
        first = next((i for i, row in enumerate(rows) if row.kind == "person"), None)
        if first is None:
            self.card.clear()
        else:  # the first person's card at once, without a further click
            self.results.selectionModel().setCurrentIndex(
                self.model.index(first, 0),
                QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
            )

    def _show(self, index) -> None:
        contact = index.data(ContactRole) if index.isValid() else None
        if contact is None:
            self.card.clear()
        else:
            self.card.show_contact(contact, self.today)
