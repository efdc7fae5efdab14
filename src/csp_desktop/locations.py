"""The Qt side of choosing the data folder: QStandardPaths supplies the platform default."""

from __future__ import annotations

import os
from pathlib import Path

from PySide6.QtCore import QStandardPaths

from csp_desktop import APP_ID
from csp_desktop.core.datadir import DataLocation, executable_dir, resolve_data_dir


def default_data_dir() -> Path:
    # GenericDataLocation + our id gives ~/.local/share/csp-desktop on Linux and
    # %LOCALAPPDATA%/csp-desktop on Windows (local, never roaming), without depending on
    # the organisation/application names set on the QCoreApplication, which may not
    # exist yet when the command line is parsed.
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.GenericDataLocation)
    if not base:
        base = str(Path.home() / ".local" / "share")
    return Path(base) / APP_ID


def data_location(cli_value: str | None) -> DataLocation:
    return resolve_data_dir(cli_value, os.environ, executable_dir(), default_data_dir)
