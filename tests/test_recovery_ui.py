"""The start-up dialogs for a data file that cannot be opened, driven through the real boxes."""

import datetime as dt
import sqlite3

from PySide6.QtCore import Qt, QTimer
from PySide6.QtWidgets import QApplication, QMessageBox, QPushButton

from csp_desktop.storage.database import open_store
from csp_desktop.ui.recovery import open_store_with_recovery

DAY1 = dt.datetime(2026, 5, 8, 9, 0, 0)


def answer(qtbot, button_text: str, seen: list[str], before=lambda: None) -> None:
    """When the next message box appears, note its text, run ``before``, click the button."""

    def click() -> None:
        box = QApplication.activeModalWidget()
        if not isinstance(box, QMessageBox):
            QTimer.singleShot(20, click)
            return
        seen.append(box.text() + "\n" + box.informativeText())
        assert box.textFormat() == Qt.TextFormat.PlainText
        before()
        buttons = [b for b in box.findChildren(QPushButton) if b.text().replace("&", "") == button_text]
        assert buttons, [b.text() for b in box.findChildren(QPushButton)]
        qtbot.mouseClick(buttons[0], Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, click)


def test_a_locked_file_offers_try_again_and_then_opens(qtbot, location):
    """Locked by another program: the dialog says nothing moved; Try again opens it once free."""
    store = open_store(location.database, location.backups, now=DAY1)
    store.set_meta("councillor", "Cllr Gwyn")
    store.conn.execute("PRAGMA journal_mode = DELETE")
    store.close()
    holder = sqlite3.connect(location.database, isolation_level=None)
    holder.execute("BEGIN EXCLUSIVE")
    holder.execute("update app_meta set value = 'x' where key = 'councillor'")
    seen: list[str] = []
    answer(qtbot, "Try again", seen, before=lambda: holder.execute("ROLLBACK"))
    import csp_desktop.storage.database as database

    original = database.BUSY_TIMEOUT_MS
    database.open_store.__kwdefaults__["busy_timeout_ms"] = 100
    try:
        opened = open_store_with_recovery(location, 7)
    finally:
        database.open_store.__kwdefaults__["busy_timeout_ms"] = original
        holder.close()
    assert opened is not None and opened.meta("councillor") == "Cllr Gwyn"
    opened.close()
    assert "Nothing has been moved or changed" in seen[0]
    assert not list(location.path.glob("*.unreadable-*"))


def test_an_empty_file_is_reported_and_the_backup_restored(qtbot, location):
    """A zero-byte data file: the dialog names it and Restore brings the data back."""
    store = open_store(location.database, location.backups, now=DAY1)
    store.set_meta("councillor", "Cllr Gwyn")
    store.close()
    open_store(location.database, location.backups, now=DAY1 + dt.timedelta(days=1)).close()
    for companion in location.path.glob("csp-desktop.db-*"):
        companion.unlink()
    location.database.write_bytes(b"")
    seen: list[str] = []
    answer(qtbot, "Restore the backup", seen)
    opened = open_store_with_recovery(location, 7)
    assert opened is not None and opened.meta("councillor") == "Cllr Gwyn"
    opened.close()
    assert "was empty" in seen[0] and "09/05/2026" in seen[0]
