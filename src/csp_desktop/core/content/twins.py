"""Keep a translated module in step with its English twin.

A Welsh module (``NN-id.cy.md``) is written as natural Welsh, not word for word, so its
prose cannot be compared. What must not drift is everything a reader acts on: the sections
and their order, the quiz (questions, options and right answers, since progress and scores
are shared across languages), reflection ids, numbers, phone numbers, dates and links.
Every difference is reported against the Welsh file, with the line to look at.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from pathlib import Path

from csp_desktop.core.content.model import ContentError, Module, Section

TRANSLATION_STATES = ("draft", "reviewed")
SHARED_META = ("minutes", "version", "last_reviewed", "sources")

_MONTHS = {
    "en": [
        *("January", "February", "March", "April", "May", "June"),
        *("July", "August", "September", "October", "November", "December"),
    ],
    "cy": [
        *("Ionawr", "Chwefror", "Mawrth", "Ebrill", "Mai", "Mehefin"),
        *("Gorffennaf", "Awst", "Medi", "Hydref", "Tachwedd", "Rhagfyr"),
    ],
}
_MONTH_NUMBER = {name: i for names in _MONTHS.values() for i, name in enumerate(names, start=1)}
_MONTH_NAMES = "|".join(sorted(_MONTH_NUMBER, key=len, reverse=True))
# "1 April 2020", "1st April", "1af Ebrill 2020", "May 2028", "Mai 2028", and ISO dates.
# A month counts as a date only beside a day or a year: "Mai" (that), "Mawrth" (Tuesday) and
# "May" (might) are also ordinary words.
_DATE_RE = re.compile(
    rf"\b(?P<day>\d{{1,2}})(?:st|nd|rd|th|af|il|ydd|edd|fed|ed|eg)?\s+(?P<month>{_MONTH_NAMES})\b"
    rf"(?:\s+(?P<year>\d{{4}}))?"
    rf"|\b(?P<month_only>{_MONTH_NAMES})\s+(?P<year_only>\d{{4}})\b"
    r"|\b(?P<iso>\d{4}-\d{2}-\d{2})\b"
)
_PHONE_RE = re.compile(r"(?<![\d/])0\d(?: ?\d){8,9}(?![\d/])")
_LINK_RE = re.compile(
    r"\]\(\s*<?(?P<target>[^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)|<(?P<auto>(?:https?://|mailto:)[^>]+)>"
)
_NUMBER_RE = re.compile(r"\d+(?:[.,]\d+)*")
_ATTRS_RE = re.compile(r"\{#[^}]*\}\s*$")


def _line_of_key(text: str, key: str) -> int:
    match = re.search(rf"^{re.escape(key)}\s*=", text, re.MULTILINE)
    return text.count("\n", 0, match.start()) + 1 if match else 1


def _section_lines(module: Module, lines: list[str]) -> dict[str, list[tuple[int, str]]]:
    """Each section's raw lines (file line number, text), quizzes included."""
    starts = [s.line for s in module.sections] + [len(lines) + 1]
    spans: dict[str, list[tuple[int, str]]] = {}
    for index, section in enumerate(module.sections):
        first = section.line if index else min(section.line, module.meta.body_line)
        spans[section.id] = [(n, lines[n - 1]) for n in range(first, starts[index + 1]) if n - 1 < len(lines)]
    return spans


def _date_key(match: re.Match) -> str:
    if match.group("iso"):
        return match.group("iso")
    if match.group("month_only"):
        return f"- {_MONTH_NUMBER[match.group('month_only')]:02d} {match.group('year_only')}"
    return f"{match.group('day')} {_MONTH_NUMBER[match.group('month')]:02d} {match.group('year') or '-'}"


def facts(section_lines: list[tuple[int, str]]) -> dict[str, list[tuple[str, int]]]:
    """The links, phone numbers, dates and other numbers in a section, with their lines."""
    found: dict[str, list[tuple[str, int]]] = {"links": [], "phone numbers": [], "dates": [], "numbers": []}
    for line_no, raw in section_lines:
        text = _ATTRS_RE.sub("", raw) if raw.lstrip().startswith("#") else raw
        if text.strip().startswith(("id:", "```", "~~~")):
            continue  # reflection ids are compared separately; fences carry no facts

        def take_link(m: re.Match, line_no: int = line_no) -> str:
            found["links"].append((m.group("target") or m.group("auto"), line_no))
            return "]" if m.group("target") else " "

        text = _LINK_RE.sub(take_link, text)
        for kind, pattern, key in (
            ("phone numbers", _PHONE_RE, lambda m: m.group(0)),
            ("dates", _DATE_RE, _date_key),
        ):
            for m in pattern.finditer(text):
                found[kind].append((key(m), line_no))
            text = pattern.sub(" ", text)
        found["numbers"].extend((m.group(0), line_no) for m in _NUMBER_RE.finditer(text))
    return found


Facts = dict[str, list[tuple[str, int]]]


def _compare_facts(path: Path, section: Section, english: Facts, welsh: Facts) -> Iterator[ContentError]:
    for kind, items in welsh.items():
        ours = Counter(value for value, _ in items)
        theirs = Counter(value for value, _ in english[kind])
        extra, missing = ours - theirs, theirs - ours
        if not extra and not missing:
            continue
        line = next((n for value, n in items if value in extra), section.line)
        parts = []
        if missing:
            parts.append("the English has " + ", ".join(sorted(missing.elements())))
        if extra:
            parts.append("the Welsh has " + ", ".join(sorted(extra.elements())))
        yield ContentError(
            path, line, f"{kind} in section '{section.id}' differ from the English twin: {'; '.join(parts)}"
        )


def _compare_quiz(path: Path, en: Section, cy: Section) -> Iterator[ContentError]:
    if len(en.questions) != len(cy.questions):
        yield ContentError(
            path,
            cy.questions[0].line if cy.questions else cy.line,
            f"section '{cy.id}' has {len(cy.questions)} question(s); "
            f"the English twin has {len(en.questions)}",
        )
        return
    for number, (q_en, q_cy) in enumerate(zip(en.questions, cy.questions, strict=True), start=1):
        if len(q_en.options) != len(q_cy.options):
            yield ContentError(
                path,
                q_cy.line,
                f"question {number} in '{cy.id}' has {len(q_cy.options)} options; "
                f"the English twin has {len(q_en.options)}",
            )
        elif q_en.correct != q_cy.correct:
            right = ", ".join(str(i + 1) for i in sorted(q_en.correct))
            yield ContentError(
                path,
                q_cy.line,
                f"question {number} in '{cy.id}' marks other right answers than the English (option {right})",
            )
    ids_en = [r.id for r in en.reflections]
    ids_cy = [r.id for r in cy.reflections]
    if ids_en != ids_cy:
        yield ContentError(
            path,
            cy.reflections[0].line if cy.reflections else cy.line,
            f"reflection ids in '{cy.id}' are {ids_cy}; the English twin has {ids_en}",
        )


def _attrs(section_id: str, kind: str) -> str:
    return f"{{#{section_id} .{kind}}}"


def compare_twin(english: Module, welsh: Module) -> list[ContentError]:
    """Everything in which a translated module differs from its English twin, in file order."""
    path = welsh.meta.path
    text = path.read_text(encoding="utf-8")
    errors: list[ContentError] = []
    meta_en, meta_cy = english.meta, welsh.meta
    if meta_cy.translation not in TRANSLATION_STATES:
        said = f"'{meta_cy.translation}'" if meta_cy.translation else "missing"
        errors.append(
            ContentError(
                path,
                _line_of_key(text, "translation"),
                f'\'translation\' is {said}: write "draft" or "reviewed"',
            )
        )
    if meta_cy.translated_from != meta_en.version:
        errors.append(
            ContentError(
                path,
                _line_of_key(text, "translated_from"),
                f"'translated_from' is '{meta_cy.translated_from}' but the English is version "
                f"'{meta_en.version}': bring the translation up to date",
            )
        )
    for key in SHARED_META:
        if getattr(meta_en, key) != getattr(meta_cy, key):
            line = _line_of_key(text, key)
            errors.append(ContentError(path, line, f"'{key}' differs from the English twin"))
    shape_en = [(s.id, s.kind) for s in english.sections]
    shape_cy = [(s.id, s.kind) for s in welsh.sections]
    if shape_en != shape_cy:
        common = min(len(shape_en), len(shape_cy))
        index = next((i for i in range(common) if shape_en[i] != shape_cy[i]), common)
        if index < len(shape_cy):
            line, found = welsh.sections[index].line, _attrs(*shape_cy[index])
        else:
            line, found = welsh.sections[-1].line, "the end of the file"
        wanted = _attrs(*shape_en[index]) if index < len(shape_en) else "no more sections"
        errors.append(
            ContentError(path, line, f"section {index + 1} is {found}; the English twin has {wanted} here")
        )
    lines_en = _section_lines(english, meta_en.path.read_text(encoding="utf-8").splitlines())
    lines_cy = _section_lines(welsh, text.splitlines())
    for section in welsh.sections:
        twin = english.section(section.id)
        if twin is None:
            continue
        errors.extend(_compare_quiz(path, twin, section))
        errors.extend(_compare_facts(path, section, facts(lines_en[twin.id]), facts(lines_cy[section.id])))
    return sorted(errors, key=lambda e: e.line or 0)
