"""Confirmations that name the action on the button ("Delete", "Open") beside Cancel.

A verb says what will happen, where Yes/No make the user re-read the question; in Welsh,
yes and no also depend on the verb of the question, so a single "Ie"/"Na" often reads wrong.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QMessageBox, QWidget


def confirm(parent: QWidget | None, title: str, text: str, action: str, *, risky: bool = False) -> bool:
    """Ask before doing ``action``; True when the user chose it. ``risky`` makes Cancel the default."""
    box = QMessageBox(QMessageBox.Icon.Question, title, "", QMessageBox.StandardButton.NoButton, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)  # names and links come from imported files
    box.setText(text)
    box.setObjectName("confirmBox")
    go = box.addButton(action, QMessageBox.ButtonRole.AcceptRole)
    go.setObjectName("confirmAction")
    cancel = box.addButton(QMessageBox.StandardButton.Cancel)
    box.setDefaultButton(cancel if risky else go)
    box.setEscapeButton(cancel)
    box.exec()
    return box.clickedButton() is go
