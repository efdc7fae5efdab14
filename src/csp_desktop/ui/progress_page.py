"""The Progress area: the induction record as it will print, and its PDF and CSV exports."""

from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QDate, QEvent, QLocale, QStandardPaths, Signal
from PySide6.QtGui import QShowEvent
from PySide6.QtWidgets import (
    QFileDialog,
    QLabel,
    QMessageBox,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from csp_desktop import settings as S
from csp_desktop.core.content.catalogue import Catalogue
from csp_desktop.core.geography import Geography
from csp_desktop.core.record import InductionRecord, build_record, record_csv, record_html
from csp_desktop.settings import Settings
from csp_desktop.storage.progress import ProgressRepository
from csp_desktop.ui.icons import set_icon
from csp_desktop.ui.widgets import FlowLayout, heading_label, scaled_print_css


class ProgressPage(QWidget):
    preferences_requested = Signal()

    def __init__(
        self,
        catalogue: Catalogue,
        repo: ProgressRepository,
        settings: Settings,
        geography: Geography,
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
        set_icon(self.pdf_button, "pdf")
        set_icon(self.csv_button, "csv")
        buttons = FlowLayout()
        buttons.addWidget(self.pdf_button)
        buttons.addWidget(self.csv_button)
        buttons.addStretch(1)
        buttons.addWidget(self.name_button)
        self.preview = QTextBrowser()
        self.preview.setObjectName("recordPreview")
        self.preview.setOpenLinks(False)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(32, 24, 32, 16)
        layout.addWidget(self.heading)
        layout.addWidget(self.summary)
        layout.addLayout(buttons)
        layout.addWidget(self.preview, 1)
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
        self.name_button.setText(self.tr("Set your &name and council…"))
        self.name_button.setAccessibleName(self.tr("Set your name and council"))
        self.preview.setAccessibleName(self.tr("The record as it will print"))
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
            "date": QLocale().toString(QDate.currentDate(), "d MMMM yyyy"),
            "footer": self.tr(
                "Produced by CSP Desktop from the learner's own record on their computer. "
                "Modules are based on public sources listed in each module."
            ),
        }

    def record(self) -> InductionRecord:
        language = self.settings.get(S.LANGUAGE)
        council = self.geography.find(self.settings.get(S.COUNCIL))
        return build_record(
            self.catalogue,
            self.repo.load_all(),
            self.settings.get(S.COUNCILLOR_NAME),
            council.display_name(language) if council else "",
        )

    def refresh(self) -> None:
        record = self.record()
        self.summary.setText(
            self.tr("%1 of %2 modules complete.")
            .replace("%1", str(record.completed))
            .replace("%2", str(len(record.rows)))
        )
        self.name_button.setVisible(not (record.councillor and record.council))
        self.preview.setHtml(scaled_print_css(record_html(record, self.labels())))

    def _ask_path(self, suffix: str, filter_text: str) -> Path | None:
        folder = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation)
        name = self.settings.get(S.COUNCILLOR_NAME).strip().replace(" ", "-") or "councillor"
        suggested = str(Path(folder) / f"induction-record-{name}.{suffix}")
        chosen, _ = QFileDialog.getSaveFileName(self, self.tr("Export the record"), suggested, filter_text)
        if not chosen:
            return None
        path = Path(chosen)
        return path if path.suffix.lower() == f".{suffix}" else path.with_name(path.name + f".{suffix}")

    def export_pdf(self) -> Path | None:
        path = self._ask_path("pdf", self.tr("PDF documents (*.pdf)"))
        if path is None:
            return None
        from csp_desktop.printing import PdfError, write_pdf

        try:
            write_pdf(record_html(self.record(), self.labels()), path, self.labels()["title"])
        except (PdfError, OSError) as exc:
            QMessageBox.warning(self, self.tr("Export the record"), str(exc))
            return None
        self.window().statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 8000)
        return path

    def export_csv(self) -> Path | None:
        path = self._ask_path("csv", self.tr("CSV for Excel (*.csv)"))
        if path is None:
            return None
        try:
            partial = path.with_name(path.name + ".partial")
            partial.write_bytes(record_csv(self.record()))
            partial.replace(path)
        except OSError as exc:
            QMessageBox.warning(
                self, self.tr("Export the record"), f"{exc.strerror or exc}: {exc.filename or path}"
            )
            return None
        self.window().statusBar().showMessage(self.tr("Saved %1").replace("%1", str(path)), 8000)
        return path
