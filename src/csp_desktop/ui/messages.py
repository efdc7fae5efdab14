"""Message boxes that show user data safely, and plain words for a failed save.

Names, notes and paths come from imported files. Qt guesses whether a message is rich text,
and a name such as ``<img src="/dev/zero">`` would make it load a file (or, on Windows, a
``\\\\host\\share`` path a network connection). Every box built here shows plain text.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QMessageBox, QWidget

from csp_desktop.storage.database import BUSY, DENIED, FULL, StaleRecordError, StorageError, WriteError


def plain_box(
    parent: QWidget | None,
    icon: QMessageBox.Icon,
    title: str,
    text: str,
    buttons=QMessageBox.StandardButton.Ok,
) -> QMessageBox:
    box = QMessageBox(icon, title, "", buttons, parent)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    return box


def ask(parent: QWidget | None, title: str, text: str) -> bool:
    """A Yes/No question shown as plain text; True for Yes."""
    box = plain_box(
        parent,
        QMessageBox.Icon.Question,
        title,
        text,
        QMessageBox.StandardButton.Yes | QMessageBox.StandardButton.No,
    )
    box.setObjectName("plainQuestion")
    answer = box.exec()
    box.deleteLater()  # not left behind as a hidden child of the page
    return answer == QMessageBox.StandardButton.Yes


def warn(parent: QWidget | None, title: str, text: str) -> None:
    box = plain_box(parent, QMessageBox.Icon.Warning, title, text)
    box.setObjectName("plainWarning")
    box.exec()
    box.deleteLater()


def inform(parent: QWidget | None, title: str, text: str) -> None:
    box = plain_box(parent, QMessageBox.Icon.Information, title, text)
    box.setObjectName("plainInformation")
    box.exec()
    box.deleteLater()


def save_failed_text(exc: StorageError) -> str:
    """Why a save or delete did not happen, in the user's language. Nothing was changed."""
    if isinstance(exc, StaleRecordError):
        names = ", ".join(exc.names[:3])
        return QCoreApplication.translate(
            "Messages",
            "%1 was changed elsewhere (by an import or another window) since you opened it. "
            "Nothing was saved, so the newer details are kept: they are shown now. Look at "
            "them and make your change again.",
        ).replace("%1", names)
    reason = getattr(exc, "reason", None) if isinstance(exc, WriteError) else None
    if reason == FULL:
        return QCoreApplication.translate(
            "Messages",
            "The disk is full, so nothing was changed. Free some space and try again; "
            "everything saved before is safe.",
        )
    if reason == BUSY:
        return QCoreApplication.translate(
            "Messages",
            "The data file is busy (another program is writing to it), so nothing was changed. "
            "Try again in a moment.",
        )
    if reason == DENIED:
        return QCoreApplication.translate(
            "Messages", "The data file cannot be written (it is read-only), so nothing was changed."
        )
    return QCoreApplication.translate("Messages", "Nothing was changed: %1").replace("%1", str(exc))
