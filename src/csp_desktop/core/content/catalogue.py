"""The list of modules, read from metadata only so start-up never renders Markdown.

A broken file is reported and skipped; the other modules still load.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from pathlib import Path

from csp_desktop.core.content.model import ContentError, ModuleMeta

MODULES_FOLDER = "modules"


@dataclass(frozen=True)
class CatalogueEntry:
    """A module as listed in the interface language, with its twin in the other language."""

    meta: ModuleMeta
    fallback: bool  # True when shown in English because no translation exists yet
    # The same module in the other language, if there is one: the reader can switch to it.
    twin: ModuleMeta | None = None


@dataclass
class Catalogue:
    """Every module that loaded, in order, and the files that did not."""

    entries: list[CatalogueEntry] = field(default_factory=list)
    errors: list[ContentError] = field(default_factory=list)

    def get(self, module_id: str) -> CatalogueEntry | None:
        return next((e for e in self.entries if e.meta.id == module_id), None)

    def ids(self) -> list[str]:
        return [e.meta.id for e in self.entries]


def read_meta(path: Path) -> ModuleMeta:
    from csp_desktop.core.content.frontmatter import parse_meta  # TOML: not when the cache serves

    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ContentError(path, None, f"the file is not UTF-8 text ({exc.reason})") from None
    return parse_meta(text, path)[0]


def module_files(content_dir: Path) -> list[Path]:
    folder = content_dir / MODULES_FOLDER
    return sorted(folder.glob("*.md")) if folder.is_dir() else []


def read_metas(paths: list[Path]) -> tuple[list[ModuleMeta], list[ContentError]]:
    """The metadata of every file that reads, and an error for each one that does not."""
    metas, errors = [], []
    for path in paths:
        try:
            metas.append(read_meta(path))
        except ContentError as exc:
            errors.append(exc)
        except OSError as exc:
            errors.append(ContentError(path, None, f"cannot be read: {exc}"))
    return metas, errors


def build_catalogue(metas: list[ModuleMeta], errors: list[ContentError], language: str) -> Catalogue:
    """Every module in ``language`` (English where there is no translation yet)."""
    catalogue = Catalogue(errors=list(errors))
    by_id: dict[str, dict[str, ModuleMeta]] = {}
    for meta in metas:
        by_id.setdefault(meta.id, {})[meta.language] = meta
    for versions in by_id.values():
        shown = versions.get(language) or versions.get("en")
        if shown is None:
            continue  # a translation without its English original: `content check` reports it
        twin = next((m for lang, m in sorted(versions.items()) if lang != shown.language), None)
        catalogue.entries.append(CatalogueEntry(shown, shown.language != language, twin))
    catalogue.entries.sort(key=lambda e: (e.meta.order, e.meta.id))
    return catalogue


def load_catalogue(content_dir: Path, language: str = "en") -> Catalogue:
    """Read every module file's metadata. Start-up uses storage.content_cache instead,
    which keeps what this reads between starts."""
    return build_catalogue(*read_metas(module_files(content_dir)), language)
