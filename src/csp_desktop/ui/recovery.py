"""Opening the database from the GUI: explain problems in plain words and offer a way on."""

from __future__ import annotations

import logging

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QMessageBox, QWidget

from csp_desktop import APP_NAME
from csp_desktop.core.datadir import DataLocation
from csp_desktop.storage.database import (
    CorruptDatabaseError,
    NewerDatabaseError,
    StorageError,
    Store,
    open_store,
    restore_snapshot,
)

log = logging.getLogger(__name__)


def tr(text: str) -> str:
    return QCoreApplication.translate("Recovery", text)


def open_store_with_recovery(
    location: DataLocation, keep: int, parent: QWidget | None = None
) -> Store | None:
    """Open the store, or return None when the app must not continue."""
    try:
        return open_store(location.database, location.backups, keep_snapshots=keep)
    except NewerDatabaseError as exc:
        QMessageBox.critical(
            parent,
            APP_NAME,
            QCoreApplication.translate(
                "Recovery",
                "Your data was saved by a newer version of CSP Desktop, so this version will not "
                "open it. Nothing has been changed.\n\nInstall the newer version, or ask IT for "
                "help.\n\nData file: %1",
            ).replace("%1", str(exc.path)),
        )
        return None
    except CorruptDatabaseError as exc:
        return _recover(location, keep, exc, parent)
    except (StorageError, OSError) as exc:
        log.exception("cannot open the database")
        QMessageBox.critical(
            parent,
            APP_NAME,
            QCoreApplication.translate("Recovery", "CSP Desktop cannot open its data file: %1").replace(
                "%1", str(exc)
            ),
        )
        return None


def _recover(
    location: DataLocation, keep: int, exc: CorruptDatabaseError, parent: QWidget | None
) -> Store | None:
    box = QMessageBox(parent)
    box.setObjectName("recoveryDialog")
    box.setIcon(QMessageBox.Icon.Warning)
    box.setWindowTitle(APP_NAME)
    box.setText(
        QCoreApplication.translate(
            "Recovery",
            "CSP Desktop could not read your data file. It may have been damaged, for "
            "example if the computer lost power while saving.",
        )
    )
    info = QCoreApplication.translate(
        "Recovery", "The damaged file has been kept, not deleted, at:\n%1"
    ).replace("%1", str(exc.moved_to))
    restore_button = None
    if exc.snapshots:
        newest = exc.snapshots[0]
        info += "\n\n" + QCoreApplication.translate(
            "Recovery",
            "A backup from %1 is available. Restoring it brings back your data as it was that day.",
        ).replace("%1", newest.day.strftime("%d %B %Y"))
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
    if clicked is restore_button and restore_button is not None:
        restore_snapshot(exc.snapshots[0].path, location.database)
        log.info("restored snapshot %s", exc.snapshots[0].path)
    elif clicked is not fresh_button:
        return None
    try:
        return open_store(location.database, location.backups, keep_snapshots=keep)
    except StorageError as again:
        QMessageBox.critical(parent, APP_NAME, str(again))
        return None
