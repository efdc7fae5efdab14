"""Windows (and macOS) code paths, checked here by standing in for the platform.

Council laptops run Windows, where this suite also runs in the release workflow. Each
``os.name``/``sys.platform`` branch in the code is exercised on every system by
monkeypatching the module's view of the platform: the data folder under %LOCALAPPDATA%,
file modes, the network-share check behind SQLite's locking mode, the lock left by a
crashed copy, the console twin and version resource of the bundle, fonts, high-DPI
scaling, and paths with drive letters and UNC prefixes.
"""

from __future__ import annotations

import ntpath
import os
import subprocess
import sys
import types
from pathlib import Path, PureWindowsPath

import pytest

from csp_desktop import APP_ID
from csp_desktop.core import datadir
from csp_desktop.storage import filesystem

ROOT = Path(__file__).resolve().parents[1]
WINDOWS_PROFILE = {
    "LOCALAPPDATA": r"C:\Users\Cllr Ann\AppData\Local",
    "APPDATA": r"C:\Users\Cllr Ann\AppData\Roaming",
    "USERPROFILE": r"C:\Users\Cllr Ann",
}


# --- the data folder --------------------------------------------------------------------


def test_windows_data_folder_is_local_appdata_never_roaming():
    from csp_desktop.locations import default_data_dir

    folder = default_data_dir("nt", WINDOWS_PROFILE)
    assert PureWindowsPath(str(folder)) == PureWindowsPath(WINDOWS_PROFILE["LOCALAPPDATA"], APP_ID)
    assert "Roaming" not in str(folder)


def test_windows_without_localappdata_falls_back_to_qts_local_folder(tmp_path, monkeypatch):
    from PySide6.QtCore import QStandardPaths

    from csp_desktop.locations import default_data_dir

    monkeypatch.setattr(QStandardPaths, "writableLocation", lambda _location: str(tmp_path / "Local"))
    assert default_data_dir("nt", {"APPDATA": WINDOWS_PROFILE["APPDATA"]}) == tmp_path / "Local" / APP_ID


def test_linux_data_folder_ignores_windows_variables(tmp_path, monkeypatch):
    from csp_desktop.locations import default_data_dir

    monkeypatch.setenv("XDG_DATA_HOME", str(tmp_path / "share"))
    folder = default_data_dir("posix", WINDOWS_PROFILE)
    assert not str(folder).startswith(WINDOWS_PROFILE["LOCALAPPDATA"]) and folder.name == APP_ID


def test_portable_mode_finds_the_marker_beside_a_frozen_exe(tmp_path, monkeypatch):
    """A bundle on a USB stick: data beside csp-desktop.exe when portable.txt is there."""
    bundle = tmp_path / "E" / "csp-desktop"
    bundle.mkdir(parents=True)
    (bundle / datadir.PORTABLE_MARKER).write_text("")
    monkeypatch.setattr(sys, "frozen", True, raising=False)
    monkeypatch.setattr(sys, "executable", str(bundle / f"{APP_ID}.exe"))
    assert datadir.executable_dir() == bundle
    location = datadir.resolve_data_dir(None, {}, datadir.executable_dir(), lambda: tmp_path / "unused")
    assert (location.path, location.reason) == (bundle / "data", "portable")


# --- file modes -------------------------------------------------------------------------


def windows_os(chmods: list) -> types.SimpleNamespace:
    """The module's ``os`` as on Windows, recording any chmod (which Windows would ignore)."""
    return types.SimpleNamespace(name="nt", path=ntpath, chmod=lambda *args: chmods.append(args))


def test_windows_leaves_file_modes_to_the_profiles_acl(tmp_path, monkeypatch):
    """%LOCALAPPDATA% is already private to the user; chmod would only clear read-only bits."""
    chmods: list = []
    monkeypatch.setattr(datadir, "os", windows_os(chmods))
    folder = tmp_path / "Local" / APP_ID
    datadir.ensure_private_dir(folder)
    database = folder / "csp-desktop.db"
    database.write_bytes(b"")
    datadir.make_owner_only(database)
    assert folder.is_dir() and not (folder / ".write-test").exists()
    assert chmods == []


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_posix_makes_the_folder_and_database_owner_only(tmp_path):
    folder = tmp_path / APP_ID
    datadir.ensure_private_dir(folder)
    database = folder / "csp-desktop.db"
    database.write_bytes(b"")
    datadir.make_owner_only(database)
    assert (folder.stat().st_mode & 0o777, database.stat().st_mode & 0o777) == (0o700, 0o600)


# --- drive letters, UNC paths and SQLite's locking mode ---------------------------------


class WindowsPath(PureWindowsPath):
    """A Windows path this system can build: enough for is_network_path."""

    def absolute(self):
        return self


def drive_types(monkeypatch, types_by_drive: dict[str, int] | None):
    """Stand in for kernel32.GetDriveTypeW (None: ctypes has no windll, as off Windows)."""
    import ctypes

    monkeypatch.setattr(filesystem, "os", windows_os([]))
    monkeypatch.setattr(filesystem, "Path", WindowsPath)
    if types_by_drive is None:
        monkeypatch.delattr(ctypes, "windll", raising=False)
        return
    kernel32 = types.SimpleNamespace(GetDriveTypeW=lambda root: types_by_drive[root.upper()])
    monkeypatch.setattr(ctypes, "windll", types.SimpleNamespace(kernel32=kernel32), raising=False)


@pytest.mark.parametrize(
    "path",
    [
        r"\\fileserver\home$\cllr.ann\csp-desktop\csp-desktop.db",
        r"\\?\UNC\fileserver\home$\csp-desktop.db",
        r"\\fileserver.council.gov.wales\profiles\AppData\Roaming\csp-desktop\csp-desktop.db",
    ],
)
def test_unc_paths_are_network_shares(monkeypatch, path):
    drive_types(monkeypatch, {})
    assert filesystem.is_network_path(path)


def test_a_mapped_network_drive_letter_is_a_network_share(monkeypatch):
    drive_types(monkeypatch, {"C:\\": 3, "H:\\": 4})  # DRIVE_FIXED, DRIVE_REMOTE
    assert filesystem.is_network_path(r"H:\csp-desktop\csp-desktop.db")
    assert not filesystem.is_network_path(r"C:\Users\Cllr Ann\AppData\Local\csp-desktop\csp-desktop.db")
    assert not filesystem.is_network_path(r"c:\users\cllr ann\appdata\local\csp-desktop\csp-desktop.db")


def test_a_usb_stick_is_local(monkeypatch):
    drive_types(monkeypatch, {"E:\\": 2})  # DRIVE_REMOVABLE: portable mode on a stick
    assert not filesystem.is_network_path(r"E:\csp-desktop\data\csp-desktop.db")


def test_without_the_drive_api_a_drive_letter_counts_as_local(monkeypatch):
    drive_types(monkeypatch, None)
    assert not filesystem.is_network_path(r"D:\Data\csp-desktop.db")


def test_the_database_turns_wal_off_on_a_network_share(tmp_path, monkeypatch):
    """Where the share check says "network", SQLite keeps its rollback journal (no WAL)."""
    from csp_desktop.storage import database

    monkeypatch.setattr(database, "is_network_path", lambda _path: True)
    store = database.open_store(tmp_path / "csp-desktop.db", tmp_path / "backups")
    try:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0].lower() != "wal"
    finally:
        store.close()
    monkeypatch.setattr(database, "is_network_path", lambda _path: False)
    store = database.open_store(tmp_path / "local.db", tmp_path / "backups")
    try:
        assert store.conn.execute("PRAGMA journal_mode").fetchone()[0].lower() == "wal"
    finally:
        store.close()


# --- locking ----------------------------------------------------------------------------


def test_a_lock_left_by_a_crashed_copy_does_not_block_the_next_start(tmp_path):
    """A laptop lid closed mid-session leaves the lock file behind; its dead PID frees it."""
    import socket

    data = tmp_path / "data"
    data.mkdir()
    dead_pid = 2**22 + 12345  # above Linux's pid_max and any Windows PID in practice
    (data / "csp-desktop.lock").write_text(f"{dead_pid}\ncsp-desktop\n{socket.gethostname()}\n")
    result = subprocess.run(
        [sys.executable, "-m", "csp_desktop", "--data-dir", str(data), "--quit-after-paint"],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    assert "first-paint" in result.stdout


# --- the display check ------------------------------------------------------------------


@pytest.mark.parametrize("platform", ["win32", "darwin"])
def test_windows_and_macos_never_ask_for_an_x_display(monkeypatch, platform):
    from csp_desktop import app

    monkeypatch.setattr(app, "sys", types.SimpleNamespace(platform=platform))
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    assert app.no_display_message() is None


def test_linux_without_a_display_says_so_plainly(monkeypatch):
    from csp_desktop import app

    monkeypatch.setattr(app, "sys", types.SimpleNamespace(platform="linux"))
    for name in ("QT_QPA_PLATFORM", "DISPLAY", "WAYLAND_DISPLAY"):
        monkeypatch.delenv(name, raising=False)
    assert "self-test" in app.no_display_message()
    monkeypatch.setenv("DISPLAY", ":0")
    assert app.no_display_message() is None


# --- the bundle: console twin, version resource, macOS high-DPI -------------------------


class Recorder:
    """Stands in for one of PyInstaller's spec classes and records how it was called."""

    calls: list[tuple[str, tuple, dict]]

    def __init__(self, kind: str, *args, **kwargs):
        self.kind, self.args, self.kwargs = kind, args, kwargs
        self.binaries, self.datas, self.pure, self.scripts = [], [], [], []
        Recorder.calls.append((kind, args, kwargs))


def run_spec(
    monkeypatch, tmp_path, platform: str, commands: list | None = None
) -> list[tuple[str, tuple, dict]]:
    """Execute build.spec as PyInstaller would on ``platform``, with its classes recorded.

    Commands the spec would run (lrelease) are recorded in ``commands``, not run.
    """
    Recorder.calls = []
    commands = [] if commands is None else commands
    monkeypatch.setattr(sys, "platform", platform)
    monkeypatch.setattr(sys, "path", list(sys.path))  # the spec puts src/ first

    def record(cmd, **_kwargs):
        commands.append(cmd)
        return subprocess.CompletedProcess(cmd, 0, stdout="", stderr="")

    monkeypatch.setattr(subprocess, "run", record)
    versioninfo = types.ModuleType("PyInstaller.utils.win32.versioninfo")
    for name in (
        "FixedFileInfo",
        "StringFileInfo",
        "StringStruct",
        "StringTable",
        "VarFileInfo",
        "VarStruct",
        "VSVersionInfo",
    ):
        setattr(versioninfo, name, lambda *args, _n=name, **kwargs: (_n, args, kwargs))
    monkeypatch.setitem(sys.modules, "PyInstaller.utils.win32.versioninfo", versioninfo)
    names = {
        kind: (lambda *a, _k=kind, **k: Recorder(_k, *a, **k))
        for kind in ("Analysis", "PYZ", "EXE", "COLLECT", "BUNDLE")
    }
    spec = ROOT / "build.spec"
    exec(
        compile(spec.read_text(encoding="utf-8"), str(spec), "exec"),
        {"SPECPATH": str(ROOT), "workpath": str(tmp_path), "__file__": str(spec), **names},
    )
    return Recorder.calls


def test_windows_bundle_has_a_gui_exe_and_a_console_twin(monkeypatch, tmp_path):
    calls = run_spec(monkeypatch, tmp_path, "win32")
    exes = {kwargs["name"]: kwargs for kind, _, kwargs in calls if kind == "EXE"}
    assert set(exes) == {APP_ID, f"{APP_ID}-cli"}
    assert exes[APP_ID]["console"] is False  # no black window behind the app
    assert exes[f"{APP_ID}-cli"]["console"] is True  # IT sees --version and self-test output
    for exe in exes.values():
        assert exe["upx"] is False and not exe.get("strip")
        assert exe["version"][0] == "VSVersionInfo"  # file properties name the product
    assert not [c for c in calls if c[0] == "BUNDLE"]


def test_macos_bundle_is_an_app_that_asks_for_high_dpi(monkeypatch, tmp_path):
    calls = run_spec(monkeypatch, tmp_path, "darwin")
    exes = [kwargs for kind, _, kwargs in calls if kind == "EXE"]
    assert [e["name"] for e in exes] == [APP_ID] and exes[0]["console"] is False
    (bundle,) = [kwargs for kind, _, kwargs in calls if kind == "BUNDLE"]
    assert bundle["name"].endswith(".app")
    assert bundle["info_plist"]["NSHighResolutionCapable"] is True


def test_linux_bundle_is_one_stripped_console_program(monkeypatch, tmp_path):
    calls = run_spec(monkeypatch, tmp_path, "linux")
    (exe,) = [kwargs for kind, _, kwargs in calls if kind == "EXE"]
    assert exe["console"] is True and exe["strip"] is True and exe["version"] is None


def test_the_spec_compiles_every_catalogue_with_the_platforms_lrelease(monkeypatch, tmp_path):
    commands: list = []
    run_spec(monkeypatch, tmp_path, "win32", commands)
    sources = sorted(p.name for p in (ROOT / "resources" / "translations").glob("*.ts"))
    assert [Path(cmd[0]).name for cmd in commands] == ["pyside6-lrelease.exe"] * len(sources)
    assert sorted(Path(cmd[2]).name for cmd in commands) == sources


# --- fonts and high-DPI scaling ---------------------------------------------------------


@pytest.fixture
def windows_font(qapp):
    """Windows' default UI font, Segoe UI 9 pt, for the length of one test."""
    from PySide6.QtGui import QFont

    original = QFont(qapp.font())
    qapp.setFont(QFont("Segoe UI", 9))
    yield
    qapp.setFont(original)


def test_text_size_scales_windows_9pt_default_in_points(qapp, settings, windows_font):
    """Text size works in points, so 150% on Windows is 13.5 pt whatever the screen's DPI."""
    from csp_desktop import settings as S
    from csp_desktop.app import Appearance

    appearance = Appearance(qapp, settings)
    settings.set(S.TEXT_SCALE, 150)
    assert qapp.font().pointSizeF() == pytest.approx(13.5)
    assert qapp.font().pixelSize() == -1  # never pixels: they would not follow the DPI
    settings.set(S.TEXT_SCALE, 100)
    assert qapp.font().pointSizeF() == pytest.approx(9)
    appearance.deleteLater()


def test_welsh_letters_are_in_the_interface_font(qapp):
    """ŵ and ŷ (and their capitals) draw from the interface font, not as boxes."""
    from PySide6.QtGui import QFontMetrics

    metrics = QFontMetrics(qapp.font())
    for letter in "ŵŷŴŶâêîôûáéíóúàèìòùäëïöüýÿ":
        assert metrics.inFontUcs4(ord(letter)), letter


def test_fractional_scaling_is_left_to_qt(qapp):
    """Windows at 125% or 150%: the app keeps Qt 6's pass-through scaling, crisp text."""
    from PySide6.QtCore import Qt
    from PySide6.QtGui import QGuiApplication

    from csp_desktop.app import create_application

    create_application([])
    policy = QGuiApplication.highDpiScaleFactorRoundingPolicy()
    assert policy == Qt.HighDpiScaleFactorRoundingPolicy.PassThrough
    for path in (ROOT / "src").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for switch in (
            "AA_DisableHighDpiScaling",
            "setHighDpiScaleFactorRoundingPolicy",
            "QT_SCALE_FACTOR",
            "QT_ENABLE_HIGHDPI_SCALING",
            "QT_AUTO_SCREEN_SCALE_FACTOR",
        ):
            assert switch not in text, f"{path.name} overrides high-DPI scaling ({switch})"


def test_the_window_paints_at_150_percent(tmp_path):
    """The whole main window lays out and paints at a 1.5 scale factor (Windows at 150%),
    on a 1920x1080 laptop screen: 1280x720 logical pixels, room for the 1100x700 window
    (on a smaller screen the window shrinks to fit, so the screen is set here)."""
    screen = tmp_path / "screen.json"
    screen.write_text(
        '{"screens": [{"name": "laptop", "x": 0, "y": 0, "width": 1920, "height": 1080,'
        ' "logicalDpi": 96, "logicalBaseDpi": 96, "dpr": 1}]}',
        encoding="utf-8",
    )
    env = {
        **os.environ,
        "QT_QPA_PLATFORM": f"offscreen:configfile={screen}",
        "QT_SCALE_FACTOR": "1.5",
        "CSP_DESKTOP_DATA_DIR": str(tmp_path / "data"),
    }
    result = subprocess.run(
        [sys.executable, "-m", "csp_desktop", "self-test"],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    assert result.returncode == 0, result.stdout + result.stderr
    assert "main window painted 1650x1050" in result.stdout  # 1100x700 logical pixels, 1.5x device
