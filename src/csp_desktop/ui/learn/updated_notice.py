"""The reader's "Updated since you completed it" line, with links to the sections that the
content update in use changed. Links are ``#section`` anchors the reader follows itself."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel

from csp_desktop.core.content.model import Module
from csp_desktop.core.progress import ModuleProgress, updated_since_completion
from csp_desktop.core.render_safe import escape
from csp_desktop.resources import installed_changes


class UpdatedNotice(QLabel):
    def __init__(self):
        super().__init__()
        self.setObjectName("updatedNotice")
        self.setWordWrap(True)
        self.setTextFormat(Qt.TextFormat.RichText)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextBrowserInteraction)
        self.hide()

    def show_for(self, module: Module, progress: ModuleProgress) -> None:
        if not updated_since_completion(progress, module.meta.version):
            self.hide()
            return
        text = self.tr("Updated since you completed it (you completed version %1).").replace(
            "%1", escape(progress.completed_version or "")
        )
        links = [
            f"<a href='#{section.id}'>{escape(section.title)}</a>"
            for change in installed_changes(module.id)
            for section in (module.section(sid) for sid in change.sections)
            if section is not None
        ]
        if links:
            text += " " + self.tr("Changed sections: %1").replace("%1", ", ".join(links))
        self.setText(text)
        self.setAccessibleName(self.tr("Updated since you completed it"))
        self.show()
