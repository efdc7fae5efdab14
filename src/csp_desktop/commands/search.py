"""``csp-desktop search "QUERY"``: the same ranked search as Ctrl+K, printed."""

from __future__ import annotations

import argparse
import sys

MAX_LIMIT = 500


def result_limit(text: str) -> int:
    """A number of results: at least 1; a huge number means "as many as there are" (capped)."""
    try:
        value = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a whole number") from None
    if value < 1:
        raise argparse.ArgumentTypeError("the limit must be 1 or more")
    return min(value, MAX_LIMIT)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("search", help="search modules, glossary, surgery topics and contacts")
    parser.add_argument("query")
    parser.add_argument("--limit", type=result_limit, default=20, help=f"at most {MAX_LIMIT} results")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from csp_desktop import settings as S
    from csp_desktop.commands.common import open_user_store
    from csp_desktop.resources import content_dir
    from csp_desktop.settings import Settings
    from csp_desktop.storage.database import StorageError
    from csp_desktop.storage.search_refresh import query_search, refresh_search

    opened = open_user_store(args, "search")
    if opened is None:
        return 1
    location, store = opened
    try:
        language = Settings(location.preferences_file, location.window_state_file).get(S.LANGUAGE)
        try:
            refresh_search(store, content_dir(), language)
        except StorageError as exc:  # busy or full: search what the index already holds
            print(
                f"search: the index could not be brought up to date ({exc}); results may be old",
                file=sys.stderr,
            )
        hits = query_search(store, content_dir(), language, args.query, args.limit)
    except StorageError as exc:
        print(f"search: {exc}", file=sys.stderr)
        return 1
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
