"""Welsh twins of modules: `content check` catches every way a translation can drift from the
English that a reader would act on, and names the Welsh file and line."""

import shutil
from pathlib import Path

import pytest

from csp_desktop.core.content.catalogue import load_catalogue
from csp_desktop.core.content.check import check_content

TWINS = Path(__file__).parent / "data" / "twins"


@pytest.fixture
def folder(tmp_path):
    target = tmp_path / "content"
    shutil.copytree(TWINS, target)
    return target


def welsh_file(folder: Path) -> Path:
    return folder / "modules" / "01-demo.cy.md"


def edit_welsh(folder: Path, old: str, new: str, count: int = 1) -> int:
    """Change the Welsh twin; return the line number of the edit."""
    path = welsh_file(folder)
    text = path.read_text(encoding="utf-8")
    assert old in text, old
    line = text[: text.index(old)].count("\n") + 1
    path.write_text(text.replace(old, new, count), encoding="utf-8")
    return line


def problems(folder: Path) -> list[str]:
    _modules, errors = check_content(folder)
    return [str(e) for e in errors]


def test_a_faithful_welsh_twin_passes(folder):
    """The sample pair (natural Welsh, same structure and facts) has no problems."""
    assert problems(folder) == []


@pytest.mark.parametrize(
    "old, new, message",
    [
        (
            "{#case .case-study}",
            "{#case .guidance}",
            "section 2 is {#case .guidance}; the English twin has {#case .case-study}",
        ),
        ("{#case .case-study}", "{#achos .case-study}", "section 2 is {#achos .case-study}"),
        ("- [ ] Siop leol\n", "", "has 2 options; the English twin has 3"),
        ("- [x] Cywir\n- [ ] Anghywir", "- [ ] Cywir\n- [x] Anghywir", "marks other right answers"),
        ("ar 0808 80 10 800, am ddim", "ar 0808 80 10 801, am ddim", "phone numbers in section 'start'"),
        ("o'r 22 cyngor", "o'r 21 cyngor", "numbers in section 'start' differ"),
        ("ers 1 Ebrill 2020", "ers 1 Mawrth 2020", "dates in section 'start' differ"),
        ("ym mis Mai 2028.\n- [x]", "ym mis Mehefin 2028.\n- [x]", "dates in section 'check'"),
        ("(https://gov.wales/live-fear-free)", "(https://llyw.cymru/byw-heb-ofn)", "links in section"),
        ("(glossary:csp)", "(glossary:pdc)", "links in section 'start'"),
        ("id: my-ward", "id: fy-ward", "reflection ids in 'think'"),
    ],
)
def test_each_kind_of_drift_fails_with_the_welsh_file_and_line(folder, old, new, message):
    line = edit_welsh(folder, old, new)
    found = [p for p in problems(folder) if message in p]
    assert found, problems(folder)
    assert found[0].startswith("01-demo.cy.md:"), found[0]
    reported = int(found[0].split(":")[1])
    # The line is the edit itself, or the start of the section or question that holds it.
    assert line - 8 <= reported <= line, (found[0], line)


def test_a_missing_question_is_reported(folder):
    text = welsh_file(folder).read_text(encoding="utf-8")
    start = text.index("Q: Mae disgwyl")
    end = text.index("```", start)
    welsh_file(folder).write_text(text[:start] + text[end:], encoding="utf-8")
    assert any("has 1 question(s); the English twin has 2" in p for p in problems(folder))


@pytest.mark.parametrize(
    "old, new, message",
    [
        ('translation = "draft"\n', "", "'translation' is missing"),
        ('translation = "draft"', 'translation = "done"', "'translation' is 'done'"),
        ('translated_from = "1.2"', 'translated_from = "1.1"', "English is version '1.2'"),
        ("minutes = 10", "minutes = 12", "'minutes' differs"),
    ],
)
def test_front_matter_must_say_its_state_and_match_the_english(folder, old, new, message):
    line = edit_welsh(folder, old, new)
    found = [p for p in problems(folder) if message in p]
    assert found, problems(folder)
    assert found[0].startswith("01-demo.cy.md:")
    if "missing" not in message:
        assert found[0].startswith(f"01-demo.cy.md:{line}:")


def test_a_welsh_file_without_an_english_twin_is_reported(folder):
    (folder / "modules" / "01-demo.en.md").rename(folder / "modules" / "02-other.en.md")
    (folder / "modules" / "02-other.en.md").unlink()
    assert any("no English twin 'demo'" in p for p in problems(folder))


def test_the_catalogue_uses_the_twin_and_knows_a_draft(folder):
    """Cymraeg shows the Welsh twin, marked as a draft; English shows the English."""
    welsh = load_catalogue(folder, "cy").get("demo")
    assert welsh is not None and not welsh.fallback
    assert welsh.meta.title == "Pwy i'w ffonio" and welsh.meta.is_draft_translation
    assert load_catalogue(folder, "en").get("demo").meta.title == "Who to call"
    edit_welsh(folder, 'translation = "draft"', 'translation = "reviewed"')
    assert not load_catalogue(folder, "cy").get("demo").meta.is_draft_translation


def test_the_content_check_command_fails_on_a_drifted_twin(folder, capsys):
    from csp_desktop.cli import main

    assert main(["content", "check", str(folder)]) == 0
    out = capsys.readouterr().out
    assert "translation: 01-demo.cy.md: draft" in out and "1 translation(s) (1 draft)" in out
    line = edit_welsh(folder, "o'r 22 cyngor", "o'r 23 cyngor")
    assert main(["content", "check", str(folder)]) == 1
    out = capsys.readouterr().out
    assert f"01-demo.cy.md:{line}: numbers in section 'start'" in out


def test_month_names_that_are_also_words_are_not_dates(folder):
    """'dydd Mawrth' (Tuesday) and 'Mai' (that) in the Welsh are not dates missing from the English."""
    edit_welsh(
        folder, "Gweler [y gwiriad](#check).", "Gweler [y gwiriad](#check). Mai dydd Mawrth yw'r cyfarfod."
    )
    assert problems(folder) == []
