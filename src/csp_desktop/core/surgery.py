"""The ward-surgery quick reference: topics (Markdown in content/surgery) and helplines
(resources/data/helplines.toml), as plain data."""

from __future__ import annotations

import datetime as dt
import re
import tomllib
from dataclasses import dataclass, field
from pathlib import Path

from csp_desktop.core.content.frontmatter import split
from csp_desktop.core.content.model import ContentError
from csp_desktop.core.directory.model import Sector

SURGERY_FOLDER = "surgery"
_FILE_RE = re.compile(r"^(\d{2})-([a-z0-9-]+)\.(en|cy)\.md$")
_SECTION_RE = re.compile(r"^##\s+(?P<title>.+?)\s*\{#(?P<id>[a-z0-9-]+)\}\s*$")


@dataclass(frozen=True)
class Helpline:
    """A national helpline: its number, when it answers, what a call costs, its web address."""

    id: str
    name: str
    number: str
    text: str
    web: str
    cost: str
    hours: str
    confidence: str
    note: str
    name_cy: str = ""
    hours_cy: str = ""
    cost_cy: str = ""
    note_cy: str = ""

    def _in(self, key: str, language: str) -> str:
        welsh = getattr(self, f"{key}_cy") if language == "cy" else ""
        return welsh or getattr(self, key)

    def name_in(self, language: str) -> str:
        return self._in("name", language)

    def hours_in(self, language: str) -> str:
        return self._in("hours", language)

    def cost_in(self, language: str) -> str:
        return self._in("cost", language)

    def note_in(self, language: str) -> str:
        return self._in("note", language)


@dataclass
class Topic:
    """A ward-surgery topic: what to do and say, and the helplines and local contacts for it."""

    id: str
    order: int
    language: str
    title: str
    summary: str
    helplines: list[str]
    local: list[Sector]
    local_roles: list[str]
    keywords: list[str]
    sections: list[tuple[str, str, str]] = field(default_factory=list)  # (id, title, markdown)
    reviewed: dt.date | None = None
    fallback: bool = False


def load_helplines(path: Path) -> dict[str, Helpline]:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    fields = Helpline.__dataclass_fields__
    return {row["id"]: Helpline(**{k: str(row.get(k, "")) for k in fields}) for row in data["helpline"]}


def parse_topic(path: Path) -> Topic:
    match = _FILE_RE.match(path.name)
    if not match:
        raise ContentError(path, None, "file name must look like 'NN-topic-id.en.md'")
    meta, body, first_line = split(path.read_text(encoding="utf-8"), path)
    if meta.get("id") != match.group(2):
        raise ContentError(path, 1, f"id {meta.get('id')!r} does not match the file name")
    sectors = []
    for name in meta.get("local", []):
        if name not in Sector._value2member_map_:
            raise ContentError(path, 1, f"unknown sector {name!r} in 'local'")
        sectors.append(Sector(name))
    topic = Topic(
        id=meta["id"],
        order=int(match.group(1)),
        language=match.group(3),
        title=meta.get("title", ""),
        summary=meta.get("summary", ""),
        helplines=list(meta.get("helplines", [])),
        local=sectors,
        local_roles=list(meta.get("local_roles", [])),
        keywords=list(meta.get("keywords", [])),
        reviewed=meta.get("last_reviewed"),
    )
    current: list[str] | None = None
    for offset, line in enumerate(body.splitlines()):
        heading = _SECTION_RE.match(line)
        if heading:
            topic.sections.append((heading.group("id"), heading.group("title"), ""))
            current = []
            continue
        if line.startswith("## "):
            raise ContentError(path, first_line + offset, "a '##' heading needs an id, e.g. {#do-now}")
        if topic.sections and current is not None:
            sid, title, text = topic.sections[-1]
            topic.sections[-1] = (sid, title, text + line + "\n")
    return topic


def load_topics(content_dir: Path, language: str = "en") -> tuple[list[Topic], list[ContentError]]:
    folder = content_dir / SURGERY_FOLDER
    by_id: dict[str, dict[str, Topic]] = {}
    errors: list[ContentError] = []
    for path in sorted(folder.glob("*.md")) if folder.is_dir() else []:
        if path.name.lower() == "readme.md":
            continue
        try:
            topic = parse_topic(path)
        except (ContentError, tomllib.TOMLDecodeError, KeyError, ValueError, RecursionError) as exc:
            message = "nested too deeply" if isinstance(exc, RecursionError) else str(exc)
            errors.append(exc if isinstance(exc, ContentError) else ContentError(path, None, message))
            continue
        by_id.setdefault(topic.id, {})[topic.language] = topic
    topics = []
    for versions in by_id.values():
        topic = versions.get(language) or versions.get("en")
        if topic is not None:
            topic.fallback = topic.language != language
            topics.append(topic)
    return sorted(topics, key=lambda t: t.order), errors
