"""Help > About: what this is, which version, where the data lives, and the licence."""

from __future__ import annotations

import PySide6
from PySide6.QtCore import QT_TRANSLATE_NOOP, Qt, qVersion
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from csp_desktop import APP_NAME, LICENCE, __version__
from csp_desktop.core.content.render import escape

# Why this data folder was chosen (core.datadir.DataLocation.reason), said in the user's language.
DATA_REASONS = {
    "command line": QT_TRANSLATE_NOOP("AboutDialog", "command line"),
    "environment": QT_TRANSLATE_NOOP("AboutDialog", "environment"),
    "portable": QT_TRANSLATE_NOOP("AboutDialog", "portable"),
    "default": QT_TRANSLATE_NOOP("AboutDialog", "default"),
}


class AboutDialog(QDialog):
    def __init__(self, data_dir: str, data_reason: str, log_file: str, parent: QWidget | None = None):
        super().__init__(parent)
        self.setObjectName("aboutDialog")
        self.setWindowTitle(self.tr("About %1").replace("%1", APP_NAME))
        text = QLabel()
        text.setObjectName("aboutText")
        text.setTextFormat(Qt.TextFormat.RichText)
        text.setWordWrap(True)
        text.setTextInteractionFlags(
            Qt.TextInteractionFlag.TextSelectableByMouse | Qt.TextInteractionFlag.TextSelectableByKeyboard
        )
        text.setFocusPolicy(Qt.FocusPolicy.StrongFocus)
        rows = [
            (self.tr("Version"), __version__),
            (self.tr("Data folder"), f"{data_dir} ({self.tr(DATA_REASONS.get(data_reason, data_reason))})"),
            (self.tr("Log file"), log_file),
            (self.tr("Licence"), self.tr("%1 licence. No warranty.").replace("%1", LICENCE)),
            (self.tr("Built with"), f"Qt {qVersion()}, PySide6 {PySide6.__version__}"),
        ]
        body = "".join(f"<tr><th align='left'>{escape(k)}</th><td>{escape(v)}</td></tr>" for k, v in rows)
        text.setText(
            f"<h2>{escape(APP_NAME)}</h2><p>"
            + escape(
                self.tr(
                    "Community safety induction and partnership contacts for councillors "
                    "in Wales. Works entirely on this computer: no account, no network."
                )
            )
            + f"</p><table cellspacing='6'>{body}</table>"
        )
        text.setAccessibleName(self.tr("About %1").replace("%1", APP_NAME))
        self.text_label = text
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        buttons.accepted.connect(self.accept)
        layout = QVBoxLayout(self)
        layout.addWidget(text)
        layout.addWidget(buttons)
