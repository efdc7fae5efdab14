"""Installing a content update into the data folder, switching to it atomically, reverting.

Layout in the data folder::

    content-updates/
        active.json              which installed folder is in use (replaced atomically)
        pack-2027.1-3f9c/        a complete tree: content/ and data/ and the pack's manifest
        staging-8a1e/            an install in progress (deleted if found later)

Each installed folder holds the pack's files laid over a copy of the content this version
of the app shipped with, so every loader reads one folder, and the switch is one
``os.replace`` of a small pointer file: after a crash or a kill at any point the app sees
either the old content or the new, never a mix. Packs are cumulative: each holds every file
changed since the release, so it is always laid over the bundled content.
"""

from __future__ import annotations

import json
import os
import tomllib
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

from csp_desktop.core.content.frontmatter import parse_meta
from csp_desktop.core.content.model import ContentError
from csp_desktop.core.content.pack import (
    MANIFEST,
    Manifest,
    PackError,
    VerifiedPack,
    parse_manifest,
    version_key,
)
from csp_desktop.core.content.update_paths import POINTER, UPDATES_FOLDER

BUNDLED_VERSION_FILE = "content.toml"  # in the bundled content folder: its version and date
DATA_FILES = ("helplines.toml", "wales-geography.toml")

Checkpoint = Callable[[str], None]


@dataclass(frozen=True)
class Installed:
    """The content update in use: its folder and its manifest."""

    folder: Path
    manifest: Manifest

    @property
    def content(self) -> Path:
        return self.folder / "content"

    @property
    def data(self) -> Path:
        return self.folder / "data"


def bundled_version(bundled_content: Path) -> str:
    try:
        data = tomllib.loads((bundled_content / BUNDLED_VERSION_FILE).read_text(encoding="utf-8"))
    except (OSError, tomllib.TOMLDecodeError):
        return "0"
    version = data.get("version")
    return version if isinstance(version, str) else "0"


def _updates(data_dir: Path) -> Path:
    return data_dir / UPDATES_FOLDER


def installed(data_dir: Path, bundled_content: Path) -> Installed | None:
    """The update in use, or None. An update no newer than the bundled content (the app was
    upgraded since) or one whose folder is damaged is ignored: the bundled content is used."""
    pointer = _updates(data_dir) / POINTER
    try:
        name = json.loads(pointer.read_text(encoding="utf-8"))["folder"]
        folder = _updates(data_dir) / Path(str(name)).name
        manifest = parse_manifest((folder / MANIFEST).read_text(encoding="utf-8"))
    except (OSError, ValueError, KeyError, TypeError, PackError):
        return None
    if not (folder / "content").is_dir():
        return None
    try:
        if version_key(manifest.version) <= version_key(bundled_version(bundled_content)):
            return None
    except PackError:
        return None
    return Installed(folder, manifest)


def current_version(data_dir: Path, bundled_content: Path) -> str:
    active = installed(data_dir, bundled_content)
    return active.manifest.version if active else bundled_version(bundled_content)


def _no_checkpoint(_stage: str) -> None:
    return None


def install(
    pack: VerifiedPack,
    data_dir: Path,
    bundled_content: Path,
    bundled_data: Path,
    checkpoint: Checkpoint = _no_checkpoint,
) -> Installed:
    """Lay a verified pack over the bundled content in a new folder, check the result with
    every ``content check`` rule, and only then switch to it. Raises PackError and leaves
    the content in use untouched when anything is wrong."""
    import secrets
    import shutil

    manifest = pack.manifest
    current = current_version(data_dir, bundled_content)
    if version_key(manifest.version) <= version_key(current):
        raise PackError(
            f"this update is version {manifest.version}, but version {current} is already in use: "
            "an older or the same update cannot replace it"
        )
    updates = _updates(data_dir)
    updates.mkdir(parents=True, exist_ok=True)
    remove_leftovers(data_dir)
    token = secrets.token_hex(4)
    staging = updates / f"staging-{token}"
    try:
        shutil.copytree(bundled_content, staging / "content")
        (staging / "data").mkdir()
        for name in DATA_FILES:
            shutil.copy2(bundled_data / name, staging / "data" / name)
        checkpoint("copied")
        for name, data in pack.files.items():
            target = staging / name
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_bytes(data)
        (staging / MANIFEST).write_bytes(pack.manifest_bytes)
        checkpoint("extracted")
        problems = check_tree(staging, manifest, bundled_content)
        if problems:
            raise PackError("the update fails the content check:\n" + "\n".join(problems[:10]))
        final = updates / f"pack-{manifest.version}-{token}"
        os.replace(staging, final)
        checkpoint("renamed")
        _write_pointer(updates, final.name)
        checkpoint("switched")
    except OSError as exc:
        shutil.rmtree(staging, ignore_errors=True)
        raise PackError(
            f"the update could not be written to the data folder: {exc.strerror or exc}"
        ) from None
    except PackError:
        shutil.rmtree(staging, ignore_errors=True)
        raise
    remove_leftovers(data_dir)
    return Installed(final, manifest)


def _write_pointer(updates: Path, folder_name: str) -> None:
    partial = updates / (POINTER + ".partial")
    with open(partial, "w", encoding="utf-8") as handle:
        json.dump({"folder": folder_name}, handle)
        handle.flush()
        os.fsync(handle.fileno())
    os.replace(partial, updates / POINTER)


def revert(data_dir: Path) -> bool:
    """Go back to the content this version shipped with. Returns False if nothing to undo."""
    updates = _updates(data_dir)
    pointer = updates / POINTER
    if not pointer.exists():
        return False
    pointer.unlink()  # one atomic step: from here the bundled content is in use
    remove_leftovers(data_dir)
    return True


def remove_leftovers(data_dir: Path) -> None:
    """Delete interrupted installs and folders no longer in use (never the active one)."""
    import shutil

    updates = _updates(data_dir)
    if not updates.is_dir():
        return
    try:
        active = json.loads((updates / POINTER).read_text(encoding="utf-8")).get("folder")
    except (OSError, ValueError, AttributeError):
        active = None
    for child in updates.iterdir():
        if child.is_dir() and child.name != active and child.name.startswith(("staging-", "pack-")):
            shutil.rmtree(child, ignore_errors=True)
    (updates / (POINTER + ".partial")).unlink(missing_ok=True)


# -- the whole-tree check ------------------------------------------------------------------


def check_tree(tree: Path, manifest: Manifest, bundled_content: Path) -> list[str]:
    """Every problem with an installed tree, as lines for the user. Empty means good."""
    from csp_desktop.core.content.check import check_content  # renders Markdown: load on demand
    from csp_desktop.core.geography import GeographyError, load_geography
    from csp_desktop.core.surgery import load_helplines, load_topics

    content = tree / "content"
    modules, errors = check_content(content)
    problems = [str(e) for e in errors]
    topics: list = []
    for language in ("en", "cy"):
        found, topic_errors = load_topics(content, language)
        topics.extend(found)
        problems.extend(str(e) for e in topic_errors if str(e) not in problems)
    try:
        helplines = load_helplines(tree / "data" / "helplines.toml")
        for topic in topics:
            for helpline in topic.helplines:
                if helpline not in helplines:
                    problems.append(f"surgery topic '{topic.id}' names unknown helpline '{helpline}'")
    except (OSError, ValueError, KeyError, TypeError) as exc:
        problems.append(f"helplines.toml cannot be read: {exc}")
    try:
        load_geography(tree / "data" / "wales-geography.toml")
    except (OSError, ValueError, KeyError, TypeError, GeographyError) as exc:
        problems.append(f"wales-geography.toml cannot be read: {exc}")
    by_key = {(m.id, m.meta.language): m for m in modules}
    for change in manifest.changes:
        if not change.module:
            continue
        module = by_key.get((change.module, "en"))
        if module is None:
            problems.append(f"'what changed' names unknown module '{change.module}'")
            continue
        for section in change.sections:
            if module.section(section) is None:
                problems.append(f"'what changed' names missing section '{section}' in '{change.module}'")
    problems.extend(_unbumped_versions(manifest, tree, bundled_content))
    return problems


def _unbumped_versions(manifest: Manifest, tree: Path, bundled_content: Path) -> list[str]:
    """A changed module must carry a new version, or "updated since you completed it"
    could never be shown for it."""
    problems = []
    for name in manifest.files:
        if not name.startswith("content/modules/"):
            continue
        relative = name[len("content/") :]
        old_path, new_path = bundled_content / relative, tree / name
        if not old_path.is_file():
            continue
        try:
            old_text, new_text = old_path.read_text(encoding="utf-8"), new_path.read_text(encoding="utf-8")
            if old_text == new_text:
                continue
            old_meta, new_meta = parse_meta(old_text, old_path)[0], parse_meta(new_text, new_path)[0]
        except (ContentError, OSError, UnicodeDecodeError):
            continue  # check_content has already reported a broken file
        if old_meta.version == new_meta.version:
            problems.append(f"{Path(name).name} changed but its version is still {old_meta.version}: bump it")
    return problems
