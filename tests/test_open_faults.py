"""Opening the data file when the world is unkind: locked, full, forbidden, a folder, empty,
a leftover journal, odd characters in the path. Only real damage may move a file aside."""

import datetime as dt
import hashlib
import os
import shutil
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pytest

from csp_desktop.storage import backups
from csp_desktop.storage.database import (
    BUSY,
    DENIED,
    FOLDER,
    FULL,
    CorruptDatabaseError,
    DatabaseUnavailableError,
    EmptyDatabaseError,
    move_aside,
    open_store,
    restore_snapshot,
)
from tests.conftest import fill

DAY1 = dt.datetime(2026, 5, 8, 9, 0, 0)


def digest(path: Path) -> str:
    return hashlib.sha256(path.read_bytes()).hexdigest()


def folder_names(folder: Path) -> list[str]:
    return sorted(p.name for p in folder.iterdir())


def healthy(location, now=DAY1, note="Cllr Gwyn") -> None:
    """A sound database holding ``note``, with that day's snapshot holding it too."""
    store = open_store(location.database, location.backups, now=now)
    store.set_meta("councillor", note)
    store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    store.close()
    for snapshot in location.backups.iterdir():
        snapshot.unlink()
    open_store(location.database, location.backups, now=now).close()


HOLD_LOCK = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("PRAGMA journal_mode = DELETE")
conn.execute("BEGIN EXCLUSIVE")
conn.execute("update app_meta set value = 'mid-write' where key = 'councillor'")
print("locked", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


def test_a_database_locked_by_another_process_is_never_moved_aside(location):
    """Another program holds the lock (rollback journal, as on a network share): the open is
    refused with a retryable message, and the file and its journal stay exactly where they are."""
    healthy(location)
    conn = sqlite3.connect(location.database)
    conn.execute("PRAGMA journal_mode = DELETE")
    conn.close()
    before = digest(location.database)
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_LOCK, str(location.database)],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "locked"
        with pytest.raises(DatabaseUnavailableError) as caught:
            open_store(location.database, location.backups, busy_timeout_ms=200)
        assert caught.value.reason == BUSY
        assert "Nothing has been moved or changed" in str(caught.value)
        assert not list(location.path.glob("*.unreadable-*"))
        assert location.database.with_name("csp-desktop.db-journal").exists()  # theirs, untouched
    finally:
        holder.communicate("\n", timeout=30)
    assert digest(location.database) == before
    store = open_store(location.database, location.backups)  # and it opens once the lock is gone
    assert store.meta("councillor") == "Cllr Gwyn"
    store.close()


def test_a_full_disk_never_moves_a_healthy_database_aside(tiny_disk, location):
    """With no space left SQLite cannot make its -shm file; that is not damage."""
    data = tiny_disk / "data"
    data.mkdir()
    db = data / "csp-desktop.db"
    shutil.copyfile(location.database if location.database.exists() else _fresh(location), db)
    before = digest(db)
    fill(tiny_disk)
    with pytest.raises(DatabaseUnavailableError) as caught:
        open_store(db, data / "backups")
    assert caught.value.reason == FULL
    assert "disk is full" in str(caught.value)
    assert db.exists() and digest(db) == before
    assert not list(data.glob("*.unreadable-*"))
    (tiny_disk / "filler").unlink()
    store = open_store(db, data / "backups")
    assert store.meta("councillor") == "Cllr Gwyn"
    store.close()


def _fresh(location) -> Path:
    healthy(location)
    return location.database


def test_creating_a_database_on_a_full_disk_leaves_no_stub(tiny_disk):
    """A new database is built aside and renamed into place only when complete."""
    data = tiny_disk / "data"
    data.mkdir()
    fill(tiny_disk)
    with pytest.raises(DatabaseUnavailableError) as caught:
        open_store(data / "csp-desktop.db", data / "backups")
    assert caught.value.reason == FULL
    assert folder_names(data) == []  # no stub, no .partial, no journal
    (tiny_disk / "filler").unlink()
    store = open_store(data / "csp-desktop.db", data / "backups")
    assert store.report.created and store.db["people"].exists()
    store.close()


def test_permission_denied_is_reported_not_moved(location, monkeypatch):
    """A file this account may not write (IT ran setup as another user) is left alone."""
    healthy(location)
    before = folder_names(location.path)
    real_access = os.access
    monkeypatch.setattr(
        os, "access", lambda p, mode: False if Path(p) == location.database else real_access(p, mode)
    )
    with pytest.raises(DatabaseUnavailableError) as caught:
        open_store(location.database, location.backups)
    assert caught.value.reason == DENIED and "Ask IT" in str(caught.value)
    assert folder_names(location.path) == before


def test_a_folder_where_the_data_file_should_be(location):
    """A folder named like the data file gives a plain message and changes nothing."""
    location.database.mkdir()
    with pytest.raises(DatabaseUnavailableError) as caught:
        open_store(location.database, location.backups)
    assert caught.value.reason == FOLDER
    assert location.database.is_dir()
    assert folder_names(location.path) == ["csp-desktop.db"]


def test_a_folder_for_the_data_file_on_the_command_line(tmp_path):
    """The command line says so in plain words: no traceback."""
    data = tmp_path / "data"
    (data / "csp-desktop.db").mkdir(parents=True)
    result = subprocess.run(
        [sys.executable, "-m", "csp_desktop", "--data-dir", str(data), "search", "marac"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1 and "a folder with that name" in result.stderr
    assert "Traceback" not in result.stderr


def test_a_zero_byte_database_is_reported_with_a_snapshot_offered(location):
    """An emptied file is never silently replaced: the open stops with a message, the empty
    file is kept, and the newest snapshot is offered."""
    healthy(location)
    location.database.write_bytes(b"")
    for companion in location.path.glob("csp-desktop.db-*"):
        companion.unlink()
    with pytest.raises(EmptyDatabaseError) as caught:
        open_store(location.database, location.backups, now=DAY1 + dt.timedelta(days=1))
    assert caught.value.moved_to.exists() and caught.value.moved_to.stat().st_size == 0
    assert caught.value.snapshots and caught.value.snapshots[0].day == DAY1.date()
    restore_snapshot(caught.value.snapshots[0].path, location.database)
    store = open_store(location.database, location.backups)
    assert store.meta("councillor") == "Cllr Gwyn"
    store.close()


def test_a_damaged_file_moves_with_its_rollback_journal(location):
    """A journal left beside a damaged file goes with it, so it is never replayed into the
    next database."""
    healthy(location)
    location.database.write_bytes(b"not a database" * 300)
    journal = location.database.with_name("csp-desktop.db-journal")
    journal.write_bytes(b"old journal" * 100)
    with pytest.raises(CorruptDatabaseError) as caught:
        open_store(location.database, location.backups, now=DAY1 + dt.timedelta(days=1))
    moved = caught.value.moved_to
    assert moved.with_name(moved.name + "-journal").read_bytes() == b"old journal" * 100
    assert not journal.exists()
    store = open_store(location.database, location.backups)
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    store.close()


def test_moving_aside_is_all_or_nothing(location, monkeypatch):
    """If one companion cannot be moved, everything already moved is put back."""
    healthy(location)
    journal = location.database.with_name("csp-desktop.db-journal")
    journal.write_bytes(b"journal")
    before = folder_names(location.path)
    real_replace = Path.replace

    def failing(self, target):
        if self.name.endswith("-journal"):
            raise PermissionError(13, "Permission denied", str(self))
        return real_replace(self, target)

    monkeypatch.setattr(Path, "replace", failing)
    with pytest.raises(DatabaseUnavailableError):
        move_aside(location.database, DAY1)
    assert folder_names(location.path) == before


def test_the_copy_before_recovery_survives_a_week_of_work(location):
    """After a damaged file is moved aside and the user works on for ten days, the good copy
    taken before the recovery and the weekly snapshots are still there."""
    healthy(location, note="before the damage")
    location.database.write_bytes(b"damaged" * 500)
    with pytest.raises(CorruptDatabaseError):
        open_store(location.database, location.backups, now=DAY1 + dt.timedelta(days=1))
    for day in range(1, 12):  # start empty and work on, one session a day
        open_store(location.database, location.backups, now=DAY1 + dt.timedelta(days=day)).close()
    kept = backups.kept_snapshots(location.backups)
    assert len(kept) == 1
    conn = sqlite3.connect(kept[0].path)
    value = conn.execute("select value from app_meta where key = 'councillor'").fetchone()[0]
    conn.close()
    assert value == "before the damage"
    assert len(backups.list_snapshots(location.backups)) == backups.DEFAULT_KEEP
    weeklies = backups.weekly_snapshots(location.backups)
    assert len(weeklies) >= 2
    assert {s.path for s in weeklies}.isdisjoint(s.path for s in backups.list_snapshots(location.backups))


@pytest.mark.parametrize("odd", ["Data #1", "what?now", "100% mine", "a%23b"])
def test_restoring_works_with_odd_characters_in_the_path(tmp_path, odd):
    """'#', '?' and '%' in the data folder: the backup really comes back, no stray file."""
    from csp_desktop.core.datadir import resolve_data_dir

    location = resolve_data_dir(str(tmp_path / odd), {}, tmp_path, lambda: tmp_path)
    location.path.mkdir()
    healthy(location)
    open_store(location.database, location.backups, now=DAY1 + dt.timedelta(days=1)).close()
    location.database.write_bytes(b"\0" * 4096)
    with pytest.raises(CorruptDatabaseError) as caught:
        open_store(location.database, location.backups, now=DAY1 + dt.timedelta(days=2))
    outside_before = folder_names(tmp_path)
    restore_snapshot(caught.value.snapshots[0].path, location.database)
    store = open_store(location.database, location.backups)
    assert store.meta("councillor") == "Cllr Gwyn"
    store.close()
    assert folder_names(tmp_path) == outside_before


def test_partial_files_left_by_a_killed_process_are_removed_at_the_next_start(location):
    """Half-written copies are deleted when the data file is next opened (unless fresh)."""
    healthy(location)
    old = time.time() - 3600
    stale = [location.path / "csp-desktop.db.partial", location.backups / "daily-2026-01-01.db.partial"]
    for path in stale:
        path.write_bytes(b"half")
        os.utime(path, (old, old))
    fresh = location.backups / "daily-2026-01-02.db.partial"
    fresh.write_bytes(b"being written right now")
    open_store(location.database, location.backups).close()
    assert not any(p.exists() for p in stale)
    assert fresh.exists()


def test_a_killed_self_test_leaves_no_copy_of_the_data_behind(tmp_path):
    """A self-test folder whose process is gone is removed at the next start; a running
    one's is left alone."""
    from csp_desktop.commands.self_test import OWNER_FILE, PREFIX, remove_stale_copies

    dead = subprocess.Popen([sys.executable, "-c", "pass"])
    dead.wait()
    abandoned = tmp_path / f"{PREFIX}abandoned"
    (abandoned / "database" / "data").mkdir(parents=True)
    (abandoned / "database" / "data" / "csp-desktop.db").write_bytes(b"a copy of someone's contacts")
    (abandoned / OWNER_FILE).write_text(str(dead.pid))
    running = tmp_path / f"{PREFIX}running"
    running.mkdir()
    (running / OWNER_FILE).write_text(str(os.getpid()))
    assert remove_stale_copies(tmp_path) == [abandoned]
    assert not abandoned.exists() and running.exists()


def test_self_test_copies_a_database_from_a_path_with_odd_characters(tmp_path):
    """The self-test's read-only copy escapes '#', '?' and '%' in the data folder's path."""
    data = tmp_path / "Data #1 100%?"
    assert (
        subprocess.run(
            [sys.executable, "-m", "csp_desktop", "--data-dir", str(data), "setup", "--council", "Conwy"],
            capture_output=True,
            timeout=120,
        ).returncode
        == 0
    )
    before = folder_names(tmp_path)
    result = subprocess.run(
        [sys.executable, "-m", "csp_desktop", "--data-dir", str(data), "self-test"],
        capture_output=True,
        text=True,
        timeout=300,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert "a copy of" in result.stdout, result.stdout
    assert folder_names(tmp_path) == before


class _Refusing:
    """A connection whose every statement fails as SQLite would with ``message``."""

    def __init__(self, message: str):
        self.message = message

    def execute(self, *args, **kwargs):
        raise sqlite3.OperationalError(self.message)

    def close(self):
        pass


@pytest.mark.parametrize(
    ("message", "reason"),
    [
        ("database is locked", BUSY),
        ("database or disk is full", FULL),
        ("attempt to write a readonly database", DENIED),
        ("unable to open database file", DENIED),
        ("disk I/O error", "other"),
    ],
)
def test_no_error_but_damage_moves_the_file_on_any_machine(location, monkeypatch, message, reason):
    """Without a small disk to fill or another account to switch to: each retryable error
    SQLite can give while checking the file leaves it where it is."""
    import csp_desktop.storage.database as database

    healthy(location)
    before = folder_names(location.path)
    monkeypatch.setattr(database, "_connect", lambda path, busy_ms: _Refusing(message))
    monkeypatch.setattr(database.shutil, "disk_usage", lambda p: shutil._ntuple_diskusage(10**9, 0, 10**9))
    with pytest.raises(DatabaseUnavailableError) as caught:
        open_store(location.database, location.backups)
    assert caught.value.reason == reason
    assert folder_names(location.path) == before


@pytest.mark.parametrize("message", ["file is not a database", "database disk image is malformed"])
def test_damage_is_recognised_and_moved(location, monkeypatch, message):
    """The two ways SQLite reports a damaged file are the only ones that move it aside."""
    import csp_desktop.storage.database as database

    healthy(location)
    monkeypatch.setattr(database, "_connect", lambda path, busy_ms: _Refusing(message))
    with pytest.raises(CorruptDatabaseError):
        open_store(location.database, location.backups)
    assert not location.database.exists()


OPEN_ONCE = """
import sys
from pathlib import Path
from csp_desktop.storage.database import open_store
store = open_store(Path(sys.argv[1]), Path(sys.argv[2]))
store.set_meta("opened-by-" + sys.argv[3], "yes")
store.close()
"""


def test_several_programs_creating_the_database_at_once(tmp_path):
    """Four processes start on a new folder together: one sound database, every one of them
    writes to it, and no half-built file is left."""
    data = tmp_path / "data"
    data.mkdir()
    procs = [
        subprocess.Popen(
            [sys.executable, "-c", OPEN_ONCE, str(data / "csp-desktop.db"), str(data / "backups"), str(i)],
            stderr=subprocess.PIPE,
            text=True,
        )
        for i in range(4)
    ]
    for proc in procs:
        _, err = proc.communicate(timeout=120)
        assert proc.returncode == 0, err
    conn = sqlite3.connect(data / "csp-desktop.db")
    try:
        assert conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
        keys = {k for (k,) in conn.execute("select key from app_meta where key like 'opened-by-%'")}
    finally:
        conn.close()
    assert keys == {f"opened-by-{i}" for i in range(4)}
    assert not list(data.glob("*.partial*"))
