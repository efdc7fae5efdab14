"""The boards and groups a person sits on, ticked in the contact form.

A tick list rather than a separate dialog: a councillor adding "Dr Siân Pritchard" says in
the same place that she sits on the CSP strategic board as a member. The role of the
highlighted board is chosen underneath; a seat keeps its other details (dates, whom it
represents) when the form is saved again.
"""

from __future__ import annotations

import dataclasses
import datetime as dt

from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QComboBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QVBoxLayout,
    QWidget,
)

from csp_desktop.core.directory.model import ROLE_LABELS, Directory, Membership, Role
from csp_desktop.core.directory.queries import group_depth
from csp_desktop.core.folding import fold
from csp_desktop.ui.my_csp.models import to_role, tr

GroupIdRole = Qt.ItemDataRole.UserRole + 1
SeatRole = Qt.ItemDataRole.UserRole + 2  # the role value (a plain string: see models.to_role)


class SeatsEditor(QWidget):
    def __init__(self, directory: Directory, person_id: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.label = QLabel(self.tr("&Boards and groups:"))
        today = dt.date.today()
        # Current seats only: a past seat (with an end date) is history and left alone.
        self.existing: dict[str, Membership] = {
            m.group_id: m for m in directory.memberships if m.person_id == person_id and m.current(today)
        }
        self.list = QListWidget()
        self.list.setObjectName("personSeats")
        self.list.setAccessibleName(self.tr("Boards and groups this person sits on"))
        groups = sorted(directory.groups, key=lambda g: (group_depth(directory, g), fold(g.name)))
        for group in groups:
            seat = self.existing.get(group.id)
            item = QListWidgetItem()
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setData(GroupIdRole, group.id)
            item.setData(SeatRole, str(seat.role if seat else Role.MEMBER))
            item.setData(Qt.ItemDataRole.UserRole + 3, group.name)
            item.setCheckState(Qt.CheckState.Checked if seat else Qt.CheckState.Unchecked)
            self.list.addItem(item)
            self._label_item(item)
        self.list.setMinimumHeight(self.list.sizeHintForRow(0) * min(max(len(groups), 3), 6) + 8)
        self.role = QComboBox()
        self.role.setObjectName("personSeatRole")
        self.role.setAccessibleName(self.tr("Role on the highlighted board"))
        for role in Role:
            self.role.addItem(tr(ROLE_LABELS[role]), role.value)
        role_label = QLabel(self.tr("Ro&le on the highlighted board:"))
        role_label.setBuddy(self.role)
        row = QHBoxLayout()
        row.addWidget(role_label)
        row.addWidget(self.role, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.list)
        layout.addLayout(row)
        if not groups:
            layout.addWidget(QLabel(self.tr("No boards recorded yet: add them in Structure.")))
        self.label.setBuddy(self.list)
        self.list.currentItemChanged.connect(lambda current, _p: self._current_changed(current))
        self.list.itemChanged.connect(self._item_changed)
        self.role.currentIndexChanged.connect(lambda _i: self._role_changed())
        if self.list.count():
            self.list.setCurrentRow(0)

    def _label_item(self, item: QListWidgetItem) -> None:
        name = item.data(Qt.ItemDataRole.UserRole + 3)
        role = to_role(item.data(SeatRole)) or Role.MEMBER
        checked = item.checkState() == Qt.CheckState.Checked
        text = (
            self.tr("%1 (%2)").replace("%1", name).replace("%2", tr(ROLE_LABELS[role])) if checked else name
        )
        if item.text() != text:
            self.list.blockSignals(True)
            item.setText(text)
            self.list.blockSignals(False)

    def _current_changed(self, item: QListWidgetItem | None) -> None:
        self.role.setEnabled(item is not None)
        if item is not None:
            self.role.blockSignals(True)
            self.role.setCurrentIndex(max(self.role.findData(item.data(SeatRole)), 0))
            self.role.blockSignals(False)

    def _item_changed(self, item: QListWidgetItem) -> None:
        self._label_item(item)

    def _role_changed(self) -> None:
        item = self.list.currentItem()
        if item is None:
            return
        item.setData(SeatRole, self.role.currentData())
        if item.checkState() != Qt.CheckState.Checked:  # choosing a role means sitting on it
            item.setCheckState(Qt.CheckState.Checked)
        self._label_item(item)

    def chosen(self) -> dict[str, Role]:
        """Ticked boards and the role on each, by group id."""
        return {
            item.data(GroupIdRole): to_role(item.data(SeatRole)) or Role.MEMBER
            for item in (self.list.item(i) for i in range(self.list.count()))
            if item.checkState() == Qt.CheckState.Checked
        }

    def changes(self, person_id: str) -> tuple[list[Membership], list[Membership], list[Membership]]:
        """(before, after, removed) memberships for an undoable save."""
        chosen = self.chosen()
        before, after = [], []
        for group_id, role in chosen.items():
            seat = self.existing.get(group_id)
            if seat is None:
                after.append(Membership(person_id, group_id, role))
            elif seat.role != role:
                before.append(seat)
                after.append(dataclasses.replace(seat, role=role))
        removed = [m for group_id, m in self.existing.items() if group_id not in chosen]
        return before, after, removed
