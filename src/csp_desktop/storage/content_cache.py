"""The catalogue at start-up, from the cache in the data folder while the content is unchanged.

What is cached and when it counts as fresh is core.content.catalogue_cache's business; this
module reads and writes the file, whole or not at all, owner-only like the rest of the folder.
"""

from __future__ import annotations

from pathlib import Path

from csp_desktop.core.content import catalogue_cache
from csp_desktop.core.content.catalogue import Catalogue, build_catalogue, module_files, read_metas
from csp_desktop.core.datadir import make_owner_only
from csp_desktop.storage.filesystem import write_atomically


def load_catalogue_cached(content_dir: Path, language: str, cache: Path) -> Catalogue:
    """As core's load_catalogue. A catalogue with a broken file is never cached, so its
    error is reported at every start; a cache that cannot be read or written is a miss."""
    paths = module_files(content_dir)
    try:
        key = catalogue_cache.fingerprint(paths)
    except OSError:  # a file vanished while looking: read what is there, cache nothing
        return build_catalogue(*read_metas(paths), language)
    try:
        metas = catalogue_cache.decode(cache.read_bytes(), key)
    except OSError:
        metas = None
    if metas is not None:
        return build_catalogue(metas, [], language)
    metas, errors = read_metas(paths)
    if not errors:
        try:
            cache.parent.mkdir(mode=0o700, parents=True, exist_ok=True)
            write_atomically(cache, catalogue_cache.encode(key, metas))
            make_owner_only(cache)
        except OSError:
            pass  # a read-only or full folder: the next start reads the files again
    return build_catalogue(metas, errors, language)
