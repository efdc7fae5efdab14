"""A rotating log file in the data folder, so IT can see what happened after the fact."""

from __future__ import annotations

import logging
import logging.handlers
from pathlib import Path

LOG_NAME = "csp-desktop.log"
MAX_BYTES = 1_000_000
BACKUP_COUNT = 5


def configure_logging(logs_dir: Path, level: int = logging.INFO) -> Path:
    logs_dir.mkdir(parents=True, exist_ok=True)
    log_file = logs_dir / LOG_NAME
    handler = logging.handlers.RotatingFileHandler(
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
