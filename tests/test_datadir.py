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
