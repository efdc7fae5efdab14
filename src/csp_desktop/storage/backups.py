"""Copies of the database: before every migration, a rolling daily snapshot, a weekly one
beside it, and a kept copy taken before any recovery or reset.

Copies are made with SQLite's online backup API, so they are consistent even while the
app holds the database open, and they include whatever sits in the WAL file.

Why three kinds: dailies alone roll over in a week, so a councillor who starts empty after
a damaged file and works on for seven days would be left with seven empty snapshots. The
weekly copies reach further back, and the copy kept before a recovery is never pruned: only
the user deletes it.
"""

from __future__ import annotations

import datetime as dt
import os
import re
import shutil
import sqlite3
import time
from dataclasses import dataclass
from pathlib import Path

from csp_desktop.core.datadir import make_owner_only

SNAPSHOT_PREFIX = "daily-"
WEEKLY_PREFIX = "weekly-"
KEPT_PREFIX = "kept-before-"
_SNAPSHOT_RE = re.compile(r"^daily-(\d{4}-\d{2}-\d{2})\.db$")
_WEEKLY_RE = re.compile(r"^weekly-(\d{4}-\d{2}-\d{2})\.db$")
_KEPT_RE = re.compile(r"^kept-before-[a-z]+-(\d{4}-\d{2}-\d{2})-at-\d{8}-\d{6}\.db$")
DEFAULT_KEEP = 7
WEEKS_TO_KEEP = 8
PARTIAL_SUFFIX = ".partial"
PARTIAL_GRACE_SECONDS = 60


@dataclass(frozen=True)
class Snapshot:
    """A copy of the database in the backups folder, and the day it was taken."""

    path: Path
    day: dt.date
    kind: str = "daily"  # "daily", "weekly" or "kept"


def _partial(target: Path) -> Path:
    # One name per process: two programs taking today's snapshot at once must not write into
    # the same half-made file.
    return target.with_name(f"{target.name}.{os.getpid()}{PARTIAL_SUFFIX}")


def copy_database(source: sqlite3.Connection, target: Path) -> Path:
    """Write a consistent copy of ``source`` to ``target`` (atomically, via a temp file)."""
    target.parent.mkdir(mode=0o700, parents=True, exist_ok=True)  # new folders: owner-only
    partial = _partial(target)
    partial.unlink(missing_ok=True)
    try:
        dest = sqlite3.connect(partial)
        try:
            source.backup(dest)
        finally:
            dest.close()
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)  # a full disk must not leave half a copy behind
        raise
    make_owner_only(target)
    return target


def copy_file(source: Path, target: Path) -> Path:
    """Copy a closed database file (a snapshot) atomically."""
    partial = _partial(target)
    try:
        shutil.copyfile(source, partial)
        partial.replace(target)
    except BaseException:
        partial.unlink(missing_ok=True)
        raise
    make_owner_only(target)
    return target


def pre_migration_backup(
    source: sqlite3.Connection, backups_dir: Path, pending: list[str], now: dt.datetime
) -> Path:
    stamp = now.strftime("%Y%m%d-%H%M%S")
    first = pending[0].split("_", 1)[0] if pending else "none"
    return copy_database(source, backups_dir / f"before-migration-{first}-{stamp}.db")


def _found(backups_dir: Path, pattern: re.Pattern[str], kind: str) -> list[Snapshot]:
    if not backups_dir.is_dir():
        return []
    found = []
    for path in backups_dir.iterdir():
        match = pattern.match(path.name)
        if match:
            found.append(Snapshot(path, dt.date.fromisoformat(match[1]), kind))
    return sorted(found, key=lambda s: (s.day, s.path.name), reverse=True)


def list_snapshots(backups_dir: Path) -> list[Snapshot]:
    """Daily snapshots, newest first."""
    return _found(backups_dir, _SNAPSHOT_RE, "daily")


def weekly_snapshots(backups_dir: Path) -> list[Snapshot]:
    return _found(backups_dir, _WEEKLY_RE, "weekly")


def kept_snapshots(backups_dir: Path) -> list[Snapshot]:
    return _found(backups_dir, _KEPT_RE, "kept")


def every_snapshot(backups_dir: Path) -> list[Snapshot]:
    """Every copy the user could go back to, newest first (dailies before weeklies of a day)."""
    order = {"daily": 0, "weekly": 1, "kept": 2}
    every = list_snapshots(backups_dir) + weekly_snapshots(backups_dir) + kept_snapshots(backups_dir)
    return sorted(every, key=lambda s: (-s.day.toordinal(), order[s.kind]))


def take_daily_snapshot(
    source: sqlite3.Connection, backups_dir: Path, today: dt.date, keep: int = DEFAULT_KEEP
) -> Path | None:
    """Snapshot once per day and once per week, then prune: the newest ``keep`` dailies and
    the newest WEEKS_TO_KEEP weeklies stay. Kept copies are never pruned here."""
    target = backups_dir / f"{SNAPSHOT_PREFIX}{today.isoformat()}.db"
    made = None
    if not target.exists():
        made = copy_database(source, target)
    monday = today - dt.timedelta(days=today.weekday())
    weekly = backups_dir / f"{WEEKLY_PREFIX}{monday.isoformat()}.db"
    if not weekly.exists():
        copy_file(target, weekly)
    for old in list_snapshots(backups_dir)[max(keep, 1) :]:
        old.path.unlink(missing_ok=True)
    for old in weekly_snapshots(backups_dir)[WEEKS_TO_KEEP:]:
        old.path.unlink(missing_ok=True)
    return made


def keep_before(backups_dir: Path, reason: str, now: dt.datetime) -> Path | None:
    """Before a recovery or reset, keep the newest good copy until the user deletes it."""
    candidates = list_snapshots(backups_dir) + weekly_snapshots(backups_dir)
    if not candidates:
        return None
    newest = max(candidates, key=lambda s: s.day)
    stamp = now.strftime("%Y%m%d-%H%M%S")
    name = f"{KEPT_PREFIX}{reason}-{newest.day.isoformat()}-at-{stamp}.db"
    return copy_file(newest.path, backups_dir / name)


def remove_partials(folder: Path, now: float | None = None) -> list[Path]:
    """Delete copies a killed process left half-written (``*.partial``). They were never
    renamed into place, so nothing refers to them. One touched in the last minute may be a
    copy another command is writing right now, so it is left for next time."""
    now = time.time() if now is None else now
    removed = []
    for where in (folder, folder / "backups"):
        if where.is_dir():
            for path in where.glob(f"*{PARTIAL_SUFFIX}*"):
                if path.is_file() and now - path.stat().st_mtime > PARTIAL_GRACE_SECONDS:
                    path.unlink(missing_ok=True)
                    removed.append(path)
    return removed
