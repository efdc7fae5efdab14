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
from PySide6.QtWidgets import QApplication, QMessageBox

from csp_desktop import APP_ID, APP_NAME, ORG_DOMAIN, __version__
from csp_desktop import settings as S
from csp_desktop.core.content.catalogue import load_catalogue
from csp_desktop.core.datadir import DataDirError, DataLocation, ensure_private_dir
from csp_desktop.core.geography import load_geography
from csp_desktop.i18n import install_translators
from csp_desktop.locations import data_location
from csp_desktop.logging_setup import configure_logging, enable_rotation
from csp_desktop.resources import content_dir, data_file
from csp_desktop.settings import Settings
from csp_desktop.storage.database import Store
from csp_desktop.ui.crash import install_excepthook
from csp_desktop.ui.main_window import AppContext, MainWindow
from csp_desktop.ui.recovery import open_store_with_recovery
from csp_desktop.ui.themes import apply_appearance

log = logging.getLogger(__name__)

# Deferred start-up work runs this long after the window is shown: a zero timer could fire
# before the first paint (the same reasoning as the search index's delay).
AFTER_FIRST_PAINT_MS = 250


def create_application(argv: list[str]) -> QApplication:
    app = QApplication.instance() or QApplication([sys.argv[0] if sys.argv else APP_ID, *argv])
    app.setApplicationName(APP_ID)
    app.setApplicationDisplayName(APP_NAME)
    app.setApplicationVersion(__version__)
    app.setOrganizationDomain(ORG_DOMAIN)
    app.setDesktopFileName(APP_ID)
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

    def _changed(self, key: str) -> None:
        if key == S.LANGUAGE.key:
            install_translators(self._app, self._settings.get(S.LANGUAGE))
        elif key == S.APPEARANCE.key:
            apply_appearance(self._app, self._settings.get(S.APPEARANCE))
        elif key == S.TEXT_SCALE.key:
            self.apply_text_scale()


def build_context(location: DataLocation, settings: Settings, store: Store, log_file: Path) -> AppContext:
    language = settings.get(S.LANGUAGE)
    catalogue = load_catalogue(content_dir(), language)
    for error in catalogue.errors:
        log.warning("content problem: %s", error)
    geography = load_geography(data_file("wales-geography.toml"))
    return AppContext(location, settings, store, catalogue, geography, log_file)


class _QuitAfterFirstPaint(QObject):
    """For the start-up benchmark: report the wall-clock time of the first paint, then quit.

    The benchmark compares this with the time it started the process, so teardown (which
    the user never waits for) is not counted.
    """

    def eventFilter(self, watched: QObject, event: QEvent) -> bool:
        if event.type() == QEvent.Type.Paint and not self.property("done"):
            self.setProperty("done", True)
            print(f"first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, QApplication.quit)
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


def ask_language() -> str:
    """First run: the language question is asked in both languages (Welsh Language Standards)."""
    box = QMessageBox()
    box.setObjectName("languageChoice")
    box.setWindowTitle(APP_NAME)
    box.setText("Pa iaith hoffech chi ei defnyddio?\nWhich language would you like to use?")
    welsh = box.addButton("Cymraeg", QMessageBox.ButtonRole.AcceptRole)
    english = box.addButton("English", QMessageBox.ButtonRole.AcceptRole)
    box.setDefaultButton(english)
    box.exec()
    return "cy" if box.clickedButton() is welsh else "en"


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
        QMessageBox.critical(None, APP_NAME, str(exc))
        return 2
    lock = QLockFile(str(location.path / "csp-desktop.lock"))
    lock.setStaleLockTime(0)  # a lock left by a crashed instance is detected by its dead PID
    if not lock.tryLock(200):
        message = QCoreApplication.translate(
            "App",
            "CSP Desktop is already open with this data folder. Switch to that window: "
            "two copies at once could overwrite each other's changes.",
        )
        print(message, file=sys.stderr)
        if not getattr(args, "quit_after_paint", False):
            QMessageBox.information(None, APP_NAME, message)
        return 4
    log_file = configure_logging(location.logs, rotate=False)  # rotation after the first paint
    log.info("starting %s %s, data in %s (%s)", APP_NAME, __version__, location.path, location.reason)
    install_excepthook(log_file)
    first_run = not location.preferences_file.exists() and not location.database.exists()
    settings = Settings(location.preferences_file, location.window_state_file, app)
    if first_run and not getattr(args, "quit_after_paint", False):
        settings.set(S.LANGUAGE, ask_language())
        settings.sync()
    Appearance(app, settings).apply_all()
    store = open_store_with_recovery(location, settings.get(S.SNAPSHOTS_TO_KEEP))
    if store is None:
        return 3
    try:
        window = MainWindow(build_context(location, settings, store, log_file))
        if getattr(args, "quit_after_paint", False):
            quitter = _QuitAfterFirstPaint(window)
            window.installEventFilter(quitter)
        window.show()
        # Start-up work the first paint must not wait for (see docs/benchmarks.md).
        QTimer.singleShot(AFTER_FIRST_PAINT_MS, lambda: enable_rotation(log_file))
        return app.exec()
    finally:
        store.close()
