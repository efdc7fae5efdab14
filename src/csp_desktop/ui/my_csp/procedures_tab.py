"""Local procedures: free text per topic (the local ASB case review threshold, how to refer)."""

from __future__ import annotations

from PySide6.QtCore import QModelIndex, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from csp_desktop.core.directory.model import Procedure
from csp_desktop.core.render_safe import escape
from csp_desktop.ui.my_csp.models import RecordRole
from csp_desktop.ui.safe_text import LocalTextBrowser
from csp_desktop.ui.widgets import FlowLayout, button


class ProceduresTab(QWidget):
    add = Signal()
    edit = Signal()
    delete = Signal()

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.model = QStandardItemModel(self)
        self.list = QTreeView()
        self.list.setObjectName("procedures")
        self.list.setAccessibleName(self.tr("Local procedures"))
        self.list.setHeaderHidden(True)
        self.list.setRootIsDecorated(False)
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.text = LocalTextBrowser()
        self.text.setAccessibleName(self.tr("What to do locally"))
        self.list.selectionModel().currentChanged.connect(self._show)
        self.list.activated.connect(lambda _i: self.edit.emit())
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.text)
        buttons = FlowLayout()
        for text, name, signal, icon in (
            (self.tr("&Add…"), self.tr("Add procedure"), self.add, "add"),
            (self.tr("Edi&t…"), self.tr("Edit procedure"), self.edit, "edit"),
            (self.tr("&Delete…"), self.tr("Delete procedure"), self.delete, "delete"),
        ):
            buttons.addWidget(button(text, name, signal.emit, icon))
        buttons.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    def fill(self, procedures: list[Procedure]) -> None:
        self.model.clear()
        for procedure in procedures:
            suffix = "" if procedure.text.strip() else "  " + self.tr("(not filled in)")
            item = QStandardItem(procedure.topic + suffix)
            item.setData(procedure, RecordRole)
            self.model.appendRow(item)

    def _show(self, current: QModelIndex, _previous: QModelIndex) -> None:
        procedure = current.data(RecordRole) if current.isValid() else None
        if procedure is None:
            self.text.clear()
            return
        body = escape(procedure.text).replace("\n", "<br/>")
        if not body:
            body = "<i>" + escape(self.tr("Not filled in yet: ask your CSP officer.")) + "</i>"
        self.text.setHtml(f"<h3>{escape(procedure.topic)}</h3><p>{body}</p>")
