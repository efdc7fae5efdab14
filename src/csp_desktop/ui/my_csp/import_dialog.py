"""Preview an import before anything changes: what will be added, updated or left alone,
and, for a CSP pack, a choice for every record both the councillor and the pack changed."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QLabel,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from csp_desktop.storage.interchange import PreparedImport


def _describe(record) -> str:
    return getattr(record, "name", None) or getattr(record, "topic", None) or record.id


class ImportDialog(QDialog):
    def __init__(self, prepared: PreparedImport, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import %1").replace("%1", prepared.path.name))
        self.resize(760, 520)
        self.prepared = prepared
        layout = QVBoxLayout(self)
        summary = QLabel(prepared.summary)
        summary.setTextFormat(Qt.TextFormat.PlainText)  # names from the file are not HTML
        summary.setObjectName("importSummary")
        summary.setWordWrap(True)
        layout.addWidget(summary)
        for warning in prepared.warnings:
            label = QLabel("⚠ " + warning)
            label.setTextFormat(Qt.TextFormat.PlainText)
            label.setWordWrap(True)
            layout.addWidget(label)
        if prepared.preview:
            model = QStandardItemModel(self)
            columns = [c for c in prepared.preview[0] if c != "line"]
            model.setHorizontalHeaderLabels([self.tr("Line"), *columns])
            for row in prepared.preview:
                model.appendRow(
                    [
                        QStandardItem(str(row.get("line", ""))),
                        *(QStandardItem(str(row.get(c, ""))) for c in columns),
                    ]
                )
            table = QTableView()
            table.setObjectName("importPreview")
            table.setAccessibleName(self.tr("The first rows of the file"))
            table.setModel(model)
            table.verticalHeader().hide()
            layout.addWidget(table, 1)
        self.choices: dict[str, QComboBox] = {}
        if prepared.conflicts:
            box = QGroupBox(self.tr("Changed both by you and in the pack: choose which to keep"))
            form = QFormLayout(box)
            for conflict in prepared.conflicts:
                combo = QComboBox()
                combo.setAccessibleName(
                    self.tr("Keep which version of %1").replace("%1", _describe(conflict.local))
                )
                combo.addItem(self.tr("Choose…"), None)
                combo.addItem(self.tr("Keep mine"), "local")
                combo.addItem(self.tr("Take the pack's"), "pack")
                combo.currentIndexChanged.connect(self._validate)
                fields = ", ".join(getattr(conflict, "fields", lambda: [])())
                label = _describe(conflict.local) + (f" ({fields})" if fields else "")
                form.addRow(label, combo)
                self.choices[conflict.local.id] = combo
            layout.addWidget(box)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("&Import"))
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._validate()

    def chosen(self) -> dict[str, str]:
        return {rid: combo.currentData() for rid, combo in self.choices.items() if combo.currentData()}

    def _validate(self) -> None:
        complete = len(self.chosen()) == len(self.choices)
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(complete)
