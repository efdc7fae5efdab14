"""Import into and export from My CSP: file dialogs around storage.interchange."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from csp_desktop.core.interchange import ImportProblem, ImportProblems
from csp_desktop.storage.database import StorageError
from csp_desktop.storage.interchange import (
    apply_import,
    export_bytes,
    export_problems,
    prepare_import,
    write_atomically,
)
from csp_desktop.ui import messages
from csp_desktop.ui.my_csp.import_dialog import ImportDialog


def import_file(page: QWidget, path: str | None = None) -> int:
    """Import a CSV, vCard or CSP pack after showing what would change. Returns records saved."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            page,
            QCoreApplication.translate("Transfer", "Import"),
            "",
            QCoreApplication.translate(
                "Transfer", "Contacts and CSP packs (*.csv *.vcf *.csppack *.json);;All files (*)"
            ),
        )
        if not path:
            return 0
    try:
        prepared = prepare_import(Path(path), page.repo)
    except ImportProblem as exc:
        problems = exc.problems if isinstance(exc, ImportProblems) else [exc]
        message = QCoreApplication.translate("Transfer", "Nothing was imported:")
        messages.warn(  # plain text: the problems quote the file
            page,
            QCoreApplication.translate("Transfer", "Import"),
            message + "\n\n" + "\n".join(str(p) for p in problems[:15]),
        )
        return 0
    dialog = ImportDialog(prepared, page)
    if not dialog.exec():
        return 0
    try:
        saved = apply_import(prepared, page.repo, dialog.chosen())
    except StorageError as exc:
        messages.warn(page, QCoreApplication.translate("Transfer", "Import"), str(exc))
        return 0
    page.undo_stack.clear()  # an import is one step; the pre-import state is in the daily backup
    page.reload()
    page.message.emit(QCoreApplication.translate("Transfer", "Imported %n record(s)", "", saved))
    return saved


def export_file(page: QWidget, path: str | None = None, fmt: str | None = None) -> str | None:
    filters = {
        QCoreApplication.translate("Transfer", "CSV for Excel (*.csv)"): "csv",
        QCoreApplication.translate("Transfer", "vCard for Outlook and phones (*.vcf)"): "vcard",
        QCoreApplication.translate("Transfer", "CSP pack to share (*.csppack)"): "pack",
    }
    if path is None:
        path, chosen = QFileDialog.getSaveFileName(
            page, QCoreApplication.translate("Transfer", "Export"), "my-csp.csv", ";;".join(filters)
        )
        if not path:
            return None
        fmt = filters.get(chosen)
    fmt = fmt or {".vcf": "vcard", ".csppack": "pack"}.get(Path(path).suffix.lower(), "csv")
    data = export_bytes(fmt, page.repo)
    problems = export_problems(fmt, page.repo, data)
    if problems:
        question = QCoreApplication.translate(
            "Transfer",
            "This file could not be imported back into CSP Desktop as it is:\n\n%1\n\nSave it anyway?",
        ).replace("%1", "\n".join(problems[:10]))
        if not messages.ask(page, QCoreApplication.translate("Transfer", "Export"), question):
            return None
    try:
        write_atomically(Path(path), data)
    except OSError as exc:
        messages.warn(page, QCoreApplication.translate("Transfer", "Export"), str(exc))
        return None
    page.message.emit(QCoreApplication.translate("Transfer", "Saved %1").replace("%1", path))
    return path
