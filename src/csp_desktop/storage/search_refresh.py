"""Bring the search index up to date: content when its files change, the directory when the
index is missing or out of step. Used after the window's first paint and by `search`."""

from __future__ import annotations

from pathlib import Path

from csp_desktop.core.search_docs import content_documents, content_files, content_fingerprint
from csp_desktop.storage.database import Store
from csp_desktop.storage.directory import DirectoryRepository
from csp_desktop.storage.search_index import SearchIndex


def refresh_search(store: Store, folder: Path, language: str) -> SearchIndex:
    index = SearchIndex(store)
    fingerprint = content_fingerprint(content_files(folder)) + language
    index.ensure_content(fingerprint, lambda: content_documents(folder, language))
    DirectoryRepository(store).ensure_index()
    return index
