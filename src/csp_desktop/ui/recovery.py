"""Opening the database from the GUI: explain problems in plain words and offer a way on.

Three kinds of trouble, three answers. A file that cannot be opened *right now* (locked,
full disk, permissions) is left exactly as it is, and the user may try again. A damaged or
empty file has already been moved aside (kept, never deleted); the newest backup is offered.
A file from a newer version is refused untouched.
"""

from __future__ import annotations

import logging
from typing import TYPE_CHECKING

from PySide6.QtCore import QCoreApplication

from csp_desktop import APP_NAME
from csp_desktop.core.datadir import DataLocation
from csp_desktop.storage.database import (
    BUSY,
    DENIED,
    FOLDER,
    FULL,
    CorruptDatabaseError,
    DatabaseUnavailableError,
    EmptyDatabaseError,
    NewerDatabaseError,
    StorageError,
    Store,
    open_store,
    restore_snapshot,
)

if TYPE_CHECKING:
    from PySide6.QtWidgets import QMessageBox, QWidget

# Message boxes (and Qt's enum namespaces, ~20 ms to build) load only when there is
# something to say: a healthy start never needs them before the first paint.

log = logging.getLogger(__name__)


def plain_box(parent: QWidget | None, icon: str, text: str) -> QMessageBox:
    """A message box that shows its text as plain text: paths and names come from the user's
    files and folders and must never be read as HTML. ``icon`` names a QMessageBox.Icon."""
    from PySide6.QtCore import Qt
    from PySide6.QtWidgets import QMessageBox

    box = QMessageBox(parent)
    box.setIcon(QMessageBox.Icon[icon])
    box.setWindowTitle(APP_NAME)
    box.setTextFormat(Qt.TextFormat.PlainText)
    box.setText(text)
    return box


def unavailable_text(exc: DatabaseUnavailableError) -> str:
    reasons = {
        BUSY: QCoreApplication.translate(
            "Recovery",
            "Another program is using your data file just now (perhaps another copy of CSP "
            "Desktop, a backup tool or a synchronised folder). Close it, or wait a moment, and "
            "try again.",
        ),
        FULL: QCoreApplication.translate("Recovery", "The disk is full. Free some space, then try again."),
        DENIED: QCoreApplication.translate(
            "Recovery",
            "This user account is not allowed to read and change your data file. It may have "
            "been set up by another account: ask IT to give it back to you.",
        ),
        FOLDER: QCoreApplication.translate(
            "Recovery", "There is a folder where your data file should be. Move or rename it, then try again."
        ),
    }
    reason = reasons.get(
        exc.reason,
        QCoreApplication.translate("Recovery", "The computer reported a problem reading your data file."),
    )
    return (
        QCoreApplication.translate("Recovery", "CSP Desktop cannot open your data file at the moment.")
        + "\n\n"
        + reason
        + "\n\n"
        + QCoreApplication.translate("Recovery", "Nothing has been moved or changed.")
        + "\n\n"
        + QCoreApplication.translate("Recovery", "Data file: %1").replace("%1", str(exc.path))
    )


def open_store_with_recovery(
    location: DataLocation, keep: int, parent: QWidget | None = None
) -> Store | None:
    """Open the store, or return None when the app must not continue."""
    while True:
        try:
            return open_store(location.database, location.backups, keep_snapshots=keep)
        except NewerDatabaseError as exc:
            plain_box(
                parent,
                "Critical",
                QCoreApplication.translate(
                    "Recovery",
                    "Your data was saved by a newer version of CSP Desktop, so this version will not "
                    "open it. Nothing has been changed.\n\nInstall the newer version, or ask IT for "
                    "help.\n\nData file: %1",
                ).replace("%1", str(exc.path)),
            ).exec()
            return None
        except CorruptDatabaseError as exc:
            return _recover(location, keep, exc, parent)
        except DatabaseUnavailableError as exc:
            log.warning("cannot open the database now: %s (%s)", exc.reason, exc.detail)
            if not _ask_retry(exc, parent):
                return None
        except (StorageError, OSError) as exc:
            log.exception("cannot open the database")
            plain_box(
                parent,
                "Critical",
                QCoreApplication.translate("Recovery", "CSP Desktop cannot open its data file: %1").replace(
                    "%1", str(exc)
                ),
            ).exec()
            return None


def _ask_retry(exc: DatabaseUnavailableError, parent: QWidget | None) -> bool:
    from PySide6.QtWidgets import QMessageBox

    box = plain_box(parent, "Warning", unavailable_text(exc))
    box.setObjectName("unavailableDialog")
    retry = box.addButton(
        QCoreApplication.translate("Recovery", "&Try again"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QCoreApplication.translate("Recovery", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setDefaultButton(retry)
    box.exec()
    return box.clickedButton() is retry


def _recover(
    location: DataLocation, keep: int, exc: CorruptDatabaseError, parent: QWidget | None
) -> Store | None:
    from PySide6.QtWidgets import QMessageBox

    if isinstance(exc, EmptyDatabaseError):
        text = QCoreApplication.translate(
            "Recovery",
            "Your data file was empty: something (a synchronising folder, a disk tool or a "
            "power cut) emptied it. CSP Desktop has not replaced it without asking you.",
        )
    else:
        text = QCoreApplication.translate(
            "Recovery",
            "CSP Desktop could not read your data file. It may have been damaged, for "
            "example if the computer lost power while saving.",
        )
    box = plain_box(parent, "Warning", text)
    box.setObjectName("recoveryDialog")
    info = QCoreApplication.translate(
        "Recovery", "The damaged file has been kept, not deleted, at:\n%1"
    ).replace("%1", str(exc.moved_to))
    restore_button = None
    if exc.snapshots:
        newest = exc.snapshots[0]
        info += "\n\n" + QCoreApplication.translate(
            "Recovery",
            "A backup from %1 is available. Restoring it brings back your data as it was that day.",
        ).replace("%1", newest.day.strftime("%d/%m/%Y"))
        restore_button = box.addButton(
            QCoreApplication.translate("Recovery", "&Restore the backup"), QMessageBox.ButtonRole.AcceptRole
        )
    fresh_button = box.addButton(
        QCoreApplication.translate("Recovery", "Start &empty"), QMessageBox.ButtonRole.DestructiveRole
    )
    box.addButton(QCoreApplication.translate("Recovery", "&Quit"), QMessageBox.ButtonRole.RejectRole)
    box.setInformativeText(info)
    box.setDetailedText(str(exc.detail))
    box.exec()
    clicked = box.clickedButton()
    try:
        if clicked is restore_button and restore_button is not None:
            restore_snapshot(exc.snapshots[0].path, location.database)
            log.info("restored snapshot %s", exc.snapshots[0].path)
        elif clicked is not fresh_button:
            return None
        return open_store(location.database, location.backups, keep_snapshots=keep)
    except DatabaseUnavailableError as again:
        plain_box(parent, "Critical", unavailable_text(again)).exec()
        return None
    except StorageError as again:
        plain_box(parent, "Critical", str(again)).exec()
        return None
