"""Start the GUI: QApplication, logging, settings, translators, storage, then the window."""

from __future__ import annotations

import argparse
import logging
import os
import sys
import time
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QEvent, QLockFile, QObject, QTimer
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication

from csp_desktop import APP_ID, APP_NAME, ORG_DOMAIN, __version__
from csp_desktop import settings as S
from csp_desktop.core.datadir import DataDirError, DataLocation, ensure_private_dir, make_owner_only
from csp_desktop.i18n import install_translators
from csp_desktop.locations import data_location
from csp_desktop.logging_setup import configure_logging, enable_rotation
from csp_desktop.resources import activate_installed_content, content_dir
from csp_desktop.settings import Settings
from csp_desktop.storage.content_cache import load_catalogue_cached
from csp_desktop.storage.database import Store
from csp_desktop.ui.crash import install_excepthook
from csp_desktop.ui.main_window import AppContext, MainWindow
from csp_desktop.ui.recovery import open_store_with_recovery
from csp_desktop.ui.themes import apply_appearance, follow_text_size

log = logging.getLogger(__name__)

# Deferred start-up work runs this long after the window is shown: a zero timer could fire
# before the first paint (the same reasoning as the search index's delay).
AFTER_FIRST_PAINT_MS = 250
CATALOGUE_CACHE = "catalogue.marshal"


def create_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_ID, *argv])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationDomain(ORG_DOMAIN)
    app.setDesktopFileName(APP_ID)
    from csp_desktop.ui.icons import app_icon

    app.setWindowIcon(app_icon())  # title bar, task bar and every dialog
    return app


class Appearance(QObject):
    """Keeps language, text size and appearance in step with the preferences."""

    def __init__(self, app: QApplication, settings: Settings):
        super().__init__(app)
        self._app = app
        self._settings = settings
        self._base_point_size = app.font().pointSizeF()
        settings.changed.connect(self._changed)

    def apply_all(self) -> None:
        install_translators(self._app, self._settings.get(S.LANGUAGE))
        apply_appearance(self._app, self._settings.get(S.APPEARANCE))
        if self._settings.get(S.TEXT_SCALE) != 100:
            self.apply_text_scale()

    def apply_text_scale(self) -> None:
        font = QFont(self._app.font())
        font.setPointSizeF(self._base_point_size * self._settings.get(S.TEXT_SCALE) / 100)
        self._app.setFont(font)
        follow_text_size(self._app, self._settings.get(S.APPEARANCE))

    def _changed(self, key: str) -> None:
        if key == S.LANGUAGE.key:
            install_translators(self._app, self._settings.get(S.LANGUAGE))
        elif key == S.APPEARANCE.key:
            apply_appearance(self._app, self._settings.get(S.APPEARANCE))
        elif key == S.TEXT_SCALE.key:
            self.apply_text_scale()


def build_context(location: DataLocation, settings: Settings, store: Store, log_file: Path) -> AppContext:
    language = settings.get(S.LANGUAGE)
    activate_installed_content(location.path)  # a content update, if one is installed
    catalogue = load_catalogue_cached(content_dir(), language, location.cache / CATALOGUE_CACHE)
    for error in catalogue.errors:
        log.warning("content problem: %s", error)
    return AppContext(location, settings, store, catalogue, log_file)


class _QuitAfterFirstPaint(QObject):
    """For the start-up benchmark: report the wall-clock time of the first paint, then quit.

    The benchmark compares this with the time it started the process, so teardown (which
    the user never waits for) is not counted.
    """

    @staticmethod
    def _frame_done() -> None:
        # The window's paint event comes before its children's: this zero timer runs once
        # the whole first frame is on screen.
        try:
            print(f"frame-done {time.time():.6f}", flush=True)
        finally:  # a reader that has gone away must not leave the app running
            QApplication.quit()

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.property("done"):
            self.setProperty("done", True)
            print(f"first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, self._frame_done)
        return False


def no_display_message() -> str | None:
    """On Linux without a desktop session Qt would abort with a cryptic plugin error."""
    if not sys.platform.startswith("linux") or os.environ.get("QT_QPA_PLATFORM"):
        return None
    if os.environ.get("DISPLAY") or os.environ.get("WAYLAND_DISPLAY"):
        return None
    return (
        f"{APP_NAME} needs a desktop session to show its window, and none was found "
        "(DISPLAY and WAYLAND_DISPLAY are not set). To check an installation without a "
        "screen, run: csp-desktop self-test"
    )


def needs_first_run(settings: Settings) -> bool:
    """The first-run steps have not been through, and nothing says this is a used profile."""
    return not settings.get(S.FIRST_RUN_DONE) and not settings.get(S.COUNCILLOR_NAME)


def run_first_run(settings: Settings, geography, store: Store) -> None:
    """Language, name, council, tour; prefill the CSP record when it is still empty."""
    from csp_desktop.storage.directory import DirectoryRepository, apply_prefill
    from csp_desktop.ui.first_run import FirstRunDialog

    repo = DirectoryRepository(store)

    def prefill(council) -> bool:
        if not repo.is_empty():
            return False
        apply_prefill(repo, council)
        return True

    FirstRunDialog(settings, geography, prefill).exec()


def _remove_stale_self_test_copies() -> None:
    from csp_desktop.commands.self_test import remove_stale_copies

    try:
        for stale in remove_stale_copies():
            log.info("removed a copy left by an interrupted self-test: %s", stale)
    except OSError as exc:
        log.warning("could not tidy self-test copies: %s", exc)


def run_gui(args: argparse.Namespace, qt_argv: list[str]) -> int:
    message = no_display_message()
    if message:
        print(message, file=sys.stderr)
        return 2
    app = create_application(qt_argv)
    location = data_location(args.data_dir)
    try:
        ensure_private_dir(location.path)
    except DataDirError as exc:
        from PySide6.QtWidgets import QMessageBox

        QMessageBox.critical(None, APP_NAME, str(exc))
        return 2
    lock_path = location.path / "csp-desktop.lock"
    lock = QLockFile(str(lock_path))
    lock.setStaleLockTime(0)  # a lock left by a crashed instance is detected by its dead PID
    if not lock.tryLock(200):
        message = QCoreApplication.translate(
            "App",
            "CSP Desktop is already open with this data folder. Switch to that window: "
            "two copies at once could overwrite each other's changes.",
        )
        print(message, file=sys.stderr)
        if not getattr(args, "quit_after_paint", False):
            from PySide6.QtWidgets import QMessageBox

            QMessageBox.information(None, APP_NAME, message)
        return 4
    make_owner_only(lock_path)
    log_file = configure_logging(location.logs, rotate=False)  # rotation after the first paint
    log.info("starting %s %s, data in %s (%s)", APP_NAME, __version__, location.path, location.reason)
    install_excepthook(log_file)
    settings = Settings(location.preferences_file, location.window_state_file, app)
    Appearance(app, settings).apply_all()  # and follows the language chosen in the first run
    store = open_store_with_recovery(location, settings.get(S.SNAPSHOTS_TO_KEEP))
    if store is None:
        return 3
    try:
        context = build_context(location, settings, store, log_file)
        if needs_first_run(settings) and not getattr(args, "quit_after_paint", False):
            run_first_run(settings, context.geography, store)
            # Modules are listed in the chosen language, which may have just changed.
            context = build_context(location, settings, store, log_file)
        window = MainWindow(context)
        if getattr(args, "quit_after_paint", False):
            quitter = _QuitAfterFirstPaint(window)
            window.installEventFilter(quitter)
        window.show()
        # Start-up work the first paint must not wait for (see docs/benchmarks.md).
        QTimer.singleShot(AFTER_FIRST_PAINT_MS, lambda: enable_rotation(log_file))
        # Importing the self-test pulls in every subcommand: not before the window is up.
        QTimer.singleShot(AFTER_FIRST_PAINT_MS, _remove_stale_self_test_copies)
        return app.exec()
    finally:
        store.close()
