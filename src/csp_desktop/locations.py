"""The Qt side of choosing the data folder: QStandardPaths supplies the platform default."""

from __future__ import annotations

import os
from collections.abc import Mapping
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from csp_desktop import APP_ID
from csp_desktop.core.datadir import DataLocation, executable_dir, resolve_data_dir


def default_data_dir(os_name: str = os.name, environ: Mapping[str, str] = os.environ) -> Path:
    """The per-user data folder: %LOCALAPPDATA%\\csp-desktop on Windows (local, never the
    roaming profile, which may be redirected to a network share), ~/.local/share/csp-desktop
    on Linux and ~/Library/Application Support/csp-desktop on macOS."""
    if os_name == "nt":
        # The folder IT documents and can check; Qt's GenericDataLocation below gives the
        # same folder from the known-folder API if the variable is ever missing.
        local = environ.get("LOCALAPPDATA", "").strip()
        if local:
            return Path(local) / APP_ID
    # GenericDataLocation + our id, without depending on the organisation/application
    # names set on the QCoreApplication, which may not exist yet when the command line is
    # parsed.
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    if not base:
        base = str(Path.home() / ".local" / "share")
    return Path(base) / APP_ID


def data_location(cli_value: str | None) -> DataLocation:
    return resolve_data_dir(cli_value, os.environ, executable_dir(), default_data_dir)
