"""Every test runs offscreen, against a temporary data folder and temporary settings.

No test can read or write the real user's profile: HOME, XDG folders and the data-folder
variable all point into the test's own tmp_path, and QStandardPaths is in test mode.
"""

from __future__ import annotations

import os
from pathlib import Path

# Offscreen, on the screen a councillor's laptop has: 1366x768 at 96 dpi (Qt's own
# offscreen default is 800x600).
if os.environ.get("QT_QPA_PLATFORM", "offscreen") == "offscreen":
    LAPTOP_SCREEN = Path(__file__).with_name("laptop-screen.json")
    os.environ["QT_QPA_PLATFORM"] = f"offscreen:configfile={LAPTOP_SCREEN}"

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture(autouse=True)
def isolated_profile(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    home = tmp_path / "home"
    home.mkdir()
    monkeypatch.setenv("HOME", str(home))
    monkeypatch.setenv("XDG_DATA_HOME", str(home / ".local" / "share"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / ".config"))
    monkeypatch.setenv("CSP_DESKTOP_DATA_DIR", str(tmp_path / "data"))
    monkeypatch.delenv("CSP_DESKTOP_CONTENT_DIR", raising=False)
    monkeypatch.delenv("CSP_DESKTOP_CONTENT_KEY", raising=False)
    from csp_desktop import resources

    monkeypatch.setattr(resources, "_installed_root", None)  # no content update carried over
    try:
        from PySide6.QtCore import QStandardPaths

        QStandardPaths.setTestModeEnabled(True)
    except ImportError:  # core-only environments
        pass
    return tmp_path / "data"


@pytest.fixture
def location(isolated_profile: Path):
    from csp_desktop.core.datadir import resolve_data_dir

    loc = resolve_data_dir(str(isolated_profile), {}, isolated_profile, lambda: isolated_profile)
    loc.path.mkdir(parents=True, exist_ok=True)
    return loc


@pytest.fixture
def store(location):
    from csp_desktop.storage.database import open_store

    opened = open_store(location.database, location.backups)
    yield opened
    opened.close()


@pytest.fixture
def settings(location, qapp):
    from csp_desktop.settings import Settings

    return Settings(location.preferences_file, location.window_state_file)


@pytest.fixture
def make_window(qtbot, location, settings, store):
    """Build a main window over the test's data folder; call again to simulate a restart."""
    from csp_desktop.app import build_context
    from csp_desktop.ui.main_window import MainWindow

    made = []

    def make():
        window = MainWindow(build_context(location, settings, store, location.logs / "test.log"))
        qtbot.addWidget(window)
        made.append(window)
        return window

    yield make
    # Close (saving state, stopping timers) while the database is still open, as the app does.
    from PySide6.QtCore import QEvent
    from PySide6.QtWidgets import QApplication

    for window in made:
        window.close()
        window.deleteLater()  # gone, so a later test's language change cannot reach it
    QApplication.processEvents()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


@pytest.fixture
def tiny_disk(tmp_path):
    """A real 4 MB filesystem that can be filled, for full-disk faults. Needs permission to
    mount tmpfs (root on Linux), else the test is skipped."""
    import subprocess

    size = "4m"
    mount = tmp_path / "tiny"
    mount.mkdir()
    made = subprocess.run(
        ["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(mount)], capture_output=True
    )
    if made.returncode != 0:
        pytest.skip("cannot mount a small filesystem here")
    try:
        yield mount
    finally:
        subprocess.run(["umount", "-l", str(mount)], check=False)


def fill(disk: Path) -> None:
    try:
        with open(disk / "filler", "wb") as f:
            while True:
                f.write(b"x" * 4096)
                f.flush()
    except OSError:
        pass


@pytest.fixture
def type_text(qtbot):
    """Type like a user, Welsh letters included: QTest.keyClicks handles ASCII only, so each
    other letter is delivered as the key event a keyboard layout would send."""
    from PySide6.QtCore import QEvent, Qt
    from PySide6.QtGui import QKeyEvent
    from PySide6.QtWidgets import QApplication

    def type_into(widget, text: str) -> None:
        for ch in text:
            if ch.isascii():
                qtbot.keyClicks(widget, ch)
                continue
            for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
                QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, ch))

    return type_into


@pytest.fixture
def page(qtbot, store):
    """The My CSP page over the test's database, shown at a laptop-window size."""
    from csp_desktop.core.geography import load_geography
    from csp_desktop.resources import data_file
    from csp_desktop.storage.directory import DirectoryRepository
    from csp_desktop.ui.my_csp.page import MyCspPage

    widget = MyCspPage(DirectoryRepository(store), load_geography(data_file("wales-geography.toml")))
    qtbot.addWidget(widget)
    widget.resize(1000, 700)
    widget.show()
    return widget
