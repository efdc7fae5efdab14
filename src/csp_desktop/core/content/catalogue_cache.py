"""The catalogue's module metadata in a form kept between starts, so start-up parses no TOML.

Reading the front matter of every module file (24 of them, English and Welsh) takes ~10 ms
with the TOML parser's import: a tenth of the whole start-up budget. The parsed metadata is
saved with ``marshal`` (built in, no import cost) and used again only while every module
file has the same name, size and modification time, and the content folder and Python are
the same. Anything else (a changed or new file, a content update, a damaged cache) reads
the files again. The cache holds nothing the content files do not: it is never user data.
This module only encodes and checks; storage.content_cache reads and writes the file.
"""

from __future__ import annotations

import datetime as dt
import marshal
import sys
from pathlib import Path

from csp_desktop.core.content.model import ModuleMeta

FORMAT = 1


def fingerprint(paths: list[Path]) -> tuple:
    """What must not have changed for the cached metadata to be used."""
    stats = []
    for path in paths:
        st = path.stat()
        stats.append((path.name, st.st_size, st.st_mtime_ns))
    folder = str(paths[0].parent) if paths else ""
    return (FORMAT, sys.version, folder, tuple(stats))


def _to_plain(meta: ModuleMeta) -> tuple:
    return (
        meta.id,
        meta.title,
        meta.summary,
        meta.minutes,
        meta.version,
        meta.last_reviewed.isoformat(),
        meta.outcomes,
        meta.sources,
        meta.order,
        meta.language,
        str(meta.path),
        meta.body_line,
        tuple((url, day.isoformat()) for url, day in meta.source_checked),
        meta.translation,
        meta.translated_from,
    )


def _from_plain(row: tuple) -> ModuleMeta:
    (id_, title, summary, minutes, version, reviewed, outcomes, sources, order, language, path,
     body_line, checked, translation, translated_from) = row  # fmt: skip
    return ModuleMeta(
        id=id_,
        title=title,
        summary=summary,
        minutes=minutes,
        version=version,
        last_reviewed=dt.date.fromisoformat(reviewed),
        outcomes=tuple(outcomes),
        sources=tuple(sources),
        order=order,
        language=language,
        path=Path(path),
        body_line=body_line,
        source_checked=tuple((url, dt.date.fromisoformat(day)) for url, day in checked),
        translation=translation,
        translated_from=translated_from,
    )


def encode(key: tuple, metas: list[ModuleMeta]) -> bytes:
    return marshal.dumps((key, [_to_plain(m) for m in metas]))


def decode(data: bytes, key: tuple) -> list[ModuleMeta] | None:
    """The cached metadata if it was saved for ``key``, else None (stale or unreadable)."""
    try:
        stored_key, rows = marshal.loads(data)
        if stored_key != key:
            return None
        return [_from_plain(row) for row in rows]
    except Exception:  # a damaged or foreign cache is just a miss: the files are read again
        return None
