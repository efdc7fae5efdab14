"""``csp-desktop setup --council NAME``: prefill a laptop's CSP record before handing it over."""

from __future__ import annotations

import argparse
import sys


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("setup", help="prefill the CSP record for a council (for IT)")
    parser.add_argument("--council", required=True, metavar="NAME", help="council name, English or Welsh")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    from csp_desktop.commands.common import open_user_store
    from csp_desktop.core.geography import load_geography
    from csp_desktop.resources import data_file
    from csp_desktop.storage.directory import DirectoryRepository, apply_prefill

    geography = load_geography(data_file("wales-geography.toml"))
    council = geography.find(args.council)
    if council is None:
        names = ", ".join(
            f"{c.name} / {c.name_cy}" if c.name_cy != c.name else c.name for c in geography.councils
        )
        print(
            f"setup: no Welsh principal council called {args.council!r}. Choose one of: {names}",
            file=sys.stderr,
        )
        return 2
    opened = open_user_store(args, "setup")
    if opened is None:
        return 1
    location, store = opened
    try:
        repo = DirectoryRepository(store)
        if not repo.is_empty():
            print(f"setup: {location.path} already holds a CSP record; nothing changed.", file=sys.stderr)
            return 1
        added = apply_prefill(repo, council, _language(location))
    finally:
        store.close()
    _remember_council(location, council.id)
    print(f"Prefilled the CSP record for {council.name} ({added} records) in {location.path}")
    return 0


def _language(location) -> str:
    """Suggested boards and procedures are written in the language the user has chosen."""
    from csp_desktop import settings as S
    from csp_desktop.settings import Settings

    return Settings(location.preferences_file, location.window_state_file).get(S.LANGUAGE)


def _remember_council(location, council_id: str) -> None:
    from csp_desktop import settings as S
    from csp_desktop.settings import Settings

    settings = Settings(location.preferences_file, location.window_state_file)
    settings.set(S.COUNCIL, council_id)
    settings.sync()
