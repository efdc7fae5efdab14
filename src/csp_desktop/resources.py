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
# Tests only: trust this public key file instead of the release key in resources/keys.
CONTENT_KEY_ENV = "CSP_DESKTOP_CONTENT_KEY"

# The installed content update in use (a folder holding content/ and data/), set at start-up
# from the data folder by core.content.pack_install; None means the bundled content.
_installed_root: Path | None = None


def use_installed_content(root: Path | None) -> None:
    global _installed_root
    _installed_root = root


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


def bundled_content_dir() -> Path:
    return bundle_root() / "content"


def content_dir() -> Path:
    override = os.environ.get(CONTENT_ENV)
    if override:
        return Path(override)
    if _installed_root is not None:
        return _installed_root / "content"
    return bundled_content_dir()


def resources_dir() -> Path:
    return bundle_root() / "resources"


def translations_dir() -> Path:
    return resources_dir() / "translations"


def bundled_data_dir() -> Path:
    return resources_dir() / "data"


def content_public_keys() -> list[bytes]:
    """The public keys a content update may be signed with."""
    override = os.environ.get(CONTENT_KEY_ENV)
    files = [Path(override)] if override else sorted((resources_dir() / "keys").glob("*.pem"))
    return [f.read_bytes() for f in files if f.is_file()]


def data_file(name: str) -> Path:
    if _installed_root is not None and (_installed_root / "data" / name).is_file():
        return _installed_root / "data" / name
    path = resources_dir() / "data" / name
    if not path.is_file():
        known = sorted(p.name for p in (resources_dir() / "data").glob("*"))
        raise FileNotFoundError(f"no bundled data file {name!r}; known: {', '.join(known)}")
    return path


def activate_installed_content(data_dir: Path):
    """Use the content update installed in ``data_dir``, if any (else the bundled content).
    Returns the update in use (core.content.pack_install.Installed) or None."""
    from csp_desktop.core.content.update_paths import pointer_file

    if not pointer_file(data_dir).exists():
        # Most starts have no update: one stat says so without loading the pack code (~5 ms).
        use_installed_content(None)
        return None
    from csp_desktop.core.content.pack_install import installed

    active = installed(data_dir, bundled_content_dir())
    use_installed_content(active.folder if active else None)
    return active


def installed_changes(module_id: str) -> list:
    """What the content update in use changed in one module (core.content.pack.Change list)."""
    if _installed_root is None:
        return []
    from csp_desktop.core.content.pack import MANIFEST, PackError, parse_manifest

    try:
        manifest = parse_manifest((_installed_root / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, UnicodeDecodeError, PackError):
        return []
    return manifest.changes_for(module_id)
