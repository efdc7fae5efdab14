"""Content parsing, checking and rendering, as an author and a reader would meet them."""

import textwrap
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from csp_desktop.core.content.catalogue import load_catalogue
from csp_desktop.core.content.check import check_content
from csp_desktop.core.content.links import LinkKind, classify
from csp_desktop.core.content.model import ContentError
from csp_desktop.core.content.parser import parse_module
from csp_desktop.core.content.render import markdown_to_html
from csp_desktop.resources import content_dir

FRONT = """+++
id = "demo"
title = "Demo module"
summary = "A module for tests."
minutes = 10
version = "1.0"
last_reviewed = 2026-11-28
outcomes = ["You can test."]
sources = ["https://example.org/source"]
+++
"""


def module(body: str, name: str = "01-demo.en.md"):
    return parse_module(FRONT + textwrap.dedent(body), Path(name))


GOOD_BODY = """
## Start here {#start .guidance}
Some *guidance* with a [link](module:demo#check) and [MARAC](glossary:marac).

## What would you do? {#scenario .scenario}
A resident asks for help.

```quiz
Q: Who do you call first
in an emergency?
- [ ] The council
- [x] 999
Explain: In an emergency, call 999.
```

## Think {#think .reflection}
```reflection
id: my-ward
What worries residents most in your ward?
```

## Check {#check .check}
```quiz
Q: Pick the partners.
- [x] Police
- [x] Fire
- [ ] A shop
Explain: Police and fire are responsible authorities.
```
"""


def test_a_good_module_parses_into_sections_questions_and_reflections():
    """Sections, kinds, questions (single and multiple answer) and reflections come out right."""
    m = module(GOOD_BODY)
    assert [s.id for s in m.sections] == ["start", "scenario", "think", "check"]
    assert [s.kind for s in m.sections] == ["guidance", "scenario", "reflection", "check"]
    scenario_q = m.section("scenario").questions[0]
    assert scenario_q.text == "Who do you call first in an emergency?"
    assert not scenario_q.multiple and scenario_q.is_right({1})
    check_q = m.check.questions[0]
    assert check_q.multiple and check_q.is_right({0, 1}) and not check_q.is_right({0})
    assert m.section("think").reflections[0].id == "my-ward"
    assert "```" not in m.section("scenario").markdown


@pytest.mark.parametrize(
    "text, line, message",
    [
        ("no front matter", 1, "must start with"),
        ("+++\nid = \n+++\n", 3, "not valid TOML"),
        (FRONT.replace("minutes = 10\n", ""), 1, "missing 'minutes'"),
        (FRONT + "\n## Bad heading\n", 12, "needs an id and kind"),
        (FRONT + "\n## X {#x .essay}\n", 12, "unknown section kind"),
        (FRONT + "\n## X {#x .guidance}\n<script>alert(1)</script>\n", 13, "raw HTML"),
        (
            FRONT + "\n## X {#x .check}\n```quiz\nQ: One?\n- [ ] a\n- [ ] b\nExplain: none right\n```\n",
            14,
            "no right answer",
        ),
        (FRONT + "\n## X {#x .check}\n```quiz\nQ: One?\n- [x] a\n- [ ] b\n```\n", 14, "no 'Explain:'"),
        (FRONT + "\n## X {#x .check}\n```quiz\nQ: One?\n- [x] a\n", 13, "never closed"),
        (FRONT + "\n## X {#x .reflection}\n```reflection\nWhat now?\n```\n", 14, "must start with 'id:"),
    ],
)
def test_bad_content_names_the_file_and_line(text, line, message):
    """Each authoring mistake is reported with the file name and the line to look at."""
    with pytest.raises(ContentError) as caught:
        parse_module(text, Path("01-demo.en.md"))
    assert caught.value.line == line, str(caught.value)
    assert message in caught.value.message
    assert str(caught.value).startswith(f"01-demo.en.md:{line}:")


def test_a_broken_file_does_not_hide_the_other_modules(tmp_path):
    """The catalogue keeps every good module and reports the bad one."""
    folder = tmp_path / "modules"
    folder.mkdir()
    (folder / "01-demo.en.md").write_text(FRONT + GOOD_BODY, encoding="utf-8")
    (folder / "02-broken.en.md").write_text("+++\nid = 'broken'\n", encoding="utf-8")
    catalogue = load_catalogue(tmp_path)
    assert catalogue.ids() == ["demo"]
    assert len(catalogue.errors) == 1 and "02-broken.en.md" in str(catalogue.errors[0])


def test_welsh_falls_back_to_english_with_a_flag(tmp_path):
    """A user in Cymraeg sees the English module, marked as a fallback, until a .cy.md exists."""
    folder = tmp_path / "modules"
    folder.mkdir()
    (folder / "01-demo.en.md").write_text(FRONT + GOOD_BODY, encoding="utf-8")
    entry = load_catalogue(tmp_path, "cy").entries[0]
    assert entry.fallback and entry.meta.language == "en"
    (folder / "01-demo.cy.md").write_text(FRONT.replace("Demo module", "Modiwl prawf") + GOOD_BODY, "utf-8")
    entry = load_catalogue(tmp_path, "cy").entries[0]
    assert not entry.fallback and entry.meta.title == "Modiwl prawf"


def test_rendering_strips_script_and_dangerous_links():
    """Whatever gets past the parser, the HTML keeps no script, handlers or odd schemes."""
    html = markdown_to_html(
        "[a](javascript:alert(1)) [b](file:///etc/passwd) [c](data:text/html,x) "
        "![img](https://tracker.example/p.png) [ok](https://gov.wales) [m](module:x) [t](tel:101)"
    )
    for bad in ("javascript:", "file:", "data:", "<img", "<script"):
        assert bad not in html
    for good in ('href="https://gov.wales"', 'href="module:x"', 'href="tel:101"'):
        assert good in html


@pytest.mark.parametrize(
    "url, kind",
    [
        ("#check", LinkKind.SECTION),
        ("module:vawdasv#marac", LinkKind.MODULE),
        ("glossary:marac", LinkKind.GLOSSARY),
        ("https://gov.wales/live-fear-free", LinkKind.EXTERNAL),
        ("mailto:csp@example.gov.wales", LinkKind.EXTERNAL),
        ("tel:08088010800", LinkKind.EXTERNAL),
        ("javascript:alert(1)", LinkKind.BLOCKED),
        ("file:///C:/Windows", LinkKind.BLOCKED),
        ("data:text/html,hi", LinkKind.BLOCKED),
        ("relative/path", LinkKind.BLOCKED),
    ],
)
def test_link_policy(url, kind):
    """Module and glossary links stay inside; web, mail and phone ask first; the rest never open."""
    assert classify(url).kind is kind


def test_bundled_content_passes_the_authors_check():
    """Every shipped module has metadata, valid quizzes, resolving links and stays under the limit."""
    modules, errors = check_content(content_dir())
    assert errors == []
    english = [m for m in modules if m.meta.language == "en"]
    assert 10 <= len(english) <= 14
    for m in modules:
        assert 10 <= m.meta.minutes <= 15, m.id
        assert m.meta.sources and all(u.startswith("http") for u in m.meta.sources)
        assert m.check is not None and 3 <= len(m.check.questions) <= 6, m.id


def test_content_check_finds_broken_links(tmp_path):
    """A link to a missing module, section or glossary term is reported."""
    folder = tmp_path / "modules"
    folder.mkdir()
    body = GOOD_BODY.replace("module:demo#check", "module:demo#nowhere").replace(
        "glossary:marac", "glossary:nope"
    )
    (folder / "01-demo.en.md").write_text(FRONT + body, encoding="utf-8")
    _, errors = check_content(tmp_path)
    messages = " ".join(e.message for e in errors)
    assert "missing section 'nowhere'" in messages
    assert "unknown glossary term 'nope'" in messages


@settings(max_examples=150, deadline=None)
@given(st.text(max_size=400))
def test_any_body_text_gives_a_module_or_a_located_error(body):
    """Fuzzed bodies never crash the parser: a module, or a ContentError with a place."""
    try:
        parse_module(FRONT + body, Path("01-demo.en.md"))
    except ContentError as exc:
        assert exc.path.name == "01-demo.en.md"
