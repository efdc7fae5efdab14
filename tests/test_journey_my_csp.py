"""A councillor's first evening with My CSP, through the real window, in English and Welsh:
set up Caerphilly, type in the health board's head of safeguarding, find her under "Who
represents…? Health" at once, see her as a local contact on the ward-surgery card, and find
her name on the printed who-to-call sheet."""

import subprocess
import sys
import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QLabel, QPushButton

from csp_desktop import settings as S
from csp_desktop.core.geography import load_geography
from csp_desktop.resources import data_file
from csp_desktop.storage.directory import DirectoryRepository
from csp_desktop.ui import pages
from csp_desktop.ui.surgery_page import TopicRole
from tests.keyboard import choose, type_text

ROOT = Path(__file__).resolve().parents[1]
NAME = "Dr Siân Pritchard"
HEALTH_BOARD = "Aneurin Bevan University Health Board"
# Health is among the local sectors of the sexual-violence card (its domestic-abuse card
# lists third sector, council, police and housing), so that is where she appears.
TOPIC = "sexual-violence"


def click(qtbot, widget):
    qtbot.mouseClick(widget, Qt.MouseButton.LeftButton)


def click_tab(qtbot, tabs, page):
    bar = tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(tabs.indexOf(page)).center())
    assert tabs.currentWidget() is page


def go_to(qtbot, window, area_id):
    sidebar = window.sidebar
    rect = sidebar.visualItemRect(sidebar.item(pages.AREA_IDS.index(area_id)))
    qtbot.mouseClick(sidebar.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    assert window.current_area() == area_id
    return window.pages[area_id]


def fill_contact_form(qtbot, failures):
    """Runs while the contact form is open (it is modal): type her in, then press OK."""
    dialog = QApplication.activeModalWidget()
    try:
        type_text(qtbot, dialog.name, NAME)
        qtbot.keyClicks(dialog.title, "Head of safeguarding")
        dialog.organisation.setFocus()
        qtbot.keyClicks(dialog.organisation, "Aneurin")  # type-ahead in the list
        assert dialog.organisation.currentText() == HEALTH_BOARD
        qtbot.keyClicks(dialog.emails, "sian.pritchard@example.nhs.wales")
        qtbot.keyClicks(dialog.phones, "01633 234 234")
        ok = dialog.buttons.buttons()[0]
        assert ok.isEnabled()
        click(qtbot, ok)
    except Exception as exc:  # never leave a modal dialog open: the test would hang
        failures.append(exc)
        dialog.reject()


def journey(qtbot, window, tmp_path, monkeypatch, health_label, copy_label):
    # 1. Set up Caerphilly on My CSP.
    my_csp = go_to(qtbot, window, "my_csp")
    setup = my_csp.setup_panel
    setup.council_combo.setFocus()
    # In Welsh, Caerdydd (Cardiff) comes first among the "Caer" names: type one letter more.
    qtbot.keyClicks(setup.council_combo, "Caerph" if health_label == "Health" else "Caerff")
    assert setup.council_combo.currentData() == "caerphilly"
    click(qtbot, setup.start_button)
    assert my_csp.stack.currentIndex() == 1

    # 2. Add her through the contact form, by typing.
    click_tab(qtbot, my_csp.tabs, my_csp.tabs.widget(1))
    people = my_csp.people_tab  # its buttons' names are translated in its own context
    add = next(b for b in people.findChildren(QPushButton) if b.accessibleName() == people.tr("Add contact"))
    failures: list[Exception] = []
    QTimer.singleShot(0, lambda: fill_contact_form(qtbot, failures))
    click(qtbot, add)
    assert failures == []
    assert my_csp.person_card.name_label.text() == NAME  # her card shows straight away

    # 3. "Who represents…?": type the sector and press Enter; she is there at once.
    click_tab(qtbot, my_csp.tabs, my_csp.who)
    combo = my_csp.who.sector
    window.activateWindow()  # back from the contact form
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    combo.setFocus()
    qtbot.waitUntil(combo.hasFocus)
    qtbot.keyClicks(combo, health_label[:3])
    qtbot.keyClick(combo, Qt.Key.Key_Return)
    assert combo.currentText() == health_label  # typing completed it; Enter chose it
    assert [c.person.name for c in my_csp.who.shown_people()] == [NAME]
    card = my_csp.who.card
    assert card.name_label.text() == NAME
    assert card.findChild(QLabel, "contactCardOrganisation").text() == HEALTH_BOARD
    assert card.findChild(QLabel, "contactCardPhone").text() == "01633 234 234"
    assert card.copy_buttons[0].text() == copy_label
    click(qtbot, card.copy_buttons[0])
    assert QApplication.clipboard().text() == "01633 234 234"
    # The same, picking the sector from the list with the keyboard instead.
    combo.clearEditText()
    choose(qtbot, combo, health_label)
    assert [c.person.name for c in my_csp.who.shown_people()] == [NAME]

    # 4. The ward-surgery card lists her as a local contact.
    surgery = go_to(qtbot, window, "surgery")
    row = next(
        r for r in range(surgery.model.rowCount()) if surgery.model.item(r).data(TopicRole).id == TOPIC
    )
    rect = surgery.list.visualRect(surgery.model.index(row, 0))
    qtbot.mouseClick(surgery.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    shown = surgery.view.toPlainText()
    assert NAME in shown and "sian.pritchard@example.nhs.wales" in shown

    # 5. The printed who-to-call sheet names her.
    target = tmp_path / "who-to-call.pdf"
    monkeypatch.setattr(
        "csp_desktop.ui.documents.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    click(qtbot, surgery.sheet_button)
    text = " ".join(unicodedata.normalize("NFKC", PdfReader(target).pages[0].extract_text()).split())
    assert NAME in text and "01633 234 234" in text
    return text


def show(qtbot, window):
    window.resize(1366, 768)
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_caerphilly_councillor_adds_the_health_lead_and_finds_her_everywhere(
    qtbot, make_window, tmp_path, monkeypatch
):
    window = show(qtbot, make_window())
    text = journey(qtbot, window, tmp_path, monkeypatch, "Health", "Copy")
    assert "Caerphilly" in text and HEALTH_BOARD in text


@pytest.fixture
def welsh_window(make_window, settings, qapp, tmp_path, monkeypatch):
    """The whole window in Cymraeg, as after choosing it at first run."""
    from csp_desktop.i18n import install_translators

    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    ts = ROOT / "resources" / "translations" / "csp_desktop_cy.ts"
    qm_dir = tmp_path / "qm"
    qm_dir.mkdir()
    subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm_dir / "csp_desktop_cy.qm")], check=True)
    monkeypatch.setattr("csp_desktop.i18n.translations_dir", lambda: qm_dir)
    for stale in QApplication.topLevelWidgets():  # earlier tests' widgets, over closed databases
        stale.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    settings.set(S.LANGUAGE, "cy")
    assert install_translators(qapp, "cy")
    yield make_window()
    install_translators(qapp, "en")


def test_the_same_journey_in_welsh(qtbot, welsh_window, tmp_path, monkeypatch):
    window = show(qtbot, welsh_window)
    text = journey(qtbot, window, tmp_path, monkeypatch, "Iechyd", "Copïo")
    assert "Caerffili" in text and "Trais rhywiol" in text


def test_home_names_the_key_partners_in_welsh(qtbot, welsh_window, store):
    """A record prefilled in English still shows each partner's Welsh name on Home in Cymraeg."""
    from csp_desktop.storage.directory import apply_prefill

    repo = DirectoryRepository(store)
    apply_prefill(repo, load_geography(data_file("wales-geography.toml")).find("caerphilly"))
    home = welsh_window.pages["home"]
    home.refresh()
    shown = "\n".join(label.text() for label in home.findChildren(QLabel))
    assert "Cyngor Bwrdeistref Sirol Caerffili" in shown and "Heddlu Gwent" in shown
    assert "Caerphilly Council" not in shown
