"""Turning what a user types into a safe full-text query, and documents into index rows.

Any text is accepted: quotes, stars, minus signs, NEAR, brackets. Each word becomes a quoted
prefix term, so FTS5 never sees its own syntax from the user.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from csp_desktop.core.folding import fold

_WORD_RE = re.compile(r"\w+", re.UNICODE)
MAX_TERMS = 8
# One letter matches nearly everything (with 10,000 contacts, "p" matched all of them) and
# ranking that many rows took 15-25 ms while telling the user nothing: results start at two.
MIN_CHARS = 2


def fts_query(text: str) -> str | None:
    """'gwyn "asb' -> '"gwyn"* "asb"*'; None when nothing searchable was typed."""
    words = _WORD_RE.findall(fold(text))[:MAX_TERMS]
    words = [w for w in words if w.strip("_")]
    if not words or sum(len(w) for w in words) < MIN_CHARS:
        return None
    return " ".join(f'"{w}"*' for w in words)


class Kind:
    MODULE = "module"
    GLOSSARY = "glossary"
    SURGERY = "surgery"
    PERSON = "person"
    ORGANISATION = "organisation"
    GROUP = "group"
    PROCEDURE = "procedure"


@dataclass(frozen=True)
class Document:
    """One searchable thing: a module section, a glossary term, a contact, a surgery topic."""

    kind: str
    ref: str  # where it opens: "module-id#section", a record id, a term id, a topic id
    title: str
    body: str
    keywords: str = ""
    where: str = ""  # shown, not searched: the module a section is in, a person's employer


@dataclass(frozen=True)
class Hit:
    """One search result: what it is, where it opens, and the words around the match."""

    kind: str
    ref: str
    title: str
    snippet: str  # the matched words are wrapped in MARK_START and MARK_END
    rank: float
    where: str = ""


# Control characters cannot come from content or a contact, so they mark the match safely.
MARK_START, MARK_END = "\x02", "\x03"

# Search answers "what do I do about this?" first: a ward-surgery topic, a person or an
# organisation is worth more than a paragraph of a module mentioning the same words.
KIND_BOOST = {
    Kind.SURGERY: 4.0,
    Kind.PERSON: 3.0,
    Kind.ORGANISATION: 3.0,
    Kind.GROUP: 2.5,
    Kind.PROCEDURE: 2.5,
    Kind.GLOSSARY: 2.0,
    Kind.MODULE: 1.0,
}
