"""Open the user's database safely: check it, refuse what we must not touch, back up,
migrate, and snapshot.

The order matters. Nothing is written until the file has passed an integrity check and
has been shown not to come from a newer version of the app; a backup is taken before any
migration changes the file's shape.
"""

from __future__ import annotations

import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path

from sqlite_utils import Database

from csp_desktop import __version__
from csp_desktop.core.datadir import make_owner_only
from csp_desktop.storage import backups
from csp_desktop.storage.filesystem import is_network_path
from csp_desktop.storage.migrations import known_names, migrations

log = logging.getLogger(__name__)

MIGRATIONS_TABLE = "_sqlite_migrations"
BUSY_TIMEOUT_MS = 5000


class StorageError(Exception):
    """A problem with the database, phrased for the user."""


class NewerDatabaseError(StorageError):
    def __init__(self, path: Path, unknown: list[str]):
        self.path = path
        self.unknown = unknown
        super().__init__(
            f"The data file {path} was saved by a newer version of CSP Desktop "
            f"(it has {len(unknown)} change(s) this version does not know). It has been left "
            "untouched. Install the newer version, or start this one with another data folder."
        )


class CorruptDatabaseError(StorageError):
    def __init__(self, path: Path, moved_to: Path, detail: str, snapshots: list[backups.Snapshot]):
        self.path = path
        self.moved_to = moved_to
        self.detail = detail
        self.snapshots = snapshots
        super().__init__(
            f"The data file could not be read ({detail}). It has been moved to {moved_to} "
            "and nothing has been deleted."
        )


@dataclass
class OpenReport:
    created: bool = False
    migrated: list[str] = field(default_factory=list)
    pre_migration_backup: Path | None = None
    snapshot: Path | None = None
    wal: bool = False


class Store:
    """The open database. Repositories take a Store; only this package touches ``db``."""

    def __init__(self, db: Database, path: Path, report: OpenReport):
        self.db = db
        self.path = path
        self.report = report

    def close(self) -> None:
        self.db.close()

    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.db.execute("select value from app_meta where key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self.db.atomic():
            self.db["app_meta"].upsert({"key": key, "value": value}, pk="key")

    def applied_migrations(self) -> list[str]:
        return [m.name for m in migrations.applied(self.db)]


def _connect(path: Path) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=BUSY_TIMEOUT_MS / 1000)
    conn.execute(f"PRAGMA busy_timeout = {BUSY_TIMEOUT_MS}")
    return conn


def _check(conn: sqlite3.Connection) -> tuple[str | None, list[str]]:
    """Return (problem or None, applied migration names). Reads only."""
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        verdict = "; ".join(str(r[0]) for r in rows[:3])
        if verdict != "ok":
            return f"integrity check failed: {verdict}", []
        has_table = conn.execute(
            "select 1 from sqlite_master where type='table' and name=?", [MIGRATIONS_TABLE]
        ).fetchone()
        if not has_table:
            return None, []
        names = conn.execute(
            f"select name from {MIGRATIONS_TABLE} where migration_set = ?", [migrations.name]
        ).fetchall()
        return None, [n[0] for n in names]
    except sqlite3.DatabaseError as exc:
        return str(exc), []


def move_aside(path: Path, now: dt.datetime, label: str = "unreadable") -> Path:
    """Rename the database (and its -wal/-shm companions) out of the way. Never deletes."""
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix}")
    for suffix in ("-wal", "-shm"):
        companion = path.with_name(path.name + suffix)
        if companion.exists():
            companion.replace(target.with_name(target.name + suffix))
    path.replace(target)
    return target


def restore_snapshot(snapshot: Path, path: Path, now: dt.datetime | None = None) -> Path | None:
    """Put ``snapshot`` in place of the database. An existing file is moved aside first."""
    now = now or dt.datetime.now()
    moved = move_aside(path, now, "replaced") if path.exists() else None
    source = sqlite3.connect(f"file:{snapshot}?mode=ro", uri=True)
    try:
        backups.copy_database(source, path)
    finally:
        source.close()
    return moved


def open_store(
    path: Path,
    backups_dir: Path,
    *,
    keep_snapshots: int = backups.DEFAULT_KEEP,
    now: dt.datetime | None = None,
) -> Store:
    now = now or dt.datetime.now()
    report = OpenReport(created=not path.exists())
    conn = _connect(path)
    if not report.created:
        problem, applied = _check(conn)
        if problem:
            conn.close()
            moved = move_aside(path, now)
            log.error("database %s unreadable (%s); moved to %s", path, problem, moved)
            raise CorruptDatabaseError(path, moved, problem, backups.list_snapshots(backups_dir))
        unknown = [name for name in applied if name not in known_names()]
        if unknown:
            conn.close()
            log.error("database %s is from a newer version: %s", path, unknown)
            raise NewerDatabaseError(path, unknown)
    make_owner_only(path)
    report.wal = not is_network_path(path)
    conn.execute(f"PRAGMA journal_mode = {'WAL' if report.wal else 'DELETE'}")
    conn.execute("PRAGMA foreign_keys = ON")
    db = Database(conn)
    pending = [m.name for m in migrations.pending(db)]
    if pending and not report.created and migrations.applied(db):
        report.pre_migration_backup = backups.pre_migration_backup(conn, backups_dir, pending, now)
        log.info("backed up to %s before migrating %s", report.pre_migration_backup, pending)
    migrations.apply(db)
    report.migrated = pending
    if report.created:
        store = Store(db, path, report)
        store.set_meta("created_at", now.isoformat(timespec="seconds"))
        store.set_meta("created_by_version", __version__)
    for suffix in ("-wal", "-shm"):
        make_owner_only(path.with_name(path.name + suffix))
    report.snapshot = backups.take_daily_snapshot(conn, backups_dir, now.date(), keep_snapshots)
    return Store(db, path, report)
