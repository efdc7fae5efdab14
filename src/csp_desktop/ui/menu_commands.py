"""What each menu command does: the table of handlers the main window's actions run, and the
small commands behind them (editing the focused widget, text size, full screen, opening the
data folder or log, and the dialogs). Strings stay in the MainWindow translation context,
where the menus are."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QUrl
from PySide6.QtGui import QDesktopServices
from PySide6.QtWidgets import QApplication

from csp_desktop import APP_NAME
from csp_desktop import settings as S
from csp_desktop.ui.actions import Action
from csp_desktop.ui.window_commands import print_current, save_current_pdf


def command_handlers(window) -> dict[Action, Callable[[], object]]:
    """The handler for every menu action except the areas' (the window adds those)."""
    return {
        Action.PRINT: lambda: print_current(window),
        Action.SAVE_PDF: lambda: save_current_pdf(window),
        Action.HELP_GUIDE: lambda: show_guide(window),
        Action.PREFERENCES: lambda: show_preferences(window),
        Action.QUIT: window.close,
        Action.UNDO: lambda: window.named_undo.undo(),
        Action.REDO: lambda: window.named_undo.redo(),
        Action.CUT: lambda: edit_focused("cut"),
        Action.COPY: lambda: edit_focused("copy"),
        Action.PASTE: lambda: edit_focused("paste"),
        Action.SELECT_ALL: lambda: edit_focused("selectAll"),
        Action.FIND: window.focus_search,
        Action.ZOOM_IN: lambda: step_text_size(window.context.settings, +1),
        Action.ZOOM_OUT: lambda: step_text_size(window.context.settings, -1),
        Action.ZOOM_RESET: lambda: window.context.settings.set(S.TEXT_SCALE, S.TEXT_SCALE.default),
        Action.FULL_SCREEN: lambda: toggle_full_screen(window),
        Action.OPEN_DATA_FOLDER: lambda: open_path(window, window.context.location.path),
        Action.SHOW_LOG: lambda: open_path(window, window.context.log_file),
        Action.ABOUT: lambda: show_about(window),
        Action.INSTALL_CONTENT: lambda: _content_updates().choose_and_install(window),
        Action.REVERT_CONTENT: lambda: _content_updates().revert_to_shipped(window),
        Action.WHATS_NEW: lambda: _content_updates().show_whats_new(window),
        Action.ABOUT_QT: QApplication.aboutQt,
    }


def edit_focused(method: str) -> None:
    """Cut, Copy, Paste or Select All on whichever widget has the keyboard focus."""
    widget = QApplication.focusWidget()
    if widget is not None and hasattr(widget, method):
        getattr(widget, method)()


def step_text_size(settings, step: int) -> None:
    """Zoom in or out: the next larger or smaller of the offered text sizes."""
    scales = S.TEXT_SCALES
    current = settings.get(S.TEXT_SCALE)
    index = min(range(len(scales)), key=lambda i: abs(scales[i] - current))
    index = max(0, min(len(scales) - 1, index + step))
    settings.set(S.TEXT_SCALE, scales[index])


def toggle_full_screen(window) -> None:
    if window.isFullScreen():
        window.showNormal()
    else:
        window.showFullScreen()


def open_path(window, path: Path) -> None:
    if not QDesktopServices.openUrl(QUrl.fromLocalFile(str(path))):
        from csp_desktop.ui import messages  # message boxes load when there is something to say

        text = QCoreApplication.translate("MainWindow", "The file is at:\n%1").replace("%1", str(path))
        messages.inform(window, APP_NAME, text)


def _content_updates():
    from csp_desktop.ui import content_updates  # loads when first used

    return content_updates


def show_guide(window) -> None:
    from csp_desktop.ui.guide import GuideDialog  # dialogs load when first opened

    GuideDialog(window.context.settings.get(S.LANGUAGE), window).exec()


def show_about(window) -> None:
    from csp_desktop.ui.about import AboutDialog

    location = window.context.location
    AboutDialog(str(location.path), location.reason, str(window.context.log_file), window).exec()


def show_preferences(window) -> None:
    from csp_desktop.ui.preferences_dialog import PreferencesDialog

    PreferencesDialog(window.context.settings, window.context.geography, window).exec()
