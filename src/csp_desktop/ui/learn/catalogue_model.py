"""The module list as a Qt table model over the plain catalogue and progress records."""

from __future__ import annotations

from typing import Any

from PySide6.QtCore import (
    QT_TRANSLATE_NOOP,
    QAbstractTableModel,
    QCoreApplication,
    QModelIndex,
    QPersistentModelIndex,
    Qt,
)

from csp_desktop.core.content.catalogue import Catalogue
from csp_desktop.core.progress import ModuleProgress, Status, minutes_left, updated_since_completion

COLUMNS = (
    QT_TRANSLATE_NOOP("Catalogue", "Module"),
    QT_TRANSLATE_NOOP("Catalogue", "Time"),
    QT_TRANSLATE_NOOP("Catalogue", "Status"),
)
STATUS_TEXT = {
    Status.NOT_STARTED: QT_TRANSLATE_NOOP("Catalogue", "Not started"),
    Status.IN_PROGRESS: QT_TRANSLATE_NOOP("Catalogue", "In progress"),
    Status.COMPLETE: QT_TRANSLATE_NOOP("Catalogue", "✓ Complete"),
}
# A module completed at an older version than the content now installed.
UPDATED_TEXT = QT_TRANSLATE_NOOP("Catalogue", "✓ Complete: updated since")
ModuleIdRole = Qt.ItemDataRole.UserRole + 1
_ROOT = QModelIndex()


def tr(text: str) -> str:
    return QCoreApplication.translate("Catalogue", text)


class CatalogueModel(QAbstractTableModel):
    def __init__(self, catalogue: Catalogue, progress: dict[str, ModuleProgress], parent=None):
        super().__init__(parent)
        self._catalogue = catalogue
        self._progress = progress

    def set_catalogue(self, catalogue: Catalogue) -> None:
        """The same modules in another language (the user switched language)."""
        self.beginResetModel()
        self._catalogue = catalogue
        self.endResetModel()

    def set_progress(self, progress: dict[str, ModuleProgress]) -> None:
        self._progress = progress
        if self.rowCount():
            self.dataChanged.emit(self.index(0, 0), self.index(self.rowCount() - 1, len(COLUMNS) - 1))

    def rowCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(self._catalogue.entries)

    def columnCount(self, parent: QModelIndex | QPersistentModelIndex = _ROOT) -> int:
        return 0 if parent.isValid() else len(COLUMNS)

    def headerData(self, section: int, orientation: Qt.Orientation, role: int = Qt.ItemDataRole.DisplayRole):
        if orientation == Qt.Orientation.Horizontal and role == Qt.ItemDataRole.DisplayRole:
            return tr(COLUMNS[section])
        return None

    def progress_for(self, module_id: str) -> ModuleProgress:
        return self._progress.get(module_id) or ModuleProgress(module_id)

    def data(
        self, index: QModelIndex | QPersistentModelIndex, role: int = Qt.ItemDataRole.DisplayRole
    ) -> Any:
        if not index.isValid() or index.row() >= len(self._catalogue.entries):
            return None
        entry = self._catalogue.entries[index.row()]
        meta = entry.meta
        progress = self.progress_for(meta.id)
        left = minutes_left(progress, meta.minutes)
        if role == ModuleIdRole:
            return meta.id
        if role == Qt.ItemDataRole.DisplayRole:
            if index.column() == 0:
                # A module not yet translated says so in the list, not only once opened.
                english_only = " " + self.tr("(in English)") if entry.fallback else ""
                return f"{meta.order}. {meta.title}{english_only}"
            if index.column() == 1:
                if progress.status is Status.COMPLETE:
                    return self.tr("%1 min").replace("%1", str(meta.minutes))
                if progress.status is Status.IN_PROGRESS:
                    return self.tr("%1 min left").replace("%1", str(left))
                return self.tr("%1 min").replace("%1", str(meta.minutes))
            if updated_since_completion(progress, meta.version):
                return tr(UPDATED_TEXT)
            return tr(STATUS_TEXT[progress.status])
        if role == Qt.ItemDataRole.ToolTipRole:
            return meta.summary
        if role == Qt.ItemDataRole.AccessibleTextRole:
            return f"{meta.title}. {tr(STATUS_TEXT[progress.status])}. " + self.tr(
                "%1 minutes left."
            ).replace("%1", str(left))
        return None
