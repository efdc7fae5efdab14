"""Faults a council laptop meets: the lid shut mid-import (SIGKILL), a full disk, a second
copy of the app, unreadable or newer data, odd paths. Real processes and real files."""

import os
import signal
import sqlite3
import subprocess
import sys
import time

import pytest
from bench.directory import people_csv

from csp_desktop.core.geography import load_geography
from csp_desktop.resources import data_file
from csp_desktop.storage.database import WriteError, open_store
from csp_desktop.storage.directory import DirectoryRepository, apply_prefill
from csp_desktop.storage.interchange import apply_import, prepare_import

posix_only = pytest.mark.skipif(os.name != "posix", reason="SIGKILL is POSIX")


def cli(*args, data, **kwargs):
    return subprocess.Popen(
        [sys.executable, "-m", "csp_desktop", "--data-dir", str(data), *args],
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
        **kwargs,
    )


def check(db_path) -> tuple[str, int]:
    conn = sqlite3.connect(db_path)
    try:
        verdict = conn.execute("PRAGMA integrity_check").fetchone()[0]
        people = conn.execute("select count(*) from people").fetchone()[0]
        return verdict, people
    finally:
        conn.close()


@posix_only
@pytest.mark.parametrize("delay", [0.4, 0.9, 1.4])
def test_kill_during_a_large_import_leaves_all_or_nothing(tmp_path, delay):
    """SIGKILL part-way through importing 10,000 people: the file is sound and holds 0 or all."""
    data = tmp_path / "data"
    assert cli("setup", "--council", "Cardiff", data=data).wait(60) == 0
    source = tmp_path / "people.csv"
    source.write_bytes(people_csv(10_000))
    proc = cli("import", str(source), data=data)
    time.sleep(delay)
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    verdict, people = check(data / "csp-desktop.db")
    assert verdict == "ok"
    assert people in (0, 10_000)


EDIT_LOOP = """
import sys
from csp_desktop.core.directory.model import Person
from csp_desktop.storage.database import open_store
from csp_desktop.storage.directory import DirectoryRepository
store = open_store(__import__('pathlib').Path(sys.argv[1]), __import__('pathlib').Path(sys.argv[2]))
repo = DirectoryRepository(store)
person = Person("Edited Many Times")
i = 0
while True:
    i += 1
    person.job_title = f"edit {i}"
    repo.save([person])
    print(i, flush=True)
"""


@posix_only
def test_kill_during_edits_leaves_a_sound_database(tmp_path):
    """SIGKILL while edits are being saved: the database passes its integrity check."""
    db, backups = tmp_path / "x.db", tmp_path / "backups"
    open_store(db, backups).close()
    proc = subprocess.Popen(
        [sys.executable, "-c", EDIT_LOOP, str(db), str(backups)], stdout=subprocess.PIPE, text=True
    )
    assert proc.stdout.readline()  # at least one edit done
    time.sleep(0.5)
    proc.send_signal(signal.SIGKILL)
    proc.wait(30)
    verdict, people = check(db)
    assert verdict == "ok" and people == 1
    store = open_store(db, backups)  # and the app opens it normally afterwards
    store.close()


def test_full_disk_during_import_loses_nothing(store):
    """A disk that fills mid-import gives a plain message; what was saved before is intact."""
    repo = DirectoryRepository(store)
    apply_prefill(repo, load_geography(data_file("wales-geography.toml")).find("cardiff"))
    before = len(repo.load().organisations)
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages + 20}")  # a nearly full disk
    source = store.path.parent / "people.csv"
    source.write_bytes(people_csv(10_000))
    prepared = prepare_import(source, repo)
    with pytest.raises(WriteError, match="disk is full"):
        apply_import(prepared, repo)
    store.conn.execute("PRAGMA max_page_count = 1073741823")
    after = repo.load()
    assert len(after.people) == 0 and len(after.organisations) == before
    assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"


def test_second_copy_of_the_app_is_refused(tmp_path):
    """A second instance on the same data folder says so and leaves, instead of racing."""
    from PySide6.QtCore import QLockFile

    data = tmp_path / "Data Cyngor Ŵyn"
    data.mkdir()
    lock = QLockFile(str(data / "csp-desktop.lock"))
    assert lock.tryLock(0)
    try:
        env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
        result = subprocess.run(
            [sys.executable, "-m", "csp_desktop", "--data-dir", str(data), "--quit-after-paint"],
            capture_output=True,
            text=True,
            timeout=60,
            env=env,
        )
        assert result.returncode == 4 and "already open" in result.stderr
    finally:
        lock.unlock()
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        [sys.executable, "-m", "csp_desktop", "--data-dir", str(data), "--quit-after-paint"],
        capture_output=True,
        text=True,
        timeout=60,
        env=env,
    )
    assert result.returncode == 0, result.stderr


def test_a_file_where_the_data_folder_should_be(tmp_path):
    """A data folder that cannot be created gives a message naming it, not a traceback."""
    blocker = tmp_path / "blocker"
    blocker.write_text("")
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "csp_desktop",
            "--data-dir",
            str(blocker / "data"),
            "setup",
            "--council",
            "Conwy",
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1 and "cannot write to its data folder" in result.stderr
    assert "Traceback" not in result.stderr


def test_corrupt_database_end_to_end(tmp_path):
    """A damaged file is moved aside (kept) and reported in plain words by the command line."""
    data = tmp_path / "data"
    assert cli("setup", "--council", "Gwynedd", data=data).wait(60) == 0
    (data / "csp-desktop.db").write_bytes(b"not a database at all" * 50)
    result = subprocess.run(
        [sys.executable, "-m", "csp_desktop", "--data-dir", str(data), "search", "marac"],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert (
        result.returncode == 1 and "moved to" in result.stderr and "nothing has been deleted" in result.stderr
    )
    assert list(data.glob("csp-desktop.unreadable-*.db"))
    assert "Traceback" not in result.stderr


def test_newer_database_end_to_end(tmp_path):
    """A data file from a newer version is refused by every command and left byte-identical."""
    data = tmp_path / "data"
    assert cli("setup", "--council", "Powys", data=data).wait(60) == 0
    conn = sqlite3.connect(data / "csp-desktop.db")
    conn.execute(
        "insert into _sqlite_migrations (migration_set, name, applied_at) values"
        " ('csp_desktop', '999_future', 'x')"
    )
    conn.commit()
    conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
    conn.close()
    before = (data / "csp-desktop.db").read_bytes()
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "csp_desktop",
            "--data-dir",
            str(data),
            "export",
            "--format",
            "csv",
            str(tmp_path / "x.csv"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1 and "newer version" in result.stderr
    assert (data / "csp-desktop.db").read_bytes() == before
