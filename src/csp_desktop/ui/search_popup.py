"""Search as you type (Ctrl+K): results grouped by kind under the search box, driven from
the keyboard (Up/Down, Enter opens the exact place, Escape closes)."""

from __future__ import annotations

from PySide6.QtCore import QEvent, QObject, QPoint, Qt, QTimer, Signal
from PySide6.QtGui import QKeyEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import QAbstractItemView, QLineEdit, QTreeView, QWidget

from csp_desktop.core.search_text import Hit, Kind, fts_query
from csp_desktop.storage.search_index import SearchIndex
from csp_desktop.ui.safe_text import plain_tooltip

HitRole = Qt.ItemDataRole.UserRole + 1
DEBOUNCE_MS = 60
PER_KIND = 6


class SearchPopup(QObject):
    open_requested = Signal(str, str)  # kind, ref

    def __init__(self, box: QLineEdit, index: SearchIndex, host: QWidget):
        super().__init__(host)
        self.box, self.index, self.host = box, index, host
        self.labels = {
            Kind.SURGERY: self.tr("Ward surgery"),
            Kind.PERSON: self.tr("People"),
            Kind.ORGANISATION: self.tr("Organisations"),
            Kind.GROUP: self.tr("Boards and groups"),
            Kind.PROCEDURE: self.tr("Local procedures"),
            Kind.GLOSSARY: self.tr("Glossary"),
            Kind.MODULE: self.tr("Modules"),
        }
        self.model = QStandardItemModel(self)
        self.view = QTreeView(host)
        self.view.setObjectName("searchResults")
        self.view.setAccessibleName(self.tr("Search results"))
        self.view.setHeaderHidden(True)
        self.view.setRootIsDecorated(False)
        self.view.setModel(self.model)
        self.view.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.view.setFocusPolicy(Qt.FocusPolicy.NoFocus)  # typing stays in the box
        self.view.clicked.connect(self._open_index)
        self.view.hide()
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DEBOUNCE_MS)
        self._timer.timeout.connect(self.run)
        box.textChanged.connect(lambda _t: self._timer.start())
        box.installEventFilter(self)

    def stop(self) -> None:
        self._timer.stop()
        self.view.hide()

    def run(self) -> list[Hit]:
        text = self.box.text()
        hits = self.index.query(text, limit=60) if text.strip() else []
        self.model.clear()
        grouped: dict[str, list[Hit]] = {}
        for hit in hits:
            grouped.setdefault(hit.kind, []).append(hit)
        first = None
        for kind in sorted(grouped, key=lambda k: min(h.rank for h in grouped[k])):
            header = QStandardItem(self.labels.get(kind, kind))
            header.setFlags(Qt.ItemFlag.ItemIsEnabled)
            font = header.font()
            font.setBold(True)
            header.setFont(font)
            self.model.appendRow(header)
            for hit in grouped[kind][:PER_KIND]:
                item = QStandardItem(f"  {hit.title}")
                item.setData(hit, HitRole)
                item.setToolTip(plain_tooltip(hit.snippet.replace("[", "").replace("]", "")))
                spoken = f"{self.labels.get(kind, kind)}: {hit.title}"
                item.setData(spoken, Qt.ItemDataRole.AccessibleTextRole)
                self.model.appendRow(item)
                first = first or item
        if text.strip() and not hits:
            if fts_query(text) is None:
                message = self.tr("Keep typing: search starts at the second letter")
            else:
                message = self.tr("Nothing found for “%1”").replace("%1", text.strip())
            empty = QStandardItem(message)
            empty.setFlags(Qt.ItemFlag.ItemIsEnabled)
            self.model.appendRow(empty)
        if first is not None:
            self.view.setCurrentIndex(first.index())
        self._place(bool(text.strip()))
        return hits

    def _place(self, visible: bool) -> None:
        if not visible:
            self.view.hide()
            return
        origin = self.box.mapTo(self.host, QPoint(0, self.box.height()))
        rows = max(self.model.rowCount(), 1)
        height = min(rows * (self.view.sizeHintForRow(0) + 2) + 8, int(self.host.height() * 0.7))
        self.view.setGeometry(origin.x(), origin.y(), max(self.box.width(), 460), height)
        self.view.show()
        self.view.raise_()

    def _move(self, step: int) -> None:
        row = self.view.currentIndex().row()
        count = self.model.rowCount()
        while 0 <= row + step < count:
            row += step
            if self.model.item(row).data(HitRole) is not None:
                self.view.setCurrentIndex(self.model.index(row, 0))
                return

    def _open_index(self, index) -> None:
        hit = index.data(HitRole) if index.isValid() else None
        if hit is not None:
            self.view.hide()
            self.open_requested.emit(hit.kind, hit.ref)

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if watched is self.box and event.type() == QEvent.Type.KeyPress:
            key = QKeyEvent(event).key() if not isinstance(event, QKeyEvent) else event.key()
            if key == Qt.Key.Key_Down:
                self._move(+1)
                return True
            if key == Qt.Key.Key_Up:
                self._move(-1)
                return True
            if key in (Qt.Key.Key_Return, Qt.Key.Key_Enter):
                self._timer.stop()
                if self.view.isHidden():
                    self.run()
                self._open_index(self.view.currentIndex())
                return True
            if key == Qt.Key.Key_Escape and self.view.isVisible():
                self.view.hide()
                return True
        if watched is self.box and event.type() == QEvent.Type.FocusOut:
            # the context object drops the call if the popup is gone by then
            QTimer.singleShot(150, self, lambda: self.box.hasFocus() or self.view.hide())
        return False
