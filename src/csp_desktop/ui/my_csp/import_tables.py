"""The three tables of the import preview: the first rows as they will be saved, which
column holds what (changeable), and what each incoming organisation becomes (changeable)."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QT_TRANSLATE_NOOP, QCoreApplication, Qt
from PySide6.QtWidgets import QAbstractItemView, QComboBox, QHeaderView, QTableWidget, QTableWidgetItem

from csp_desktop.core.directory.model import Organisation, Sector
from csp_desktop.core.interchange import OrgChoice, OrgOutcome
from csp_desktop.ui.my_csp.models import sector_label

CONTEXT = "ImportDialog"

# Human names for the fields (the core's FIELD_LABELS, written out for lupdate).
FIELD_NAMES = {
    "name": QT_TRANSLATE_NOOP("ImportDialog", "Full name"),
    "honorific": QT_TRANSLATE_NOOP("ImportDialog", "Title (Ms, Dr…)"),
    "given_name": QT_TRANSLATE_NOOP("ImportDialog", "First name"),
    "middle_name": QT_TRANSLATE_NOOP("ImportDialog", "Middle name"),
    "family_name": QT_TRANSLATE_NOOP("ImportDialog", "Last name"),
    "suffix": QT_TRANSLATE_NOOP("ImportDialog", "Name suffix"),
    "job_title": QT_TRANSLATE_NOOP("ImportDialog", "Job title"),
    "department": QT_TRANSLATE_NOOP("ImportDialog", "Department"),
    "organisation": QT_TRANSLATE_NOOP("ImportDialog", "Organisation"),
    "sector": QT_TRANSLATE_NOOP("ImportDialog", "Sector"),
    "emails": QT_TRANSLATE_NOOP("ImportDialog", "E-mail"),
    "phones": QT_TRANSLATE_NOOP("ImportDialog", "Phone"),
    "group": QT_TRANSLATE_NOOP("ImportDialog", "Board or group"),
    "role": QT_TRANSLATE_NOOP("ImportDialog", "Role on the board"),
    "last_verified": QT_TRANSLATE_NOOP("ImportDialog", "Last verified"),
    "notes": QT_TRANSLATE_NOOP("ImportDialog", "Notes"),
}
SHOWN_IN_ROWS = ("name", "job_title", "organisation", "sector", "emails", "phones", "group", "role", "notes")


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def field_name(field: str) -> str:
    return tr(FIELD_NAMES[field]) if field in FIELD_NAMES else field


def _item(text: str) -> QTableWidgetItem:
    item = QTableWidgetItem(text)
    item.setFlags(item.flags() & ~Qt.ItemFlag.ItemIsEditable)
    return item


def _table(name: str, accessible: str, headers: list[str]) -> QTableWidget:
    table = QTableWidget(0, len(headers))
    table.setObjectName(name)
    table.setAccessibleName(accessible)
    table.setHorizontalHeaderLabels(headers)
    table.verticalHeader().hide()
    table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
    table.setTabKeyNavigation(False)  # Tab leaves the table for the next control
    table.horizontalHeader().setStretchLastSection(True)
    return table


def rows_table(preview: list[dict]) -> QTableWidget:
    fields = [f for f in SHOWN_IN_ROWS if any(row.get(f) for row in preview)]
    table = _table(
        "importPreview",
        QCoreApplication.translate("ImportDialog", "The first rows, as they will be saved"),
        [QCoreApplication.translate("ImportDialog", "Line")] + [field_name(f) for f in fields],
    )
    table.setRowCount(len(preview))
    for r, row in enumerate(preview):
        table.setItem(r, 0, _item(str(row.get("line", ""))))
        for c, f in enumerate(fields, start=1):
            table.setItem(r, c, _item(str(row.get(f, ""))))
    table.resizeColumnsToContents()
    return table


class ColumnsTable(QTableWidget):
    """Each column of the file, an example value, and the field it goes to (a combo box)."""

    def __init__(self, headers: list[str], examples: list[str], columns: dict[int, str], changed: Callable):
        super().__init__(len(headers), 3)
        self.setObjectName("importColumns")
        self.setAccessibleName(self.tr("Which column holds what"))
        self.setHorizontalHeaderLabels(
            [self.tr("Column in the file"), self.tr("Example"), self.tr("Import as")]
        )
        self.verticalHeader().hide()
        self.setTabKeyNavigation(False)
        self.horizontalHeader().setSectionResizeMode(2, QHeaderView.ResizeMode.Stretch)
        self.combos: list[QComboBox] = []
        for index, header in enumerate(headers):
            self.setItem(index, 0, _item(header or self.tr("(no heading)")))
            self.setItem(index, 1, _item(examples[index] if index < len(examples) else ""))
            combo = QComboBox()
            combo.setObjectName(f"importColumn{index}")
            combo.setAccessibleName(self.tr("Import column %1 as").replace("%1", header or str(index + 1)))
            combo.addItem(self.tr("(not imported)"), "")
            for field in FIELD_NAMES:
                combo.addItem(field_name(field), field)
            combo.setCurrentIndex(max(combo.findData(columns.get(index, "")), 0))
            combo.currentIndexChanged.connect(lambda _i: changed())
            self.setCellWidget(index, 2, combo)
            self.combos.append(combo)
        self.resizeColumnsToContents()

    def columns(self) -> dict[int, str]:
        return {i: combo.currentData() for i, combo in enumerate(self.combos) if combo.currentData()}


def outcome_text(outcome: OrgOutcome) -> str:
    """What an incoming organisation will become, in words a councillor reads."""
    if outcome.existing is not None:
        how = {
            "name": QCoreApplication.translate("ImportDialog", "matched by name"),
            "alias": QCoreApplication.translate("ImportDialog", "matched by another name for it"),
            "domain": QCoreApplication.translate("ImportDialog", "matched by e-mail address"),
            "chosen": QCoreApplication.translate("ImportDialog", "your choice"),
        }.get(outcome.how, "")
        text = QCoreApplication.translate("ImportDialog", "joins %1 (already in your record)").replace(
            "%1", outcome.existing.name
        )
        return f"{text}: {how}" if how else text
    if outcome.key.startswith("@"):
        return QCoreApplication.translate("ImportDialog", "no organisation")
    if outcome.sector is None:
        return QCoreApplication.translate("ImportDialog", "new organisation: choose its sector")
    if outcome.sector_from == "name":
        return QCoreApplication.translate(
            "ImportDialog", "new organisation, sector %1 (guessed from its name)"
        ).replace("%1", sector_label(outcome.sector))
    return QCoreApplication.translate("ImportDialog", "new organisation, sector %1").replace(
        "%1", sector_label(outcome.sector)
    )


class OrganisationsTable(QTableWidget):
    """Each organisation named in the file: what it will become, changeable before saving."""

    def __init__(self, outcomes: list[OrgOutcome], existing: list[Organisation], changed: Callable):
        super().__init__(len(outcomes), 4)
        self.setObjectName("importOrganisations")
        self.setAccessibleName(self.tr("Organisations in the file and what each becomes"))
        self.setHorizontalHeaderLabels(
            [self.tr("In the file"), self.tr("Joins"), self.tr("Sector if new"), self.tr("What it becomes")]
        )
        self.verticalHeader().hide()
        self.setTabKeyNavigation(False)
        self.keys = [o.key for o in outcomes]
        self.touched: set[int] = set()  # rows the user changed: only those override the matching
        self.targets: list[QComboBox] = []
        self.sectors: list[QComboBox] = []
        ordered = sorted(existing, key=lambda o: o.name.casefold())
        for row, outcome in enumerate(outcomes):
            by_address = outcome.key.startswith("@")  # no organisation named, only an address
            shown = (
                self.tr("(none given) e-mail at %1").replace("%1", outcome.key[1:])
                if by_address
                else outcome.name
            )
            self.setItem(row, 0, _item(shown))
            target = QComboBox()
            target.setObjectName(f"importOrgTarget{row}")
            target.setAccessibleName(self.tr("What %1 becomes").replace("%1", shown))
            target.addItem(self.tr("No organisation") if by_address else self.tr("A new organisation"), "")
            for org in ordered:
                target.addItem(org.name, org.id)
            sector = QComboBox()
            sector.setObjectName(f"importOrgSector{row}")
            sector.setAccessibleName(self.tr("Sector of the new organisation %1").replace("%1", outcome.name))
            sector.addItem(self.tr("Choose…"), "")
            for s in Sector:
                sector.addItem(sector_label(s), s.value)
            self.setCellWidget(row, 1, target)
            self.setCellWidget(row, 2, sector)
            self.targets.append(target)
            self.sectors.append(sector)
            target.currentIndexChanged.connect(lambda _i, r=row: self._touched(r, changed))
            sector.currentIndexChanged.connect(lambda _i, r=row: self._touched(r, changed))
        self.show_outcomes(outcomes)
        header = self.horizontalHeader()
        for column in range(3):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        header.setSectionResizeMode(3, QHeaderView.ResizeMode.Stretch)
        self.setWordWrap(True)
        self.verticalHeader().setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)

    def show_outcomes(self, outcomes: list[OrgOutcome]) -> None:
        """Show the plan's outcomes without rebuilding the combo boxes (focus stays put)."""
        by_key = {o.key: o for o in outcomes}
        for row, key in enumerate(self.keys):
            outcome = by_key.get(key)
            if outcome is None:
                continue
            self.setItem(row, 3, _item(outcome_text(outcome)))
            target, sector = self.targets[row], self.sectors[row]
            for combo, data in (
                (target, outcome.existing.id if outcome.existing else ""),
                # a joined organisation keeps its own sector: shown, greyed out
                (sector, str((outcome.existing.sector if outcome.existing else outcome.sector) or "")),
            ):
                combo.blockSignals(True)
                combo.setCurrentIndex(max(combo.findData(data), 0))
                combo.blockSignals(False)
            sector.setEnabled(outcome.existing is None and not key.startswith("@"))

    def _touched(self, row: int, changed: Callable) -> None:
        self.touched.add(row)
        changed()

    def choices(self) -> dict[str, OrgChoice]:
        chosen = {}
        for row in sorted(self.touched):
            value = self.sectors[row].currentData()
            chosen[self.keys[row]] = OrgChoice(
                self.targets[row].currentData() or None, Sector(value) if value else None
            )
        return chosen
