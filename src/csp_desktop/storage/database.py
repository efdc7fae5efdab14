"""Open the user's database safely: check it, refuse what we must not touch, back up,
migrate, and snapshot.

The order matters. Nothing is written until the file has passed an integrity check and
has been shown not to come from a newer version of the app; a backup is taken before any
migration changes the file's shape.
"""

from __future__ import annotations

import contextlib
import datetime as dt
import errno
import logging
import os
import shutil
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

from csp_desktop import __version__
from csp_desktop.core.datadir import make_owner_only
from csp_desktop.storage import backups
from csp_desktop.storage.errors import (
    BUSY,
    DENIED,
    FOLDER,
    FULL,
    OTHER,
    CorruptDatabaseError,
    DatabaseUnavailableError,
    EmptyDatabaseError,
    NewerDatabaseError,
    StaleRecordError,
    StorageError,
    WriteError,
    classify,
    writing,
)
from csp_desktop.storage.filesystem import is_network_path
from csp_desktop.storage.migrations import known_names, migrations
from csp_desktop.storage.store import OpenReport, Store, _applied

if TYPE_CHECKING:
    pass

log = logging.getLogger(__name__)

__all__ = [
    "BUSY",
    "DENIED",
    "FOLDER",
    "FULL",
    "OTHER",
    "CorruptDatabaseError",
    "DatabaseUnavailableError",
    "EmptyDatabaseError",
    "NewerDatabaseError",
    "OpenReport",
    "StaleRecordError",
    "StorageError",
    "Store",
    "WriteError",
    "classify",
    "open_store",
    "restore_snapshot",
    "writing",
]

BUSY_TIMEOUT_MS = 5000
LOW_DISK_BYTES = 1024 * 1024


def _connect(path: Path, busy_ms: int = BUSY_TIMEOUT_MS) -> sqlite3.Connection:
    conn = sqlite3.connect(path, timeout=busy_ms / 1000)
    conn.execute(f"PRAGMA busy_timeout = {int(busy_ms)}")
    return conn


def readonly_uri(path: Path) -> str:
    """A read-only ``file:`` URI for ``path``. ``#``, ``?`` and ``%`` in a folder name must be
    escaped, or SQLite reads them as the URI's fragment, query or an escape and opens (or
    creates) some other file."""
    return Path(path).absolute().as_uri() + "?mode=ro"


def open_readonly(path: Path) -> sqlite3.Connection:
    """Open a copy to read from. A Windows network path (\\\\server\\share) becomes a URI with a
    host, which SQLite refuses; such a path is opened by name instead (no URI, so nothing in
    it can be misread), and it must exist, so no stray file is ever created."""
    uri = readonly_uri(path)
    if uri.startswith("file:///"):
        return sqlite3.connect(uri, uri=True)
    if not Path(path).is_file():
        raise sqlite3.OperationalError(f"unable to open database file {path}")
    return sqlite3.connect(path)


def _unavailable(path: Path, exc: BaseException) -> DatabaseUnavailableError:
    """A retryable error for ``exc``. SQLite reports a full disk while making its -shm file
    as a vague I/O error, so a disk with almost no space left is named as the cause."""
    reason = classify(exc)
    if reason in (OTHER, "damaged"):
        reason = OTHER
        with contextlib.suppress(OSError):
            if shutil.disk_usage(path.parent).free < LOW_DISK_BYTES:
                reason = FULL
    return DatabaseUnavailableError(path, reason, str(exc))


def _check(conn: sqlite3.Connection, path: Path) -> tuple[str | None, list[str]]:
    """Return (damage or None, applied migration names). Reads only.

    Raises DatabaseUnavailableError when the file cannot be read *right now* (locked, full
    disk, permissions): that says nothing about its contents, so it must not be moved.
    """
    try:
        rows = conn.execute("PRAGMA integrity_check").fetchall()
        verdict = "; ".join(str(r[0]) for r in rows[:3])
        if verdict != "ok":
            return f"integrity check failed: {verdict}", []
        return None, _applied(conn)
    except sqlite3.DatabaseError as exc:
        reason = classify(exc)
        if reason == "damaged":
            return str(exc), []
        raise _unavailable(path, exc) from exc


COMPANIONS = ("-wal", "-shm", "-journal")


def move_aside(path: Path, now: dt.datetime, label: str = "unreadable") -> Path:
    """Rename the database and every companion file (-wal, -shm, -journal) out of the way,
    all together or not at all. Never deletes.

    A journal left behind would be replayed by SQLite into whatever file takes the name next.
    """
    stamp = now.strftime("%Y%m%d-%H%M%S")
    target = path.with_name(f"{path.stem}.{label}-{stamp}{path.suffix}")
    moves = [(path, target)] + [
        (path.with_name(path.name + s), target.with_name(target.name + s))
        for s in COMPANIONS
        if path.with_name(path.name + s).exists()
    ]
    done: list[tuple[Path, Path]] = []
    try:
        for source, dest in moves:
            if dest.exists():
                raise FileExistsError(errno.EEXIST, "already exists", str(dest))
            source.replace(dest)
            done.append((source, dest))
    except OSError as exc:
        for source, dest in reversed(done):
            dest.replace(source)
        raise DatabaseUnavailableError(path, classify(exc), str(exc)) from exc
    return target


def restore_snapshot(snapshot: Path, path: Path, now: dt.datetime | None = None) -> Path | None:
    """Put ``snapshot`` in place of the database. An existing file is moved aside first.

    The snapshot is opened by an escaped URI (read-only) and checked before anything moves,
    so a bad snapshot or an odd folder name can never leave the user with nothing.
    """
    now = now or dt.datetime.now()
    source = open_readonly(snapshot)
    try:
        problem = source.execute("PRAGMA integrity_check").fetchone()[0]
        if problem != "ok":
            raise StorageError(f"The backup {snapshot} is damaged too ({problem}); nothing was changed.")
        moved = move_aside(path, now, "replaced") if path.exists() else None
        backups.copy_database(source, path)
    except sqlite3.DatabaseError as exc:
        raise StorageError(f"The backup {snapshot} could not be read ({exc}); nothing was changed.") from exc
    finally:
        source.close()
    return moved


def _refuse_unusable(path: Path) -> None:
    """Problems we can see before SQLite touches the file: each is retryable, none is damage."""
    if path.is_dir():
        raise DatabaseUnavailableError(path, FOLDER)
    if path.exists():
        companions = [path.with_name(path.name + s) for s in COMPANIONS]
        for candidate in [path, *[c for c in companions if c.exists()]]:
            if not os.access(candidate, os.R_OK | os.W_OK):
                raise DatabaseUnavailableError(path, DENIED)
    if not os.access(path.parent, os.W_OK | os.X_OK):
        raise DatabaseUnavailableError(path, DENIED)


SQLITE_HEADER = b"SQLite format 3\x00"


def _has_sqlite_header(path: Path) -> bool:
    try:
        with path.open("rb") as f:
            return f.read(len(SQLITE_HEADER)) == SQLITE_HEADER
    except OSError as exc:
        raise _unavailable(path, exc) from exc


def _create(path: Path, now: dt.datetime) -> None:
    """Build a new database beside ``path`` and rename it into place only once complete, so
    a full disk or a kill never leaves a stub without tables where the data file should be."""
    # One name per process: two programs starting on a new folder at once must not build
    # into, or rename, each other's half-made file.
    partial = path.with_name(f"{path.name}.{os.getpid()}{backups.PARTIAL_SUFFIX}")
    for leftover in (partial, *(partial.with_name(partial.name + s) for s in COMPANIONS)):
        leftover.unlink(missing_ok=True)
    try:
        conn = sqlite3.connect(partial)
        try:
            conn.execute("PRAGMA journal_mode = DELETE")
            store = Store(conn, partial, OpenReport())
            migrations().apply(store.db)
            store.set_meta("created_at", now.isoformat(timespec="seconds"))
            store.set_meta("created_by_version", __version__)
        finally:
            conn.close()
        make_owner_only(partial)
        try:
            os.link(partial, path)  # never replaces: a file another process put there first wins
        except FileExistsError:
            pass
        except OSError:  # no hard links on this filesystem (FAT, some shares)
            if not path.exists():
                partial.replace(path)
    except (sqlite3.Error, OSError) as exc:
        raise _unavailable(path, exc) from exc
    finally:
        for leftover in (partial, partial.with_name(partial.name + "-journal")):
            leftover.unlink(missing_ok=True)


def _move_damaged(path: Path, backups_dir: Path, now: dt.datetime, problem: str, label: str) -> Path:
    moved = move_aside(path, now, label)
    log.error("database %s unreadable (%s); moved to %s", path, problem, moved)
    with contextlib.suppress(OSError, sqlite3.Error):
        kept = backups.keep_before(backups_dir, "recovery", now)
        log.info("kept %s until the user deletes it", kept)
    return moved


def open_store(
    path: Path,
    backups_dir: Path,
    *,
    keep_snapshots: int = backups.DEFAULT_KEEP,
    now: dt.datetime | None = None,
    busy_timeout_ms: int = BUSY_TIMEOUT_MS,
) -> Store:
    now = now or dt.datetime.now()
    _refuse_unusable(path)
    with contextlib.suppress(OSError):
        backups.remove_partials(path.parent)
    report = OpenReport(created=not path.exists())
    if report.created:
        _create(path, now)
        report.migrated = known_names()
    elif path.stat().st_size == 0:
        moved = _move_damaged(path, backups_dir, now, "empty file", "empty")
        raise EmptyDatabaseError(path, moved, "the file was empty", backups.every_snapshot(backups_dir))
    if not _has_sqlite_header(path):
        # Decided before SQLite opens it: SQLite would otherwise act on a journal beside it.
        moved = _move_damaged(path, backups_dir, now, "file is not a database", "unreadable")
        raise CorruptDatabaseError(path, moved, "file is not a database", backups.every_snapshot(backups_dir))
    try:
        conn = _connect(path, busy_timeout_ms)
    except sqlite3.Error as exc:
        raise _unavailable(path, exc) from exc
    try:
        problem, applied = _check(conn, path)
    except DatabaseUnavailableError:
        conn.close()
        raise
    if problem:
        conn.close()
        moved = _move_damaged(path, backups_dir, now, problem, "unreadable")
        raise CorruptDatabaseError(path, moved, problem, backups.every_snapshot(backups_dir))
    unknown = [name for name in applied if name not in known_names()]
    if unknown:
        conn.close()
        log.error("database %s is from a newer version: %s", path, unknown)
        raise NewerDatabaseError(path, unknown)
    try:
        return _finish_open(conn, path, backups_dir, report, applied, keep_snapshots, now)
    except (sqlite3.Error, OSError) as exc:
        conn.close()
        raise _unavailable(path, exc) from exc
    except BaseException:  # a migration's WriteError, say: never leave the file open
        conn.close()
        raise


def _finish_open(
    conn: sqlite3.Connection,
    path: Path,
    backups_dir: Path,
    report: OpenReport,
    applied: list[str],
    keep_snapshots: int,
    now: dt.datetime,
) -> Store:
    make_owner_only(path)
    report.wal = not is_network_path(path)
    conn.execute(f"PRAGMA journal_mode = {'WAL' if report.wal else 'DELETE'}")
    conn.execute("PRAGMA foreign_keys = ON")
    store = Store(conn, path, report)
    pending = [name for name in known_names() if name not in applied]
    if pending:
        report.pre_migration_backup = backups.pre_migration_backup(conn, backups_dir, pending, now)
        log.info("backed up to %s before migrating %s", report.pre_migration_backup, pending)
        with writing():
            migrations().apply(store.db)
        report.migrated = pending
    for suffix in ("-wal", "-shm"):
        make_owner_only(path.with_name(path.name + suffix))
    try:
        report.snapshot = backups.take_daily_snapshot(conn, backups_dir, now.date(), keep_snapshots)
    except (sqlite3.Error, OSError) as exc:
        # The data file itself is sound: a missing snapshot (say, on a full disk) is no reason
        # to keep the councillor out. It is logged, and tomorrow's start tries again.
        report.snapshot_problem = str(exc)
        log.warning("could not take today's snapshot: %s", exc)
    return store
