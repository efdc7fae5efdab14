"""Reading a module in Welsh and English: the draft notice, the switch that keeps your place,
and one record of progress, answers and reflections across both languages."""

from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from csp_desktop.core.content.catalogue import load_catalogue
from csp_desktop.storage.progress import ProgressRepository
from csp_desktop.ui.learn.learn_page import LearnPage
from csp_desktop.ui.learn.quiz import QuizPanel
from csp_desktop.ui.learn.reflection import ReflectionWidget

TWINS = Path(__file__).parent / "data" / "twins"


def make_page(qtbot, store, language):
    page = LearnPage(load_catalogue(TWINS, language), ProgressRepository(store))
    qtbot.addWidget(page)
    page.resize(1000, 700)
    page.show()
    qtbot.waitExposed(page)
    return page


@pytest.fixture
def welsh(qtbot, store):
    page = make_page(qtbot, store, "cy")
    yield page
    page.leave()
    page.hide()


def test_a_draft_welsh_module_says_so_and_offers_english(qtbot, welsh):
    assert not welsh.model.index(0, 0).data().endswith("(in English)")
    assert welsh.open_module("demo")
    reader = welsh.reader
    assert reader.title_label.text() == "Pwy i'w ffonio"
    assert not reader.notice.isHidden() and "Draft translation" in reader.notice.text()
    assert reader.language_button.isVisible()
    assert reader.language_button.text() == "Read in English"


def test_the_switch_keeps_the_section_and_goes_back(qtbot, welsh):
    welsh.open_module("demo")
    reader = welsh.reader
    qtbot.mouseClick(reader.contents.viewport(), Qt.MouseButton.LeftButton, pos=_row_centre(reader, 3))
    assert reader.current_section().id == "think"
    assert reader.heading.text() == "Myfyrio"
    qtbot.mouseClick(reader.language_button, Qt.MouseButton.LeftButton)
    assert reader.current_section().id == "think" and reader.heading.text() == "Think"
    assert reader.title_label.text() == "Who to call"
    assert reader.notice.isHidden()  # English is the original: no notice
    assert reader.language_button.text() == "Darllen yn Gymraeg"
    qtbot.mouseClick(reader.language_button, Qt.MouseButton.LeftButton)
    assert reader.current_section().id == "think" and reader.heading.text() == "Myfyrio"


def _row_centre(reader, row):
    return reader.contents.visualItemRect(reader.contents.item(row)).center()


def test_progress_answers_and_reflections_are_one_record_in_both_languages(qtbot, welsh, store):
    """Answer and reflect in Welsh; English shows the same; the store keeps one record."""
    welsh.open_module("demo")
    reader = welsh.reader
    reader.go(4)  # the knowledge check
    panel = reader.interactive.itemAt(0).widget()
    assert isinstance(panel, QuizPanel)
    for widget in panel.questions:
        widget.choose(set(widget.question.correct))
        qtbot.mouseClick(widget.check_button, Qt.MouseButton.LeftButton)
    reader.go(3)
    reflection = reader.interactive.itemAt(0).widget()
    assert isinstance(reflection, ReflectionWidget)
    qtbot.keyClicks(reflection.editor, "Goleuadau stryd ar Heol y Nant")
    reflection.save_now()
    qtbot.mouseClick(reader.language_button, Qt.MouseButton.LeftButton)  # now in English
    english_reflection = reader.interactive.itemAt(0).widget()
    assert english_reflection.editor.toPlainText() == "Goleuadau stryd ar Heol y Nant"
    reader.go(4)
    QApplication.processEvents()
    english_panel = reader.interactive.itemAt(0).widget()
    assert "2 of 2" in english_panel.best_label.text()  # the best score from the Welsh attempt
    progress = ProgressRepository(store).load("demo")
    assert progress.best["check"] == (2, 2)
    assert progress.reflections == {"my-ward": "Goleuadau stryd ar Heol y Nant"}
    rows = store.db.execute("select count(*) from module_progress").fetchone()[0]
    assert rows == 1


def test_english_user_can_read_the_welsh_twin(qtbot, store):
    page = make_page(qtbot, store, "en")
    try:
        page.open_module("demo")
        reader = page.reader
        assert reader.notice.isHidden() and reader.language_button.text() == "Darllen yn Gymraeg"
        qtbot.mouseClick(reader.language_button, Qt.MouseButton.LeftButton)
        assert reader.title_label.text() == "Pwy i'w ffonio" and "Draft translation" in reader.notice.text()
    finally:
        page.leave()
        page.hide()


def test_no_switch_when_there_is_no_twin(qtbot, store, tmp_path):
    """A module without a Welsh twin: the English fallback notice and no switch. (Every
    bundled module has a twin now, so a copy of the content loses one.)"""
    import shutil

    from csp_desktop.resources import content_dir

    copy = tmp_path / "content"
    shutil.copytree(content_dir(), copy)
    next((copy / "modules").glob("*.cy.md")).unlink()
    catalogue = load_catalogue(copy, "cy")
    entry = next(e for e in catalogue.entries if e.twin is None)
    page = LearnPage(catalogue, ProgressRepository(store))
    qtbot.addWidget(page)
    page.show()
    row = catalogue.entries.index(entry)
    assert page.model.index(row, 0).data().endswith("(in English)")  # said in the list too
    try:
        page.open_module(entry.meta.id)
        assert not page.reader.notice.isHidden() and "not yet available" in page.reader.notice.text()
        assert page.reader.language_button.isHidden()
    finally:
        page.leave()
        page.hide()
