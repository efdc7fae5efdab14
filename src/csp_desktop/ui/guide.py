"""Help > How to use CSP Desktop: a short guide, written as content (content/help), in the
user's language, shown in a plain text browser that fetches nothing."""

from __future__ import annotations

from PySide6.QtWidgets import QDialog, QDialogButtonBox, QVBoxLayout, QWidget

from csp_desktop.core.content.render import markdown_to_html
from csp_desktop.resources import content_dir
from csp_desktop.ui.safe_text import LocalTextBrowser

GUIDE = "how-to-use"


def guide_markdown(language: str) -> str:
    folder = content_dir() / "help"
    for code in (language, "en"):
        path = folder / f"{GUIDE}.{code}.md"
        if path.is_file():
            return path.read_text(encoding="utf-8")
    return ""


class GuideDialog(QDialog):
    def __init__(self, language: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("guideDialog")
        self.setWindowTitle(self.tr("How to use CSP Desktop"))
        self.browser = LocalTextBrowser()
        self.browser.setObjectName("guideText")
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(self.tr("How to use CSP Desktop"))
        text = guide_markdown(language)
        if text:
            self.browser.setHtml(markdown_to_html(text))
        else:
            self.browser.setPlainText(self.tr("The guide is missing from this installation."))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser, 1)
        layout.addWidget(buttons)
        self.resize(680, 560)
