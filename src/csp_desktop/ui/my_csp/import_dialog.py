"""Preview an import before anything changes: what will be added, updated or left alone.

For a spreadsheet (CSV or workbook) the councillor sees the first rows as they will be
saved, can say which column holds what (remembered for the next file with the same
headings), and sees what each organisation in the file becomes: joining one already in the
record, or a new one whose sector they can choose. Every warning is listed, and fixing it
here re-plans at once. For a CSP pack, every record both the councillor and the pack changed
needs a choice.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, Qt
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QListWidget,
    QListWidgetItem,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from csp_desktop.core.interchange import ImportNotice, ImportProblem, ImportProblems, has_name
from csp_desktop.storage.interchange import PreparedImport, RecordSnapshot, prepare_import, replan
from csp_desktop.ui.background import run_with_progress
from csp_desktop.ui.my_csp.import_tables import ColumnsTable, OrganisationsTable, rows_table


def _describe(record) -> str:
    return getattr(record, "name", None) or getattr(record, "topic", None) or record.id


class ImportDialog(QDialog):
    def __init__(self, prepared: PreparedImport, parent: QWidget | None = None, repo=None):
        super().__init__(parent)
        self.setObjectName("importDialog")
        self.setWindowTitle(self.tr("Import %1").replace("%1", prepared.path.name))
        self.resize(1080, 620)
        self.prepared, self.repo = prepared, repo
        layout = QVBoxLayout(self)
        self.summary = QLabel()
        self.summary.setTextFormat(Qt.TextFormat.PlainText)  # names from the file are not HTML
        self.summary.setObjectName("importSummary")
        self.summary.setWordWrap(True)
        layout.addWidget(self.summary)
        self.problem = QLabel()
        self.problem.setTextFormat(Qt.TextFormat.PlainText)
        self.problem.setObjectName("importProblem")
        self.problem.setWordWrap(True)
        self.problem.setStyleSheet("color: #a4000f; font-weight: bold")
        layout.addWidget(self.problem)
        self.sheet: QComboBox | None = None
        table = prepared.table
        if table is not None and len(table.sheets) > 1:
            self.sheet = QComboBox()
            self.sheet.setObjectName("importSheet")
            self.sheet.setAccessibleName(self.tr("Sheet of the workbook to import"))
            self.sheet.addItems(table.sheets)
            self.sheet.setCurrentText(table.sheet)
            self.sheet.currentTextChanged.connect(self._sheet_changed)
            row = QHBoxLayout()
            label = QLabel(self.tr("&Sheet:"))
            label.setBuddy(self.sheet)
            row.addWidget(label)
            row.addWidget(self.sheet, 1)
            layout.addLayout(row)
        self.warnings = QListWidget()
        self.warnings.setObjectName("importWarnings")
        self.warnings.setAccessibleName(self.tr("Warnings: kept, but worth checking"))
        self.warnings.itemActivated.connect(self._warning_activated)
        layout.addWidget(self.warnings)
        self.tabs = QTabWidget()
        self.tabs.setObjectName("importTabs")
        self.tabs.setAccessibleName(self.tr("Preview"))
        layout.addWidget(self.tabs, 1)
        self.columns: ColumnsTable | None = None
        self.organisations: OrganisationsTable | None = None
        self.choices: dict[str, QComboBox] = {}
        if prepared.conflicts:
            layout.addWidget(self._conflicts_box(prepared))
        self.buttons = QDialogButtonBox(
            QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
        )
        self.ok = self.buttons.button(QDialogButtonBox.StandardButton.Ok)
        self.ok.setText(self.tr("&Import"))
        self.ok.setObjectName("importOk")
        self.buttons.accepted.connect(self.accept)
        self.buttons.rejected.connect(self.reject)
        layout.addWidget(self.buttons)
        self._build_tabs()
        self._show()

    # -- building --------------------------------------------------------------------------

    def _build_tabs(self) -> None:
        while self.tabs.count():
            self.tabs.widget(0).deleteLater()
            self.tabs.removeTab(0)
        prepared = self.prepared
        self.columns = self.organisations = None
        if prepared.preview:
            self.tabs.addTab(rows_table(prepared.preview), self.tr("&Rows"))
        if prepared.table is not None:
            table = prepared.table
            examples = [
                next((r.cells[i] for r in table.rows[:20] if r.cells[i].strip()), "")
                for i in range(len(table.headers))
            ]
            self.columns = ColumnsTable(table.headers, examples, prepared.columns, self._columns_changed)
            self.tabs.addTab(self.columns, self.tr("&Columns"))
        if prepared.plan is not None and prepared.plan.organisations:
            existing = prepared.existing.organisations if prepared.existing else []
            self.organisations = OrganisationsTable(prepared.plan.organisations, existing, self._orgs_changed)
            self.tabs.addTab(self.organisations, self.tr("&Organisations"))
        self.tabs.setVisible(self.tabs.count() > 0)

    def _conflicts_box(self, prepared: PreparedImport) -> QGroupBox:
        box = QGroupBox(self.tr("Changed both by you and in the pack: choose which to keep"))
        form = QFormLayout(box)
        for conflict in prepared.conflicts:
            combo = QComboBox()
            combo.setAccessibleName(
                self.tr("Keep which version of %1").replace("%1", _describe(conflict.local))
            )
            combo.addItem(self.tr("Choose…"), None)
            combo.addItem(self.tr("Keep mine"), "local")
            combo.addItem(self.tr("Take the pack's"), "pack")
            combo.currentIndexChanged.connect(lambda _i: self._show())
            fields = ", ".join(getattr(conflict, "fields", lambda: [])())
            label = _describe(conflict.local) + (f" ({fields})" if fields else "")
            form.addRow(label, combo)
            self.choices[conflict.local.id] = combo
        return box

    def _show(self) -> None:
        prepared = self.prepared
        self.summary.setText(self._summary_text())
        if prepared.problem is not None:
            problems = (
                prepared.problem.problems
                if isinstance(prepared.problem, ImportProblems)
                else [prepared.problem]
            )
            text = "\n".join(str(p) for p in problems[:10])
            if prepared.table is not None and not has_name(prepared.columns):
                text = self.tr(
                    "No column holds the names. Under Columns, choose which column is the Full name "
                    "(or which are the First name and Last name)."
                )
            self.problem.setText(text)
        self.problem.setVisible(prepared.problem is not None)
        self.warnings.clear()
        for warning in prepared.notices or prepared.warnings:
            item = QListWidgetItem(self.warning_text(warning))
            item.setData(Qt.ItemDataRole.UserRole, getattr(warning, "kind", ""))
            self.warnings.addItem(item)
        self.warnings.setVisible(self.warnings.count() > 0)
        if self.warnings.count():
            rows = min(self.warnings.count(), 5)
            self.warnings.setFixedHeight(
                rows * self.warnings.sizeHintForRow(0) + 2 * self.warnings.frameWidth() + 4
            )
        if self.organisations is not None and prepared.plan is not None:
            self.organisations.show_outcomes(prepared.plan.organisations)
        complete = len(self.chosen()) == len(self.choices)
        self.ok.setEnabled(complete and (prepared.plan is not None or prepared.merge is not None))

    def _summary_text(self) -> str:
        prepared, plan = self.prepared, self.prepared.plan
        if prepared.problem is not None:
            return self.tr("Nothing can be imported yet: see below, and choose the columns under Columns.")
        if plan is None:
            return prepared.summary  # a CSP pack: its own summary
        joined = sum(1 for o in plan.organisations if o.existing is not None)
        # "Label: number" reads correctly for any number, in both languages, without plural rules.
        counts = [
            (self.tr("New people: %1"), len(plan.people_added)),
            (self.tr("People updated: %1"), len(plan.people_updated)),
            (self.tr("Organisations already in your record: %1"), joined),
            (self.tr("New organisations: %1"), len(plan.organisations_added)),
            (self.tr("New boards or groups: %1"), len(plan.groups_added)),
            (
                self.tr("Board seats added or changed: %1"),
                len(plan.memberships_added) + len(plan.memberships_updated),
            ),
            (self.tr("Already up to date: %1"), plan.unchanged_people),
        ]
        text = " · ".join(label.replace("%1", str(n)) for label, n in counts if n)
        return text or self.tr("Nothing to change: your record already has everything in this file.")

    def warning_text(self, warning) -> str:
        """A warning in the interface language (the core's text is English, for the command line)."""
        if not isinstance(warning, ImportNotice):
            return "⚠ " + str(warning)
        templates = {
            "sector_unknown": self.tr(
                "Line %1: '%2' is not a sector the app knows. Choose the sector under Organisations "
                "('Other' until then)."
            ),
            "role_as_title": self.tr("Line %1: '%2' is not a board role, so it is kept as the job title."),
            "role_as_note": self.tr("Line %1: '%2' is not a board role, so it is kept in the notes."),
            "new_org_sector": self.tr("'%2' is a new organisation: choose its sector under Organisations."),
            "date_as_note": self.tr("Line %1: '%2' is not a date, so it is kept in the notes."),
            "no_name": self.tr("Line %1 has no name, so it is left out (%2)."),
        }
        if warning.kind == "no_name" and not warning.value:
            templates["no_name"] = self.tr("Line %1 has no name, so it is left out.")
        template = templates.get(warning.kind)
        if template is None:
            return "⚠ " + str(warning)
        return "⚠ " + template.replace("%1", str(warning.line or "")).replace("%2", warning.value)

    # -- reacting --------------------------------------------------------------------------

    def _replan(self, **changes) -> None:
        try:
            replan(self.prepared, **changes)
        except ImportProblem as exc:
            self.prepared.plan, self.prepared.problem = None, exc
        self._show()

    def _columns_changed(self) -> None:
        assert self.columns is not None
        before = {o.key for o in self.prepared.plan.organisations} if self.prepared.plan else set()
        self._replan(columns=self.columns.columns())
        after = {o.key for o in self.prepared.plan.organisations} if self.prepared.plan else set()
        if before != after or self.organisations is None:
            self._rebuild_keeping(self.tabs.currentIndex())
        else:
            self._refresh_rows()

    def _refresh_rows(self) -> None:
        if self.tabs.count() and self.prepared.preview:
            current = self.tabs.currentIndex()
            old = self.tabs.widget(0)
            self.tabs.removeTab(0)
            old.deleteLater()
            self.tabs.insertTab(0, rows_table(self.prepared.preview), self.tr("&Rows"))
            self.tabs.setCurrentIndex(current)

    def _rebuild_keeping(self, index: int) -> None:
        focus_column = self.focusWidget().objectName() if self.focusWidget() else ""
        self._build_tabs()
        self.tabs.setCurrentIndex(min(index, self.tabs.count() - 1))
        if focus_column and (widget := self.findChild(QComboBox, focus_column)) is not None:
            widget.setFocus()
        self._show()

    def _orgs_changed(self) -> None:
        assert self.organisations is not None
        self._replan(org_choices=self.organisations.choices())

    def _sheet_changed(self, name: str) -> None:
        if self.repo is None:
            return
        # Another sheet of a large workbook is read again: on a worker, as in transfer.py, with
        # a snapshot of the record rather than the database connection.
        path, snapshot = self.prepared.path, RecordSnapshot.of(self.repo)
        label = QCoreApplication.translate("Transfer", "Reading %1…").replace("%1", path.name)
        outcome = run_with_progress(
            self, label, lambda: prepare_import(path, snapshot, sheet=name, need_names=False)
        )
        if outcome.cancelled:  # stay on the sheet that was read
            if self.sheet is not None and self.prepared.table is not None:
                self.sheet.blockSignals(True)
                self.sheet.setCurrentText(self.prepared.table.sheet)
                self.sheet.blockSignals(False)
            return
        if isinstance(outcome.error, ImportProblem):
            self.prepared.plan, self.prepared.problem = None, outcome.error
        elif outcome.error is not None:
            raise outcome.error
        else:
            self.prepared = outcome.result
        self._rebuild_keeping(0)

    def _warning_activated(self, item: QListWidgetItem) -> None:
        """Enter on a warning opens the tab where it can be fixed."""
        kind = item.data(Qt.ItemDataRole.UserRole) or ""
        target = self.organisations if kind in ("sector_unknown", "new_org_sector") else self.columns
        for index in range(self.tabs.count()):
            if target is not None and self.tabs.widget(index) is target:
                self.tabs.setCurrentIndex(index)
                target.setFocus()

    def chosen(self) -> dict[str, str]:
        return {rid: combo.currentData() for rid, combo in self.choices.items() if combo.currentData()}
