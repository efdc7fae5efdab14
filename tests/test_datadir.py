"""Where data lives: the override order, portable mode, and owner-only permissions."""

import os
import stat
from pathlib import Path

import pytest

from csp_desktop.core.datadir import (
    ENV_VAR,
    PORTABLE_MARKER,
    DataDirError,
    ensure_private_dir,
    resolve_data_dir,
)


def default(tmp_path: Path):
    return lambda: tmp_path / "default"


def test_command_line_beats_environment_and_portable(tmp_path):
    """--data-dir wins over everything else."""
    (tmp_path / PORTABLE_MARKER).write_text("")
    loc = resolve_data_dir(
        str(tmp_path / "cli"), {ENV_VAR: str(tmp_path / "env")}, tmp_path, default(tmp_path)
    )
    assert loc.path == tmp_path / "cli"
    assert loc.reason == "command line"


def test_environment_beats_portable(tmp_path):
    """The environment variable wins over a portable marker."""
    (tmp_path / PORTABLE_MARKER).write_text("")
    loc = resolve_data_dir(None, {ENV_VAR: str(tmp_path / "env")}, tmp_path, default(tmp_path))
    assert (loc.path, loc.reason) == (tmp_path / "env", "environment")


def test_portable_marker_keeps_data_beside_the_program(tmp_path):
    """A marker file beside the executable keeps data in a folder beside it."""
    (tmp_path / PORTABLE_MARKER).write_text("")
    loc = resolve_data_dir(None, {}, tmp_path, default(tmp_path))
    assert loc.path == tmp_path / "data"
    assert loc.reason == "portable"


def test_default_is_used_otherwise(tmp_path):
    """Without overrides the platform's local data folder is used."""
    loc = resolve_data_dir(None, {ENV_VAR: "  "}, tmp_path, default(tmp_path))
    assert (loc.path, loc.reason) == (tmp_path / "default", "default")
    assert loc.database.name == "csp-desktop.db"


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_data_folder_is_owner_only(tmp_path):
    """The data folder is created readable by its owner only."""
    folder = tmp_path / "a" / "b"
    ensure_private_dir(folder)
    assert stat.S_IMODE(folder.stat().st_mode) == 0o700


@pytest.mark.skipif(os.name != "posix" or os.geteuid() == 0, reason="root can write anywhere")
def test_unwritable_folder_gives_a_clear_message(tmp_path):
    """A folder that cannot be written gets a message naming it, not a traceback."""
    locked = tmp_path / "locked"
    locked.mkdir(mode=0o500)
    with pytest.raises(DataDirError, match="cannot write to its data folder"):
        ensure_private_dir(locked / "data")


def test_a_file_in_the_way_gives_a_clear_message(tmp_path):
    """A file where the folder should be is reported in plain words (works as root too)."""
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    with pytest.raises(DataDirError, match=str(blocker)):
        ensure_private_dir(blocker / "data")


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_existing_folder_keeps_its_mode(tmp_path):
    """--data-dir at a shared sticky folder: its mode and sticky bit are left alone."""
    shared = tmp_path / "shared"
    shared.mkdir()
    os.chmod(shared, 0o1777)
    ensure_private_dir(shared)
    assert stat.S_IMODE(shared.stat().st_mode) == 0o1777


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_only_the_folders_we_create_are_owner_only(tmp_path):
    """Every level created for the data folder is 0700; the existing parent is untouched."""
    parent = tmp_path / "parent"
    parent.mkdir()
    os.chmod(parent, 0o755)
    ensure_private_dir(parent / "a" / "b")
    assert stat.S_IMODE(parent.stat().st_mode) == 0o755
    assert stat.S_IMODE((parent / "a").stat().st_mode) == 0o700
    assert stat.S_IMODE((parent / "a" / "b").stat().st_mode) == 0o700


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_log_and_settings_files_are_owner_only(tmp_path):
    """After a real session (with a permissive umask) the log and both INI files are 0600."""
    import subprocess
    import sys

    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [
            "sh",
            "-c",
            'umask 022; exec "$0" -m csp_desktop --data-dir "$1" --quit-after-paint',
            sys.executable,
            str(data),
        ],
        capture_output=True,
        text=True,
        timeout=120,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    for name in ("preferences.ini", "window-state.ini", "logs/csp-desktop.log", "csp-desktop.db"):
        assert stat.S_IMODE((data / name).stat().st_mode) == 0o600, name
    for name in ("", "logs", "backups"):
        assert stat.S_IMODE((data / name).stat().st_mode) == 0o700, name


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_an_export_over_an_existing_file_keeps_its_mode(tmp_path):
    """Overwriting a file the user shared (0644) keeps 0644; a failed write leaves no .partial."""
    from csp_desktop.storage.filesystem import write_atomically

    target = tmp_path / "team.csv"
    target.write_text("old")
    os.chmod(target, 0o644)
    write_atomically(target, b"new")
    assert target.read_bytes() == b"new"
    assert stat.S_IMODE(target.stat().st_mode) == 0o644
    with pytest.raises(IsADirectoryError):
        write_atomically(tmp_path, b"x")  # a folder cannot be replaced by a file
    assert not list(tmp_path.glob("*.partial"))


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_the_lock_file_is_owner_only_while_the_app_runs(tmp_path):
    """The lock file (it names this computer and the process) is 0600 while it exists."""
    import subprocess
    import sys
    import time

    data = tmp_path / "data"
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    proc = subprocess.Popen(
        ["sh", "-c", 'umask 022; exec "$0" -m csp_desktop --data-dir "$1"', sys.executable, str(data)],
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        lock = data / "csp-desktop.lock"
        log = data / "logs" / "csp-desktop.log"
        for _ in range(600):  # the log is opened just after the lock is made private
            if log.exists():
                break
            time.sleep(0.1)
        assert stat.S_IMODE(lock.stat().st_mode) == 0o600
    finally:
        proc.terminate()
        proc.wait(30)
