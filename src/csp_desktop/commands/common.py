"""What every command that reads the user's data does first."""

from __future__ import annotations

import argparse
import sys


def open_user_store(args: argparse.Namespace, command: str):
    """Open the data folder's database, or print why not (prefixed with the command's name)
    and return None. Returns (location, store); the caller closes the store."""
    from csp_desktop.core.datadir import DataDirError, ensure_private_dir
    from csp_desktop.locations import data_location
    from csp_desktop.storage.database import StorageError, open_store

    location = data_location(args.data_dir)
    try:
        ensure_private_dir(location.path)
        store = open_store(location.database, location.backups)
    except (DataDirError, StorageError) as exc:
        print(f"{command}: {exc}", file=sys.stderr)
        return None
    from csp_desktop.resources import activate_installed_content

    activate_installed_content(location.path)  # read a content update, if one is installed
    return location, store
