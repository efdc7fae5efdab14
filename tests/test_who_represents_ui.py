"""'Who represents…?' and the contact card, driven through the real widgets: typing into the
sector box, picking from its list with keys and the mouse, clicking copy buttons, ticking
board seats in the contact form, and reading back what the screen shows."""

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QHeaderView, QLabel

from csp_desktop.core.directory.model import Membership, Organisation, Person, Role, Sector
from csp_desktop.core.geography import load_geography
from csp_desktop.resources import data_file
from csp_desktop.storage.directory import DirectoryRepository
from csp_desktop.ui.my_csp.models import combo_sector, to_sector
from csp_desktop.ui.my_csp.page import MyCspPage
from tests.keyboard import choose, type_text

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def page(page, qtbot):
    """The shared My CSP page, larger and active."""
    widget = page
    widget.resize(1200, 760)
    qtbot.waitExposed(widget)
    widget.activateWindow()  # an active window, so the sector box completes what is typed
    qtbot.waitUntil(lambda: QApplication.activeWindow() is widget)
    return widget


def caerphilly_with(page, store, *people_and_seats):
    """Caerphilly set up, then the given records saved as a CSP officer's list would be."""
    page.prefill("caerphilly")
    repo = DirectoryRepository(store)
    directory = repo.load()
    health = next(o for o in directory.organisations if o.sector == Sector.HEALTH)
    from csp_desktop.core.directory.welsh_names import GROUPS_CY

    names = ("CSP strategic board", GROUPS_CY["CSP strategic board"][0])  # prefilled in either language
    board = next(g for g in directory.groups if g.name in names)
    records = []
    for make in people_and_seats:
        made = make(health, board)
        records += made if isinstance(made, list) else [made]
    repo.save(records)
    page.reload()
    page.tabs.setCurrentWidget(page.who)
    return health, board


def sian(health, _board):
    return Person(
        "Dr Siân Pritchard",
        "Head of safeguarding",
        health.id,
        ["sian.pritchard@example.nhs.wales"],
        ["01633 000 111"],
    )


def shown_names(panel):
    return [c.person.name for c in panel.shown_people()]


def shown_rows(panel):
    """What the list shows, row by row: (first column, second column), as on screen."""
    model = panel.model
    return [(model.index(r, 0).data().strip(), model.index(r, 1).data()) for r in range(model.rowCount())]


def test_typing_part_of_a_sector_and_pressing_enter_shows_its_people(page, store, qtbot):
    """'Hea' then Enter lists the health board's person at once, with no board seat needed."""
    caerphilly_with(page, store, sian)
    combo = page.who.sector
    combo.setFocus()
    qtbot.keyClicks(combo, "Hea")
    assert combo.lineEdit().text() == "Health"  # completed as you type, "lth" highlighted
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert combo.currentIndex() == combo.findText("Health")  # Enter took the list item
    assert shown_names(page.who) == ["Dr Siân Pritchard"]
    assert page.who.card.name_label.text() == "Dr Siân Pritchard"
    assert shown_rows(page.who)[:3] == [
        ("Health", ""),
        ("Dr Siân Pritchard", "Aneurin Bevan University Health Board"),
        ("(no board seat recorded)", ""),
    ]


def test_picking_health_from_the_list_with_the_keyboard_shows_its_people(page, store, qtbot):
    """Arrow keys through the list to 'Health' (the combo hands back a plain string) still work."""
    caerphilly_with(page, store, sian)
    combo = page.who.sector
    combo.setFocus()
    for _ in range(5):  # Council, Police, Police and crime commissioner, Fire and rescue, Health
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    assert combo.currentText() == "Health"
    assert combo.currentData() == "health"  # what Qt hands back: a str, not the enum member
    assert shown_names(page.who) == ["Dr Siân Pritchard"]


def test_picking_from_the_open_list_with_the_mouse_shows_its_people(page, store, qtbot):
    """Open the drop-down, click 'Probation': the probation officer is listed, not 'nobody'."""

    def officer(_health, _board):
        probation = next(
            o for o in DirectoryRepository(store).load().organisations if o.sector == Sector.PROBATION
        )
        return Person("Gareth Morgan", "Senior probation officer", probation.id, phones=["01443 111 222"])

    caerphilly_with(page, store, officer)
    combo = page.who.sector
    combo.showPopup()
    view = combo.view()
    qtbot.waitExposed(view)
    row = combo.findText("Probation")
    rect = view.visualRect(view.model().index(row, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert combo.currentText() == "Probation"
    assert shown_names(page.who) == ["Gareth Morgan"]
    assert page.who.card.findChild(QLabel, "contactCardPhone").text() == "01443 111 222"


def test_board_seat_is_shown_and_seat_holders_come_first(page, store, qtbot):
    """A member of the CSP board is listed before a colleague with no seat, seat shown beside."""

    def nurse(health, _board):
        return Person("Alun Rhys", "Nurse", health.id)

    def seat(health, board):
        person = Person("Zoe Williams", "Director of public health", health.id)
        return [person, Membership(person.id, board.id, Role.CHAIR, health.id)]

    page.prefill("caerphilly")
    repo = DirectoryRepository(store)
    d = repo.load()
    health = next(o for o in d.organisations if o.sector == Sector.HEALTH)
    board = next(g for g in d.groups if g.name == "CSP strategic board")
    repo.save([nurse(health, board), *seat(health, board)])
    page.reload()
    qtbot.keyClicks(page.who.sector, "nhs")
    assert shown_names(page.who) == ["Zoe Williams", "Alun Rhys"]
    assert [text for text, _org in shown_rows(page.who)] == [
        "Health",
        "Zoe Williams",
        "Chair, CSP strategic board",
        "Alun Rhys",
        "(no board seat recorded)",
    ]
    view = page.who.results  # clicking a board line under a person shows that person
    rect = view.visualRect(page.who.model.index(4, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert page.who.card.name_label.text() == "Alun Rhys"


def test_an_empty_sector_says_so_and_clears_the_card(page, store, qtbot):
    """Fire with nobody recorded says 'Nobody recorded yet', and no stale card is left."""
    caerphilly_with(page, store, sian)
    qtbot.keyClicks(page.who.sector, "fire")
    assert shown_names(page.who) == []
    assert shown_rows(page.who)[1][0].startswith("Nobody recorded yet")
    assert page.who.card.contact is None


def test_the_qt_value_becomes_a_sector_in_one_place(qapp):
    """Whatever Qt hands back (enum or plain string), the one conversion gives the Sector member."""
    from PySide6.QtWidgets import QComboBox

    from csp_desktop.ui.my_csp.models import add_sector_items

    combo = QComboBox()
    add_sector_items(combo)
    combo.setCurrentIndex(combo.findText("Health"))
    assert combo_sector(combo) is Sector.HEALTH
    assert to_sector("probation") is Sector.PROBATION and to_sector(Sector.FIRE) is Sector.FIRE
    assert to_sector("nonsense") is None and to_sector(None) is None


def test_card_copy_buttons_copy_and_say_copied(page, store, qtbot):
    """Clicking Copy beside the phone number puts it on the clipboard and the button says so."""
    caerphilly_with(page, store, sian)
    messages = []
    page.message.connect(messages.append)
    qtbot.keyClicks(page.who.sector, "health")
    card = page.who.card
    assert card.findChild(QLabel, "contactCardPhone").text() == "01633 000 111"
    assert card.findChild(QLabel, "contactCardEmail").text() == "sian.pritchard@example.nhs.wales"
    phone_copy, email_copy = card.copy_buttons
    qtbot.mouseClick(phone_copy, Qt.MouseButton.LeftButton)
    assert QApplication.clipboard().text() == "01633 000 111"
    assert phone_copy.text().startswith("Copied") and email_copy.text() == "Copy"
    assert messages[-1] == "Copied 01633 000 111"
    email_copy.setFocus()
    qtbot.keyClick(email_copy, Qt.Key.Key_Space)
    assert QApplication.clipboard().text() == "sian.pritchard@example.nhs.wales"
    assert "never checked" in card.findChild(QLabel, "contactCardChecked").text()
    assert all(b.accessibleName() for b in card.copy_buttons)


def test_markup_in_a_name_is_shown_as_plain_text(page, store, qtbot):
    """A name like <img src=x> appears as those characters, in the list and on the card."""
    evil = "<img src=x onerror=alert(1)><b>Bold</b>"

    def person(health, _board):
        return Person(evil, "<i>title</i>", health.id, phones=["029 2000 0000"])

    caerphilly_with(page, store, person)
    qtbot.keyClicks(page.who.sector, "health")
    assert shown_rows(page.who)[1][0] == evil
    name = page.who.card.name_label
    assert name.text() == evil and name.textFormat() == Qt.TextFormat.PlainText
    for label in page.who.card.findChildren(QLabel):
        assert label.textFormat() == Qt.TextFormat.PlainText, label.text()


def test_people_table_selects_a_person_and_shows_the_card(page, store, qtbot):
    """On the People tab, clicking a row shows that person's card, with their board seat."""

    def seat(health, board):
        person = sian(health, board)
        return [person, Membership(person.id, board.id, Role.MEMBER, health.id)]

    page.prefill("caerphilly")
    repo = DirectoryRepository(store)
    d = repo.load()
    health = next(o for o in d.organisations if o.sector == Sector.HEALTH)
    board = next(g for g in d.groups if g.name == "CSP strategic board")
    repo.save([*seat(health, board), Person("Aled Jones")])
    page.reload()
    page.tabs.setCurrentIndex(1)
    view = page.people_view
    rect = view.visualRect(page.people_model.index(1, 0))
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    card = page.person_card
    assert card.name_label.text() == "Dr Siân Pritchard"
    seats = [label.text() for label in card.findChildren(QLabel, "contactCardSeat")]
    assert seats == ["• Member, CSP strategic board"]
    assert card.findChild(QLabel, "contactCardOrganisation").text() == "Aneurin Bevan University Health Board"


def test_tables_sort_a_to_z_and_give_width_to_name_and_organisation(page, store):
    """People are A→Z from the start; name and organisation stretch, other columns fit."""
    page.prefill("caerphilly")
    DirectoryRepository(store).save([Person("Zac Evans"), Person("alun Rhys"), Person("Ëlin Owen")])
    page.reload()
    names = [page.people_model.index(r, 0).data() for r in range(page.people_model.rowCount())]
    assert names == ["alun Rhys", "Ëlin Owen", "Zac Evans"]
    orgs = [page.org_model.index(r, 0).data() for r in range(page.org_model.rowCount())]
    assert orgs == sorted(orgs, key=str.casefold)
    header = page.people_view.horizontalHeader()
    assert header.sectionResizeMode(0) == QHeaderView.ResizeMode.Stretch
    assert header.sectionResizeMode(2) == QHeaderView.ResizeMode.Stretch
    assert header.sectionResizeMode(3) == QHeaderView.ResizeMode.ResizeToContents
    page.tabs.setCurrentIndex(1)
    QApplication.processEvents()
    # The empty e-mail column is no wider than its heading needs; the name column is wide.
    assert header.sectionSize(0) > 2 * header.sectionSize(3)


def test_contact_form_ticks_boards_and_sets_the_role(page, store, qtbot, monkeypatch):
    """The contact form lists the boards; ticking one with a role saves the seat, undoably."""
    from csp_desktop.ui.my_csp import editors

    page.prefill("caerphilly")

    def fill(dialog):
        type_text(qtbot, dialog.name, "Dr Siân Pritchard")
        seats = dialog.seats
        row = next(i for i in range(seats.list.count()) if seats.list.item(i).text() == "CSP strategic board")
        seats.list.setFocus()
        seats.list.setCurrentRow(row)
        qtbot.keyClick(seats.list, Qt.Key.Key_Space)  # tick it
        assert seats.list.item(row).checkState() == Qt.CheckState.Checked
        choose(qtbot, seats.role, "Vice-chair")
        assert seats.list.item(row).text() == "CSP strategic board (Vice-chair)"
        return True

    monkeypatch.setattr(editors.PersonDialog, "exec", fill)
    page.add_person()
    d = DirectoryRepository(store).load()
    person = next(p for p in d.people if p.name == "Dr Siân Pritchard")
    seats = [(d.group(m.group_id).name, m.role) for m in d.memberships if m.person_id == person.id]
    assert seats == [("CSP strategic board", Role.VICE_CHAIR)]
    page.undo_stack.undo()
    assert DirectoryRepository(store).load().memberships == []

    page.undo_stack.redo()
    person = DirectoryRepository(store).load().person(person.id)

    def untick(dialog):
        seats = dialog.seats
        for i in range(seats.list.count()):
            if seats.list.item(i).checkState() == Qt.CheckState.Checked:
                seats.list.setCurrentRow(i)
                seats.list.setFocus()
                qtbot.keyClick(seats.list, Qt.Key.Key_Space)
        return True

    monkeypatch.setattr(editors.PersonDialog, "exec", untick)
    page.edit_person(person)
    assert DirectoryRepository(store).load().memberships == []
    page.undo_stack.undo()
    assert len(DirectoryRepository(store).load().memberships) == 1


@pytest.fixture
def welsh(qapp, tmp_path, monkeypatch):
    """The Welsh interface, from the .ts built as the build does, then English again."""
    from csp_desktop.i18n import install_translators

    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    ts = ROOT / "resources" / "translations" / "csp_desktop_cy.ts"
    subprocess.run(
        [str(lrelease), "-silent", str(ts), "-qm", str(tmp_path / "csp_desktop_cy.qm")], check=True
    )
    monkeypatch.setattr("csp_desktop.i18n.translations_dir", lambda: tmp_path)
    drop_stale_widgets()
    assert install_translators(qapp, "cy")
    yield
    drop_stale_widgets()  # before their database closes, so they do not reload in English
    install_translators(qapp, "en")


def drop_stale_widgets():
    """Widgets left by earlier tests sit over closed databases: a language change would
    make them reload."""
    from PySide6.QtCore import QEvent

    for stale in QApplication.topLevelWidgets():
        stale.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)


def test_welsh_typing_iechyd_shows_the_health_people(store, qtbot, welsh):
    """In Cymraeg the list says 'Iechyd'; typing 'Iech' or picking it shows the same person."""
    page = MyCspPage(
        DirectoryRepository(store), load_geography(data_file("wales-geography.toml")), language="cy"
    )
    qtbot.addWidget(page)
    page.show()
    page.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is page)
    caerphilly_with(page, store, sian)
    combo = page.who.sector
    assert combo.findText("Iechyd") >= 0
    combo.setFocus()
    qtbot.keyClicks(combo, "Iech")
    assert combo.lineEdit().text() == "Iechyd"  # completed from the Welsh list
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert combo.currentIndex() == combo.findText("Iechyd")
    assert shown_names(page.who) == ["Dr Siân Pritchard"]
    assert shown_rows(page.who)[0][0] == "Iechyd"
    combo.clearEditText()
    qtbot.keyClicks(combo, "iechyd")  # the whole word, lower case
    assert shown_names(page.who) == ["Dr Siân Pritchard"]
    assert page.who.card.copy_buttons[0].text() != "Copy"  # the card speaks Welsh too


def test_organisation_form_saves_a_real_sector(page, store, monkeypatch, qtbot):
    """An organisation saved through the form has a Sector member, so it is found by sector."""
    from csp_desktop.ui.my_csp import editors

    page.prefill("caerphilly")

    def fill(dialog):
        qtbot.keyClicks(dialog.name, "Gwent Women's Aid")
        choose(qtbot, dialog.sector, "Third sector")
        saved.append(dialog.record())
        return True

    saved: list[Organisation] = []
    monkeypatch.setattr(editors.OrganisationDialog, "exec", fill)
    page.add_organisation()
    assert saved[0].sector is Sector.THIRD_SECTOR


def test_listing_thousands_does_not_wear_down_none(page, store, qtbot):
    """PySide6 6.12 on Python 3.11 drops a reference to None on every call of a method that
    returns nothing. Filling the list item by item from Python made 10,000 people crash the
    app ("deallocating None"); the list is a model Qt reads, so typing costs a few calls."""
    import sys

    page.prefill("caerphilly")
    repo = DirectoryRepository(store)
    health = next(o for o in repo.load().organisations if o.sector == Sector.HEALTH)
    repo.save([Person(f"Person {i:04d}", organisation_id=health.id) for i in range(1500)])
    page.reload()
    before = sys.getrefcount(None)
    for word in ("health", "police", "health", "nhs") * 3:
        page.who.sector.setEditText(word)
    assert len(page.who.shown_people()) == 1500
    assert sys.getrefcount(None) > before - 2000  # item by item, tens of thousands
