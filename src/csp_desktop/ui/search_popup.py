"""Search as you type (Ctrl+K): results grouped by kind under the search box, driven from
the keyboard (Up/Down, Enter opens the exact place, Escape closes)."""

from __future__ import annotations

from html import escape

from PySide6.QtCore import QEvent, QModelIndex, QObject, QPoint, QSize, Qt, QTimer, Signal
from PySide6.QtGui import (
    QAbstractTextDocumentLayout,
    QKeyEvent,
    QPalette,
    QStandardItem,
    QStandardItemModel,
    QTextDocument,
)
from PySide6.QtWidgets import (
    QAbstractItemView,
    QLineEdit,
    QStyle,
    QStyledItemDelegate,
    QStyleOptionViewItem,
    QTreeView,
    QWidget,
)

from csp_desktop.core.search_text import MARK_END, MARK_START, Hit, Kind, fts_query
from csp_desktop.storage.search_index import SearchIndex
from csp_desktop.ui.safe_text import plain_tooltip

HitRole = Qt.ItemDataRole.UserRole + 1
HtmlRole = Qt.ItemDataRole.UserRole + 2
DEBOUNCE_MS = 60
PER_KIND = 6
POPUP_WIDTH = 640


def snippet_text(snippet: str) -> str:
    return " ".join(snippet.replace(MARK_START, "").replace(MARK_END, "").split())


def snippet_html(snippet: str) -> str:
    """The matched words in bold; everything else escaped (contacts are user data)."""
    text = escape(" ".join(snippet.split()))
    return text.replace(MARK_START, "<b>").replace(MARK_END, "</b>")


class ResultDelegate(QStyledItemDelegate):
    """A result in three lines: its title, where it is, and the words around the match."""

    def __init__(self, parent=None):
        super().__init__(parent)
        self._heights: dict[tuple[str, int, str], int] = {}

    def _document(self, option: QStyleOptionViewItem, index: QModelIndex) -> QTextDocument:
        doc = QTextDocument()
        doc.setDefaultFont(option.font)
        doc.setDocumentMargin(3)
        doc.setHtml(index.data(HtmlRole))
        doc.setTextWidth(max(option.rect.width(), 200))
        return doc

    def paint(self, painter, option: QStyleOptionViewItem, index: QModelIndex) -> None:
        if index.data(HtmlRole) is None:
            super().paint(painter, option, index)
            return
        opt = QStyleOptionViewItem(option)
        self.initStyleOption(opt, index)
        opt.text = ""
        style = opt.widget.style() if opt.widget else None
        if style is not None:
            style.drawControl(QStyle.ControlElement.CE_ItemViewItem, opt, painter, opt.widget)
        doc = self._document(option, index)
        context = QAbstractTextDocumentLayout.PaintContext()
        selected = bool(option.state & QStyle.StateFlag.State_Selected)
        role = QPalette.ColorRole.HighlightedText if selected else QPalette.ColorRole.Text
        context.palette.setColor(QPalette.ColorRole.Text, option.palette.color(role))
        painter.save()
        painter.translate(option.rect.topLeft())
        doc.documentLayout().draw(painter, context)
        painter.restore()

    def sizeHint(self, option: QStyleOptionViewItem, index: QModelIndex) -> QSize:
        if index.data(HtmlRole) is None:
            return super().sizeHint(option, index)
        view = option.widget
        width = view.viewport().width() if view is not None else POPUP_WIDTH
        key = (index.data(HtmlRole), width, option.font.key())
        height = self._heights.get(key)
        if height is None:  # laying out rich text is the slow part: once per result and width
            opt = QStyleOptionViewItem(option)
            opt.rect.setWidth(width)
            height = self._heights[key] = int(self._document(opt, index).size().height()) + 2
            if len(self._heights) > 2000:
                self._heights.clear()
        return QSize(width, height)


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
        self.view.setItemDelegate(ResultDelegate(self.view))
        self.view.setUniformRowHeights(False)
        self.view.setWordWrap(True)
        self.view.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
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
                where = self.where(hit)
                snippet = snippet_text(hit.snippet)
                item = QStandardItem(f"{hit.title}\n{where}\n{snippet}")
                item.setData(hit, HitRole)
                item.setData(
                    f"<b>{escape(hit.title)}</b><br/><small>{escape(where)}</small>"
                    + (f"<br/>{snippet_html(hit.snippet)}" if snippet else ""),
                    HtmlRole,
                )
                item.setToolTip(plain_tooltip(snippet))
                spoken = f"{self.labels.get(kind, kind)}: {hit.title}. {where}. {snippet}"
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

    def where(self, hit: Hit) -> str:
        """Where a result lives, in the words of the screen it opens."""
        if hit.kind == Kind.MODULE:
            return self.tr("Learn › Module %1").replace("%1", hit.where)
        if hit.kind == Kind.SURGERY:
            return self.tr("Ward surgery")
        if hit.kind == Kind.GLOSSARY:
            return self.tr("Learn › Glossary")
        places = {
            Kind.PERSON: self.tr("My CSP › People"),
            Kind.ORGANISATION: self.tr("My CSP › Organisations"),
            Kind.GROUP: self.tr("My CSP › Structure"),
            Kind.PROCEDURE: self.tr("My CSP › Local procedures"),
        }
        place = places.get(hit.kind, "")
        return f"{place} · {hit.where}" if hit.where and place else place

    def _place(self, visible: bool) -> None:
        if not visible:
            self.view.hide()
            return
        origin = self.box.mapTo(self.host, QPoint(0, self.box.height()))
        width = max(self.box.width(), min(POPUP_WIDTH, self.host.width() - origin.x() - 8))
        self.view.setGeometry(origin.x(), origin.y(), width, 100)
        rows = sum(self.view.sizeHintForRow(r) for r in range(self.model.rowCount()))
        height = min(max(rows, 30) + 8, int(self.host.height() * 0.7))
        self.view.setGeometry(origin.x(), origin.y(), width, height)
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
