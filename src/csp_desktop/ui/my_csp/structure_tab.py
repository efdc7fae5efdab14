"""The Structure tab: boards and their members as a tree, beside the same as a diagram."""

from __future__ import annotations

import datetime as dt
from pathlib import Path

from PySide6.QtCore import QLocale, Signal
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QSplitter,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from csp_desktop.core.directory.model import ROLE_LABELS, Directory
from csp_desktop.core.directory.queries import children, members_of
from csp_desktop.ui import messages
from csp_desktop.ui.my_csp.diagram import DiagramView, build_scene, export_pdf, export_png
from csp_desktop.ui.my_csp.models import RecordRole, tr
from csp_desktop.ui.widgets import FlowLayout, button


class StructureTab(QWidget):
    add_group = Signal()
    add_member = Signal()
    edit = Signal()
    delete = Signal()
    message = Signal(str)

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.directory = Directory()
        self.model = QStandardItemModel(self)
        self.tree = QTreeView()
        self.tree.setObjectName("structureTree")
        self.tree.setAccessibleName(self.tr("Boards and their members"))
        self.tree.setModel(self.model)
        self.tree.setHeaderHidden(True)
        self.tree.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.tree.activated.connect(lambda _i: self.edit.emit())
        self.diagram = DiagramView()
        self.diagram.setAccessibleName(self.tr("Structure diagram"))
        splitter = QSplitter()
        splitter.addWidget(self.tree)
        splitter.addWidget(self.diagram)
        splitter.setSizes([360, 640])
        buttons = FlowLayout()
        for text, name, signal, icon in (
            (self.tr("Add &group…"), self.tr("Add board or group"), self.add_group, "add"),
            (self.tr("Add &member…"), self.tr("Add a person to a group"), self.add_member, "add"),
            (self.tr("Edi&t…"), self.tr("Edit the selected group or member"), self.edit, "edit"),
            (self.tr("&Delete…"), self.tr("Delete the selected group or member"), self.delete, "delete"),
        ):
            buttons.addWidget(button(text, name, signal.emit, icon))
        buttons.addStretch(1)
        buttons.addWidget(
            button(
                self.tr("Export diag&ram…"),
                self.tr("Export the diagram as PNG or PDF"),
                self.export_diagram,
                "export",
            )
        )
        layout = QVBoxLayout(self)
        layout.addWidget(splitter, 1)
        layout.addLayout(buttons)

    def fill(self, directory: Directory, today: dt.date) -> None:
        self.directory = directory
        self.model.clear()

        def add(parent_item, parent_id):
            for group in children(directory, parent_id):
                label = group.name + ("  " + self.tr("(suggested)") if group.suggested else "")
                item = QStandardItem(label)
                item.setData(group, RecordRole)
                item.setToolTip(group.purpose)  # e.g. a joint CSP's "confirm locally" and sources
                for membership, person in members_of(directory, group, today):
                    org = directory.organisation(membership.organisation_id or person.organisation_id)
                    text = f"{tr(ROLE_LABELS[membership.role])}: {person.name}" + (
                        f" ({org.display_name(QLocale().name()[:2])})" if org else ""
                    )
                    child = QStandardItem(text)
                    child.setData(membership, RecordRole)
                    item.appendRow(child)
                add(item, group.id)
                parent_item.appendRow(item)

        add(self.model.invisibleRootItem(), None)
        self.tree.expandAll()
        self.diagram.show_directory(directory)

    def export_diagram(self) -> Path | None:
        path, _ = QFileDialog.getSaveFileName(
            self, self.tr("Export diagram"), "csp-structure.pdf", self.tr("PDF (*.pdf);;PNG image (*.png)")
        )
        if not path:
            return None
        scene = build_scene(self.directory)
        try:
            if path.lower().endswith(".png"):
                export_png(scene, Path(path))
            else:
                export_pdf(scene, Path(path), self.tr("CSP structure"))
        except OSError as exc:
            messages.warn(self, self.tr("Export diagram"), str(exc))
            return None
        self.message.emit(self.tr("Saved %1").replace("%1", path))
        return Path(path)
