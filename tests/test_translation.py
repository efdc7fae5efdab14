"""Cymraeg: the catalogue is complete and well-formed, and switching language updates the
open window without losing the user's place."""

import re
import subprocess
import xml.etree.ElementTree as ET
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication

from csp_desktop import settings as S

ROOT = Path(__file__).resolve().parents[1]
TS = ROOT / "resources" / "translations" / "csp_desktop_cy.ts"
PLACEHOLDER_RE = re.compile(r"%\d|%n|\{[a-z_]+\}")
ACCEL_RE = re.compile(r"&(?!&|amp;|lt;|gt;|apos;|quot;)\w")


class _Plural:
    """A plural message (%n) seen as one translation: all its forms, joined."""

    def __init__(self, element):
        self._element = element
        forms = [f.text or "" for f in element.findall("numerusform")]
        self.text = forms[0] if forms and all(f.strip() for f in forms) else ""

    def get(self, key, default=None):
        return self._element.get(key, default)


def messages():
    for context in ET.parse(TS).getroot():
        name = context.findtext("name")
        for message in context.findall("message"):
            translation = message.find("translation")
            if message.get("numerus") == "yes" and translation is not None:
                translation = _Plural(translation)
            yield name, message.findtext("source") or "", translation


def test_every_string_is_translated():
    """No message is missing its Welsh or marked unfinished."""
    untranslated = [
        f"{ctx}: {src!r}"
        for ctx, src, t in messages()
        if t is None or not (t.text or "").strip() or t.get("type") in ("unfinished", "obsolete", "vanished")
    ]
    assert untranslated == []


def test_translations_keep_placeholders_and_shortcut_markers():
    """%1, {done} and & accelerators survive translation."""
    problems = []
    for ctx, source, translation in messages():
        text = translation.text or ""
        if sorted(PLACEHOLDER_RE.findall(source)) != sorted(PLACEHOLDER_RE.findall(text)):
            problems.append(f"{ctx}: placeholders differ in {source!r}")
        if bool(ACCEL_RE.search(source)) != bool(ACCEL_RE.search(text)) or len(ACCEL_RE.findall(text)) > 1:
            problems.append(f"{ctx}: accelerator in {source!r} -> {text!r}")
    assert problems == []


def test_every_source_string_is_in_the_catalogue(tmp_path):
    """lupdate finds nothing new in the code: the Welsh file covers every string."""
    lupdate = Path(__import__("sys").executable).parent / "pyside6-lupdate"
    files = sorted(str(p) for p in (ROOT / "src").rglob("*.py"))
    fresh = tmp_path / "fresh.ts"
    subprocess.run([str(lupdate), *files, "-ts", str(fresh)], check=True, capture_output=True)
    in_code = {
        (c.findtext("name"), m.findtext("source"))
        for c in ET.parse(fresh).getroot()
        for m in c.findall("message")
    }
    in_catalogue = {(ctx, src) for ctx, src, _ in messages()}
    assert in_code - in_catalogue == set()


@pytest.fixture
def welsh_catalogue(tmp_path, monkeypatch):
    """Build the .qm from the .ts, as the README commands do, into a temporary folder."""
    lrelease = Path(__import__("sys").executable).parent / "pyside6-lrelease"
    subprocess.run(
        [str(lrelease), "-silent", str(TS), "-qm", str(tmp_path / "csp_desktop_cy.qm")], check=True
    )
    monkeypatch.setattr("csp_desktop.i18n.translations_dir", lambda: tmp_path)
    return tmp_path


def test_switching_to_welsh_updates_the_open_window(qtbot, make_window, settings, welsh_catalogue, qapp):
    """Choosing Cymraeg retranslates menus, areas and the open page, keeping the area shown."""
    from PySide6.QtCore import QEvent

    from csp_desktop.app import Appearance

    for stale in QApplication.topLevelWidgets():  # widgets left by earlier tests, over closed databases
        stale.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    window = make_window()
    window.show_area("surgery")
    appearance = Appearance(qapp, settings)
    try:
        settings.set(S.LANGUAGE, "cy")
        QApplication.processEvents()
        titles = [a.text() for a in window.menuBar().actions()]
        assert titles[0] != "&File" and "&" in titles[0]
        assert window.sidebar.item(0).text() != "Learn"
        assert window.current_area() == "surgery"
        surgery = window.pages["surgery"]
        assert surgery.heading.text() != "Ward surgery: who to call about what"
    finally:
        settings.set(S.LANGUAGE, "en")
        QApplication.processEvents()
        appearance.deleteLater()
    assert next(a.text() for a in window.menuBar().actions()) == "&File"


def test_welsh_content_where_it_matters():
    """The glossary has a Welsh term and definition for every entry; every surgery topic has Welsh."""
    from csp_desktop.core.content.glossary import load_glossary
    from csp_desktop.core.surgery import load_topics
    from csp_desktop.resources import content_dir

    terms = load_glossary(content_dir())
    assert terms and all(t.term_cy and t.definition_cy for t in terms)
    topics, errors = load_topics(content_dir(), "cy")
    assert errors == [] and topics and not any(t.fallback for t in topics)
    csp = next(t for t in terms if t.id == "csp")
    assert "Partneriaeth Diogelwch Cymunedol" in csp.term_cy
