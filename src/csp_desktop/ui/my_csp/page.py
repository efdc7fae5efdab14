"""The My CSP area: first-run setup, then the structure, people, organisations, "who
represents…?", contacts to check, and local procedures. The tabs show the records (see
``record_tabs``, ``structure_tab``, ``procedures_tab``); this page edits them, every edit
through the undo stack, so it can be undone."""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QUndoStack
from PySide6.QtWidgets import (
    QHBoxLayout,
    QStackedWidget,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from csp_desktop.core.directory.model import Directory, Group, Membership, Person
from csp_desktop.core.directory.queries import review_list
from csp_desktop.core.geography import Geography
from csp_desktop.storage.directory import DirectoryRepository, apply_prefill
from csp_desktop.ui import messages
from csp_desktop.ui.confirm import confirm
from csp_desktop.ui.my_csp import editors
from csp_desktop.ui.my_csp.models import RecordRole
from csp_desktop.ui.my_csp.procedures_tab import ProceduresTab
from csp_desktop.ui.my_csp.record_tabs import OrganisationsTab, PeopleTab, ReviewTab
from csp_desktop.ui.my_csp.setup_panel import SetupPanel
from csp_desktop.ui.my_csp.structure_tab import StructureTab
from csp_desktop.ui.my_csp.undo import DeleteRecord, SaveRecords
from csp_desktop.ui.my_csp.who_panel import WhoPanel
from csp_desktop.ui.widgets import FlowLayout, button, heading_label


class MyCspPage(QWidget):
    council_chosen = Signal(str)
    message = Signal(str)

    def __init__(
        self,
        repo: DirectoryRepository,
        geography: Geography,
        language: str = "en",
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("page_my_csp")
        self.setAccessibleName(self.tr("My CSP"))
        self.repo, self.geography, self.language = repo, geography, language
        self.undo_stack = QUndoStack(self)
        self.directory = Directory()
        self.stack = QStackedWidget()
        self.setup_panel = SetupPanel(geography)
        self.setup_panel.chosen.connect(self.prefill)
        self.stack.addWidget(self.setup_panel)
        self.stack.addWidget(self._build_main())
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.addWidget(self.stack)
        self.reload()

    def prefill(self, council_id: str) -> None:
        council = self.geography.find(council_id)
        if council is None:
            return
        apply_prefill(self.repo, council, self.language)
        self.council_chosen.emit(council.id)
        self.reload()

    # -- main view -------------------------------------------------------------------------

    def _build_main(self) -> QWidget:
        self.tabs = QTabWidget()
        self.tabs.setObjectName("myCspTabs")
        self.tabs.addTab(self._build_structure(), self.tr("&Structure"))
        self.tabs.addTab(self._build_people(), self.tr("&People"))
        self.tabs.addTab(self._build_organisations(), self.tr("&Organisations"))
        self.who = WhoPanel()
        self.who.message.connect(self.message)
        self.tabs.addTab(self.who, self.tr("&Who represents…?"))
        self.tabs.addTab(self._build_review(), self.tr("Chec&k contacts"))
        self.tabs.addTab(self._build_procedures(), self.tr("&Local procedures"))
        self.heading = heading_label(scale=1.4)
        header = QHBoxLayout()
        header.addWidget(self.heading, 1)
        transfer = FlowLayout()
        transfer.addWidget(
            button(self.tr("&Import…"), self.tr("Import contacts or a CSP pack"), self.import_file, "import")
        )
        transfer.addWidget(
            button(
                self.tr("E&xport…"),
                self.tr("Export for Excel, Outlook or as a CSP pack"),
                self.export_file,
                "export",
            )
        )
        header.addLayout(transfer)
        page = QWidget()
        layout = QVBoxLayout(page)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addLayout(header)
        layout.addWidget(self.tabs, 1)
        return page

    def import_file(self, path: str | None = None) -> int:
        from csp_desktop.ui.my_csp.transfer import import_file

        return import_file(self, path)

    def export_file(self) -> str | None:
        from csp_desktop.ui.my_csp.transfer import export_file

        return export_file(self)

    def _build_people(self) -> QWidget:
        people = PeopleTab()
        people.add.connect(self.add_person)
        people.edit.connect(self.edit_person)
        people.verify.connect(self.verify_person)
        people.delete.connect(lambda: self.delete_selected(self.people_view))
        people.card.message.connect(self.message)
        self.people_tab, self.people_model, self.people_view = people, people.model, people.view
        self.people_filter, self.person_card = people.filter, people.card
        return people

    def _build_organisations(self) -> QWidget:
        organisations = OrganisationsTab()
        organisations.add.connect(self.add_organisation)
        organisations.edit.connect(self.edit_organisation)
        organisations.delete.connect(lambda: self.delete_selected(self.org_view))
        self.org_model, self.org_view = organisations.model, organisations.view
        return organisations

    def _build_structure(self) -> QWidget:
        self.structure = StructureTab(self)
        self.structure.add_group.connect(self.add_group)
        self.structure.add_member.connect(self.add_membership)
        self.structure.edit.connect(self.edit_structure_item)
        self.structure.delete.connect(lambda: self.delete_selected(self.structure.tree))
        self.structure.message.connect(self.message)
        self.tree = self.structure.tree
        return self.structure

    def _build_review(self) -> QWidget:
        review = ReviewTab()
        review.review.connect(self.review_current)
        review.verify.connect(self.verify_review)
        self.review_model, self.review_view = review.model, review.view
        return review

    def _build_procedures(self) -> QWidget:
        self.procedures = ProceduresTab()
        self.procedures.add.connect(self.add_procedure)
        self.procedures.edit.connect(self.edit_procedure)
        self.procedures.delete.connect(lambda: self.delete_selected(self.proc_list))
        self.proc_list = self.procedures.list
        return self.procedures

    # -- refreshing ------------------------------------------------------------------------

    def reload(self) -> None:
        self.directory = self.repo.load()
        if self.repo.is_empty():
            self.stack.setCurrentIndex(0)
            return
        self.stack.setCurrentIndex(1)
        council = self.geography.find(self.repo.council() or "")
        name = council.display_name(self.language) if council else ""
        self.heading.setText(self.tr("Your CSP: %1").replace("%1", name) if name else self.tr("Your CSP"))
        today = dt.date.today()
        self.people_tab.fill(self.directory, today)
        self.org_model.language = self.language
        self.org_model.set_directory(self.directory, today)
        stale = dataclasses.replace(self.directory, people=review_list(self.directory, today))
        self.review_model.set_directory(stale, today)
        self.tabs.setTabText(4, self.tr("Chec&k contacts (%1)").replace("%1", str(len(stale.people))))
        self.who.set_directory(self.directory, today)
        self.structure.fill(self.directory, today)
        self.procedures.fill(self.directory.procedures)

    # -- editing (all through the undo stack) ------------------------------------------------

    def _push(self, before: list, after: list, text: str, removed: list | None = None) -> None:
        self.undo_stack.push(
            SaveRecords(self.repo, before, after, text, self.reload, self._save_failed, removed)
        )

    def _save_failed(self, exc) -> None:
        messages.warn(self, self.tr("Not saved"), messages.save_failed_text(exc))

    def _selected(self, view) -> object | None:
        index = view.currentIndex()
        return index.data(RecordRole) if index.isValid() else None

    def _run(self, dialog) -> object | None:
        return dialog.record() if dialog.exec() else None

    def add_person_for_sector(self, sector: str) -> None:
        """From the ward-surgery page: add a contact for a sector, employer preselected."""
        if self.stack.currentIndex() == 0:
            return  # the council must be chosen first; the setup panel is showing
        self.tabs.setCurrentIndex(1)
        org = next((o for o in self.directory.organisations if o.sector.value == sector), None)
        self.add_person(Person("", organisation_id=org.id if org else None))

    def show_record(self, kind: str, ref: str) -> bool:
        """Show a record found by search: its tab, selected."""
        targets = {
            "person": (1, self.people_view),
            "organisation": (2, self.org_view),
            "procedure": (5, self.proc_list),
            "group": (0, self.tree),
        }
        if kind not in targets or self.stack.currentIndex() == 0:
            return False
        tab, view = targets[kind]
        self.tabs.setCurrentIndex(tab)
        if kind == "person":
            self.people_filter.clear()
        model = view.model()
        pending = [model.index(r, 0) for r in range(model.rowCount())]
        while pending:
            index = pending.pop(0)
            record = index.data(RecordRole)
            if getattr(record, "id", None) == ref:
                view.setCurrentIndex(index)
                view.scrollTo(index)
                view.setFocus()
                return True
            pending += [model.index(r, 0, index) for r in range(model.rowCount(index))]
        return False

    def add_person(self, template: Person | None = None) -> None:
        dialog = editors.PersonDialog(template, self.directory, self)
        if (person := self._run(dialog)) is not None:
            before, after, removed = dialog.seat_changes()
            self._push(before, [person, *after], self.tr("Add %1").replace("%1", person.name), removed)
            self.select_person(person.id)

    def edit_person(self, person: Person | None = None) -> None:
        person = person or self._selected(self.people_view)
        if person is None:
            return
        dialog = editors.PersonDialog(person, self.directory, self)
        if (new := self._run(dialog)) is not None:
            before, after, removed = dialog.seat_changes()
            self._push([person, *before], [new, *after], self.tr("Edit %1").replace("%1", new.name), removed)
            self.select_person(new.id)

    def select_person(self, person_id: str) -> None:
        """Highlight a person in the People table, so their card shows."""
        for row, person in enumerate(self.people_model.rows()):
            if person.id == person_id:
                index = self.people_model.index(row, 0)
                self.people_view.setCurrentIndex(index)
                self.people_view.scrollTo(index)
                return

    def verify_person(self) -> None:
        person = self._selected(self.people_view)
        if person is not None:
            import dataclasses

            new = dataclasses.replace(person, last_verified=dt.date.today())
            self._push([person], [new], self.tr("Mark %1 checked").replace("%1", person.name))

    def review_current(self) -> None:
        self.edit_person(self._selected(self.review_view))

    def verify_review(self) -> None:
        person = self._selected(self.review_view)
        if person is not None:
            import dataclasses

            self._push(
                [person],
                [dataclasses.replace(person, last_verified=dt.date.today())],
                self.tr("Mark %1 checked").replace("%1", person.name),
            )
            if self.review_model.rowCount():
                self.review_view.setCurrentIndex(self.review_view.model().index(0, 0))

    def add_organisation(self) -> None:
        if (org := self._run(editors.OrganisationDialog(None, self))) is not None:
            self._push([], [org], self.tr("Add %1").replace("%1", org.name))

    def edit_organisation(self) -> None:
        org = self._selected(self.org_view)
        if org is not None and (new := self._run(editors.OrganisationDialog(org, self))):
            self._push([org], [new], self.tr("Edit %1").replace("%1", new.name))

    def add_group(self) -> None:
        if (group := self._run(editors.GroupDialog(None, self.directory, self))) is not None:
            self._push([], [group], self.tr("Add %1").replace("%1", group.name))

    def add_membership(self) -> None:
        selected = self._selected(self.tree)
        group_id = selected.id if isinstance(selected, Group) else getattr(selected, "group_id", None)
        dialog = editors.MembershipDialog(None, self.directory, group_id, self)
        if (membership := self._run(dialog)) is not None:
            self._push([], [membership], self.tr("Add member"))

    def edit_structure_item(self) -> None:
        item = self._selected(self.tree)
        if isinstance(item, Group):
            if (new := self._run(editors.GroupDialog(item, self.directory, self))) is not None:
                self._push([item], [new], self.tr("Edit %1").replace("%1", new.name))
        elif isinstance(item, Membership) and (
            new := self._run(editors.MembershipDialog(item, self.directory, None, self))
        ):
            self._push([item], [new], self.tr("Edit member"))

    def add_procedure(self) -> None:
        if (procedure := self._run(editors.ProcedureDialog(None, self))) is not None:
            self._push([], [procedure], self.tr("Add procedure"))

    def edit_procedure(self) -> None:
        procedure = self._selected(self.proc_list)
        if procedure is not None and (new := self._run(editors.ProcedureDialog(procedure, self))):
            self._push([procedure], [new], self.tr("Edit procedure"))

    def delete_selected(self, view) -> None:
        record = self._selected(view)
        if record is None:
            return
        name = getattr(record, "name", None) or getattr(record, "topic", None) or self.tr("this entry")
        if confirm(
            self,
            self.tr("Delete"),
            self.tr("Delete %1? You can undo this with Edit > Undo.").replace("%1", name),
            self.tr("&Delete"),
            risky=True,
        ):
            self.undo_stack.push(
                DeleteRecord(
                    self.repo,
                    record,
                    self.tr("Delete %1").replace("%1", name),
                    self.reload,
                    self._save_failed,
                )
            )

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange and self.stack.currentIndex() == 1:
            self.reload()
        super().changeEvent(event)


__all__ = ["MyCspPage", "Qt"]
