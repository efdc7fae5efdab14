"""TOML front matter between ``+++`` lines: the module's metadata.

TOML rather than YAML: it is in the standard library (tomllib), it has real dates, and its
errors carry a line number we can pass on to the author.
"""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from pathlib import Path

from csp_desktop.core.content.model import ContentError, ModuleMeta

FENCE = "+++"
_FILE_RE = re.compile(r"^(\d{2})-([a-z0-9]+(?:-[a-z0-9]+)*)\.(en|cy)\.md$")
_TOML_LINE_RE = re.compile(r"line (\d+)")
REQUIRED = {
    "id": str,
    "title": str,
    "summary": str,
    "minutes": int,
    "version": str,
    "last_reviewed": dt.date,
    "outcomes": list,
    "sources": list,
}


def split(text: str, path: Path) -> tuple[dict, str, int]:
    """Return (metadata, body, first body line number)."""
    lines = text.splitlines()
    if not lines or lines[0].strip() != FENCE:
        raise ContentError(path, 1, f"the file must start with a '{FENCE}' front matter line")
    try:
        end = next(i for i in range(1, len(lines)) if lines[i].strip() == FENCE)
    except StopIteration:
        raise ContentError(path, 1, f"the front matter is never closed with '{FENCE}'") from None
    try:
        meta = tomllib.loads("\n".join(lines[1:end]))
    except tomllib.TOMLDecodeError as exc:
        match = _TOML_LINE_RE.search(str(exc))
        # tomllib gives "(at line N, column M)", or "(at end of document)": the closing fence.
        line = int(match.group(1)) + 1 if match else end + 1
        raise ContentError(path, line, f"front matter is not valid TOML: {exc}") from None
    except RecursionError:  # tomllib recurses into nested arrays: one bad file must not stop the app
        raise ContentError(path, 2, "front matter is nested too deeply (arrays inside arrays)") from None
    return meta, "\n".join(lines[end + 1 :]), end + 2


def parse_sources(raw: list, path: Path) -> tuple[tuple[str, ...], tuple[tuple[str, dt.date], ...]]:
    """Sources are plain URLs, or ``{url = "...", checked = 2026-11-29}`` for a source (such as
    legislation) whose text can change: the date says when its current text was last read."""
    urls: list[str] = []
    checked: list[tuple[str, dt.date]] = []
    for item in raw:
        if isinstance(item, dict):
            url, when = item.get("url"), item.get("checked")
            if not isinstance(url, str) or not url.strip():
                raise ContentError(path, 1, "a source table needs a 'url'")
            if when is not None:
                if not isinstance(when, dt.date) or isinstance(when, dt.datetime):
                    raise ContentError(path, 1, f"'checked' for {url} must be a date such as 2026-11-29")
                checked.append((url.strip(), when))
            urls.append(url.strip())
        elif isinstance(item, str) and item.strip():
            urls.append(item.strip())
        else:
            raise ContentError(path, 1, "'sources' must list web addresses (text, or {url=..., checked=...})")
    if not urls:
        raise ContentError(path, 1, "'sources' must be a non-empty list of text")
    return tuple(urls), tuple(checked)


def parse_meta(text: str, path: Path) -> tuple[ModuleMeta, str]:
    meta, body, body_line = split(text, path)
    match = _FILE_RE.match(path.name)
    if not match:
        raise ContentError(path, None, "file name must look like 'NN-module-id.en.md'")
    order, slug, language = int(match.group(1)), match.group(2), match.group(3)
    for key, kind in REQUIRED.items():
        if key not in meta:
            raise ContentError(path, 1, f"front matter is missing '{key}'")
        if not isinstance(meta[key], kind) or (kind is int and isinstance(meta[key], bool)):
            raise ContentError(path, 1, f"'{key}' must be a {kind.__name__}")
    if meta["id"] != slug:
        raise ContentError(path, 1, f"id '{meta['id']}' does not match the file name '{slug}'")
    if not meta["outcomes"] or not all(isinstance(v, str) and v.strip() for v in meta["outcomes"]):
        raise ContentError(path, 1, "'outcomes' must be a non-empty list of text")
    urls, checked = parse_sources(meta["sources"], path)
    bad = [u for u in urls if not u.startswith(("https://", "http://"))]
    if bad:
        raise ContentError(path, 1, f"source is not a web address: {bad[0]}")
    module_meta = ModuleMeta(
        id=slug,
        title=meta["title"].strip(),
        summary=meta["summary"].strip(),
        minutes=meta["minutes"],
        version=meta["version"],
        last_reviewed=meta["last_reviewed"],
        outcomes=tuple(meta["outcomes"]),
        sources=urls,
        source_checked=checked,
        order=order,
        language=language,
        path=path,
        body_line=body_line,
        translation=str(meta.get("translation", "")),
        translated_from=str(meta.get("translated_from", "")),
    )
    return module_meta, body
