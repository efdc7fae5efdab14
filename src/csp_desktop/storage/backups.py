"""Copies of the database: before every migration, and a rolling daily snapshot.

Copies are made with SQLite's online backup API, so they are consistent even while the
app holds the database open, and they include whatever sits in the WAL file.
"""

from __future__ import annotations

import datetime as dt
import re
import sqlite3
from dataclasses import dataclass
from pathlib import Path

from csp_desktop.core.datadir import make_owner_only

SNAPSHOT_PREFIX = "daily-"
_SNAPSHOT_RE = re.compile(r"^daily-(\d{4}-\d{2}-\d{2})\.db$")
DEFAULT_KEEP = 7


@dataclass(frozen=True)
class Snapshot:
    path: Path
    day: dt.date


def copy_database(source: sqlite3.Connection, target: Path) -> Path:
    """Write a consistent copy of ``source`` to ``target`` (atomically, via a temp file)."""
    target.parent.mkdir(parents=True, exist_ok=True)
    partial = target.with_name(target.name + ".partial")
    partial.unlink(missing_ok=True)
    dest = sqlite3.connect(partial)
    try:
        source.backup(dest)
    finally:
        dest.close()
    partial.replace(target)
    make_owner_only(target)
    return target


def pre_migration_backup(
    source: sqlite3.Connection, backups_dir: Path, pending: list[str], now: dt.datetime
) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    first = pending[0].split("_", 1)[0] if pending else "none"
    return copy_database(source, backups_dir / f"before-migration-{first}-{stamp}.db")


def list_snapshots(backups_dir: Path) -> list[Snapshot]:
    """Daily snapshots, newest first."""
    if not backups_dir.is_dir():
        return []
    found = []
    for path in backups_dir.iterdir():
        match = _SNAPSHOT_RE.match(path.name)
        if match:
            found.append(Snapshot(path, dt.date.fromisoformat(match.group(1))))
    return sorted(found, key=lambda s: s.day, reverse=True)


def take_daily_snapshot(
    source: sqlite3.Connection, backups_dir: Path, today: dt.date, keep: int = DEFAULT_KEEP
) -> Path | None:
    """Snapshot once per day, then prune to the newest ``keep``. Returns the new file, if any."""
    target = backups_dir / f"{SNAPSHOT_PREFIX}{today.isoformat()}.db"
    made = None
    if not target.exists():
        made = copy_database(source, target)
    for old in list_snapshots(backups_dir)[max(keep, 1) :]:
        old.path.unlink(missing_ok=True)
    return made
