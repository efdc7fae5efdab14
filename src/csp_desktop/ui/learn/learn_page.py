"""The Learn area: the catalogue with "continue where I left off", and the reader."""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QEvent, QLocale, QModelIndex, Qt, Signal
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFrame,
    QHeaderView,
    QLabel,
    QPushButton,
    QScrollArea,
    QStackedWidget,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from csp_desktop.core.content.catalogue import Catalogue
from csp_desktop.core.content.glossary import load_glossary
from csp_desktop.core.content.model import ContentError
from csp_desktop.core.dates import short_date
from csp_desktop.core.directory.model import Directory
from csp_desktop.core.progress import Status
from csp_desktop.i18n import ui_language
from csp_desktop.resources import content_dir
from csp_desktop.storage.progress import ProgressRepository
from csp_desktop.ui.icons import set_icon
from csp_desktop.ui.learn.catalogue_model import CatalogueModel, ModuleIdRole
from csp_desktop.ui.widgets import ElidingButton, FlowLayout, heading_label

if TYPE_CHECKING:  # the directory model (uuid, platform...) is not needed to paint the list
    from csp_desktop.core.directory.model import Directory


class LearnPage(QWidget):
    progress_changed = Signal()

    def __init__(
        self,
        catalogue: Catalogue,
        repo: ProgressRepository,
        directory: Callable[[], Directory | None] = lambda: None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self._directory = directory
        self.setObjectName("page_learn")
        self.catalogue = catalogue
        self.repo = repo
        self.reader = None  # built on first use: start-up never parses a module
        self.model = CatalogueModel(catalogue, repo.load_all(), self)
        self.stack = QStackedWidget()
        self.stack.addWidget(self._build_catalogue())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.stack)
        self.retranslate()
        self.refresh()

    def _build_catalogue(self) -> QWidget:
        page = QWidget()
        page.setObjectName("catalogue")
        self.heading = heading_label(scale=1.6)
        self.intro = QLabel()
        self.intro.setWordWrap(True)
        self.continue_button = ElidingButton()  # module titles are long
        self.continue_button.setObjectName("continueButton")
        self.continue_button.clicked.connect(self.continue_learning)
        self.glossary_button = QPushButton()
        self.glossary_button.setObjectName("glossaryButton")
        self.glossary_button.clicked.connect(lambda: self.show_glossary(""))
        set_icon(self.glossary_button, "glossary")
        buttons = FlowLayout()
        buttons.addWidget(self.continue_button)
        buttons.addStretch(1)
        buttons.addWidget(self.glossary_button)
        self.table = QTreeView()
        self.table.setObjectName("moduleList")
        self.table.setRootIsDecorated(False)
        self.table.setUniformRowHeights(True)
        self.table.setAlternatingRowColors(True)
        self.table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self.table.setModel(self.model)
        header = self.table.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        header.setSectionResizeMode(1, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(2, QHeaderView.ResizeMode.ResizeToContents)
        self.table.activated.connect(self._activated)
        self.table.selectionModel().currentRowChanged.connect(self._show_details)
        self.details = QLabel()
        self.details.setObjectName("moduleDetails")
        self.details.setWordWrap(True)
        self.details.setTextFormat(Qt.TextFormat.PlainText)
        self.details.setMinimumHeight(60)
        self.problems = QLabel()
        self.problems.setObjectName("contentProblems")
        self.problems.setWordWrap(True)
        self.problems.setVisible(bool(self.catalogue.errors))
        layout = QVBoxLayout(page)
        layout.setContentsMargins(32, 24, 32, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(buttons)
        layout.addWidget(self.table, 3)
        # At large text the outcomes run long: they scroll, rather than squeeze the list.
        details = QScrollArea()
        details.setObjectName("moduleDetailsScroll")
        details.setWidgetResizable(True)
        details.setFrameShape(QFrame.Shape.NoFrame)
        details.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        details.setWidget(self.details)
        layout.addWidget(details, 2)
        layout.addWidget(self.problems)
        return page

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Learn"))
        self.heading.setText(self.tr("Induction modules on community safety"))
        self.intro.setText(
            self.tr(
                "%1 short modules, 10 to 15 minutes each. Open one with Enter or a double click. "
                "Your place is saved as you read, so you can stop at any point."
            ).replace("%1", str(len(self.catalogue.entries)))
        )
        self.glossary_button.setText(self.tr("&Glossary"))
        self.glossary_button.setAccessibleName(self.tr("Open the glossary"))
        self.table.setAccessibleName(self.tr("Modules"))
        self.details.setAccessibleName(self.tr("About the selected module"))
        self.problems.setText(
            self.tr("Some content could not be loaded and is not shown: %1").replace(
                "%1", "; ".join(str(e) for e in self.catalogue.errors)
            )
        )
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def set_catalogue(self, catalogue: Catalogue) -> None:
        """The language changed: show the modules, and the open module, in the new language."""
        row = self.table.currentIndex().row()
        self.catalogue = catalogue
        self.model.set_catalogue(catalogue)
        if row >= 0 and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(min(row, self.model.rowCount() - 1), 0))
        reader = self.reader
        if reader is not None and reader.module is not None and self.stack.currentWidget() is reader:
            section = reader.current_section()
            entry = catalogue.get(reader.module.id)
            if entry is not None:
                try:
                    reader.open(entry, section.id if section else None)
                except ContentError as exc:
                    self.problems.setText(str(exc))
                    self.problems.show()
        self.problems.setVisible(bool(catalogue.errors))
        self.retranslate()

    # -- state -------------------------------------------------------------------------------

    def refresh(self) -> None:
        progress = self.repo.load_all()
        self.model.set_progress(progress)
        resume = self.repo.most_recent()
        entry = self.catalogue.get(resume) if resume else None
        if entry is None:
            entry = next(
                (
                    e
                    for e in self.catalogue.entries
                    if self.model.progress_for(e.meta.id).status is not Status.COMPLETE
                ),
                None,
            )
            label = self.tr("&Start: %1") if entry and not progress else self.tr("&Next module: %1")
        else:
            label = self.tr("&Continue where you left off: %1")
        self._resume_id = entry.meta.id if entry else None
        self.continue_button.setVisible(entry is not None)
        if entry is not None:
            self.continue_button.setText(label.replace("%1", entry.meta.title))
            self.continue_button.setAccessibleName(label.replace("&", "").replace("%1", entry.meta.title))
        if not self.table.currentIndex().isValid() and self.model.rowCount():
            self.table.setCurrentIndex(self.model.index(0, 0))

    def _show_details(self, current: QModelIndex, _previous: QModelIndex) -> None:
        if not current.isValid():
            self.details.clear()
            return
        meta = self.catalogue.entries[current.row()].meta
        outcomes = "\n".join(f"• {o}" for o in meta.outcomes)
        heading = self.tr("Learning outcomes:")
        reviewed = self.tr("Last reviewed %1.").replace("%1", short_date(meta.last_reviewed, ui_language()))
        self.details.setText(f"{meta.summary}\n\n{heading}\n{outcomes}\n\n{reviewed}")

    # -- navigation --------------------------------------------------------------------------

    def _activated(self, index: QModelIndex) -> None:
        self.open_module(self.model.data(index.siblingAtColumn(0), ModuleIdRole))

    def continue_learning(self) -> None:
        if self._resume_id:
            self.open_module(self._resume_id)

    def _ensure_reader(self):
        if self.reader is None:
            from csp_desktop.ui.learn.reader import ReaderView

            self.reader = ReaderView(self.repo, self._directory)
            self.reader.back_requested.connect(self.show_catalogue)
            self.reader.open_module_requested.connect(self.open_module)
            self.reader.glossary_requested.connect(self.show_glossary)
            self.reader.progress_changed.connect(lambda _id: self.progress_changed.emit())
            self.stack.addWidget(self.reader)
        return self.reader

    def open_module(self, module_id: str, section_id: str = "", browse: bool = False) -> bool:
        entry = self.catalogue.get(module_id)
        if entry is None:
            return False
        reader = self._ensure_reader()
        try:
            reader.open(entry, section_id or None, browse=browse)
        except ContentError as exc:
            self.problems.setText(self.tr("This module could not be opened: %1").replace("%1", str(exc)))
            self.problems.show()
            return False
        self.stack.setCurrentWidget(reader)
        reader.contents.setFocus()
        return True

    def show_catalogue(self) -> None:
        if self.reader is not None and self.stack.currentWidget() is self.reader:
            self.reader.leave()
        self.refresh()
        self.stack.setCurrentIndex(0)
        self.table.setFocus()
        self.progress_changed.emit()

    def show_glossary(self, term_id: str) -> None:
        from csp_desktop.ui.learn.glossary_dialog import GlossaryDialog

        try:
            terms = load_glossary(content_dir())
        except ContentError:
            terms = []
        titles = {e.meta.id: e.meta.title for e in self.catalogue.entries}
        dialog = GlossaryDialog(terms, titles, self, QLocale().name()[:2])
        if term_id:
            dialog.show_term(term_id)
        dialog.exec()

    def leave(self) -> None:
        if self.reader is not None:
            self.reader.leave()
