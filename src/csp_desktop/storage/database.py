"""Open the user's database safely: check it, refuse what we must not touch, back up,
migrate, and snapshot.

The order matters. Nothing is written until the file has passed an integrity check and
has been shown not to come from a newer version of the app; a backup is taken before any
migration changes the file's shape.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import logging
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from csp_desktop import __version__
from csp_desktop.core.datadir import make_owner_only
from csp_desktop.storage import backups
from csp_desktop.storage.filesystem import is_network_path
from csp_desktop.storage.migrations import MIGRATION_SET, known_names, migrations

if TYPE_CHECKING:
    from sqlite_utils import Database

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


class WriteError(StorageError):
    """A write failed and was rolled back: nothing already saved was lost."""


@contextlib.contextmanager
def writing():
    """Turn SQLite's write failures into a plain message. The transaction around the write
    has already been rolled back when this runs, so the user's data is as it was."""
    try:
        yield
    except sqlite3.OperationalError as exc:
        text = str(exc).lower()
        if "full" in text:
            raise WriteError(
                "The disk is full, so nothing was saved. Free some space and try again; "
                "everything saved before is safe."
            ) from exc
        if "locked" in text or "busy" in text:
            raise WriteError(
                "The data file is busy (is CSP Desktop open in another window?). Nothing was saved."
            ) from exc
        if "readonly" in text or "read-only" in text:
            raise WriteError("The data file cannot be written (it is read-only). Nothing was saved.") from exc
        raise


@dataclass
class OpenReport:
    created: bool = False
    migrated: list[str] = field(default_factory=list)
    pre_migration_backup: Path | None = None
    snapshot: Path | None = None
    wal: bool = False


class Store:
    """The open database. Repositories take a Store; only this package touches it.

    ``conn`` is the sqlite3 connection, enough for reads. ``db`` wraps the same connection
    in sqlite-utils for writes; it is created on first use, because importing sqlite-utils
    costs more than the rest of start-up after Qt (see migrations.py).
    """

    def __init__(self, conn: sqlite3.Connection, path: Path, report: OpenReport):
        self.conn = conn
        self.path = path
        self.report = report
        self._db: Database | None = None

    @property
    def db(self) -> Database:
        if self._db is None:
            self._db = _wrap(self.conn)
        return self._db

    def close(self) -> None:
        self.conn.close()

    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("select value from app_meta where key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self.db.atomic():
            self.db["app_meta"].upsert({"key": key, "value": value}, pk="key")

    def applied_migrations(self) -> list[str]:
        return _applied(self.conn)


def _wrap(conn: sqlite3.Connection) -> Database:
    from sqlite_utils import Database

    # No plugins: nothing outside the bundle may run code inside the user's database.
    return Database(conn, execute_plugins=False)


def _applied(conn: sqlite3.Connection) -> list[str]:
    has_table = conn.execute(
        "select 1 from sqlite_master where type='table' and name=?", [MIGRATIONS_TABLE]
    ).fetchone()
    if not has_table:
        return []
    rows = conn.execute(
        f"select name from {MIGRATIONS_TABLE} where migration_set = ? order by rowid", [MIGRATION_SET]
    ).fetchall()
    return [r[0] for r in rows]


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
        return None, _applied(conn)
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
    applied: list[str] = []
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
    store = Store(conn, path, report)
    pending = [name for name in known_names() if name not in applied]
    if pending:
        if applied:
            report.pre_migration_backup = backups.pre_migration_backup(conn, backups_dir, pending, now)
            log.info("backed up to %s before migrating %s", report.pre_migration_backup, pending)
        migrations().apply(store.db)
        report.migrated = pending
    if report.created:
        store.set_meta("created_at", now.isoformat(timespec="seconds"))
        store.set_meta("created_by_version", __version__)
    for suffix in ("-wal", "-shm"):
        make_owner_only(path.with_name(path.name + suffix))
    report.snapshot = backups.take_daily_snapshot(conn, backups_dir, now.date(), keep_snapshots)
    return store
