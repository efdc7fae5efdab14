"""``csp-desktop search "QUERY"``: the same ranked search as Ctrl+K, printed."""

from __future__ import annotations

import argparse
import sys


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("search", help="search modules, glossary, surgery topics and contacts")
    parser.add_argument("query")
    parser.add_argument("--limit", type=int, default=20)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from csp_desktop import settings as S
    from csp_desktop.core.datadir import DataDirError, ensure_private_dir
    from csp_desktop.core.search_docs import content_documents, content_files, content_fingerprint
    from csp_desktop.locations import data_location
    from csp_desktop.resources import content_dir
    from csp_desktop.settings import Settings
    from csp_desktop.storage.database import StorageError, open_store
    from csp_desktop.storage.directory import DirectoryRepository
    from csp_desktop.storage.search_index import SearchIndex

    location = data_location(args.data_dir)
    try:
        ensure_private_dir(location.path)
        store = open_store(location.database, location.backups)
    except (DataDirError, StorageError) as exc:
        print(f"search: {exc}", file=sys.stderr)
        return 1
    try:
        language = Settings(location.preferences_file, location.window_state_file).get(S.LANGUAGE)
        folder = content_dir()
        index = SearchIndex(store)
        fingerprint = content_fingerprint(content_files(folder)) + language
        index.ensure_content(fingerprint, lambda: content_documents(folder, language))
        DirectoryRepository(store).ensure_index()
        hits = index.query(args.query, limit=args.limit)
    finally:
        store.close()
    for hit in hits:
        snippet = " ".join(hit.snippet.split())
        print(f"{hit.title}  [{hit.kind}: {hit.ref}]\n    {snippet}")
    if not hits:
        print("no results")
    return 0
