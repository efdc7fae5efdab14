"""The scrolling page that holds one section: its kind, heading, text, and below them the
questions and reflections the reader adds."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QScrollArea, QVBoxLayout, QWidget

from csp_desktop.ui.learn.browser import SectionBrowser
from csp_desktop.ui.widgets import heading_label


class SectionScroll(QScrollArea):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("sectionScroll")
        self.kind_label = QLabel()
        self.kind_label.setObjectName("sectionKind")
        self.heading = heading_label(scale=1.4, name="sectionHeading")  # follows the text size
        self.browser = SectionBrowser()
        self.browser.setObjectName("sectionText")
        self.interactive = QVBoxLayout()  # quiz panels and reflections, filled by the reader
        page = QWidget()
        page.setObjectName("sectionPage")
        # Reading surface in the theme's text-background colour, like a page.
        page.setBackgroundRole(page.backgroundRole().Base)
        page.setAutoFillBackground(True)
        column = QVBoxLayout(page)
        column.setContentsMargins(24, 16, 24, 24)
        column.addWidget(self.kind_label)
        column.addWidget(self.heading)
        column.addWidget(self.browser)
        column.addLayout(self.interactive)
        column.addStretch(1)
        self.setWidgetResizable(True)
        self.setHorizontalScrollBarPolicy(Qt.ScrollBarPolicy.ScrollBarAlwaysOff)
        self.setWidget(page)
