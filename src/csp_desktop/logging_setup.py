"""A rotating log file in the data folder, so IT can see what happened after the fact."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

from csp_desktop.core.datadir import make_owner_only

LOG_NAME = "csp-desktop.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5


class PrivateRotatingFileHandler(logging.handlers.RotatingFileHandler):
    """The log names the data folder and what the user did: owner-only, like the database."""

    def _open(self):
        stream = super()._open()
        make_owner_only(Path(self.baseFilename))
        return stream


def configure_logging(logs_dir: Path, level: int = logging.INFO) -> Path:
    logs_dir.mkdir(mode=0o700, parents=True, exist_ok=True)  # new folders: owner-only
    log_file = logs_dir / LOG_NAME
    handler = PrivateRotatingFileHandler(
        log_file, maxBytes=MAX_BYTES, backupCount=BACKUP_COUNT, encoding="utf-8"
    )
    handler.setFormatter(logging.Formatter("%(asctime)s %(levelname)s %(name)s: %(message)s"))
    root = logging.getLogger()
    for old in [h for h in root.handlers if getattr(h, "_csp_desktop", False)]:
        root.removeHandler(old)
        old.close()
    handler._csp_desktop = True  # type: ignore[attr-defined]
    root.addHandler(handler)
    root.setLevel(level)
    return log_file
