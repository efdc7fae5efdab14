"""The glossary: short definitions of the acronyms councillors meet, with Welsh terms."""

from __future__ import annotations

import re
import tomllib
from dataclasses import dataclass
from pathlib import Path

from csp_desktop.core.collation import sort_key
from csp_desktop.core.content.model import ContentError

GLOSSARY_FILE = "glossary.toml"
_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")


@dataclass(frozen=True)
class Term:
    """A glossary term in both languages, its definition, and the modules that use it."""

    id: str
    term: str
    expansion: str
    term_cy: str
    definition: str
    modules: tuple[str, ...]
    definition_cy: str = ""

    def definition_in(self, language: str) -> str:
        return self.definition_cy if language == "cy" and self.definition_cy else self.definition

    def headword(self, language: str) -> str:
        """The term as listed: the Welsh term first for a Welsh reader, where there is one."""
        return self.term_cy if language == "cy" and self.term_cy else self.term

    @property
    def heading(self) -> str:
        return f"{self.term} ({self.expansion})" if self.expansion else self.term


def load_glossary(content_dir: Path) -> list[Term]:
    path = content_dir / GLOSSARY_FILE
    if not path.is_file():
        return []
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except tomllib.TOMLDecodeError as exc:
        match = re.search(r"line (\d+)", str(exc))
        raise ContentError(path, int(match.group(1)) if match else None, f"not valid TOML: {exc}") from None
    except RecursionError:
        raise ContentError(path, None, "not valid TOML: nested too deeply (arrays inside arrays)") from None
    terms: list[Term] = []
    for index, row in enumerate(data.get("term", []), start=1):
        for key in ("id", "term", "definition"):
            if not isinstance(row.get(key), str) or not row[key].strip():
                raise ContentError(path, None, f"term #{index} has no '{key}'")
        if not _ID_RE.match(row["id"]):
            raise ContentError(path, None, f"term id {row['id']!r} is not lower-case-with-hyphens")
        if any(t.id == row["id"] for t in terms):
            raise ContentError(path, None, f"term id {row['id']!r} is defined twice")
        terms.append(
            Term(
                row["id"],
                row["term"].strip(),
                row.get("expansion", "").strip(),
                row.get("term_cy", "").strip(),
                row["definition"].strip(),
                tuple(row.get("modules", [])),
                row.get("definition_cy", "").strip(),
            )
        )
    return sorted(terms, key=lambda t: t.term.casefold())


def in_order(terms: list[Term], language: str) -> list[Term]:
    """The glossary in alphabetical order of its headwords, by that language's rules."""
    key = sort_key(language)
    return sorted(terms, key=lambda t: key(t.headword(language)))
