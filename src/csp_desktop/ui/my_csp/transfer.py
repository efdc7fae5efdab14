"""Import into and export from My CSP: file dialogs around storage.interchange.

An import is read and planned, previewed (where columns and organisations can be changed),
and only then saved, in one transaction. A refused file changes nothing and says why.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QFileDialog, QWidget

from csp_desktop.core.interchange import ImportProblem, ImportProblems
from csp_desktop.storage.database import StorageError
from csp_desktop.storage.interchange import (
    RecordSnapshot,
    apply_import,
    export_bytes,
    export_problems,
    prepare_import,
    write_atomically,
)
from csp_desktop.ui import messages
from csp_desktop.ui.background import run_with_progress
from csp_desktop.ui.my_csp.import_dialog import ImportDialog


def import_file(page: QWidget, path: str | None = None) -> int:
    """Import a spreadsheet, vCard or CSP pack after showing what would change. Returns records saved."""
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            page,
            QCoreApplication.translate("Transfer", "Import"),
            "",
            QCoreApplication.translate(
                "Transfer",
                "Contacts, spreadsheets and CSP packs (*.csv *.txt *.xlsx *.vcf *.csppack *.json)"
                ";;All files (*)",
            ),
        )
        if not path:
            return 0
    try:
        # Read on the window's thread (quick); the worker gets this snapshot, never the
        # database connection, which must stay on the thread that opened it.
        snapshot = RecordSnapshot.of(page.repo)
    except StorageError as exc:
        messages.warn(page, QCoreApplication.translate("Transfer", "Import"), messages.save_failed_text(exc))
        return 0
    label = QCoreApplication.translate("Transfer", "Reading %1…").replace("%1", Path(path).name)
    # Names that cannot be found are not fatal here: the preview asks which column holds them.
    outcome = run_with_progress(page, label, lambda: prepare_import(Path(path), snapshot, need_names=False))
    if outcome.cancelled:
        return 0  # nothing was read into the record and no preview opens
    prepared, problem = outcome.result, outcome.error
    if isinstance(problem, StorageError):
        messages.warn(
            page, QCoreApplication.translate("Transfer", "Import"), messages.save_failed_text(problem)
        )
        return 0
    if problem is not None and not isinstance(problem, ImportProblem):
        raise problem  # a bug: the crash handler reports it, as it would on the window's thread
    if problem is not None or prepared is None:
        problems = problem.problems if isinstance(problem, ImportProblems) else [problem]
        message = QCoreApplication.translate("Transfer", "Nothing was imported:")
        messages.warn(  # plain text: the problems quote the file
            page,
            QCoreApplication.translate("Transfer", "Import"),
            message + "\n\n" + "\n".join(str(p) for p in problems[:15]),
        )
        return 0
    dialog = ImportDialog(prepared, page, page.repo)
    if not dialog.exec():
        return 0
    try:
        saved = apply_import(dialog.prepared, page.repo, dialog.chosen())
    except (StorageError, ImportProblem) as exc:
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
    try:
        snapshot = RecordSnapshot.of(page.repo)  # the connection stays here; see import_file
    except StorageError as exc:
        messages.warn(page, QCoreApplication.translate("Transfer", "Export"), messages.save_failed_text(exc))
        return None
    label = QCoreApplication.translate("Transfer", "Writing %1…").replace("%1", Path(path).name)
    outcome = run_with_progress(
        page, label, lambda: (data := export_bytes(fmt, snapshot), export_problems(fmt, snapshot, data))
    )
    if outcome.cancelled:
        return None
    if outcome.error is not None:
        raise outcome.error  # building bytes from a loaded record has no expected failure
    data, problems = outcome.result
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
