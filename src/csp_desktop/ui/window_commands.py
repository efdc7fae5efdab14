"""Window-wide commands that need more than a line: an Undo that names the change, and
printing or saving whatever the current page can print. Strings stay in the MainWindow
translation context, where the menus are."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtGui import QAction, QUndoGroup
from PySide6.QtWidgets import QMainWindow


def _change(text: str) -> str:
    return text[:1].lower() + text[1:]  # "Delete Nia" reads "Undo: delete Nia"


class NamedUndo:
    """Edit > Undo names the change it will undo ("Undo: delete Dr Siân Pritchard"), and the
    status bar says what was undone or redone."""

    def __init__(self, window: QMainWindow, group: QUndoGroup, undo: QAction, redo: QAction):
        self.window, self.group, self.undo_action, self.redo_action = window, group, undo, redo
        group.undoTextChanged.connect(lambda _t: self.name())
        group.redoTextChanged.connect(lambda _t: self.name())

    def name(self) -> None:
        undo, redo = self.group.undoText(), self.group.redoText()
        named_undo = QCoreApplication.translate("MainWindow", "&Undo: %1").replace("%1", _change(undo))
        named_redo = QCoreApplication.translate("MainWindow", "&Redo: %1").replace("%1", _change(redo))
        self.undo_action.setText(named_undo if undo else QCoreApplication.translate("MainWindow", "&Undo"))
        self.redo_action.setText(named_redo if redo else QCoreApplication.translate("MainWindow", "&Redo"))

    def undo(self) -> None:
        text = self.group.undoText()
        if self.group.canUndo():
            self.group.undo()
            message = QCoreApplication.translate("MainWindow", "Undone: %1").replace("%1", _change(text))
            self.window.statusBar().showMessage(message, 8000)

    def redo(self) -> None:
        text = self.group.redoText()
        if self.group.canRedo():
            self.group.redo()
            message = QCoreApplication.translate("MainWindow", "Redone: %1").replace("%1", _change(text))
            self.window.statusBar().showMessage(message, 8000)


def current_document(window) -> tuple[str, str] | None:
    """The (html, title) the current page prints, or None with a word about where to go."""
    page = window.stack.currentWidget()
    if not hasattr(page, "printable"):
        message = QCoreApplication.translate(
            "MainWindow", "Open Ward surgery or Progress to print the who-to-call sheet or your record."
        )
        window.statusBar().showMessage(message, 6000)
        return None
    return page.printable()


def print_current(window) -> None:
    """File > Print: the current sheet or record, through the system print dialog."""
    from csp_desktop.ui.documents import print_document

    document = current_document(window)
    if document is not None and print_document(window, *document):
        window.statusBar().showMessage(QCoreApplication.translate("MainWindow", "Sent to the printer."), 6000)


def save_current_pdf(window) -> None:
    """File > Save as PDF: the page's own PDF button, so the file name is the same either way."""
    if current_document(window) is not None:
        window.stack.currentWidget().save_pdf()
