"""Search with a busy data file, a damaged index or a silly limit; content files nested
deep enough to crash a recursive parser. Plain messages, data unchanged, the app starts."""

import shutil
import sqlite3
import subprocess
import sys
from pathlib import Path

import pytest

from csp_desktop.core.content.catalogue import load_catalogue
from csp_desktop.core.content.glossary import load_glossary
from csp_desktop.core.content.model import ContentError
from csp_desktop.core.content.parser import read_module
from csp_desktop.core.search_docs import content_documents
from csp_desktop.resources import content_dir
from csp_desktop.storage.database import open_store
from csp_desktop.storage.search_refresh import index_is_sound, query_search, refresh_search


def run_cli(data: Path, *args: str, **kwargs) -> subprocess.CompletedProcess:
    return subprocess.run(
        [sys.executable, "-m", "csp_desktop", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        timeout=120,
        **kwargs,
    )


@pytest.fixture
def data(tmp_path) -> Path:
    folder = tmp_path / "data"
    assert run_cli(folder, "setup", "--council", "Cardiff").returncode == 0
    assert run_cli(folder, "search", "marac").returncode == 0  # the index is built
    return folder


HOLD_WRITE = """
import sqlite3, sys
conn = sqlite3.connect(sys.argv[1], isolation_level=None)
conn.execute("BEGIN IMMEDIATE")
conn.execute("insert into app_meta (key, value) values ('held', 'by another writer')")
print("holding", flush=True)
sys.stdin.readline()
conn.execute("ROLLBACK")
"""


def test_search_while_another_process_holds_the_write_lock(data):
    """The index cannot be refreshed, so search says so and still answers from what it has."""
    conn = sqlite3.connect(data / "csp-desktop.db")
    conn.execute("delete from app_meta where key = 'search.content_hash'")  # the index wants a rewrite
    conn.commit()
    conn.close()
    holder = subprocess.Popen(
        [sys.executable, "-c", HOLD_WRITE, str(data / "csp-desktop.db")],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    try:
        assert holder.stdout.readline().strip() == "holding"
        result = run_cli(data, "search", "marac")
    finally:
        holder.communicate("\n", timeout=30)
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr
    assert "could not be brought up to date" in result.stderr and "busy" in result.stderr
    assert "MARAC" in result.stdout or "marac" in result.stdout.lower()


def test_a_damaged_search_index_is_rebuilt(data):
    """FTS5 corruption is derived data: the index is rebuilt; the database is not moved aside."""
    conn = sqlite3.connect(data / "csp-desktop.db")
    conn.execute("update search_data set block = zeroblob(length(block)) where id > 10")
    conn.commit()
    conn.close()
    result = run_cli(data, "search", "marac")
    assert result.returncode == 0, result.stderr
    assert "Traceback" not in result.stderr and "no results" not in result.stdout
    assert not list(data.glob("*.unreadable-*"))
    store = open_store(data / "csp-desktop.db", data / "backups")
    try:
        assert index_is_sound(store)
    finally:
        store.close()


def test_a_damage_found_only_when_searching_is_repaired(location):
    """If the index breaks after the refresh, the query rebuilds it once and answers."""
    store = open_store(location.database, location.backups)
    try:
        refresh_search(store, content_dir(), "en")
        store.conn.execute("update search_data set block = zeroblob(length(block)) where id > 10")
        store.conn.commit()
        hits = query_search(store, content_dir(), "en", "marac", 5)
        assert hits and index_is_sound(store)
    finally:
        store.close()


@pytest.mark.parametrize(
    ("limit", "code", "words"), [("99999999999999999999999", 0, ""), ("0", 2, "1 or more")]
)
def test_search_limit_out_of_range(data, limit, code, words):
    """A huge --limit is capped, zero is refused by the argument parser: never a traceback."""
    result = run_cli(data, "search", "marac", "--limit", limit)
    assert result.returncode == code
    assert words in result.stderr and "Traceback" not in result.stderr


@pytest.fixture
def bad_content(tmp_path) -> Path:
    """The bundled content with one module's front matter nested 3,000 arrays deep, another
    module's lists nested 600 deep, and a surgery card with nested arrays."""
    folder = tmp_path / "content"
    shutil.copytree(content_dir(), folder)
    modules = sorted((folder / "modules").glob("*.en.md"))
    first = modules[1].read_text(encoding="utf-8")
    modules[1].write_text(first.replace("minutes =", "deep = " + "[" * 3000 + "]" * 3000 + "\nminutes =", 1))
    second = modules[2].read_text(encoding="utf-8").splitlines()
    heading = next(i for i, line in enumerate(second) if line.startswith("## "))
    second[heading + 1 : heading + 1] = ["", *("    " * i + "- deeper" for i in range(600)), ""]
    modules[2].write_text("\n".join(second), encoding="utf-8")
    card = sorted((folder / "surgery").glob("*.md"))[0]
    card.write_text(
        card.read_text(encoding="utf-8").replace("+++\n", "+++\nx = " + "[" * 3000 + "]" * 3000 + "\n", 1)
    )
    return folder


def test_nested_content_is_skipped_with_a_notice_never_a_crash(bad_content):
    """The catalogue, reader, search documents and glossary report the bad files and go on."""
    modules = sorted((bad_content / "modules").glob("*.en.md"))
    catalogue = load_catalogue(bad_content, "en")
    assert any("nested too deeply" in str(e) for e in catalogue.errors)
    assert len(catalogue.entries) == len(modules) - 1
    with pytest.raises(ContentError, match="nested more than 12 deep"):
        read_module(modules[2])
    assert content_documents(bad_content, "en")  # everything else is still searchable
    glossary = bad_content / "glossary.toml"
    glossary.write_text("x = " + "[" * 3000 + "]" * 3000 + "\n")
    with pytest.raises(ContentError, match="nested too deeply"):
        load_glossary(bad_content)


def test_the_window_starts_and_says_what_was_skipped(qtbot, make_window, bad_content, monkeypatch):
    """The app opens with a bad content folder; the Learn page names the skipped file and the
    module that cannot be shown says so when opened."""
    monkeypatch.setenv("CSP_DESKTOP_CONTENT_DIR", str(bad_content))
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.keep_search_current()
    learn = window.pages["learn"]
    assert "nested too deeply" in learn.problems.text()
    bad_id = read_module_id(sorted((bad_content / "modules").glob("*.en.md"))[2])
    assert not learn.open_module(bad_id)
    assert "nested more than 12 deep" in learn.problems.text()


def read_module_id(path: Path) -> str:
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.startswith("id = "):
            return line.split('"')[1]
    raise AssertionError(path)


def test_the_search_box_rebuilds_a_damaged_index_and_answers(qtbot, make_window, store):
    """The index breaks while the window is open: typing in the search box still finds MARAC,
    with no error dialog."""
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.keep_search_current()
    store.conn.execute("update search_data set block = zeroblob(length(block)) where id > 10")
    store.conn.commit()
    window.search_box.setFocus()
    qtbot.keyClicks(window.search_box, "marac")
    hits = window.search_popup.run()
    assert any("MARAC" in hit.title for hit in hits)
    assert index_is_sound(store)
