"""The first run as a new councillor meets it: language, name, council, tour, then Home."""

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from csp_desktop import settings as S
from csp_desktop.core.geography import load_geography
from csp_desktop.resources import data_file
from csp_desktop.storage.directory import DirectoryRepository, apply_prefill
from csp_desktop.ui.first_run import FirstRunDialog


@pytest.fixture
def geography():
    return load_geography(data_file("wales-geography.toml"))


def make_dialog(qtbot, settings, geography, store):
    repo = DirectoryRepository(store)

    def prefill(council):
        if repo.is_empty():
            apply_prefill(repo, council)

    dialog = FirstRunDialog(settings, geography, prefill)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    return dialog


def visible_councils(dialog):
    listing = dialog.council_list
    return [listing.item(i).text() for i in range(listing.count()) if not listing.item(i).isHidden()]


def test_first_run_then_home(qtbot, type_text, settings, geography, store, make_window):
    """Click English, type a name, find Anglesey by typing 'Ynys', finish: Home greets you
    with your partners filled in."""
    dialog = make_dialog(qtbot, settings, geography, store)
    assert dialog.current_step() == "language"
    qtbot.mouseClick(dialog.english_button, Qt.MouseButton.LeftButton)
    assert dialog.current_step() == "name"
    type_text(dialog.name_edit, "Cllr Siân Jones")
    qtbot.keyClick(dialog.name_edit, Qt.Key.Key_Return)
    assert dialog.current_step() == "council"
    assert dialog.council_list.currentItem() is None  # no default council
    assert not dialog.next_button.isEnabled()
    qtbot.keyClicks(dialog.council_filter, "Ynys")
    assert visible_councils(dialog) == ["Isle of Anglesey / Ynys Môn"]
    qtbot.keyClick(dialog.council_filter, Qt.Key.Key_Return)
    assert dialog.current_step() == "tour"
    assert "North Wales Police" in dialog.partners.text()
    assert "Ward surgery" in dialog.areas.text()
    qtbot.mouseClick(dialog.next_button, Qt.MouseButton.LeftButton)
    assert dialog.result() == dialog.DialogCode.Accepted
    assert settings.get(S.COUNCILLOR_NAME) == "Cllr Siân Jones"
    assert settings.get(S.COUNCIL) == "isle-of-anglesey"
    assert settings.get(S.FIRST_RUN_DONE) == 1
    window = make_window()
    window.show()
    QApplication.processEvents()
    assert window.current_area() == "home"
    home = window.pages["home"]
    assert home.heading.text() == "Welcome, Cllr Siân Jones"
    assert "North Wales Police" in home.partner_labels["police"].text()
    assert "No one recorded yet" in home.partner_labels["police"].text()


@pytest.mark.parametrize("typed", ["anglesey", "YNYS", "mon", "Môn"])
def test_council_found_by_either_name(qtbot, type_text, settings, geography, store, typed):
    """English or Welsh, any case, with or without the circumflex."""
    dialog = make_dialog(qtbot, settings, geography, store)
    dialog.choose_language("en")
    dialog.next()
    type_text(dialog.council_filter, typed)
    assert "Isle of Anglesey / Ynys Môn" in visible_councils(dialog)


def test_welsh_name_comes_first_in_welsh(qtbot, settings, geography, store):
    """Choosing Cymraeg lists councils by their Welsh name first."""
    dialog = make_dialog(qtbot, settings, geography, store)
    qtbot.mouseClick(dialog.welsh_button, Qt.MouseButton.LeftButton)
    assert settings.get(S.LANGUAGE) == "cy"
    dialog.next()
    qtbot.keyClicks(dialog.council_filter, "anglesey")
    assert visible_councils(dialog) == ["Ynys Môn / Isle of Anglesey"]
    settings.set(S.LANGUAGE, "en")


def test_it_chosen_council_skips_the_step(qtbot, settings, geography, store):
    """After IT's `setup --council`, the first run has no council step and prefills nothing more."""
    apply_prefill(DirectoryRepository(store), geography.find("caerphilly"))
    settings.set(S.COUNCIL, "caerphilly")
    dialog = make_dialog(qtbot, settings, geography, store)
    assert dialog.steps == ["language", "name", "tour"]
    dialog.choose_language("en")
    dialog.next()
    assert dialog.current_step() == "tour"
    assert "Caerphilly" in dialog.partners.text()


def test_unknown_text_says_no_match(qtbot, settings, geography, store):
    """Typing a name that is not a Welsh council says so and keeps Next off."""
    dialog = make_dialog(qtbot, settings, geography, store)
    dialog.choose_language("en")
    dialog.next()
    qtbot.keyClicks(dialog.council_filter, "Bristol")
    assert visible_councils(dialog) == []
    assert dialog.no_match.isVisible()
    assert not dialog.next_button.isEnabled()


def test_first_run_happens_once_and_prefills_an_empty_record(qtbot, settings, geography, store, monkeypatch):
    """A fresh profile gets the first run; finishing it prefills My CSP once and never asks again."""
    from csp_desktop.app import needs_first_run, run_first_run

    def walk_through(dialog):
        dialog.choose_language("en")
        dialog.name_edit.setText("Cllr Dai Rees")
        dialog.next()
        dialog.council_filter.setText("Merthyr")
        dialog.next()
        dialog.next()
        return dialog.result()

    monkeypatch.setattr(FirstRunDialog, "exec", walk_through)
    assert needs_first_run(settings)
    run_first_run(settings, geography, store)
    assert not needs_first_run(settings)
    repo = DirectoryRepository(store)
    assert repo.council() == "merthyr-tydfil" and not repo.is_empty()
    assert any(o.name == "South Wales Police" for o in repo.load().organisations)


def test_home_points_to_contacts_due_a_check_and_missing_partners(qtbot, make_window, store):
    """Home lists who needs checking; its button opens My CSP's check tab. A partner with no
    person recorded has an Add button that opens the contact form for that sector."""
    from csp_desktop.core.directory.model import Person

    repo = DirectoryRepository(store)
    apply_prefill(repo, load_geography(data_file("wales-geography.toml")).find("cardiff"))
    police = next(o for o in repo.load().organisations if o.name == "South Wales Police")
    repo.save([Person("Insp. Gareth Lloyd", "Neighbourhood inspector", police.id)])
    window = make_window()
    window.show()
    QApplication.processEvents()
    home = window.pages["home"]
    assert (
        home.check_text.text().startswith("1 contact not confirmed")
        and "Gareth Lloyd" in home.check_text.text()
    )
    assert "Insp. Gareth Lloyd (Neighbourhood inspector)" in home.partner_labels["police"].text()
    qtbot.mouseClick(home.check_button, Qt.MouseButton.LeftButton)
    page = window.pages["my_csp"]
    assert window.current_area() == "my_csp"
    assert page.tabs.tabText(page.tabs.currentIndex()).replace("&", "").startswith("Check contacts")


def test_the_language_step_says_the_welsh_is_a_draft(qtbot, settings, geography, store):
    """Cymraeg is offered with an honest note, in both languages, before it is chosen."""
    dialog = make_dialog(qtbot, settings, geography, store)
    assert dialog.welsh_note.isVisible()
    assert "ddrafft" in dialog.welsh_note.text() and "draft awaiting review" in dialog.welsh_note.text()


def test_home_add_button_adds_the_missing_partner_and_home_shows_them_on_return(qtbot, make_window, store):
    """Click Home's Add… beside the fire service, type a name into the form, OK; back on Home
    (by the sidebar) the fire row names her and its Add… button has gone, with no stale
    buttons left behind in the partners grid."""
    from PySide6.QtCore import QEvent, QTimer
    from PySide6.QtWidgets import QPushButton

    from csp_desktop.ui import pages
    from tests.keyboard import type_text

    repo = DirectoryRepository(store)
    apply_prefill(repo, load_geography(data_file("wales-geography.toml")).find("cardiff"))
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    home = window.pages["home"]
    assert "No one recorded yet" in home.partner_labels["fire"].text()

    def add_buttons():
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
        names = (b.objectName() for b in home.findChildren(QPushButton))
        return sorted(name for name in names if name.startswith("homeAdd_"))

    before = add_buttons()
    assert "homeAdd_fire" in before
    failures = []

    def fill_in():
        dialog = QApplication.activeModalWidget()
        try:
            assert "Fire" in dialog.organisation.currentText()  # the employer is preselected
            type_text(qtbot, dialog.name, "Watch Manager Alys Rees")
            qtbot.mouseClick(dialog.buttons.buttons()[0], Qt.MouseButton.LeftButton)
        except Exception as exc:  # never leave a modal dialog open
            failures.append(exc)
            dialog.reject()

    QTimer.singleShot(0, fill_in)
    qtbot.mouseClick(home.findChild(QPushButton, "homeAdd_fire"), Qt.MouseButton.LeftButton)
    assert failures == []
    assert window.current_area() == "my_csp"
    sidebar = window.sidebar
    home_row = sidebar.visualItemRect(sidebar.item(pages.AREA_IDS.index("home")))
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=home_row.center())
    assert window.current_area() == "home"
    assert "Watch Manager Alys Rees" in home.partner_labels["fire"].text()
    assert add_buttons() == [name for name in before if name != "homeAdd_fire"]
