"""Bring the search index up to date: content when its files change, the directory when the
index is missing or out of step. Used after the window's first paint and by `search`.

The index is derived data. A damaged index (FTS5 reports corruption, though the database's
own integrity check passes) is dropped and rebuilt from the content and the directory; it is
never a reason to refuse or move the user's database.
"""

from __future__ import annotations

import logging
import sqlite3
from collections.abc import Callable
from pathlib import Path

from csp_desktop.core.search_docs import content_documents, content_files, content_fingerprint
from csp_desktop.core.search_text import Hit
from csp_desktop.storage.database import StorageError, Store, WriteError, classify, writing
from csp_desktop.storage.directory import DirectoryRepository
from csp_desktop.storage.search_index import CONTENT_HASH_KEY, SearchIndex

log = logging.getLogger(__name__)


def index_is_sound(store: Store) -> bool:
    """FTS5's own check of its index (a few milliseconds for thousands of records)."""
    conn = store.conn
    was_open = conn.in_transaction
    try:
        conn.execute("insert into search(search) values('integrity-check')")
        return True
    except sqlite3.DatabaseError as exc:
        if classify(exc) != "damaged":
            raise
        return False
    finally:
        # The check is an INSERT, so Python's sqlite3 opened a transaction for it; left open,
        # every later write would nest inside it and never be committed.
        if conn.in_transaction and not was_open:
            conn.rollback()


def rebuild_index_table(store: Store) -> None:
    """Drop the damaged index and create it empty with its own recorded definition (the
    schema is unchanged), so the next refresh fills it again."""
    (sql,) = store.conn.execute(
        "select sql from sqlite_master where type = 'table' and name = 'search'"
    ).fetchone()
    with writing(), store.transaction():
        store.conn.execute("drop table search")
        store.conn.execute(sql)
        store.conn.execute("delete from app_meta where key = ?", [CONTENT_HASH_KEY])
    log.warning("the search index was damaged and has been rebuilt")


def refresh_search(store: Store, folder: Path, language: str) -> SearchIndex:
    """Raises WriteError (busy, full) when the index cannot be written now; what it already
    holds can still be searched."""
    index = SearchIndex(store)
    try:
        with writing():  # the FTS5 check, too, takes the write lock
            if not index_is_sound(store):
                rebuild_index_table(store)
            fingerprint = content_fingerprint(content_files(folder)) + language
            # One write that takes the lock first: a deferred one would fail at once, not wait,
            # if another process wrote between its reads and its first write.
            with store.transaction():
                index.ensure_content(fingerprint, lambda: content_documents(folder, language))
                DirectoryRepository(store).ensure_index()
    except sqlite3.OperationalError as exc:
        raise WriteError(f"the data file could not be written ({exc})", classify(exc)) from exc
    return index


class RepairingIndex(SearchIndex):
    """The index as the search box uses it: a damaged index found while searching is rebuilt
    once and the search answered; an index that cannot be read or rebuilt right now (busy,
    full) answers nothing rather than putting an error in the user's face."""

    def __init__(self, store: Store, folder: Path, language: Callable[[], str]):
        super().__init__(store)
        self._folder, self._language = folder, language

    def query(self, text: str, limit: int = 50) -> list[Hit]:
        try:
            return super().query(text, limit)
        except sqlite3.DatabaseError as exc:
            if classify(exc) != "damaged":
                log.warning("search failed: %s", exc)
                return []
        try:
            rebuild_index_table(self._store)
            refresh_search(self._store, self._folder, self._language())
            return super().query(text, limit)
        except (StorageError, sqlite3.Error) as exc:
            log.warning("search index could not be rebuilt now: %s", exc)
            return []


def query_search(store: Store, folder: Path, language: str, text: str, limit: int) -> list[Hit]:
    """Search; if the index turns out to be damaged, rebuild it once and search again."""
    return RepairingIndex(store, folder, lambda: language).query(text, limit)
