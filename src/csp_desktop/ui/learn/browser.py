"""A QTextBrowser that never fetches anything and grows to fit its text, so a section and
its questions scroll together as one page."""

from __future__ import annotations

from PySide6.QtCore import QSize, QUrl
from PySide6.QtGui import QResizeEvent
from PySide6.QtWidgets import QSizePolicy, QTextBrowser, QWidget

STYLE = """
h1, h2, h3 { margin-top: 14px; margin-bottom: 6px; }
p, li { line-height: 135%; }
table { border-collapse: collapse; margin: 8px 0; }
th, td { border: 1px solid #888888; padding: 4px 6px; }
blockquote { margin-left: 12px; }
"""


class SectionBrowser(QTextBrowser):
    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)
        self.document().setDefaultStyleSheet(STYLE)
        self.setVerticalScrollBarPolicy(self.verticalScrollBarPolicy().ScrollBarAlwaysOff)
        self.setHorizontalScrollBarPolicy(self.horizontalScrollBarPolicy().ScrollBarAlwaysOff)
        self.setSizePolicy(QSizePolicy.Policy.Expanding, QSizePolicy.Policy.Fixed)
        self.setFrameShape(self.frameShape().NoFrame)
        self.viewport().setAutoFillBackground(False)  # show the page colour behind the text
        self.document().documentLayout().documentSizeChanged.connect(self._fit)

    def loadResource(self, kind: int, url: QUrl) -> object:
        # Content never needs images or files; never reach out for one.
        return None

    def _fit(self, *_: object) -> None:
        margins = self.contentsMargins()
        height = int(self.document().size().height()) + margins.top() + margins.bottom() + 4
        if height != self.height():
            self.setFixedHeight(height)

    def resizeEvent(self, event: QResizeEvent) -> None:
        super().resizeEvent(event)
        self.document().setTextWidth(self.viewport().width())
        self._fit()

    def sizeHint(self) -> QSize:
        return QSize(600, self.height())
