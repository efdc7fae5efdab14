"""The Ward surgery area: the situations residents raise, what to do and say, national
helplines and the councillor's own local contacts, and a one-page sheet to print."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QEvent, QLocale, Qt, QUrl, Signal
from PySide6.QtGui import QCursor, QDesktopServices, QShowEvent, QStandardItem, QStandardItemModel
from PySide6.QtWidgets import (
    QAbstractItemView,
    QApplication,
    QHBoxLayout,
    QLabel,
    QListView,
    QPushButton,
    QSplitter,
    QToolTip,
    QVBoxLayout,
    QWidget,
)

from csp_desktop.core.dates import short_date
from csp_desktop.core.directory.model import Directory, Sector
from csp_desktop.core.surgery import Helpline, Topic
from csp_desktop.core.surgery_sheet import sheet_html, topic_html
from csp_desktop.ui.confirm import confirm
from csp_desktop.ui.icons import set_icon
from csp_desktop.ui.safe_text import LocalTextBrowser
from csp_desktop.ui.widgets import heading_label

TopicRole = Qt.ItemDataRole.UserRole + 1


class SurgeryPage(QWidget):
    add_contact_requested = Signal(str)  # sector
    module_requested = Signal(str, str)  # module id, section
    copied = Signal(str)  # a phone number put on the clipboard

    def __init__(
        self,
        topics: list[Topic],
        helplines: dict[str, Helpline],
        directory: Callable[[], Directory],
        council_name: Callable[[], str],
        parent: QWidget | None = None,
    ):
        super().__init__(parent)
        self.setObjectName("page_surgery")
        self.topics, self.helplines = topics, helplines
        self._directory, self._council_name = directory, council_name
        self.heading = heading_label(scale=1.6)
        self.emergency = QLabel()
        self.emergency.setObjectName("emergencyLine")
        self.emergency.setWordWrap(True)
        bold = self.emergency.font()
        bold.setBold(True)
        self.emergency.setFont(bold)
        self.model = QStandardItemModel(self)
        for topic in topics:
            item = QStandardItem(topic.title)
            item.setData(topic, TopicRole)
            item.setToolTip(topic.summary)
            self.model.appendRow(item)
        self.list = QListView()
        self.list.setObjectName("surgeryTopics")
        self.list.setModel(self.model)
        self.list.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self.list.setWordWrap(True)  # long situation names wrap rather than vanish at large text
        self.list.setResizeMode(QListView.ResizeMode.Adjust)
        self.list.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.list.selectionModel().currentChanged.connect(lambda current, _p: self.show_topic_index(current))
        self.view = LocalTextBrowser()
        self.view.setObjectName("surgeryTopic")
        self.view.setOpenLinks(False)
        self.view.anchorClicked.connect(self._link)
        self.sheet_button = QPushButton()
        self.sheet_button.setObjectName("whoToCallPdf")
        self.sheet_button.clicked.connect(self.export_sheet)
        set_icon(self.sheet_button, "print")
        splitter = QSplitter()
        splitter.addWidget(self.list)
        splitter.addWidget(self.view)
        splitter.setSizes([280, 720])
        top = QHBoxLayout()
        top.addWidget(self.heading, 1)
        top.addWidget(self.sheet_button)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(24, 16, 24, 12)
        layout.addLayout(top)
        layout.addWidget(self.emergency)
        layout.addWidget(splitter, 1)
        self.retranslate()
        if topics:
            self.list.setCurrentIndex(self.model.index(0, 0))

    def set_topics(self, topics: list[Topic]) -> None:
        """New language: swap the topics, keeping the one on screen."""
        current = self.list.currentIndex().data(TopicRole)
        self.topics = topics
        self.model.clear()
        for topic in topics:
            item = QStandardItem(topic.title)
            item.setData(topic, TopicRole)
            item.setToolTip(topic.summary)
            self.model.appendRow(item)
        if not (current and self.show_topic(current.id)) and topics:
            self.list.setCurrentIndex(self.model.index(0, 0))

    def labels(self) -> dict[str, str]:
        labels = {
            "emergency": self.tr("In an emergency, or if someone is in immediate danger, call 999."),
            "fallback": self.tr("This topic is not yet available in Cymraeg, so it is shown in English."),
            "helplines": self.tr("National helplines"),
            "local": self.tr("Your local contacts"),
            "none": self.tr("No %1 contact recorded in My CSP yet."),
            "add": self.tr("Add one"),
            "look_for": self.tr("Ask your CSP officer for:"),
            "sheet_title": self.tr("Who to call"),
            "by_topic": self.tr("By situation"),
            "not_recorded": self.tr("not recorded yet"),
            "text": self.tr("text %1"),
            "footer": self.tr("Printed from CSP Desktop on %1. Check local details with your CSP officer."),
            "reviewed": self.tr("Last reviewed %1."),
        }
        from csp_desktop.ui.my_csp.models import sector_label

        labels["language"] = QLocale().name()[:2]
        labels["today"] = short_date(dt.date.today(), labels["language"])

        for sector in Sector:
            labels[f"sector_{sector.value}"] = sector_label(sector)
        return labels

    def retranslate(self) -> None:
        self.setAccessibleName(self.tr("Ward surgery"))
        self.heading.setText(self.tr("Ward surgery: who to call about what"))
        self.emergency.setText(self.labels()["emergency"])
        self.sheet_button.setText(self.tr("Save sheet as &PDF…"))
        self.sheet_button.setAccessibleName(self.tr("Save a one-page who-to-call sheet as PDF"))
        self.sheet_button.setToolTip(self.tr("To print it on paper, use File > Print (Ctrl+P)."))
        self.list.setAccessibleName(self.tr("Situations"))
        self.view.setAccessibleName(self.tr("What to do"))
        self.show_topic_index(self.list.currentIndex())

    def changeEvent(self, event: QEvent) -> None:
        if event.type() == QEvent.Type.LanguageChange:
            self.retranslate()
        super().changeEvent(event)

    def showEvent(self, event: QShowEvent) -> None:
        self.show_topic_index(self.list.currentIndex())  # local contacts may have changed
        super().showEvent(event)

    def show_topic(self, topic_id: str) -> bool:
        for row in range(self.model.rowCount()):
            if self.model.item(row).data(TopicRole).id == topic_id:
                self.list.setCurrentIndex(self.model.index(row, 0))
                return True
        return False

    def show_topic_index(self, index) -> None:
        topic = index.data(TopicRole) if index.isValid() else None
        if topic is None:
            return
        self.view.setHtml(
            topic_html(topic, self.helplines, self._directory(), dt.date.today(), self.labels())
        )

    def _link(self, url: QUrl) -> None:
        text = url.toString()
        if text.startswith("add:"):
            self.add_contact_requested.emit(text[4:])
        elif text.startswith("module:"):
            module_id, _, section = text[len("module:") :].partition("#")
            self.module_requested.emit(module_id, section)
        elif text.startswith("tel:"):
            self.copy_number(url.path() or text[4:])
        elif text.startswith("mailto:") or (
            text.startswith(("https:", "http:"))
            and confirm(
                self,
                self.tr("Open outside CSP Desktop?"),
                self.tr("Open this web page in your browser?\n\n%1").replace("%1", text),
                self.tr("&Open"),
            )
        ):
            QDesktopServices.openUrl(url)

    def copy_number(self, number: str) -> None:
        """A laptop cannot dial: clicking a number copies it, and says so where the user looks."""
        QApplication.clipboard().setText(number)
        message = self.tr("Copied %1").replace("%1", number)
        QToolTip.showText(QCursor.pos(), self.tr("Copied"), self.view)
        window = self.window()
        if hasattr(window, "statusBar"):
            window.statusBar().showMessage(message, 5000)
        self.copied.emit(number)

    def sheet(self) -> str:
        return sheet_html(
            self.topics,
            self.helplines,
            self._directory(),
            dt.date.today(),
            self._council_name(),
            self.labels(),
        )

    def printable(self) -> tuple[str, str]:
        """What File > Print and Save as PDF produce on this page: the who-to-call sheet."""
        return self.sheet(), self.tr("Who to call")

    def save_pdf(self) -> Path | None:
        return self.export_sheet()

    def export_sheet(self) -> Path | None:
        from csp_desktop.ui.documents import save_pdf

        return save_pdf(self, self.sheet(), self.tr("Who to call"), self.tr("who-to-call") + ".pdf")
