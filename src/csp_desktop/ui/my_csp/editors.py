"""Dialogs to add and edit organisations, people, groups, memberships and procedures.

Errors (a missing name) stop OK; warnings (an odd e-mail or phone number) are shown but
never block: real contact details are sometimes odd.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import QDate, Qt
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from csp_desktop.core.dates import QT_DATE_FORMAT
from csp_desktop.core.directory.model import (
    ROLE_LABELS,
    Directory,
    Group,
    Membership,
    Organisation,
    Person,
    Procedure,
    Role,
    Sector,
)
from csp_desktop.core.directory.validation import check_person
from csp_desktop.core.folding import fold
from csp_desktop.ui.my_csp.models import add_sector_items, combo_sector, to_role, tr
from csp_desktop.ui.my_csp.seats import SeatsEditor


def _split(text: str) -> list[str]:
    return [part.strip() for part in text.replace(",", ";").split(";") if part.strip()]


def _combo(name: str, items: list[tuple[str, object]], current: object) -> QComboBox:
    combo = QComboBox()
    combo.setAccessibleName(name)
    for label, value in items:
        combo.addItem(label, value)
    combo.setCurrentIndex(max(combo.findData(current), 0))
    return combo


class _RecordDialog(QDialog):
    def __init__(self, title: str, parent: QWidget | None):
        super().__init__(parent)
        self.setWindowTitle(title)
        self.form = QFormLayout()
        self.messages = QLabel()
        self.messages.setObjectName("validationMessages")
        self.messages.setTextFormat(Qt.TextFormat.PlainText)  # messages quote what was typed or imported
        self.messages.setWordWrap(True)
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(self.form)
        layout.addWidget(self.messages)
        layout.addWidget(self.buttons)

    def line(self, label: str, value: str, name: str) -> QLineEdit:
        edit = QLineEdit(value)
        edit.setAccessibleName(name)
        self.form.addRow(label, edit)
        return edit

    def set_ok(self, enabled: bool) -> None:
        self.buttons.button(QDialogButtonBox.StandardButton.Ok).setEnabled(enabled)


class OrganisationDialog(_RecordDialog):
    def __init__(self, org: Organisation | None, parent: QWidget | None = None):
        super().__init__(self.tr("Organisation"), parent)
        self.original = org or Organisation("", Sector.OTHER)
        self.name = self.line(self.tr("&Name:"), self.original.name, self.tr("Organisation name"))
        self.name_cy = self.line(
            self.tr("Name in &Welsh:"), self.original.name_cy, self.tr("Organisation name in Welsh")
        )
        self.sector = QComboBox()
        self.sector.setAccessibleName(self.tr("Sector"))
        add_sector_items(self.sector)
        self.sector.setCurrentIndex(max(self.sector.findData(str(self.original.sector)), 0))
        self.form.addRow(self.tr("&Sector:"), self.sector)
        self.responsible = QCheckBox(self.tr("A &responsible authority (a statutory CSP partner)"))
        self.responsible.setChecked(self.original.responsible_authority)
        self.form.addRow("", self.responsible)
        self.notes = QPlainTextEdit(self.original.notes)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.form.addRow(self.tr("No&tes:"), self.notes)
        self.name.textChanged.connect(self._validate)
        self._validate()

    def _validate(self) -> None:
        ok = bool(self.name.text().strip())
        self.messages.setText("" if ok else self.tr("An organisation needs a name."))
        self.set_ok(ok)

    def record(self) -> Organisation:
        return dataclasses.replace(
            self.original,
            name=self.name.text().strip(),
            name_cy=self.name_cy.text().strip(),
            sector=combo_sector(self.sector) or Sector.OTHER,
            responsible_authority=self.responsible.isChecked(),
            notes=self.notes.toPlainText().strip(),
        )


class PersonDialog(_RecordDialog):
    def __init__(self, person: Person | None, directory: Directory, parent: QWidget | None = None):
        super().__init__(self.tr("Contact"), parent)
        self.original = person or Person("")
        self.name = self.line(self.tr("&Name:"), self.original.name, self.tr("Name"))
        self.title = self.line(self.tr("&Job title:"), self.original.job_title, self.tr("Job title"))
        orgs = [(self.tr("(none)"), None)] + [
            (o.name, o.id) for o in sorted(directory.organisations, key=lambda o: fold(o.name))
        ]
        self.organisation = _combo(self.tr("Organisation"), orgs, self.original.organisation_id)
        self.form.addRow(self.tr("&Organisation:"), self.organisation)
        self.emails = self.line(
            self.tr("&E-mail:"), "; ".join(self.original.emails), self.tr("E-mail addresses")
        )
        self.emails.setPlaceholderText(self.tr("Separate several with ;"))
        self.phones = self.line(self.tr("&Phone:"), "; ".join(self.original.phones), self.tr("Phone numbers"))
        self.phones.setPlaceholderText(self.tr("Separate several with ;"))
        self.checked = QCheckBox(self.tr("Details &checked on:"))
        self.checked.setChecked(self.original.last_verified is not None)
        self.checked_date = QDateEdit()
        self.checked_date.setAccessibleName(self.tr("Date the details were last checked"))
        self.checked_date.setCalendarPopup(True)
        self.checked_date.setDisplayFormat(QT_DATE_FORMAT)  # "29 Nov 2026", never US "11/29/26"
        self.checked_date.setMaximumDate(QDate.currentDate())
        when = self.original.last_verified or dt.date.today()
        self.checked_date.setDate(QDate(when.year, when.month, when.day))
        self.checked_date.setEnabled(self.checked.isChecked())
        self.checked.toggled.connect(self.checked_date.setEnabled)
        self.form.addRow(self.checked, self.checked_date)
        self.notes = QPlainTextEdit(self.original.notes)
        self.notes.setAccessibleName(self.tr("Notes"))
        self.notes.setTabChangesFocus(True)
        self.form.addRow(self.tr("No&tes:"), self.notes)
        self.seats = SeatsEditor(directory, self.original.id)
        self.form.addRow(self.seats.label, self.seats)
        for edit in (self.name, self.emails, self.phones):
            edit.textChanged.connect(self._validate)
        self._validate()

    def record(self) -> Person:
        date = self.checked_date.date()
        return dataclasses.replace(
            self.original,
            name=self.name.text().strip(),
            job_title=self.title.text().strip(),
            organisation_id=self.organisation.currentData(),
            emails=_split(self.emails.text()),
            phones=_split(self.phones.text()),
            notes=self.notes.toPlainText().strip(),
            last_verified=dt.date(date.year(), date.month(), date.day())
            if self.checked.isChecked()
            else None,
        )

    def seat_changes(self) -> tuple[list[Membership], list[Membership], list[Membership]]:
        """(before, after, removed): the board seats to save with the person, and to delete."""
        return self.seats.changes(self.original.id)

    def _validate(self) -> None:
        problems = check_person(self.record())
        self.set_ok(not any(p.blocking for p in problems))
        self.messages.setText("\n".join(("✖ " if p.blocking else "⚠ ") + p.message for p in problems))


class GroupDialog(_RecordDialog):
    def __init__(self, group: Group | None, directory: Directory, parent: QWidget | None = None):
        super().__init__(self.tr("Board or group"), parent)
        self.original = group or Group("")
        self.name = self.line(self.tr("&Name:"), self.original.name, self.tr("Group name"))
        others = [(self.tr("(top level)"), None)] + [
            (g.name, g.id) for g in directory.groups if g.id != self.original.id
        ]
        self.parent_combo = _combo(self.tr("Reports to"), others, self.original.reports_to)
        self.form.addRow(self.tr("&Reports to:"), self.parent_combo)
        self.purpose = QPlainTextEdit(self.original.purpose)
        self.purpose.setAccessibleName(self.tr("Purpose"))
        self.purpose.setTabChangesFocus(True)
        self.form.addRow(self.tr("&Purpose:"), self.purpose)
        self.confirmed = QCheckBox(self.tr("This group exists in our CSP (not just a suggestion)"))
        self.confirmed.setChecked(not self.original.suggested)
        self.form.addRow("", self.confirmed)
        self.name.textChanged.connect(lambda: self.set_ok(bool(self.name.text().strip())))
        self.set_ok(bool(self.original.name))

    def record(self) -> Group:
        return dataclasses.replace(
            self.original,
            name=self.name.text().strip(),
            reports_to=self.parent_combo.currentData(),
            purpose=self.purpose.toPlainText().strip(),
            suggested=not self.confirmed.isChecked(),
        )


class MembershipDialog(_RecordDialog):
    def __init__(
        self,
        membership: Membership | None,
        directory: Directory,
        group_id: str | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(self.tr("Who sits on a group"), parent)
        people = sorted(directory.people, key=lambda p: fold(p.name))
        self.original = membership or Membership(people[0].id if people else "", group_id or "")
        self.person = _combo(self.tr("Person"), [(p.name, p.id) for p in people], self.original.person_id)
        self.form.addRow(self.tr("&Person:"), self.person)
        self.group = _combo(
            self.tr("Group"), [(g.name, g.id) for g in directory.groups], self.original.group_id
        )
        self.form.addRow(self.tr("&Group:"), self.group)
        self.role = _combo(self.tr("Role"), [(tr(ROLE_LABELS[r]), r) for r in Role], self.original.role)
        self.form.addRow(self.tr("&Role:"), self.role)
        orgs = [(self.tr("(their employer)"), None)] + [(o.name, o.id) for o in directory.organisations]
        self.represents = _combo(self.tr("Represents"), orgs, self.original.organisation_id)
        self.form.addRow(self.tr("Represen&ts:"), self.represents)
        self.set_ok(bool(people) and bool(directory.groups))
        if not people:
            self.messages.setText(self.tr("Add the person as a contact first."))

    def record(self) -> Membership:
        return dataclasses.replace(
            self.original,
            person_id=self.person.currentData(),
            group_id=self.group.currentData(),
            role=to_role(self.role.currentData()) or Role.MEMBER,
            organisation_id=self.represents.currentData(),
        )


class ProcedureDialog(_RecordDialog):
    def __init__(self, procedure: Procedure | None, parent: QWidget | None = None):
        super().__init__(self.tr("Local procedure"), parent)
        self.original = procedure or Procedure("")
        self.topic = self.line(self.tr("&Topic:"), self.original.topic, self.tr("Topic"))
        self.text = QPlainTextEdit(self.original.text)
        self.text.setAccessibleName(self.tr("What to do locally"))
        self.text.setTabChangesFocus(True)
        self.form.addRow(self.tr("&What to do:"), self.text)
        self.topic.textChanged.connect(lambda: self.set_ok(bool(self.topic.text().strip())))
        self.set_ok(bool(self.original.topic))

    def record(self) -> Procedure:
        return dataclasses.replace(
            self.original, topic=self.topic.text().strip(), text=self.text.toPlainText()
        )
