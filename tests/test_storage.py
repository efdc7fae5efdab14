"""The database: migrations, backups, snapshots, refusal of newer files and recovery."""

import datetime as dt
import hashlib
import os
import stat

import pytest
from sqlite_utils import Database

from csp_desktop.storage import backups
from csp_desktop.storage.database import (
    CorruptDatabaseError,
    NewerDatabaseError,
    open_store,
    restore_snapshot,
)
from csp_desktop.storage.migrations import known_names, migrations

DAY1 = dt.datetime(2026, 5, 8, 9, 0, 0)


def digest(path):
    return hashlib.sha256(path.read_bytes()).hexdigest()


def test_new_database_has_every_migration(location):
    """A first start creates the file and applies every migration."""
    store = open_store(location.database, location.backups, now=DAY1)
    try:
        assert store.report.created
        assert store.applied_migrations() == known_names()
        assert store.meta("created_at") == "2026-05-08T09:00:00"
        assert store.report.pre_migration_backup is None  # nothing to protect yet
    finally:
        store.close()


def test_pragmas_wal_and_foreign_keys(store):
    """WAL journaling on a local disk, and foreign keys enforced."""
    assert store.db.execute("PRAGMA journal_mode").fetchone()[0] == "wal"
    assert store.db.execute("PRAGMA foreign_keys").fetchone()[0] == 1
    assert store.report.wal


@pytest.mark.skipif(os.name != "posix", reason="POSIX permissions")
def test_database_and_snapshot_are_owner_only(store, location):
    """The database and its backups are readable by the owner only."""
    for path in [location.database, *location.backups.iterdir()]:
        assert stat.S_IMODE(path.stat().st_mode) == 0o600, path


def test_upgrade_from_first_schema_backs_up_and_keeps_data(location):
    """A database at the first schema is backed up, then migrated, and its data survives."""
    db = Database(location.database)
    migrations().apply(db, stop_before=known_names()[1])
    db["app_meta"].insert({"key": "councillor", "value": "Cllr Siân Ŵyn"})
    db.close()
    store = open_store(location.database, location.backups, now=DAY1)
    try:
        assert store.report.migrated == known_names()[1:]
        backup = store.report.pre_migration_backup
        assert backup is not None and backup.exists()
        old = Database(backup)
        assert [m.name for m in migrations().applied(old)] == known_names()[:1]
        old.close()
        assert store.meta("councillor") == "Cllr Siân Ŵyn"
        assert store.db["module_progress"].exists()
    finally:
        store.close()


def test_newer_database_is_refused_and_left_untouched(location):
    """A file from a newer app version is refused with a clear message, byte for byte unchanged."""
    open_store(location.database, location.backups).close()
    db = Database(location.database)
    db["_sqlite_migrations"].insert(
        {"migration_set": "csp_desktop", "name": "999_from_the_future", "applied_at": "2030-01-01"}
    )
    db.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    db.close()
    before = digest(location.database)
    snapshots_before = sorted(location.backups.iterdir())
    with pytest.raises(NewerDatabaseError, match="newer version") as caught:
        open_store(location.database, location.backups)
    assert caught.value.unknown == ["999_from_the_future"]
    assert digest(location.database) == before
    assert sorted(location.backups.iterdir()) == snapshots_before


def test_corrupt_file_is_moved_aside_never_deleted(location):
    """An unreadable file is renamed out of the way, with its bytes intact, and snapshots offered."""
    open_store(location.database, location.backups, now=DAY1).close()
    location.database.write_bytes(b"this is not a database" * 100)
    before = digest(location.database)
    with pytest.raises(CorruptDatabaseError) as caught:
        open_store(location.database, location.backups, now=DAY1 + dt.timedelta(days=1))
    err = caught.value
    assert not location.database.exists()
    assert err.moved_to.exists() and digest(err.moved_to) == before
    assert "nothing has been deleted" in str(err)
    assert err.snapshots[0].day == DAY1.date()
    kept = backups.kept_snapshots(location.backups)
    assert [s.day for s in kept] == [DAY1.date()]  # kept until the user deletes it


def test_restoring_the_newest_snapshot_brings_data_back(location):
    """After corruption, restoring the snapshot gives back the data as it was that day."""
    store = open_store(location.database, location.backups, now=DAY1)
    store.set_meta("councillor", "Cllr Gwyn")
    store.close()
    # the snapshot is taken at open, so reopen on a later day to capture the edit
    open_store(location.database, location.backups, now=DAY1 + dt.timedelta(days=1)).close()
    location.database.write_bytes(b"\0" * 4096)
    with pytest.raises(CorruptDatabaseError) as caught:
        open_store(location.database, location.backups, now=DAY1 + dt.timedelta(days=2))
    restore_snapshot(caught.value.snapshots[0].path, location.database)
    store = open_store(location.database, location.backups, now=DAY1 + dt.timedelta(days=2))
    try:
        assert store.meta("councillor") == "Cllr Gwyn"
    finally:
        store.close()


def test_daily_snapshots_roll_and_keep_the_newest(location):
    """One snapshot a day; only the newest N are kept."""
    for day in range(10):
        open_store(
            location.database, location.backups, keep_snapshots=3, now=DAY1 + dt.timedelta(days=day)
        ).close()
    days = [s.day for s in backups.list_snapshots(location.backups)]
    assert days == [(DAY1 + dt.timedelta(days=d)).date() for d in (9, 8, 7)]


def test_same_day_reopen_takes_no_second_snapshot(location):
    """Reopening on the same day does not add snapshots."""
    open_store(location.database, location.backups, now=DAY1).close()
    store = open_store(location.database, location.backups, now=DAY1)
    store.close()
    assert store.report.snapshot is None
    assert len(backups.list_snapshots(location.backups)) == 1


def test_multi_row_writes_are_all_or_nothing(store):
    """A failure inside db.atomic() leaves none of the rows behind."""
    with pytest.raises(RuntimeError), store.db.atomic():
        store.db["section_reads"].insert_all(
            [{"module_id": "m", "section_id": f"s{i}", "read_at": "x"} for i in range(5)]
        )
        raise RuntimeError("power cut")
    assert store.db["section_reads"].count == 0
