"""Uncaught exceptions: log them and tell the user, instead of vanishing."""

from __future__ import annotations

import logging
import sys
import traceback
from pathlib import Path
from types import TracebackType

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

log = logging.getLogger("csp_desktop.crash")
_showing = False


def tr(text: str) -> str:
    return QCoreApplication.translate("CrashDialog", text)


def install_excepthook(log_file: Path) -> None:
    def hook(exc_type: type[BaseException], exc: BaseException, tb: TracebackType | None) -> None:
        global _showing
        if issubclass(exc_type, KeyboardInterrupt):
            sys.__excepthook__(exc_type, exc, tb)
            return
        details = "".join(traceback.format_exception(exc_type, exc, tb))
        log.error("uncaught exception\n%s", details)
        if _showing or QApplication.instance() is None:
            sys.__excepthook__(exc_type, exc, tb)
            return
        _showing = True
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
