"""The full-text index (SQLite FTS5). Content is indexed when it changes (a hash of the
documents is kept); directory records are indexed as they are saved or deleted."""

from __future__ import annotations

from collections.abc import Callable, Iterable

from csp_desktop.core.search_text import KIND_BOOST, MARK_END, MARK_START, Document, Hit, Kind, fts_query
from csp_desktop.storage.database import Store

CONTENT_HASH_KEY = "search.content_hash"
CONTENT_KINDS = (Kind.MODULE, Kind.GLOSSARY, Kind.SURGERY)
DIRECTORY_KINDS = (Kind.PERSON, Kind.ORGANISATION, Kind.GROUP, Kind.PROCEDURE)
WEIGHTS = (0.0, 0.0, 10.0, 1.0, 4.0, 0.0)  # kind, ref, title, body, keywords, place


class SearchIndex:
    def __init__(self, store: Store):
        self._store = store

    def ensure_content(self, fingerprint: str, build: Callable[[], list[Document]]) -> bool:
        """Rebuild the content part of the index when the content files changed (or the index
        was lost). ``build`` is only called then: parsing every module costs ~30 ms."""
        if self._store.meta(CONTENT_HASH_KEY) == fingerprint and self.count(Kind.MODULE):
            return False
        documents = build()
        db = self._store.db
        with db.atomic():
            db.execute(
                f"delete from search where kind in ({','.join('?' * len(CONTENT_KINDS))})", CONTENT_KINDS
            )
            self._insert(documents)
            self._store.set_meta(CONTENT_HASH_KEY, fingerprint)
        return True

    def ensure_directory(self, counts: dict[str, int], build: Callable[[], list[Document]]) -> bool:
        """Rebuild the directory part if it is missing or out of step with the tables."""
        if all(self.count(kind) == n for kind, n in counts.items()):
            return False
        self.replace(DIRECTORY_KINDS, build())
        return True

    def replace(self, kinds: Iterable[str], documents: list[Document]) -> None:
        kinds = tuple(kinds)
        db = self._store.db
        with db.atomic():
            db.execute(f"delete from search where kind in ({','.join('?' * len(kinds))})", kinds)
            self._insert(documents)

    def upsert(self, documents: list[Document]) -> None:
        db = self._store.db
        with db.atomic():
            for d in documents:
                db.execute("delete from search where kind = ? and ref = ?", [d.kind, d.ref])
            self._insert(documents)

    def remove(self, kind: str, refs: Iterable[str]) -> None:
        db = self._store.db
        with db.atomic():
            for ref in refs:
                db.execute("delete from search where kind = ? and ref = ?", [kind, ref])

    def _insert(self, documents: Iterable[Document]) -> None:
        self._store.db.conn.executemany(
            "insert into search (kind, ref, title, body, keywords, place) values (?, ?, ?, ?, ?, ?)",
            [(d.kind, d.ref, d.title, d.body, d.keywords, d.where) for d in documents],
        )

    def count(self, kind: str | None = None) -> int:
        if kind is None:
            return self._store.conn.execute("select count(*) from search").fetchone()[0]
        return self._store.conn.execute("select count(*) from search where kind = ?", [kind]).fetchone()[0]

    def query(self, text: str, limit: int = 50) -> list[Hit]:
        match = fts_query(text)
        if match is None:
            return []
        boost = " ".join(f"when '{kind}' then {factor}" for kind, factor in KIND_BOOST.items())
        # bm25 is negative (lower is better), so a larger factor moves a kind up the list.
        rank = f"bm25(search, ?, ?, ?, ?, ?, ?) * (case kind {boost} else 1.0 end)"
        rows = self._store.conn.execute(
            f"select kind, ref, title, snippet(search, 3, ?, ?, '…', 12), {rank} as score, place"
            " from search where search match ? order by score limit ?",
            [MARK_START, MARK_END, *WEIGHTS, match, limit],
        ).fetchall()
        return [
            Hit(kind, ref, title, snippet, score, place or "")
            for kind, ref, title, snippet, score, place in rows
        ]
