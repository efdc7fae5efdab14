"""The Progress area: the induction record as it will print, and its PDF and CSV exports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QEvent, Qt, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QCheckBox,
    QLabel,
    QPushButton,
    QTabWidget,
    QVBoxLayout,
    QWidget,
)

from csp_desktop import settings as S
from csp_desktop.core.content.catalogue import Catalogue
from csp_desktop.core.development import filled
from csp_desktop.core.geography import Geography
from csp_desktop.core.record import (
    InductionRecord,
    build_record,
    record_csv,
    record_html,
    without_reflections,
)
from csp_desktop.settings import Settings
from csp_desktop.storage.development import DevelopmentRepository
from csp_desktop.storage.progress import ProgressRepository
from csp_desktop.ui import messages
from csp_desktop.ui.development_page import DevelopmentPage, field_labels
from csp_desktop.ui.icons import set_icon
from csp_desktop.ui.safe_text import LocalTextBrowser
from csp_desktop.ui.widgets import FlowLayout, heading_label, scaled_print_css


class ProgressPage(QWidget):
    preferences_requested = Signal()

    def __init__(
        self,
        catalogue: Catalogue,
        repo: ProgressRepository,
        settings: Settings,
        geography: Geography,
        development: DevelopmentRepository | None = None,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("page_progress")
        self.catalogue, self.repo, self.settings, self.geography = catalogue, repo, settings, geography
        self.heading = heading_label(scale=1.6)
        self.summary = QLabel()
        self.summary.setObjectName("recordSummary")
        self.summary.setWordWrap(True)
        self.name_button = QPushButton()
        self.name_button.setObjectName("setNameButton")
        self.name_button.clicked.connect(self.preferences_requested)
        self.pdf_button = QPushButton()
        self.pdf_button.setObjectName("exportPdfButton")
        self.pdf_button.clicked.connect(self.export_pdf)
        self.csv_button = QPushButton()
        self.csv_button.setObjectName("exportCsvButton")
        self.csv_button.clicked.connect(self.export_csv)
        self.include_reflections = QCheckBox()
        self.include_reflections.setObjectName("includeReflections")
        self.include_reflections.setChecked(bool(settings.get(S.INCLUDE_REFLECTIONS)))
        self.include_reflections.toggled.connect(self._include_toggled)
        set_icon(self.pdf_button, "pdf")
        set_icon(self.csv_button, "csv")
        buttons = FlowLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.csv_button)
        buttons.addStretch(1)
        buttons.addWidget(self.name_button)
        self.preview = LocalTextBrowser()
        self.preview.setObjectName("recordPreview")
        self.preview.setOpenLinks(False)
        record_tab = QWidget()
        record_layout = QVBoxLayout(record_tab)
        record_layout.setContentsMargins(8, 8, 8, 8)
        record_layout.addWidget(self.summary)
        record_layout.addWidget(self.include_reflections, 0, Qt.AlignmentFlag.AlignLeft)  # a line of its own
        record_layout.addLayout(buttons)
        record_layout.addWidget(self.preview, 1)
        self.development_repo = development
        self.development = DevelopmentPage(catalogue, repo, development) if development is not None else None
        self.tabs = QTabWidget()
        self.tabs.setObjectName("progressTabs")
        self.tabs.addTab(record_tab, "")
        if self.development is not None:
            self.tabs.addTab(self.development, "")
        # Leaving the notes saves them, so the record tab always prints what was typed.
        self.tabs.currentChanged.connect(self._tab_changed)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.tabs, 1)
        settings.changed.connect(
            lambda key: (
                (key.startswith("councillor/") or key == S.TEXT_SCALE.key)
                and self.isVisible()
                and self.refresh()
            )
        )
        self.retranslate()

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Progress"))
        self.heading.setText(self.tr("Your induction record"))
        self.pdf_button.setText(self.tr("Export &PDF…"))
        self.pdf_button.setAccessibleName(self.tr("Export the record as a PDF"))
        self.csv_button.setText(self.tr("Export &CSV…"))
        self.csv_button.setAccessibleName(self.tr("Export the record as CSV for Excel"))
        self.include_reflections.setText(self.tr("Include my reflection&s"))
        self.include_reflections.setAccessibleName(self.tr("Include my reflections in the record"))
        self.include_reflections.setToolTip(
            self.tr("Your reflections are printed in the record you share. Untick to leave them out.")
        )
        self.name_button.setText(self.tr("Set your &name and council…"))
        self.name_button.setAccessibleName(self.tr("Set your name and council"))
        self.preview.setAccessibleName(self.tr("The record as it will print"))
        self.tabs.setTabText(0, self.tr("Induction &record"))
        self.tabs.setAccessibleName(self.tr("Progress"))
        if self.development is not None:
            self.tabs.setTabText(1, self.tr("My &development needs"))
        if self.isVisible():
            self.refresh()  # otherwise showEvent refreshes: building the record reads modules

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    # -- the record ------------------------------------------------------------------------

    def labels(self) -> dict[str, str]:
        return {
            "title": self.tr("Community safety induction record"),
            "councillor": self.tr("Councillor"),
            "council": self.tr("Council"),
            "generated": self.tr("Produced"),
            "no_name": self.tr("(name not set: add it in Preferences)"),
            "no_council": self.tr("(council not set)"),
            "summary": self.tr("{done} of {total} modules complete. Time spent learning: {time}."),
            "module": self.tr("Module"),
            "status": self.tr("Status"),
            "completed": self.tr("Completed"),
            "score": self.tr("Best check score"),
            "time": self.tr("Time"),
            "status_not_started": self.tr("Not started"),
            "status_in_progress": self.tr("In progress"),
            "status_complete": self.tr("Complete"),
            "reflections": self.tr("Reflections"),
            "version_short": self.tr("version {version}"),
            "updated_since": self.tr("updated since you completed it"),
            "development": self.tr("My development needs"),
            "development_intro": self.tr(
                "For the annual review of training and development needs that the council must "
                "offer each member (Local Government (Wales) Measure 2011, section 7)."
            ),
            "under_minute": self.tr("under 1 min"),
            "minutes": self.tr("%1 min"),
            "hours": self.tr("%1 h %2 min"),
            "csv_number": self.tr("Module number"),
            "csv_version": self.tr("Module version"),
            "csv_started": self.tr("Started"),
            "csv_minutes": self.tr("Minutes spent"),
            "language": self.settings.get(S.LANGUAGE),
            "footer": self.tr(
                "Produced by CSP Desktop from the learner's own record on their computer. "
                "Modules are based on public sources listed in each module."
            ),
        }

    def set_catalogue(self, catalogue: Catalogue) -> None:
        """The language changed: module titles in the record follow it."""
        self.catalogue = catalogue

    def _include_toggled(self, on: bool) -> None:
        self.settings.set(S.INCLUDE_REFLECTIONS, int(on))  # remembered for next time
        self.refresh()

    def record(self) -> InductionRecord:
        language = self.settings.get(S.LANGUAGE)
        council = self.geography.find(self.settings.get(S.COUNCIL))
        record = build_record(
            self.catalogue,
            self.repo.load_all(),
            self.settings.get(S.COUNCILLOR_NAME),
            council.display_name(language) if council else "",
            development=self._development_notes(),
        )
        return record if self.include_reflections.isChecked() else without_reflections(record)

    def _development_notes(self) -> list[tuple[str, str]]:
        if self.development is not None:
            self.development.save_now()
        return filled(self.development_repo.load(), field_labels()) if self.development_repo else []

    def _tab_changed(self, index: int) -> None:
        if index == 0:
            self.refresh()

    def leave(self) -> None:
        if self.development is not None:
            self.development.leave()

    def refresh(self) -> None:
        record = self.record()
        self.summary.setText(
            self.tr("%1 of %2 modules complete.")
            .replace("%1", str(record.completed))
            .replace("%2", str(len(record.rows)))
        )
        self.name_button.setVisible(not (record.councillor and record.council))
        self.preview.setHtml(scaled_print_css(record_html(record, self.labels())))

    def printable(self) -> tuple[str, str]:
        """What File > Print and Save as PDF produce on this page: the induction record."""
        return record_html(self.record(), self.labels()), self.labels()["title"]

    def _file_name(self, suffix: str) -> str:
        name = self.settings.get(S.COUNCILLOR_NAME).strip().replace(" ", "-") or self.tr("councillor")
        return f"{self.tr('induction-record-%1').replace('%1', name)}.{suffix}"

    def save_pdf(self) -> Path | None:
        return self.export_pdf()

    def export_pdf(self) -> Path | None:
        from csp_desktop.ui.documents import save_pdf

        html, title = self.printable()
        return save_pdf(self, html, title, self._file_name("pdf"))

    def export_csv(self) -> Path | None:
        from csp_desktop.ui.documents import ask_save_path

        path = ask_save_path(
            self,
            self.tr("Export the record"),
            self._file_name("csv"),
            "csv",
            self.tr("CSV for Excel (*.csv)"),
        )
        if path is None:
            return None
        try:
            partial = path.with_name(path.name + ".partial")
            partial.write_bytes(record_csv(self.record(), self.labels()))
            partial.replace(path)
        except OSError as exc:
            messages.warn(
                self, self.tr("Export the record"), f"{exc.strerror or exc}: {exc.filename or path}"
            )
            return None
        self.window().statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 8000)
        return path
