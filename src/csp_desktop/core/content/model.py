"""What a learning module is made of, as plain data."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from pathlib import Path

SECTION_KINDS = ("guidance", "case-study", "scenario", "reflection", "check")
PASS_MARK = 0.7


class ContentError(Exception):
    """A problem in a content file, located by file and line for the author."""

    def __init__(self, path: Path | str, line: int | None, message: str):
        self.path = Path(path)
        self.line = line
        self.message = message
        where = f"{self.path.name}:{line}" if line else self.path.name
        super().__init__(f"{where}: {message}")


@dataclass(frozen=True)
class ModuleMeta:
    """A module's front matter: what the catalogue, Home and the record show without parsing its body."""

    id: str
    title: str
    summary: str
    minutes: int
    version: str
    last_reviewed: dt.date
    outcomes: tuple[str, ...]
    sources: tuple[str, ...]
    order: int
    language: str
    path: Path
    body_line: int  # first line of the body in the file, for error messages
    source_checked: tuple[tuple[str, dt.date], ...] = ()  # (url, date its text was last checked)
    # Welsh twins only: "draft" or "reviewed", and the English version they were made from.
    translation: str = ""
    translated_from: str = ""

    @property
    def is_draft_translation(self) -> bool:
        return self.language != "en" and self.translation != "reviewed"


@dataclass(frozen=True)
class Question:
    """One knowledge-check question, its options, the correct ones and the explanation."""

    text: str
    options: tuple[str, ...]
    correct: frozenset[int]
    explanation: str
    line: int

    @property
    def multiple(self) -> bool:
        return len(self.correct) > 1

    def is_right(self, chosen: set[int] | frozenset[int]) -> bool:
        return frozenset(chosen) == self.correct


@dataclass(frozen=True)
class Reflection:
    """A reflection prompt; the councillor's answer is saved under its id."""

    id: str
    prompt: str
    line: int


@dataclass
class Section:
    """One section of a module: guidance, a scenario, a reflection or a knowledge check."""

    id: str
    title: str
    kind: str
    line: int
    markdown: str = ""
    questions: list[Question] = field(default_factory=list)
    reflections: list[Reflection] = field(default_factory=list)

    @property
    def is_check(self) -> bool:
        return self.kind == "check"


@dataclass
class Module:
    """A whole module: its metadata and its sections in order."""

    meta: ModuleMeta
    sections: list[Section]

    @property
    def id(self) -> str:
        return self.meta.id

    def section(self, section_id: str) -> Section | None:
        return next((s for s in self.sections if s.id == section_id), None)

    @property
    def check(self) -> Section | None:
        return next((s for s in self.sections if s.is_check), None)

    def word_count(self) -> int:
        words = 0
        for s in self.sections:
            words += len(s.markdown.split())
            words += sum(len(q.text.split()) + len(q.explanation.split()) for q in s.questions)
        return words
