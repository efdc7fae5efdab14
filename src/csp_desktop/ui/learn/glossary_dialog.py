"""The glossary: every acronym a councillor meets, filterable, with the Welsh term beside it."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QDialog,
    QDialogButtonBox,
    QHBoxLayout,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csp_desktop.core.content.glossary import Term, in_order
from csp_desktop.core.content.render import escape
from csp_desktop.core.folding import fold
from csp_desktop.ui.safe_text import LocalTextBrowser


class GlossaryDialog(QDialog):
    def __init__(
        self, terms: list[Term], titles: dict[str, str], parent: QWidget | None = None, language: str = "en"
    ):
        super().__init__(parent)
        self._language = language
        self.setObjectName("glossaryDialog")
        self.setWindowTitle(self.tr("Glossary"))
        self.resize(760, 520)
        self._terms = in_order(terms, language)
        self._titles = titles
        self.filter_edit = QLineEdit()
        self.filter_edit.setObjectName("glossaryFilter")
        self.filter_edit.setPlaceholderText(self.tr("Filter terms"))
        self.filter_edit.setAccessibleName(self.tr("Filter glossary terms"))
        self.filter_edit.setClearButtonEnabled(True)
        self.filter_edit.textChanged.connect(self._filter)
        self.list = QListWidget()
        self.list.setObjectName("glossaryTerms")
        self.list.setAccessibleName(self.tr("Glossary terms"))
        for term in self._terms:
            item = QListWidgetItem(term.headword(language))
            item.setData(Qt.ItemDataRole.UserRole, term.id)
            if term.headword(language) != term.term:
                item.setToolTip(term.term)
            self.list.addItem(item)
        self.list.currentItemChanged.connect(self._show_current)
        self.definition = LocalTextBrowser()
        self.definition.setObjectName("glossaryDefinition")
        self.definition.setAccessibleName(self.tr("Definition"))
        self.definition.setOpenLinks(False)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        left = QVBoxLayout()
        left.addWidget(self.filter_edit)
        left.addWidget(self.list)
        body = QHBoxLayout()
        body.addLayout(left, 1)
        body.addWidget(self.definition, 2)
        layout = QVBoxLayout(self)
        layout.addLayout(body)
        layout.addWidget(buttons)
        if self._terms:
            self.list.setCurrentRow(0)

    def show_term(self, term_id: str) -> bool:
        for row in range(self.list.count()):
            if self.list.item(row).data(Qt.ItemDataRole.UserRole) == term_id:
                self.list.setCurrentRow(row)
                return True
        return False

    def _filter(self, text: str) -> None:
        wanted = fold(text)
        for row, term in enumerate(self._terms):
            haystack = fold(
                " ".join((term.term, term.expansion, term.term_cy, term.definition, term.definition_cy))
            )
            self.list.item(row).setHidden(bool(wanted) and wanted not in haystack)

    def _show_current(self, item: QListWidgetItem | None) -> None:
        if item is None:
            self.definition.clear()
            return
        term = next(t for t in self._terms if t.id == item.data(Qt.ItemDataRole.UserRole))
        heading = term.term_cy if self._language == "cy" and term.term_cy else term.term
        parts = [f"<h2>{escape(heading)}</h2>"]
        if heading != term.term:
            parts.append(f"<p>{escape(term.term)}</p>")
        if term.expansion:
            parts.append(f"<p><b>{escape(term.expansion)}</b></p>")
        if term.term_cy:
            in_welsh = self.tr("In Welsh:")
            parts.append(f"<p>{escape(in_welsh)} <i>{escape(term.term_cy)}</i></p>")
        parts.append(f"<p>{escape(term.definition_in(self._language))}</p>")
        related = [self._titles[m] for m in term.modules if m in self._titles]
        if related:
            further = self.tr("Explained further in:")
            parts.append(f"<p>{escape(further)} {escape('; '.join(related))}</p>")
        self.definition.setHtml("".join(parts))
