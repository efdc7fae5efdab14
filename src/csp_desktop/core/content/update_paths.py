"""Where an installed content update lives in the data folder.

A module of its own so that start-up can ask "is an update installed?" with one stat,
without loading the pack code (signatures, JSON, TOML: ~5 ms).
"""

from __future__ import annotations

from pathlib import Path

UPDATES_FOLDER = "content-updates"
POINTER = "active.json"  # names the update folder in use; replaced atomically


def pointer_file(data_dir: Path) -> Path:
    return data_dir / UPDATES_FOLDER / POINTER
