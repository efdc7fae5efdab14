"""The whole journey through the real window, in English and in Welsh: set up Caerphilly,
import what the CSP officer sent (through the file dialog and the preview), find the health
board's person under "Who represents…?", see the imported contacts on the ward-surgery
domestic-abuse card, and print the who-to-call sheet that names them."""

from __future__ import annotations

import unicodedata
from pathlib import Path

import pytest
from pypdf import PdfReader
from PySide6.QtCore import QCoreApplication, Qt, QTimer
from PySide6.QtWidgets import QApplication, QComboBox, QFileDialog, QLineEdit, QPushButton, QTabWidget

from csp_desktop import settings as S
from csp_desktop.ui.my_csp.import_dialog import ImportDialog
from csp_desktop.ui.surgery_page import TopicRole

DATA = Path(__file__).parent / "data"


def when_shown(qtbot, kind, then, timeout=10_000):
    """Run ``then(widget)`` once a modal window of ``kind`` is up (exec() blocks the test)."""
    done: list[BaseException | None] = []

    def poll():
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible():
            try:
                then(widget)
                done.append(None)
            except BaseException as exc:  # close the window, or exec() would wait for ever
                done.append(exc)
                widget.reject()
        elif not done:
            QTimer.singleShot(50, poll)

    QTimer.singleShot(50, poll)
    return done


def type_into_file_dialog(qtbot, path: Path):
    """Type a path into Qt's own file dialog and press Enter, as a person would."""

    def fill(dialog: QFileDialog):
        name = dialog.findChild(QLineEdit, "fileNameEdit")
        # The completion list loads in the background and, when it pops up, takes the Return
        # key: without it the test types and presses Return exactly as a person would.
        name.setCompleter(None)
        for _attempt in range(5):
            # The dialog lists its folder in the background and may rewrite the name field
            # when that finishes: if it did, let it settle and type the path again.
            name.selectAll()
            qtbot.keyClicks(name, str(path))
            qtbot.keyClick(name, Qt.Key.Key_Return)
            if not dialog.isVisible():
                return
            qtbot.wait(200)
        raise AssertionError(f"the file dialog did not take the path (it shows {name.text()!r})")

    return when_shown(qtbot, QFileDialog, fill)


def choose(qtbot, combo: QComboBox, text: str) -> None:
    """Pick an item the keyboard way: focus the combo box and type the start of its text."""
    combo.setFocus()
    qtbot.keyClicks(combo, text)
    assert combo.currentText().startswith(text), (combo.currentText(), text)


def button_named(parent, context: str, text: str) -> QPushButton:
    wanted = QCoreApplication.translate(context, text)
    return next(b for b in parent.findChildren(QPushButton) if b.text() == wanted)


def listed_text(view) -> str:
    """Every row of a list or tree view as the screen shows it, its columns side by side."""
    model = view.model()
    return "\n".join(
        "  ".join(str(model.index(r, c).data() or "") for c in range(model.columnCount()))
        for r in range(model.rowCount())
    )


@pytest.fixture
def non_native_dialogs(monkeypatch):
    """Qt's own file dialog (the platform one cannot be driven offscreen)."""
    original = QFileDialog.getOpenFileName

    def open_name(parent, caption="", folder="", filters="", *args, **kwargs):
        return original(parent, caption, folder, filters, options=QFileDialog.Option.DontUseNativeDialog)

    save = QFileDialog.getSaveFileName

    def save_name(parent, caption="", folder="", filters="", *args, **kwargs):
        return save(parent, caption, folder, filters, options=QFileDialog.Option.DontUseNativeDialog)

    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(open_name))
    monkeypatch.setattr(QFileDialog, "getSaveFileName", staticmethod(save_name))


def journey(qtbot, window, source: Path, tmp_path: Path, new_org_sector: str, who_word: str, council: str):
    """Returns the texts the councillor reads at each step."""
    qtbot.keyClick(window, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)  # My CSP
    page = window.pages["my_csp"]
    # The setup list names each council in the interface language first ("Caerffili / Caerphilly").
    choose(qtbot, page.setup_panel.council_combo, council)
    qtbot.mouseClick(page.setup_panel.start_button, Qt.MouseButton.LeftButton)
    assert page.repo.council() == "caerphilly"

    seen: dict[str, str] = {}

    def preview(dialog: ImportDialog):
        seen["summary"] = dialog.summary.text()
        tabs = dialog.findChild(QTabWidget, "importTabs")
        orgs = dialog.organisations
        tabs.setCurrentWidget(orgs)
        seen["organisations"] = "\n".join(
            f"{orgs.item(r, 0).text()} -> {orgs.item(r, 3).text()}" for r in range(orgs.rowCount())
        )
        seen["warnings_before"] = "\n".join(
            dialog.warnings.item(i).text() for i in range(dialog.warnings.count())
        )
        new_row = next(r for r in range(orgs.rowCount()) if orgs.targets[r].currentData() == "")
        choose(qtbot, orgs.sectors[new_row], new_org_sector)
        seen["warnings_after"] = "\n".join(
            dialog.warnings.item(i).text() for i in range(dialog.warnings.count())
        )
        seen["new_org_after"] = orgs.item(new_row, 3).text()
        qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)

    picked = type_into_file_dialog(qtbot, source)
    shown = when_shown(qtbot, ImportDialog, preview)
    qtbot.mouseClick(button_named(page, "MyCspPage", "&Import…"), Qt.MouseButton.LeftButton)
    assert picked == [None] and shown, "the file dialog or the import preview never appeared"
    if shown[0] is not None:
        raise shown[0]

    page.tabs.setCurrentWidget(page.who)
    qtbot.mouseClick(page.who.sector.lineEdit(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(page.who.sector.lineEdit(), who_word)
    qtbot.keyClick(page.who.sector.lineEdit(), Qt.Key.Key_Return)
    seen["who"] = listed_text(page.who.results)

    qtbot.keyClick(window, Qt.Key.Key_3, Qt.KeyboardModifier.ControlModifier)  # Ward surgery
    surgery = window.pages["surgery"]
    row = next(
        r
        for r in range(surgery.model.rowCount())
        if surgery.model.item(r).data(TopicRole).id == "domestic-abuse"
    )
    rect = surgery.list.visualRect(surgery.model.index(row, 0))
    qtbot.mouseClick(surgery.list.viewport(), Qt.MouseButton.LeftButton, pos=rect.center())
    seen["surgery"] = surgery.view.toPlainText()

    pdf = tmp_path / "who-to-call.pdf"
    saved = type_into_file_dialog(qtbot, pdf)
    qtbot.mouseClick(surgery.sheet_button, Qt.MouseButton.LeftButton)
    assert saved == [None]
    qtbot.waitUntil(pdf.exists, timeout=10_000)
    text = " ".join(p.extract_text() for p in PdfReader(pdf).pages)
    seen["sheet"] = " ".join(unicodedata.normalize("NFKC", text).split())  # "ﬁ" ligatures -> "fi"
    return seen


def test_caerphilly_journey_in_english(qtbot, make_window, non_native_dialogs, tmp_path):
    """An officer's Outlook export lands in the right organisations and reaches the surgery sheet."""
    window = make_window()
    window.show()
    seen = journey(qtbot, window, DATA / "outlook-contacts.csv", tmp_path, "Third", "Health", "Caerphilly")
    assert "New people: 5" in seen["summary"]
    assert (
        "Caerphilly County Borough Council -> joins Caerphilly Council (already in your record)"
        in seen["organisations"]
    )
    assert (
        "Probation Service Wales -> joins Probation Service Wales (Gwent delivery unit)"
        in seen["organisations"]
    )
    assert "Cysgod Refuge Partnership -> new organisation: choose its sector" in seen["organisations"]
    assert "choose its sector" in seen["warnings_before"] and "Cysgod" not in seen["warnings_after"]
    assert seen["new_org_after"] == "new organisation, sector Third sector"
    assert "Dr Siân Pritchard" in seen["who"] and "Aneurin Bevan University Health Board" in seen["who"]
    for name in ("Mrs Bethan Lloyd", "Mr Rhodri Evans", "Insp Alun Jenkins"):  # third sector, council, police
        assert name in seen["surgery"], name
    for name in ("Rhodri Evans", "Alun Jenkins", "Siân Pritchard"):  # council, police and health rows
        assert name in seen["sheet"], (name, seen["sheet"])


@pytest.fixture
def in_welsh(qapp, settings):
    from PySide6.QtCore import QEvent

    from csp_desktop.app import Appearance

    def close_stale_windows():  # windows whose database is closed must not see a language change
        for stale in QApplication.topLevelWidgets():
            stale.deleteLater()
        QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)

    close_stale_windows()
    appearance = Appearance(qapp, settings)  # installs the translators, as the app does
    settings.set(S.LANGUAGE, "cy")
    QApplication.processEvents()
    yield
    # Back to English for the tests that follow, without signalling the closed window.
    from csp_desktop.i18n import install_translators

    close_stale_windows()
    install_translators(qapp, "en")
    appearance.deleteLater()


def test_caerphilly_journey_in_welsh(qtbot, in_welsh, make_window, non_native_dialogs, tmp_path):
    """The same journey in Cymraeg, with a sheet typed in Welsh: Welsh sectors, roles and body names."""
    window = make_window()
    window.show()
    assert QCoreApplication.translate("Directory", "Housing") == "Tai"
    seen = journey(qtbot, window, DATA / "welsh-sheet.csv", tmp_path, "Tai", "Iechyd", "Caerffili")
    assert "Cyngor Bwrdeistref Sirol Caerffili -> " in seen["organisations"]
    assert "Caerphilly Council" in seen["organisations"]
    assert "Bwrdd Iechyd Prifysgol Aneurin Bevan -> " in seen["organisations"]
    assert "Dr Angharad Puw" in seen["who"]  # a member of the strategic board for Health
    for name in ("Cyng. Mererid Hughes", "Iwan Rhys", "Hefin Jones"):  # council, police, housing
        assert name in seen["surgery"], name
    for name in ("Mererid Hughes", "Iwan Rhys", "Angharad Puw", "Hefin Jones"):
        assert name in seen["sheet"], (name, seen["sheet"])
