"""The open database: one sqlite3 connection, with sqlite-utils on top for writes, and the
transactions every write and every whole-record read go through."""

from __future__ import annotations

import contextlib
import sqlite3
from dataclasses import dataclass, field
from pathlib import Path
from typing import TYPE_CHECKING

from csp_desktop.storage.errors import writing
from csp_desktop.storage.migrations import MIGRATION_SET

if TYPE_CHECKING:
    from sqlite_utils import Database

MIGRATIONS_TABLE = "_sqlite_migrations"


@dataclass
class OpenReport:
    """What happened when the database was opened: created, migrated, backed up."""

    created: bool = False
    migrated: list[str] = field(default_factory=list)
    pre_migration_backup: Path | None = None
    snapshot: Path | None = None
    wal: bool = False
    snapshot_problem: str | None = None


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

    @contextlib.contextmanager
    def reading(self):
        """Several SELECTs that see one consistent state. Outside a transaction each SELECT
        sees the database as it is at that moment, so a read of people and then memberships
        could see a membership whose person another process added in between."""
        if self.conn.in_transaction:
            yield self
            return
        self.conn.execute("BEGIN")
        try:
            yield self
        finally:
            if self.conn.in_transaction:
                self.conn.execute("COMMIT")

    @contextlib.contextmanager
    def transaction(self):
        """One atomic write that takes the write lock at its start (BEGIN IMMEDIATE).

        A deferred transaction that reads first and writes later fails at once, busy timeout
        or not, when another process wrote in between; taking the lock first makes the
        read-check-write of a save wait its turn instead. Nested calls become savepoints.
        """
        if self.conn.in_transaction:
            with self.db.atomic():
                yield self
            return
        with writing():  # a full disk or a lock becomes a plain WriteError, after the rollback
            self.conn.execute("BEGIN IMMEDIATE")
            try:
                yield self
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise
            try:
                self.conn.execute("COMMIT")
            except BaseException:
                if self.conn.in_transaction:
                    self.conn.execute("ROLLBACK")
                raise

    def meta(self, key: str, default: str | None = None) -> str | None:
        row = self.conn.execute("select value from app_meta where key = ?", [key]).fetchone()
        return row[0] if row else default

    def set_meta(self, key: str, value: str) -> None:
        with self.transaction():
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
