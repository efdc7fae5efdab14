"""What goes into the search index: module sections, glossary terms, ward-surgery topics
and the councillor's CSP record, as plain documents."""

from __future__ import annotations

import hashlib
import re
from collections.abc import Iterable
from pathlib import Path

from csp_desktop import __version__
from csp_desktop.core.content.catalogue import Catalogue
from csp_desktop.core.content.glossary import Term
from csp_desktop.core.content.model import ContentError
from csp_desktop.core.content.parser import read_module
from csp_desktop.core.directory.model import ROLE_LABELS, SECTOR_LABELS, Directory
from csp_desktop.core.directory.queries import SECTOR_WORDS
from csp_desktop.core.search_text import Document, Kind

# Bumped whenever what goes into a document changes, so existing indexes are rebuilt.
DOCUMENT_FORMAT = "2"
# A reflection is the user's own blank box and a knowledge check a quiz: opening either
# from search answers nothing (and used to mark the module started), so neither is indexed.
UNSEARCHED_KINDS = ("reflection", "check")
_MARKUP_RE = re.compile(r"[#*_`>\[\]()|{}]+|\bmodule:\S+|\bglossary:\S+|https?://\S+")


def plain(markdown: str) -> str:
    return " ".join(_MARKUP_RE.sub(" ", markdown).split())


def content_fingerprint(files: Iterable[Path]) -> str:
    """Cheap check for 'has the content changed?': names, sizes and times, not the text."""
    digest = hashlib.sha256(f"{__version__}/{DOCUMENT_FORMAT}".encode())
    for path in sorted(files):
        stat = path.stat()
        digest.update(f"{path.name}:{stat.st_size}:{stat.st_mtime_ns}".encode())
    return digest.hexdigest()


def module_documents(catalogue: Catalogue) -> list[Document]:
    docs = []
    for entry in catalogue.entries:
        try:
            module = read_module(entry.meta.path)
        except ContentError:
            continue
        for section in module.sections:
            if section.kind in UNSEARCHED_KINDS:
                continue
            text = plain(section.markdown)
            text += " " + " ".join(q.text + " " + q.explanation for q in section.questions)
            # The title is the section's own; the module it belongs to is where it is.
            docs.append(
                Document(
                    Kind.MODULE,
                    f"{module.id}#{section.id}",
                    section.title,
                    text,
                    module.meta.title,
                    f"{module.meta.order}. {module.meta.title}",
                )
            )
    return docs


def glossary_documents(terms: list[Term], language: str = "en") -> list[Document]:
    return [
        Document(
            Kind.GLOSSARY,
            t.id,
            t.headword(language),  # the Welsh term first for a Welsh reader
            f"{t.expansion} {t.definition_in(language)}",
            f"{t.term} {t.expansion} {t.term_cy}",
        )
        for t in terms
    ]


def directory_documents(directory: Directory, ids: set[str] | None = None) -> list[Document]:
    """Documents for every record, or only for those whose id is in ``ids``."""
    docs = []
    orgs = {o.id: o for o in directory.organisations}
    groups = {g.id: g for g in directory.groups}
    seats: dict[str, list[str]] = {}
    for m in directory.memberships:
        group = groups.get(m.group_id)
        if group:
            seats.setdefault(m.person_id, []).append(f"{ROLE_LABELS[m.role]} {group.name}")
    for p in directory.people:
        if ids is None or p.id in ids:
            org = orgs.get(p.organisation_id or "")
            sector = SECTOR_LABELS[org.sector] if org else ""
            docs.append(
                Document(
                    Kind.PERSON,
                    p.id,
                    p.name,
                    " ".join(
                        [
                            p.job_title,
                            org.name if org else "",
                            org.name_cy if org else "",  # so Welsh words find people too
                            " ".join(SECTOR_WORDS[org.sector]) if org else "",
                            *p.emails,
                            *p.phones,
                            p.notes,
                            *seats.get(p.id, []),
                        ]
                    ),
                    sector,
                    org.name if org else "",
                )
            )
    for o in directory.organisations:
        if ids is None or o.id in ids:
            docs.append(
                Document(
                    Kind.ORGANISATION,
                    o.id,
                    o.name,
                    f"{o.name_cy} {o.notes}",
                    " ".join((SECTOR_LABELS[o.sector], *SECTOR_WORDS[o.sector])),
                    SECTOR_LABELS[o.sector],
                )
            )
    for g in directory.groups:
        if ids is None or g.id in ids:
            docs.append(Document(Kind.GROUP, g.id, g.name, g.purpose))
    for pr in directory.procedures:
        if ids is None or pr.id in ids:
            docs.append(Document(Kind.PROCEDURE, pr.id, pr.topic, pr.text))
    return docs


def surgery_documents(topics) -> list[Document]:
    return [
        Document(
            Kind.SURGERY,
            t.id,
            t.title,
            t.summary + " " + " ".join(plain(text) for _, _, text in t.sections),
            " ".join([*t.keywords, *t.local_roles]),
        )
        for t in topics
    ]


def content_documents(content_dir: Path, language: str) -> list[Document]:
    """Everything bundled that search should find, in the user's language where it exists."""
    from csp_desktop.core.content.catalogue import load_catalogue
    from csp_desktop.core.content.glossary import load_glossary
    from csp_desktop.core.surgery import load_topics

    try:
        terms = load_glossary(content_dir)
    except ContentError:
        terms = []
    topics, _ = load_topics(content_dir, language)
    return [
        *module_documents(load_catalogue(content_dir, language)),
        *glossary_documents(terms, language),
        *surgery_documents(topics),
    ]


def content_files(content_dir: Path) -> list[Path]:
    return [p for p in content_dir.rglob("*") if p.is_file()]
