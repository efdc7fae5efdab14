"""Qt table models over the plain Directory, and an accent-folding filter for them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    QSortFilterProxyModel,
    Qt,
)

from csp_desktop.core.directory.model import SECTOR_LABELS, Directory
from csp_desktop.core.directory.validation import needs_review
from csp_desktop.core.geography import fold

RecordRole = Qt.ItemDataRole.UserRole + 1
SearchTextRole = Qt.ItemDataRole.UserRole + 2
_ROOT = QModelIndex()


def tr(text: str) -> str:
    return QCoreApplication.translate("Directory", text)


def sector_label(sector) -> str:
    return tr(SECTOR_LABELS[sector])


for _label in SECTOR_LABELS.values():  # make the labels visible to lupdate
    QT_TRANSLATE_NOOP("Directory", _label)


class _TableModel(QAbstractTableModel):
    columns: tuple[str, ...] = ()

    def __init__(self, parent=None):
        super().__init__(parent)
        self.directory = Directory()
        self.today = dt.date.today()
        self._search = {}

    def set_directory(self, directory: Directory, today: dt.date | None = None) -> None:
        self.beginResetModel()
        self.directory = directory
        self.today = today or dt.date.today()
        self._search: dict[int, str] = {}  # folded row text, built once per load, not per keystroke
        self.endResetModel()

    def rows(self) -> list:
        raise NotImplementedError

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.rows())

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.columns[section])
        return None

    def cells(self, record) -> list[str]:
        raise NotImplementedError

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.row() >= len(self.rows()):
            return None
        record = self.rows()[index.row()]
        if role == RecordRole:
            return record
        if role == SearchTextRole:
            cached = self._search.get(index.row())
            if cached is None:
                cached = self._search[index.row()] = fold(" ".join(self.cells(record)))
            return cached
        if role in (Qt.ItemDataRole.DisplayRole, Qt.ItemDataRole.ToolTipRole):
            return self.cells(record)[index.column()]
        return None


class PeopleModel(_TableModel):
    columns = (
        QT_TRANSLATE_NOOP("Directory", "Name"),
        QT_TRANSLATE_NOOP("Directory", "Job title"),
        QT_TRANSLATE_NOOP("Directory", "Organisation"),
        QT_TRANSLATE_NOOP("Directory", "E-mail"),
        QT_TRANSLATE_NOOP("Directory", "Phone"),
        QT_TRANSLATE_NOOP("Directory", "Last checked"),
    )

    def rows(self) -> list:
        return self.directory.people

    def cells(self, person) -> list[str]:
        org = self.directory.organisation(person.organisation_id)
        checked = person.last_verified.isoformat() if person.last_verified else self.tr("never")
        if needs_review(person, self.today):
            checked = "⚠ " + checked + " " + self.tr("(check)")
        return [
            person.name,
            person.job_title,
            org.name if org else "",
            "; ".join(person.emails),
            "; ".join(person.phones),
            checked,
        ]


class OrganisationsModel(_TableModel):
    columns = (
        QT_TRANSLATE_NOOP("Directory", "Organisation"),
        QT_TRANSLATE_NOOP("Directory", "Sector"),
        QT_TRANSLATE_NOOP("Directory", "Responsible authority"),
    )

    def rows(self) -> list:
        return self.directory.organisations

    def cells(self, org) -> list[str]:
        return [
            org.name,
            sector_label(org.sector),
            self.tr("Yes") if org.responsible_authority else self.tr("No"),
        ]


class FoldingFilter(QSortFilterProxyModel):
    """Filter-as-you-type that ignores case and accents: "gwyn" finds "Gŵyn"."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._words: list[str] = []
        self.setSortCaseSensitivity(Qt.CaseSensitivity.CaseInsensitive)

    def set_text(self, text: str) -> None:
        # Qt 6.9+: begin/endFilterChange replace the deprecated invalidateFilter().
        self.beginFilterChange()
        self._words = fold(text).split()
        self.endFilterChange(QSortFilterProxyModel.Direction.Rows)

    def filterAcceptsRow(self, row: int, parent: QModelIndex | QPersistentModelIndex) -> bool:
        if not self._words:
            return True
        haystack = self.sourceModel().index(row, 0, parent).data(SearchTextRole) or ""
        return all(word in haystack for word in self._words)
