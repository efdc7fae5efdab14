"""``csp-desktop search "QUERY"``: the same ranked search as Ctrl+K, printed."""

from __future__ import annotations

import argparse


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("search", help="search modules, glossary, surgery topics and contacts")
    parser.add_argument("query")
    parser.add_argument("--limit", type=int, default=20)
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from csp_desktop import settings as S
    from csp_desktop.commands.common import open_user_store
    from csp_desktop.resources import content_dir
    from csp_desktop.settings import Settings
    from csp_desktop.storage.search_refresh import refresh_search

    opened = open_user_store(args, "search")
    if opened is None:
        return 1
    location, store = opened
    try:
        language = Settings(location.preferences_file, location.window_state_file).get(S.LANGUAGE)
        hits = refresh_search(store, content_dir(), language).query(args.query, limit=args.limit)
    finally:
        store.close()
    from csp_desktop.core.search_text import MARK_END, MARK_START

    for hit in hits:
        snippet = " ".join(hit.snippet.replace(MARK_START, "[").replace(MARK_END, "]").split())
        where = f" ({hit.where})" if hit.where else ""
        print(f"{hit.title}{where}  [{hit.kind}: {hit.ref}]\n    {snippet}")
    if not hits:
        print("no results")
    return 0
