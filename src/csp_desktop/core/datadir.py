"""Decide where the user's data lives.

Precedence, highest first: ``--data-dir``, the ``CSP_DESKTOP_DATA_DIR`` environment
variable, portable mode (a marker file beside the executable), then the per-user *local*
application data folder. Local, not roaming: a roaming profile can be redirected to a
network share, where SQLite locking and WAL are unreliable.
"""

from __future__ import annotations

import os
import stat
import sys
from collections.abc import Callable, Mapping
from dataclasses import dataclass
from pathlib import Path

ENV_VAR = "CSP_DESKTOP_DATA_DIR"
PORTABLE_MARKER = "portable.txt"
PORTABLE_DATA_FOLDER = "data"


@dataclass(frozen=True)
class DataLocation:
    """The data folder in use, and why it was chosen."""

    path: Path
    reason: str  # "command line", "environment", "portable", "default"

    @property
    def database(self) -> Path:
        return self.path / "csp-desktop.db"

    @property
    def backups(self) -> Path:
        return self.path / "backups"

    @property
    def logs(self) -> Path:
        return self.path / "logs"

    @property
    def cache(self) -> Path:
        """Things worked out from the content, kept to make the next start quicker."""
        return self.path / "cache"

    @property
    def preferences_file(self) -> Path:
        return self.path / "preferences.ini"

    @property
    def window_state_file(self) -> Path:
        return self.path / "window-state.ini"


def executable_dir() -> Path:
    """The folder of the running program: the bundle folder when frozen."""
    if getattr(sys, "frozen", False):
        return Path(sys.executable).resolve().parent
    return Path(sys.argv[0]).resolve().parent if sys.argv and sys.argv[0] else Path.cwd()


def resolve_data_dir(
    cli_value: str | None,
    environ: Mapping[str, str],
    exe_dir: Path,
    default_dir: Callable[[], Path],
) -> DataLocation:
    if cli_value:
        return DataLocation(Path(cli_value).expanduser().absolute(), "command line")
    env_value = environ.get(ENV_VAR, "").strip()
    if env_value:
        return DataLocation(Path(env_value).expanduser().absolute(), "environment")
    if (exe_dir / PORTABLE_MARKER).is_file():
        return DataLocation(exe_dir / PORTABLE_DATA_FOLDER, "portable")
    return DataLocation(default_dir(), "default")


class DataDirError(Exception):
    """The data folder cannot be created or written; the message is for the user."""


def ensure_private_dir(path: Path) -> None:
    """Create ``path`` and prove it is writable. Only folders created here are made
    owner-only (POSIX): a folder that already exists (``--data-dir`` pointing at a shared
    folder, say) belongs to someone else's arrangement, and its mode is never changed."""
    try:
        missing = []
        for folder in [path, *path.parents]:
            if folder.exists():
                break
            missing.append(folder)
        for folder in reversed(missing):
            try:
                folder.mkdir(mode=stat.S_IRWXU)
            except FileExistsError:
                continue  # made by another process meanwhile: theirs, not ours
            if os.name == "posix":
                os.chmod(folder, stat.S_IRWXU)
        if not path.is_dir():
            raise NotADirectoryError(20, "Not a directory", str(path))
        probe = path / ".write-test"
        probe.write_bytes(b"")
        probe.unlink()
    except OSError as exc:
        raise DataDirError(
            f"CSP Desktop cannot write to its data folder {path}: {exc.strerror or exc}. "
            "Choose another folder with --data-dir, or ask IT to check its permissions."
        ) from exc


def make_owner_only(path: Path) -> None:
    """Files holding personal data are readable by their owner only (POSIX)."""
    if os.name == "posix" and path.exists():
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)


def create_owner_only(path: Path) -> None:
    """Make sure ``path`` exists and is owner-only *before* another library writes it: Qt's
    settings and lock files keep the mode of an existing file."""
    if os.name == "posix":
        fd = os.open(path, os.O_CREAT | os.O_WRONLY, stat.S_IRUSR | stat.S_IWUSR)
        os.close(fd)
        os.chmod(path, stat.S_IRUSR | stat.S_IWUSR)
