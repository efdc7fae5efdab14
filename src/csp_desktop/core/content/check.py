"""``csp-desktop content check``: everything an author can get wrong, found before release."""

from __future__ import annotations

import re
from pathlib import Path

from csp_desktop.core.content.catalogue import MODULES_FOLDER
from csp_desktop.core.content.glossary import load_glossary
from csp_desktop.core.content.model import SECTION_KINDS, ContentError, Module
from csp_desktop.core.content.parser import read_module
from csp_desktop.core.content.render import markdown_to_html
from csp_desktop.core.content.twins import compare_twin
from csp_desktop.core.placeholders import unknown_placeholders

MAX_WORDS = 2200
# Welsh runs about a fifth longer than the English it translates.
TRANSLATION_WORD_ALLOWANCE = 1.3
_LINK_RE = re.compile(r"\]\(\s*<?([^)\s>]+)>?(?:\s+\"[^\"]*\")?\s*\)")
_ALLOWED_EXTERNAL = ("https://", "http://", "mailto:", "tel:")


def _links(module: Module):
    for section in module.sections:
        for match in _LINK_RE.finditer(section.markdown):
            yield section, match.group(1)


def check_content(content_dir: Path, max_words: int = MAX_WORDS) -> tuple[list[Module], list[ContentError]]:
    errors: list[ContentError] = []
    modules: list[Module] = []
    files = sorted((content_dir / MODULES_FOLDER).glob("*.md"))
    if not files:
        errors.append(ContentError(content_dir, None, "no modules found in 'modules/'"))
    for path in files:
        try:
            module = read_module(path)
            for section in module.sections:
                markdown_to_html(section.markdown)
            modules.append(module)
        except ContentError as exc:
            errors.append(exc)
    try:
        glossary = {t.id: t for t in load_glossary(content_dir)}
    except ContentError as exc:
        errors.append(exc)
        glossary = {}
    by_id = {m.id: m for m in modules if m.meta.language == "en"}
    for module in modules:
        if module.meta.language != "en":
            english = by_id.get(module.id)
            if english is None:
                problem = f"no English twin '{module.id}' to translate from"
                errors.append(ContentError(module.meta.path, None, problem))
            else:
                errors.extend(compare_twin(english, module))
        path = module.meta.path
        kinds = {s.kind for s in module.sections}
        missing = [k for k in SECTION_KINDS if k not in kinds]
        if missing:
            errors.append(ContentError(path, None, f"no section of kind {', '.join(missing)}"))
        check = module.check
        if check is not None and not check.questions:
            errors.append(ContentError(path, check.line, "the knowledge check has no quiz block"))
        reflection_ids = [r.id for s in module.sections for r in s.reflections]
        if len(reflection_ids) != len(set(reflection_ids)):
            errors.append(ContentError(path, None, "two reflections share an id"))
        words = module.word_count()
        limit = max_words if module.meta.language == "en" else int(max_words * TRANSLATION_WORD_ALLOWANCE)
        if words > limit:
            errors.append(ContentError(path, None, f"{words} words is over the limit of {limit}"))
        for section in module.sections:
            for name in unknown_placeholders(section.markdown):
                errors.append(ContentError(path, section.line, f"unknown placeholder '{{{{local:{name}}}}}'"))
        for section, target in _links(module):
            problem = _link_problem(target, module, by_id, glossary)
            if problem:
                errors.append(ContentError(path, section.line, problem))
    for term in glossary.values():
        for module_id in term.modules:
            if module_id not in by_id:
                errors.append(
                    ContentError(
                        content_dir / "glossary.toml",
                        None,
                        f"term '{term.id}' refers to unknown module '{module_id}'",
                    )
                )
    return modules, errors


def _link_problem(target: str, module: Module, by_id: dict[str, Module], glossary: dict) -> str | None:
    if target.startswith(_ALLOWED_EXTERNAL):
        return None
    if target.startswith("#"):
        return None if module.section(target[1:]) else f"link to missing section '{target}'"
    if target.startswith("module:"):
        module_id, _, anchor = target[len("module:") :].partition("#")
        other = by_id.get(module_id)
        if other is None:
            return f"link to unknown module '{module_id}'"
        if anchor and other.section(anchor) is None:
            return f"link to missing section '{anchor}' in module '{module_id}'"
        return None
    if target.startswith("glossary:"):
        term = target[len("glossary:") :]
        return None if term in glossary else f"link to unknown glossary term '{term}'"
    return f"link '{target}' uses a scheme the app will not follow"
