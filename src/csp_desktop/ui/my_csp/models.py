"""Qt table models over the plain Directory, and an accent-folding filter for them."""

from __future__ import annotations

import datetime as dt
from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QLocale,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from csp_desktop.core.dates import short_date
from csp_desktop.core.directory.model import Directory, Role, Sector
from csp_desktop.core.directory.validation import needs_review
from csp_desktop.core.folding import fold
from csp_desktop.i18n import ui_language
from csp_desktop.ui.my_csp.labels import TRANSLATABLE_LABELS, sector_label, tr  # noqa: F401 (re-exported)
from csp_desktop.ui.safe_text import plain_tooltip

RecordRole = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()


def to_sector(value: object) -> Sector | None:
    """The one place a value coming back from Qt becomes a ``Sector``.

    PySide stores a StrEnum as item data but hands it back as a plain ``str`` ("health"),
    and a plain string is never *the* enum member: every combo box that carries a sector
    reads it through here.
    """
    if isinstance(value, Sector):
        return value
    if isinstance(value, str) and value in Sector._value2member_map_:
        return Sector(value)
    return None


def to_role(value: object) -> Role | None:
    """As ``to_sector``, for a board role."""
    if isinstance(value, Role):
        return value
    if isinstance(value, str) and value in Role._value2member_map_:
        return Role(value)
    return None


def add_sector_items(combo) -> None:
    """Fill a combo box with every sector, labelled in the interface language."""
    for sector in Sector:
        combo.addItem(sector_label(sector), sector.value)


def combo_sector(combo, index: int | None = None) -> Sector | None:
    """The sector a combo box holds at ``index`` (default: the current item)."""
    index = combo.currentIndex() if index is None else index
    # No item, no question: asking Qt for the data of no item hands back None.
    return to_sector(combo.itemData(index)) if 0 <= index < combo.count() else None


class _TableModel(QAbstractTableModel):
    """A table over a list of records that filters and sorts itself.

    Filtering and sorting happen here, in one Python pass each, rather than in a proxy that
    calls back into Python for every row or every comparison: with 10,000 people that is the
    difference between a few milliseconds and a few seconds per keystroke.
    """

    columns: tuple[str, ...] = ()
    wide_columns: tuple[int, ...] = (0,)  # the columns that get the spare width
    flexible_columns: tuple[int, ...] = ()  # share it too, when any row has text there

    def __init__(self, parent=None):
        super().__init__(parent)
        self.directory = Directory()
        self.today = dt.date.today()
        self._all: list = []
        self._visible: list = []
        self._cells: dict[str, list[str]] = {}  # by record id
        self._search: dict[str, str] = {}
        self._words: list[str] = []
        self._sort: tuple[int, Qt.SortOrder] | None = None

    def records(self, directory: Directory) -> list:
        raise NotImplementedError

    def set_directory(self, directory: Directory, today: dt.date | None = None) -> None:
        self.beginResetModel()
        self.directory = directory
        self.today = today or dt.date.today()
        self._all = list(self.records(directory))
        self._cells, self._search = {}, {}
        self._sort_all()
        self._apply()
        self.endResetModel()

    def cells(self, record) -> list[str]:
        raise NotImplementedError

    def _row_cells(self, record) -> list[str]:
        cells = self._cells.get(record.id)
        if cells is None:
            cells = self._cells[record.id] = self.cells(record)
        return cells

    def search_text(self, record) -> str:
        text = self._search.get(record.id)
        if text is None:
            text = self._search[record.id] = fold(" ".join(self._row_cells(record)))
        return text

    def _sort_all(self) -> None:
        """Sort once when the order changes, not on every keystroke."""
        if self._sort is not None:
            column, order = self._sort
            keys = {id(r): fold(self._row_cells(r)[column]) for r in self._all}
            self._all.sort(key=lambda r: keys[id(r)], reverse=order == Qt.SortOrder.DescendingOrder)

    def _apply(self) -> None:
        rows = self._all
        if self._words:
            rows = [r for r in rows if all(w in self.search_text(r) for w in self._words)]
        self._visible = rows

    def set_text(self, text: str) -> None:
        """Filter as you type: every word must appear, ignoring case and accents."""
        words = fold(text).split()
        if words == self._words:
            return
        self.beginResetModel()
        self._words = words
        self._apply()
        self.endResetModel()

    def sort(self, column: int, order: Qt.SortOrder = Qt.SortOrder.AscendingOrder) -> None:
        if not 0 <= column < len(self.columns):
            return
        self.layoutAboutToBeChanged.emit()
        self._sort = (column, order)
        self._sort_all()
        self._apply()
        self.layoutChanged.emit()

    def rows(self) -> list:
        return self._visible

    def column_has_text(self, column: int) -> bool:
        return any(self._row_cells(r)[column] for r in self._all)

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._visible)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self.columns)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(self.columns[section])
        return None

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.row() >= len(self._visible):
            return None
        record = self._visible[index.row()]
        if role == RecordRole:
            return record
        if role == Qt.ItemDataRole.DisplayRole:
            return self._row_cells(record)[index.column()]
        if role == Qt.ItemDataRole.ToolTipRole:  # tooltips guess rich text: never let data be HTML
            return plain_tooltip(str(self._row_cells(record)[index.column()] or ""))
        return None


class PeopleModel(_TableModel):
    wide_columns = (0, 2)  # name and organisation
    flexible_columns = (1,)  # job title
    columns = (
        QT_TRANSLATE_NOOP("Directory", "Name"),
        QT_TRANSLATE_NOOP("Directory", "Job title"),
        QT_TRANSLATE_NOOP("Directory", "Organisation"),
        QT_TRANSLATE_NOOP("Directory", "E-mail"),
        QT_TRANSLATE_NOOP("Directory", "Phone"),
        QT_TRANSLATE_NOOP("Directory", "Last checked"),
    )

    def records(self, directory: Directory) -> list:
        return directory.people

    def cells(self, person) -> list[str]:
        org = self.directory.organisation(person.organisation_id)
        checked = (
            short_date(person.last_verified, ui_language()) if person.last_verified else self.tr("never")
        )
        if needs_review(person, self.today):
            checked = "⚠ " + checked + " " + self.tr("(check)")
        return [
            person.name,
            person.job_title,
            org.display_name(QLocale().name()[:2]) if org else "",  # Welsh name in Cymraeg
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

    def records(self, directory: Directory) -> list:
        return directory.organisations

    language = "en"  # set by the page; Welsh names are shown where the record has one

    def cells(self, org) -> list[str]:
        return [
            org.name_cy if self.language == "cy" and org.name_cy else org.name,
            sector_label(org.sector),
            self.tr("Yes") if org.responsible_authority else self.tr("No"),
        ]
