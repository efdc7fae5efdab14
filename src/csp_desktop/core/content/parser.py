"""Split a module body into sections and pull out its quiz and reflection blocks.

The syntax is documented in docs/content-format.md. Every error names the file and line.
"""

from __future__ import annotations

import re
from pathlib import Path

from csp_desktop.core.content.frontmatter import parse_meta
from csp_desktop.core.content.model import (
    SECTION_KINDS,
    ContentError,
    Module,
    ModuleMeta,
    Question,
    Reflection,
    Section,
)

_HEADING_RE = re.compile(
    r"^##\s+(?P<title>.+?)\s*\{#(?P<id>[a-z0-9]+(?:-[a-z0-9]+)*)\s+\.(?P<kind>[a-z-]+)\s*\}\s*$"
)
_BARE_H2_RE = re.compile(r"^##\s+\S")
_FENCE_RE = re.compile(r"^(```+|~~~+)\s*([A-Za-z0-9_-]*)\s*$")
_OPTION_RE = re.compile(r"^\s*[-*]\s+\[( |x|X)\]\s+(.+)$")
_ID_RE = re.compile(r"^[a-z0-9]+(?:-[a-z0-9]+)*$")
# An HTML tag or comment outside code. Autolinks such as <https://...> are allowed.
_RAW_HTML_RE = re.compile(r"<(?!https?://|mailto:)(/?[A-Za-z][A-Za-z0-9-]*[\s>/]|!--)")
_INLINE_CODE_RE = re.compile(r"`[^`]*`")
SPECIAL_BLOCKS = ("quiz", "reflection")


def parse_questions(lines: list[str], first_line: int, path: Path) -> list[Question]:
    questions: list[Question] = []
    text: list[str] = []
    options: list[tuple[str, bool]] = []
    explain: list[str] = []
    start = first_line
    state = "none"

    def finish() -> None:
        if state == "none":
            return
        if len(options) < 2:
            raise ContentError(path, start, "a question needs at least two options")
        correct = frozenset(i for i, (_, right) in enumerate(options) if right)
        if not correct:
            raise ContentError(path, start, "a question has no right answer ([x])")
        if not " ".join(explain).strip():
            raise ContentError(path, start, "a question has no 'Explain:' line")
        questions.append(
            Question(
                " ".join(text).strip(),
                tuple(o for o, _ in options),
                correct,
                " ".join(explain).strip(),
                start,
            )
        )

    for offset, raw in enumerate(lines):
        line_no = first_line + offset
        line = raw.strip()
        if line.startswith("Q:"):
            finish()
            text, options, explain, start, state = [line[2:].strip()], [], [], line_no, "question"
        elif state == "none":
            if line:
                raise ContentError(path, line_no, "a quiz block must start with 'Q:'")
        elif (m := _OPTION_RE.match(raw)) and state in ("question", "options"):
            options.append((m.group(2).strip(), m.group(1) in "xX"))
            state = "options"
        elif line.lower().startswith("explain:"):
            if state != "options":
                raise ContentError(path, line_no, "'Explain:' must follow the options")
            explain, state = [line[len("explain:") :].strip()], "explain"
        elif not line:
            continue
        elif state == "question":
            text.append(line)
        elif state == "explain":
            explain.append(line)
        else:
            raise ContentError(path, line_no, f"unexpected line in quiz block: {line[:40]!r}")
    finish()
    if not questions:
        raise ContentError(path, first_line, "the quiz block is empty")
    return questions


def parse_reflection(lines: list[str], first_line: int, path: Path) -> Reflection:
    content = [(first_line + i, ln.strip()) for i, ln in enumerate(lines) if ln.strip()]
    if not content or not content[0][1].startswith("id:"):
        raise ContentError(path, first_line, "a reflection block must start with 'id: ...'")
    ref_id = content[0][1][3:].strip()
    if not _ID_RE.match(ref_id):
        raise ContentError(path, content[0][0], f"reflection id {ref_id!r} is not lower-case-with-hyphens")
    prompt = " ".join(text for _, text in content[1:])
    if not prompt:
        raise ContentError(path, first_line, "the reflection block has no question")
    return Reflection(ref_id, prompt, content[0][0])


def parse_body(meta: ModuleMeta, body: str) -> list[Section]:
    path = meta.path
    sections: list[Section] = []
    prose: list[str] = []
    lines = body.splitlines()
    i = 0

    def current(line_no: int) -> Section:
        if not sections:
            sections.append(Section("introduction", meta.title, "guidance", line_no))
        return sections[-1]

    def flush() -> None:
        if any(line.strip() for line in prose):
            target = current(meta.body_line)
            target.markdown = (target.markdown + "\n" + "\n".join(prose)).strip("\n")
        prose.clear()

    while i < len(lines):
        raw = lines[i]
        line_no = meta.body_line + i
        fence = _FENCE_RE.match(raw.strip())
        if fence:
            marker, info = fence.groups()
            end = next((j for j in range(i + 1, len(lines)) if lines[j].strip().startswith(marker)), None)
            if end is None:
                raise ContentError(path, line_no, f"the {info or 'code'} block is never closed")
            block = lines[i + 1 : end]
            if info in SPECIAL_BLOCKS:
                flush()
                section = current(line_no)
                if info == "quiz":
                    section.questions.extend(parse_questions(block, line_no + 1, path))
                else:
                    section.reflections.append(parse_reflection(block, line_no + 1, path))
            else:
                prose.extend(lines[i : end + 1])
            i = end + 1
            continue
        heading = _HEADING_RE.match(raw)
        if heading:
            flush()
            kind = heading.group("kind")
            if kind not in SECTION_KINDS:
                raise ContentError(
                    path, line_no, f"unknown section kind '.{kind}' (use one of {', '.join(SECTION_KINDS)})"
                )
            if any(s.id == heading.group("id") for s in sections):
                raise ContentError(path, line_no, f"section id '{heading.group('id')}' is used twice")
            sections.append(Section(heading.group("id"), heading.group("title"), kind, line_no))
        elif _BARE_H2_RE.match(raw):
            raise ContentError(
                path, line_no, "a '##' heading needs an id and kind, e.g. '## Title {#my-id .guidance}'"
            )
        else:
            if _RAW_HTML_RE.search(_INLINE_CODE_RE.sub("", raw)):
                raise ContentError(path, line_no, "raw HTML is not allowed in content")
            prose.append(raw)
        i += 1
    flush()
    if not sections:
        raise ContentError(path, meta.body_line, "the module has no sections")
    return sections


MAX_NESTING = 12  # lists or quotes inside each other; Markdown recurses once per level
_PREFIX_RE = re.compile(r"[ \t>]*")


def check_nesting(body: str, path: Path, first_line: int) -> None:
    """Refuse lists or quotes nested absurdly deep (linear; before Markdown recurses into
    them and raises RecursionError): the module is skipped with a notice instead."""
    for offset, line in enumerate(body.splitlines()):
        prefix = _PREFIX_RE.match(line).group()  # type: ignore[union-attr]
        quotes = prefix.count(">")
        depth = quotes + (len(prefix.replace(">", "").expandtabs(4)) // 4)
        if depth > MAX_NESTING:
            message = f"lists or quotes are nested more than {MAX_NESTING} deep"
            raise ContentError(path, first_line + offset, message)


def parse_module(text: str, path: Path) -> Module:
    meta, body = parse_meta(text, path)
    check_nesting(body, path, meta.body_line)
    try:
        return Module(meta, parse_body(meta, body))
    except RecursionError:
        raise ContentError(path, None, "the text is nested too deeply to show") from None


def read_module(path: Path) -> Module:
    try:
        text = path.read_text(encoding="utf-8")
    except UnicodeDecodeError as exc:
        raise ContentError(path, None, f"the file is not UTF-8 text ({exc.reason})") from None
    return parse_module(text, path)
