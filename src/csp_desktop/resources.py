"""Find bundled files (content, translations, data) from one base, frozen or not.

In a source checkout (and an editable install) the base is the repository root; in an
installed wheel it is the package's ``share`` folder, which setup.py's build hook fills;
in a PyInstaller bundle it is the bundle's data folder (``sys._MEIPASS``). All three hold
the same relative paths: content/, resources/data/, resources/translations/.
"""

from __future__ import annotations

import os
import sys
from pathlib import Path

CONTENT_ENV = "CSP_DESKTOP_CONTENT_DIR"


def bundle_root() -> Path:
    frozen_base = getattr(sys, "_MEIPASS", None)
    if frozen_base:
        return Path(frozen_base)
    package = Path(__file__).resolve().parent
    installed = package / "share"
    if installed.is_dir():
        return installed
    # src/csp_desktop/resources.py -> repository root
    return package.parents[1]


def content_dir() -> Path:
    override = os.environ.get(CONTENT_ENV)
    return Path(override) if override else bundle_root() / "content"


def resources_dir() -> Path:
    return bundle_root() / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def data_file(name: str) -> Path:
    path = resources_dir() / "data" / name
    if not path.is_file():
        known = sorted(p.name for p in (resources_dir() / "data").glob("*"))
        raise FileNotFoundError(f"no bundled data file {name!r}; known: {', '.join(known)}")
    return path
