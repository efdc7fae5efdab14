"""Showing user data without letting it act as HTML, and documents that fetch nothing.

Qt guesses that a string with a tag in it is rich text, in labels, message boxes and tooltips
alike. A contact imported with ``<img src="/dev/zero">`` as a name would make Qt read that
file (and on Windows a ``\\\\host\\share`` path opens a network connection). So user data
goes to a label or box as plain text, to a tooltip through ``plain_tooltip``, and to a
document only escaped, inside a ``LocalTextBrowser`` that refuses every resource not bundled
with the app.
"""

from __future__ import annotations

from PySide6.QtCore import QUrl
from PySide6.QtGui import Qt
from PySide6.QtWidgets import QTextBrowser, QWidget


def plain_tooltip(text: str) -> str:
    """A tooltip that shows ``text`` exactly, whatever characters it holds."""
    return Qt.convertFromPlainText(text, Qt.WhiteSpaceMode.WhiteSpaceNormal) if text else ""


def is_bundled(url: QUrl) -> bool:
    """Only Qt resources compiled into the app (``qrc:`` or ``:/``) count as bundled."""
    return url.scheme() == "qrc" or (not url.scheme() and url.path().startswith(":/"))


class LocalTextBrowser(QTextBrowser):
    """A QTextBrowser that opens no link itself and loads nothing from disk or network."""

    def __init__(self, parent: QWidget | None = None):
        super().__init__(parent)
        self.setOpenLinks(False)
        self.setOpenExternalLinks(False)

    def loadResource(self, kind: int, url: QUrl) -> object:
        if is_bundled(url):
            return super().loadResource(kind, url)
        return None
