"""Saving the app's documents as PDF and printing them, the same way from every page.

Save as PDF starts in the Documents folder (never the program's own folder, where a
council laptop would not let the user write), and offers to open the file when it is done.
"""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QCoreApplication, QStandardPaths, Qt, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QFileDialog, QMessageBox, QWidget

from csp_desktop.ui import messages


def documents_folder() -> Path:
    folder = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    return folder if folder.is_dir() else Path.home()


def ask_save_path(
    parent: QWidget, caption: str, file_name: str, suffix: str, filter_text: str
) -> Path | None:
    chosen, _ = QFileDialog.getSaveFileName(parent, caption, str(documents_folder() / file_name), filter_text)
    if not chosen:
        return None
    path = Path(chosen)
    return path if path.suffix.lower() == f".{suffix}" else path.with_name(path.name + f".{suffix}")


def save_pdf(parent: QWidget, html: str, title: str, file_name: str) -> Path | None:
    """Ask where, write the PDF, say so, and offer to open it. None if cancelled or failed."""
    from csp_desktop.printing import PdfError, write_pdf

    path = ask_save_path(
        parent,
        QCoreApplication.translate("Documents", "Save as PDF"),
        file_name,
        "pdf",
        QCoreApplication.translate("Documents", "PDF documents (*.pdf)"),
    )
    if path is None:
        return None
    try:
        write_pdf(html, path, title)
    except (PdfError, OSError) as exc:
        messages.warn(parent, QCoreApplication.translate("Documents", "Save as PDF"), str(exc))
        return None
    saved(parent, path)
    return path


def saved(parent: QWidget, path: Path) -> None:
    """Say where the file went, and offer to open it without blocking the window."""
    window = parent.window()
    if hasattr(window, "statusBar"):
        window.statusBar().showMessage(
            QCoreApplication.translate("Documents", "Saved %1").replace("%1", str(path)), 8000
        )
    box = QMessageBox(QMessageBox.Icon.Information, QCoreApplication.translate("Documents", "Saved"), "")
    box.setTextFormat(Qt.TextFormat.PlainText)  # a folder name is not HTML
    box.setText(QCoreApplication.translate("Documents", "Saved to:\n%1").replace("%1", str(path)))
    box.setObjectName("savedMessage")
    open_button = box.addButton(
        QCoreApplication.translate("Documents", "&Open it"), QMessageBox.ButtonRole.AcceptRole
    )
    box.addButton(QMessageBox.StandardButton.Close)
    box.setParent(parent, box.windowFlags())
    box.setWindowModality(box.windowModality().WindowModal)

    def finished() -> None:
        if box.clickedButton() is open_button:
            QDesktopServices.openUrl(QUrl.fromLocalFile(str(path)))
        box.deleteLater()

    box.finished.connect(finished)
    box.open()


def print_document(parent: QWidget, html: str, title: str) -> bool:
    from csp_desktop.printing import print_html

    return print_html(html, title, parent)
