"""The "My development needs" page in the Progress area: the councillor's reflections on one
side, their notes for the annual development review on the other. Notes save shortly after
typing stops and whenever the page is left, and print with the induction record."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtCore import QCoreApplication, QEvent, QTimer
from PySide6.QtGui import QFocusEvent, QShowEvent
from PySide6.QtWidgets import (
    QGridLayout,
    QHBoxLayout,
    QLabel,
    QPlainTextEdit,
    QVBoxLayout,
    QWidget,
)

from csp_desktop.core.content.catalogue import Catalogue
from csp_desktop.core.development import FIELDS
from csp_desktop.core.record import build_record, reflections_html
from csp_desktop.core.render_safe import escape
from csp_desktop.storage.development import DevelopmentRepository
from csp_desktop.storage.progress import ProgressRepository
from csp_desktop.ui.safe_text import LocalTextBrowser
from csp_desktop.ui.widgets import heading_label

SAVE_DELAY_MS = 800


def field_labels() -> dict[str, str]:
    """The fields' labels in the user's language (they also head the printed record)."""
    return {
        "strengths": QCoreApplication.translate("DevelopmentPage", "What I feel confident about"),
        "develop": QCoreApplication.translate("DevelopmentPage", "What I want to develop"),
        "support": QCoreApplication.translate("DevelopmentPage", "Training or support I would like"),
        "review": QCoreApplication.translate("DevelopmentPage", "Notes for my annual review"),
    }


class _NeedBox(QPlainTextEdit):
    def __init__(self, on_leave: Callable[[], None]):
        super().__init__()
        self._on_leave = on_leave
        self.setTabChangesFocus(True)

    def focusOutEvent(self, event: QFocusEvent) -> None:
        self._on_leave()
        super().focusOutEvent(event)


class DevelopmentPage(QWidget):
    def __init__(
        self,
        catalogue: Catalogue,
        progress: ProgressRepository,
        repo: DevelopmentRepository,
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("page_development")
        self.catalogue, self.progress, self.repo = catalogue, progress, repo
        self.heading = heading_label(scale=1.3, name="developmentHeading")
        self.intro = QLabel()
        self.intro.setObjectName("developmentIntro")
        self.intro.setWordWrap(True)
        self.reflections_label = QLabel()
        self.reflections = LocalTextBrowser()
        self.reflections.setObjectName("developmentReflections")
        self.reflections.setOpenLinks(False)
        self.reflections_label.setBuddy(self.reflections)
        saved = repo.load()
        self.boxes: dict[str, _NeedBox] = {}
        self.labels: dict[str, QLabel] = {}
        self._saved = dict(saved)
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(SAVE_DELAY_MS)
        self._timer.timeout.connect(self.save_now)
        fields = QGridLayout()
        for row, need in enumerate(FIELDS):
            box = _NeedBox(self.save_now)
            box.setObjectName(f"need_{need.id}")
            box.setPlainText(saved.get(need.id, ""))
            box.setMinimumHeight(70)
            box.textChanged.connect(self._timer.start)
            label = QLabel()
            label.setBuddy(box)
            label.setWordWrap(True)
            fields.addWidget(label, row * 2, 0)
            fields.addWidget(box, row * 2 + 1, 0)
            self.boxes[need.id], self.labels[need.id] = box, label
        left = QVBoxLayout()
        left.addWidget(self.reflections_label)
        left.addWidget(self.reflections, 1)
        columns = QHBoxLayout()
        columns.addLayout(left, 1)
        columns.addLayout(fields, 1)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(8, 8, 8, 8)
        layout.addWidget(self.heading)
        layout.addWidget(self.intro)
        layout.addLayout(columns, 1)
        self.retranslate()

    def retranslate(self) -> None:
        self.heading.setText(self.tr("My development needs"))
        self.intro.setText(
            self.tr(
                "Your council must offer you a review of your training and development needs each "
                "year (Local Government (Wales) Measure 2011). Use your reflections to note what you "
                "want to raise. These notes are saved as you type and print with your induction record."
            )
        )
        self.reflections_label.setText(self.tr("Your &reflections"))
        self.reflections.setAccessibleName(self.tr("Your reflections from the modules"))
        labels = field_labels()
        for need in FIELDS:
            self.labels[need.id].setText(labels[need.id])
            self.boxes[need.id].setAccessibleName(labels[need.id])
        self.refresh()

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self.refresh()
        super().showEvent(event)

    def refresh(self) -> None:
        record = build_record(self.catalogue, self.progress.load_all(), "", "")
        parts = reflections_html(record.rows)
        if not parts:
            none_yet = self.tr("You have not written any reflections yet.")
            parts.append(f"<p>{escape(none_yet)}</p>")
        self.reflections.setHtml("".join(parts))

    def texts(self) -> dict[str, str]:
        return {need_id: box.toPlainText() for need_id, box in self.boxes.items()}

    def save_now(self) -> None:
        self._timer.stop()
        for need_id, text in self.texts().items():
            if text != self._saved.get(need_id, ""):
                self.repo.save(need_id, text)
                self._saved[need_id] = text

    def leave(self) -> None:
        self.save_now()
