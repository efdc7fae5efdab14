"""Uncaught exceptions: log them and tell the user, instead of vanishing."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication

log = logging.getLogger("csp_desktop.crash")
_showing = False


def tr(text: str) -> str:
    return QCoreApplication.translate("CrashDialog", text)


def _storage_problem(exc: BaseException) -> bool:
    """A save that failed (full disk, busy or read-only file) is not a crash: nothing was
    changed, so say that in plain words instead of showing the crash dialog."""
    from csp_desktop.storage.database import StorageError

    if not isinstance(exc, StorageError) or QApplication.instance() is None:
        return False
    from csp_desktop.ui import messages

    parent = QApplication.activeWindow()
    messages.warn(
        parent if parent is not None and parent.isVisible() else None,
        QCoreApplication.translate("Messages", "Not saved"),
        messages.save_failed_text(exc),
    )
    return True


def install_excepthook(log_file: Path) -> None:
    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        global _showing
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("uncaught exception\n%s", details)
        if _storage_problem(exc):
            return
        if _showing or QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        _showing = True
        # Imported here: Qt's enum namespace takes ~15 ms to build, not worth it before a crash.
        from PySide6.QtCore import Qt
        from PySide6.QtWidgets import QMessageBox

        try:
            box = QMessageBox(
                QMessageBox.Icon.Critical,
                QCoreApplication.translate("CrashDialog", "Something went wrong"),
                "",
            )
            box.setTextFormat(Qt.TextFormat.PlainText)  # the error may quote user data
            box.setText(
                QCoreApplication.translate(
                    "CrashDialog",
                    "CSP Desktop hit a problem it did not expect: %1\n\n"
                    "Your saved data is safe. What you were doing may not have "
                    "finished. The details are in the log file:\n%2",
                )
                .replace("%1", f"{exc_type.__name__}: {exc}")
                .replace("%2", str(log_file))
            )
            box.setObjectName("crashDialog")
            box.setDetailedText(details)
            box.exec()
        finally:
            _showing = False

    sys.excepthook = hook
