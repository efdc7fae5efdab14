"""Rules the Welsh must keep that a reviewer cannot easily see: plural forms, accelerators
that clash only in one language, and the agreed terminology."""

import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, QTranslator
from PySide6.QtWidgets import (
    QAbstractButton,
    QApplication,
    QGroupBox,
    QLabel,
    QMenu,
    QTabBar,
    QWidget,
)

from csp_desktop.i18n import install_translators

ROOT = Path(__file__).resolve().parents[1]
TRANSLATIONS = ROOT / "resources" / "translations"
TS = TRANSLATIONS / "csp_desktop_cy.ts"
WELSH_DIGRAPHS = ("ch", "dd", "ff", "ng", "ll", "ph", "rh", "th")


@pytest.fixture(scope="module")
def compiled(tmp_path_factory):
    folder = tmp_path_factory.mktemp("qm")
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in TRANSLATIONS.glob("*.ts"):
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(folder / f"{ts.stem}.qm")], check=True)
    return folder


# -- plural forms ---------------------------------------------------------------------------


def plural_messages():
    import xml.etree.ElementTree as ET

    for context in ET.parse(TS).getroot():
        for message in context.findall("message"):
            if message.get("numerus") == "yes":
                yield context.findtext("name"), message.findtext("source")


def test_every_plural_string_has_welsh_forms_that_differ_where_welsh_needs_it(qapp, compiled):
    """Qt's Welsh forms are 0, 1, 2–5, 6 and the rest. After 2 the noun mutates or takes
    'o' + plural, and after 6 (chwe) it mutates again: one text for all is wrong Welsh."""
    translator = QTranslator()
    assert translator.load(str(compiled / "csp_desktop_cy.qm"))
    messages = list(plural_messages())
    assert messages
    for context, source in messages:
        forms = {
            n: translator.translate(context, source, None, n).replace("%n", str(n))
            for n in (0, 1, 2, 3, 6, 7, 20)
        }
        assert all(f and str(n) not in ("",) for n, f in forms.items()), forms
        for n, text in forms.items():
            assert str(n) in text, (source, n, text)
        assert forms[1].replace("1", "#") != forms[2].replace("2", "#"), (source, forms)
        assert forms[6].replace("6", "#") != forms[1].replace("1", "#"), (source, forms)


def test_the_import_count_reads_as_welsh(qapp, compiled):
    translator = QTranslator()
    translator.load(str(compiled / "csp_desktop_cy.qm"))
    text = {
        n: translator.translate("Transfer", "Imported %n record(s)", None, n).replace("%n", str(n))
        for n in (1, 2, 3, 6, 12)
    }
    assert text[1] == "Mewnforiwyd 1 cofnod"
    assert text[2] == "Mewnforiwyd 2 o gofnodion" and text[3] == "Mewnforiwyd 3 o gofnodion"
    assert text[6] == "Mewnforiwyd 6 chofnod"
    assert text[12] == "Mewnforiwyd 12 o gofnodion"


# -- accelerators ---------------------------------------------------------------------------

_MNEMONIC = re.compile(r"(?<!&)&(?!&)(\w)")


def mnemonic(text: str) -> str | None:
    match = _MNEMONIC.search(text.replace("&&", ""))
    return match.group(1).casefold() if match else None


def splits_a_digraph(text: str) -> bool:
    plain = text.replace("&&", "")
    i = plain.find("&")
    if i <= 0 or i + 1 >= len(plain):
        return False
    return (plain[i - 1] + plain[i + 1]).casefold() in WELSH_DIGRAPHS


def window_controls(window: QWidget) -> list[tuple[str, str]]:
    """(description, text) of every control on screen in ``window`` that can have a mnemonic,
    with the menu bar's titles, which share Alt+letter with the window's own controls."""
    found: list[tuple[str, str]] = []
    menubar = getattr(window, "menuBar", None)
    if callable(menubar) and window.findChild(QWidget, None) is not None and hasattr(window, "menus"):
        found += [(f"menu {a.text()!r}", a.text()) for a in window.menuBar().actions()]
    for widget in window.findChildren(QWidget):
        if not widget.isVisibleTo(window) or isinstance(widget, QMenu):
            continue
        if isinstance(widget, QAbstractButton) and widget.text():
            found.append((f"{type(widget).__name__} {widget.objectName() or widget.text()!r}", widget.text()))
        elif isinstance(widget, QLabel) and widget.buddy() is not None:
            found.append((f"label {widget.text()!r}", widget.text()))
        elif isinstance(widget, QGroupBox) and widget.title():
            found.append((f"group {widget.title()!r}", widget.title()))
        elif isinstance(widget, QTabBar):
            found += [(f"tab {widget.tabText(i)!r}", widget.tabText(i)) for i in range(widget.count())]
    return found


def clashes(where: str, controls: list[tuple[str, str]], language: str) -> list[str]:
    problems, seen = [], {}
    for description, text in controls:
        letter = mnemonic(text)
        if letter is None:
            continue
        if language == "cy" and splits_a_digraph(text):
            problems.append(f"{where}: {description} puts '&' inside a Welsh letter ({text!r})")
        if letter in seen and seen[letter][1] != text:
            problems.append(f"{where}: Alt+{letter} is both {seen[letter][0]} and {description}")
        seen.setdefault(letter, (description, text))
    return problems


def menu_problems(window, language: str) -> list[str]:
    problems = []
    for key, menu in window.menus.items():
        controls = [(f"item {a.text()!r}", a.text()) for a in menu.actions() if not a.isSeparator()]
        problems += clashes(f"menu {key}", controls, language)
    return problems


def walk_main_window(window, qapp) -> dict[str, list[tuple[str, str]]]:
    """Every screen of the main window, as the user can reach it."""
    screens = {}
    for area in ("learn", "my_csp", "surgery", "progress"):
        window.show_area(area)
        QApplication.processEvents()
        screens[area] = window_controls(window)
    learn = window.pages["learn"]
    learn.open_module(learn.catalogue.entries[0].meta.id)
    window.show_area("learn")
    QApplication.processEvents()
    screens["reader"] = window_controls(window)
    learn.show_catalogue()
    window.show_area("my_csp")
    my_csp = window.pages["my_csp"]
    my_csp.prefill("caerphilly")
    my_csp = window.pages["my_csp"]
    for index in range(my_csp.tabs.count()):
        my_csp.tabs.setCurrentIndex(index)
        QApplication.processEvents()
        screens[f"my_csp tab {index}"] = window_controls(window)
    return screens


def dialogs(window):
    from csp_desktop.core.content.glossary import load_glossary
    from csp_desktop.resources import content_dir
    from csp_desktop.ui.about import AboutDialog
    from csp_desktop.ui.learn.glossary_dialog import GlossaryDialog
    from csp_desktop.ui.my_csp import editors
    from csp_desktop.ui.preferences_dialog import PreferencesDialog

    directory = window.pages["my_csp"].directory
    context = window.context
    yield "preferences", PreferencesDialog(context.settings, context.geography, window)
    yield "about", AboutDialog("/data", "default", "/data/log.txt", window)
    yield "glossary", GlossaryDialog(load_glossary(content_dir()), {}, window)
    yield "organisation", editors.OrganisationDialog(None, window)
    yield "person", editors.PersonDialog(None, directory, window)
    yield "group", editors.GroupDialog(None, directory, window)
    yield "membership", editors.MembershipDialog(None, directory, None, window)
    yield "procedure", editors.ProcedureDialog(None, window)


@pytest.mark.parametrize("language", ["en", "cy"])
def test_no_two_controls_share_an_accelerator(qtbot, qapp, make_window, compiled, monkeypatch, language):
    for stale in QApplication.topLevelWidgets():  # windows of earlier tests, over closed databases
        stale.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    monkeypatch.setattr("csp_desktop.i18n.translations_dir", lambda: compiled)
    install_translators(qapp, language)
    try:
        window = make_window()
        window.show()
        qtbot.waitExposed(window)
        problems = menu_problems(window, language)
        for screen, controls in walk_main_window(window, qapp).items():
            problems += clashes(screen, controls, language)
        for name, dialog in dialogs(window):
            dialog.show()
            QApplication.processEvents()
            problems += clashes(f"dialog {name}", window_controls(dialog), language)
            dialog.close()
            dialog.deleteLater()
        assert problems == [], "\n".join(problems)
    finally:
        install_translators(qapp, "en")


def test_the_clash_finder_finds_clashes():
    """The walker's own check: a clash and a split digraph are caught."""
    controls = [("menu", "&Golygu"), ("button", "&Geirfa"), ("button", "C&hwilio")]
    problems = clashes("test", controls, "cy")
    assert any("Alt+g" in p for p in problems)
    assert any("inside a Welsh letter" in p for p in problems)
    assert clashes("test", [("a", "&Ffeil"), ("b", "&Golygu")], "cy") == []


# -- terminology ----------------------------------------------------------------------------


def welsh_texts():
    """Every Welsh text a user reads that is kept in the repository, outside the modules."""
    yield TS.name, TS.read_text(encoding="utf-8")
    rows = (TRANSLATIONS / "termbase.tsv").read_text(encoding="utf-8").splitlines()[1:]
    yield "termbase.tsv", "\n".join(row.split("\t")[1] for row in rows if "\t" in row)
    for path in sorted((ROOT / "content" / "surgery").glob("*.cy.md")):
        yield path.name, path.read_text(encoding="utf-8")
    import tomllib

    glossary = tomllib.loads((ROOT / "content" / "glossary.toml").read_text(encoding="utf-8"))
    yield (
        "glossary.toml",
        "\n".join(f"{t.get('term_cy', '')}\n{t.get('definition_cy', '')}" for t in glossary["term"]),
    )
    for name in ("helplines.toml", "wales-geography.toml"):
        text = (ROOT / "resources" / "data" / name).read_text(encoding="utf-8")
        yield name, "\n".join(line for line in text.splitlines() if "_cy" in line.split("=")[0])


@pytest.mark.parametrize(
    "pattern, why",
    [
        (r"Cynghorydd Annibynnol", "an ISVA/IDVA is an ymgynghorydd: 'cynghorydd' means councillor here"),
        (
            r"mewn perygl(?! uniongyrchol| nawr)",
            "at risk (safeguarding) is 'yn wynebu risg'; only danger, now, is perygl",
        ),
        (
            r"(?<![Gg]wasanaeth )(?<![Gg]wasanaethau )(?<!Arolygiaeth )(?<!angen )\b[Pp]rawf\b",
            "'prawf' alone reads as 'test': say 'gwasanaeth prawf' ('angen prawf' is 'need proof')",
        ),
        (r"neu dilëwch", "after 'neu' the verb mutates: and a suggestion reads better as 'wedi'i awgrymu'"),
    ],
)
def test_agreed_terminology(pattern, why):
    found = [name for name, text in welsh_texts() if re.search(pattern, text)]
    assert found == [], why
