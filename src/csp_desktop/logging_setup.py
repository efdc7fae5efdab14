"""A rotating log file in the data folder, so IT can see what happened after the fact.

Start-up writes through a plain FileHandler: ``logging.handlers`` (with socket, pickle and
queue behind it) costs about 10 ms to import, before the window could paint. The GUI swaps
in the rotating handler once the window is up (``enable_rotation``); headless commands
rotate from the start. Both append to the same file, so no line is lost in the swap.

The log names the data folder and what the user did: it is owner-only, like the database.
"""

from __future__ import annotations

import logging
from pathlib import Path

from csp_desktop.core.datadir import make_owner_only

LOG_NAME = "csp-desktop.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5
FORMAT = "%(asctime)s %(levelname)s %(name)s: %(message)s"


class PrivateFileHandler(logging.FileHandler):
    def _open(self):
        stream = super()._open()
        make_owner_only(Path(self.baseFilename))
        return stream


def _install(handler: logging.Handler) -> None:
    handler.setFormatter(logging.Formatter(FORMAT))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_csp_desktop", False)]:
        root.removeHandler(old)
        old.close()
    handler._csp_desktop = True  # type: ignore[attr-defined]
    root.addHandler(handler)


def configure_logging(logs_dir: Path, level: int = logging.INFO, rotate: bool = True) -> Path:
    logs_dir.mkdir(mode=0o700, parents=True, exist_ok=True)  # new folders: owner-only
    log_file = logs_dir / LOG_NAME
    if rotate:
        enable_rotation(log_file)
    else:
        _install(PrivateFileHandler(log_file, encoding="utf-8"))
    logging.getLogger().setLevel(level)
    return log_file


def enable_rotation(log_file: Path) -> None:
    """Write ``log_file`` through a RotatingFileHandler from now on (it rolls over at 1 MB)."""
    import logging.handlers

    class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
        def _open(self):
            stream = super()._open()
            make_owner_only(Path(self.baseFilename))
            return stream

    _install(
        PrivateRotatingFileHandler(log_file, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8")
    )
