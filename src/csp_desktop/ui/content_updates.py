"""File > Install content update…, File > Revert to the shipped content, and Help > What's new.

Installing checks the whole signed pack first (core.content.pack_install), so a refused pack
changes nothing; after a change the window reloads its content without a restart.
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication, QDate, QLocale, QUrl
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QFileDialog, QVBoxLayout

from csp_desktop import settings as S
from csp_desktop.core.content.catalogue import load_catalogue
from csp_desktop.core.content.pack import PackError, read_pack
from csp_desktop.core.content.pack_install import bundled_version, install, installed, revert
from csp_desktop.core.geography import load_geography
from csp_desktop.core.progress import updated_since_completion
from csp_desktop.core.render_safe import escape
from csp_desktop.resources import (
    activate_installed_content,
    bundled_content_dir,
    bundled_data_dir,
    content_dir,
    content_public_keys,
    data_file,
)
from csp_desktop.storage.progress import ProgressRepository
from csp_desktop.ui import messages
from csp_desktop.ui.confirm import confirm
from csp_desktop.ui.safe_text import LocalTextBrowser

CONTEXT = "ContentUpdates"
PACK_SUFFIX = "csp-content"
CONTENT_AREAS = ("learn", "surgery", "progress")  # the areas whose pages show content


def reload_content(window) -> None:
    """Point the window at the content now in use, rebuilding pages that show content."""
    context = window.context
    activate_installed_content(context.location.path)
    context.catalogue = load_catalogue(content_dir(), context.settings.get(S.LANGUAGE))
    context.geography = load_geography(data_file("wales-geography.toml"))
    window.rebuild_pages(CONTENT_AREAS)
    window.keep_search_current()


def choose_and_install(window, path: str | None = None) -> bool:
    if path is None:
        path, _ = QFileDialog.getOpenFileName(
            window,
            QCoreApplication.translate("ContentUpdates", "Install content update"),
            "",
            QCoreApplication.translate(
                "ContentUpdates", "CSP Desktop content updates (*.%1);;All files (*)"
            ).replace("%1", PACK_SUFFIX),
        )
        if not path:
            return False
    location = window.context.location
    try:
        pack = read_pack(path, content_public_keys())
        install(pack, location.path, bundled_content_dir(), bundled_data_dir())
    except PackError as exc:
        messages.warn(
            window,
            QCoreApplication.translate("ContentUpdates", "Install content update"),
            QCoreApplication.translate(
                "ContentUpdates", "The update was not installed, and nothing was changed."
            )
            + "\n\n"
            + str(exc),
        )
        return False
    reload_content(window)
    window.statusBar().showMessage(
        QCoreApplication.translate("ContentUpdates", "Content update %1 installed").replace(
            "%1", pack.manifest.version
        ),
        8000,
    )
    show_whats_new(window)
    return True


def revert_to_shipped(window) -> bool:
    location = window.context.location
    if installed(location.path, bundled_content_dir()) is None:
        messages.inform(
            window,
            QCoreApplication.translate("ContentUpdates", "Revert content"),
            QCoreApplication.translate(
                "ContentUpdates",
                "You are already using the content this version of CSP Desktop shipped with.",
            ),
        )
        return False
    if not confirm(
        window,
        QCoreApplication.translate("ContentUpdates", "Revert content"),
        QCoreApplication.translate(
            "ContentUpdates",
            "Go back to the content this version of CSP Desktop shipped with? Your progress, "
            "reflections and notes are kept.",
        ),
        QCoreApplication.translate("ContentUpdates", "&Revert"),
    ):
        return False
    revert(location.path)
    reload_content(window)
    window.statusBar().showMessage(
        QCoreApplication.translate("ContentUpdates", "Now using the content this version shipped with"), 8000
    )
    return True


def whats_new_html(window) -> str:
    context = window.context
    language = context.settings.get(S.LANGUAGE)
    active = installed(context.location.path, bundled_content_dir())
    if active is None:
        text = QCoreApplication.translate(
            "ContentUpdates",
            "You are using the content this version of CSP Desktop shipped with (version %1). "
            "No content update is installed.",
        ).replace("%1", bundled_version(bundled_content_dir()))
        return f"<p>{escape(text)}</p>"
    manifest = active.manifest
    progress = ProgressRepository(context.store).load_all()
    heading = (
        QCoreApplication.translate("ContentUpdates", "Content update %1 of %2")
        .replace("%1", manifest.version)
        .replace("%2", QLocale().toString(QDate(manifest.date), "d MMMM yyyy"))
    )
    parts = [f"<h2>{escape(heading)}</h2>"]
    modules: dict[str, list] = {}
    others = []
    for change in manifest.changes:
        (modules.setdefault(change.module, []) if change.module else others).append(change)
    for module_id, changes in modules.items():
        entry = context.catalogue.get(module_id)
        title = entry.meta.title if entry else module_id
        parts.append(f"<h3>{escape(title)}</h3>")
        p = progress.get(module_id)
        if entry and p and updated_since_completion(p, entry.meta.version):
            note = QCoreApplication.translate(
                "ContentUpdates", "Updated since you completed it (you completed version %1)."
            ).replace("%1", p.completed_version or "")
            parts.append(f"<p><b>{escape(note)}</b></p>")
        for change in changes:
            parts.append(f"<p>{escape(change.note_in(language))}</p>")
            links = []
            for section_id in change.sections:
                section_title = section_id
                if entry:
                    from csp_desktop.core.content.parser import read_module

                    try:
                        found = read_module(entry.meta.path).section(section_id)
                        section_title = found.title if found else section_id
                    except (OSError, ValueError):
                        pass
                links.append(
                    f"<li><a href='module:{module_id}#{section_id}'>{escape(section_title)}</a></li>"
                )
            if links:
                label = QCoreApplication.translate("ContentUpdates", "Changed sections:")
                parts.append(f"<p>{escape(label)}</p><ul>{''.join(links)}</ul>")
    if others:
        label = QCoreApplication.translate("ContentUpdates", "Other changes")
        parts.append(f"<h3>{escape(label)}</h3><ul>")
        parts.extend(f"<li>{escape(c.note_in(language))}</li>" for c in others)
        parts.append("</ul>")
    return "".join(parts)


class WhatsNewDialog(QDialog):
    def __init__(self, window):
        super().__init__(window)
        self.setObjectName("whatsNewDialog")
        self.window_ = window
        self.setWindowTitle(QCoreApplication.translate("ContentUpdates", "What's new in the content"))
        self.browser = LocalTextBrowser()
        self.browser.setObjectName("whatsNewText")
        self.browser.setOpenLinks(False)
        self.browser.setAccessibleName(
            QCoreApplication.translate("ContentUpdates", "What's new in the content")
        )
        self.browser.anchorClicked.connect(self._open)
        self.browser.setHtml(whats_new_html(window))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.browser)
        layout.addWidget(buttons)
        self.resize(620, 460)

    def _open(self, url: QUrl) -> None:
        if url.scheme() == "module":
            module_id, _, section = url.toString()[len("module:") :].partition("#")
            self.accept()
            self.window_.open_search_hit("module", f"{module_id}#{section}")


def show_whats_new(window) -> None:
    WhatsNewDialog(window).exec()
