"""Switching language through the real Preferences dialog retranslates every open screen at
once, data-driven text included, with no restart and without losing the user's place."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QEvent, Qt, QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox

from csp_desktop.resources import content_dir
from csp_desktop.ui.actions import Action

ROOT = Path(__file__).resolve().parents[1]
TWINS = Path(__file__).parent / "data" / "twins"


@pytest.fixture
def welsh_ready(tmp_path, monkeypatch):
    """Compiled Welsh catalogues, and a content folder with a Welsh module twin."""
    qm = tmp_path / "qm"
    qm.mkdir()
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm / f"{ts.stem}.qm")], check=True)
    monkeypatch.setattr("csp_desktop.i18n.translations_dir", lambda: qm)
    content = tmp_path / "content"
    shutil.copytree(TWINS, content)
    shutil.copytree(content_dir() / "surgery", content / "surgery")
    monkeypatch.setenv("CSP_DESKTOP_CONTENT_DIR", str(content))


def choose_language(qtbot, window, name: str) -> None:
    """File > Preferences…, pick the language from the combo by keyboard, press OK."""
    from csp_desktop.ui.preferences_dialog import PreferencesDialog

    def answer():
        dialog = QApplication.activeModalWidget()
        assert isinstance(dialog, PreferencesDialog)
        combo = dialog.language_combo
        combo.setFocus()
        qtbot.keyClicks(combo, name[0])
        assert combo.currentText() == name
        ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
        qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)

    QTimer.singleShot(0, answer)
    window.actions[Action.PREFERENCES].trigger()
    QApplication.processEvents()


def cells(model) -> list[str]:
    rows, columns = range(model.rowCount()), range(model.columnCount())
    return [str(model.index(r, c).data() or "") for r in rows for c in columns]


def test_switching_through_preferences_retranslates_every_open_screen(
    qtbot, make_window, settings, qapp, welsh_ready
):
    from csp_desktop.app import Appearance

    for stale in QApplication.topLevelWidgets():  # widgets left by earlier tests, over closed databases
        stale.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    appearance = Appearance(qapp, settings)
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    my_csp = window.pages["my_csp"]
    my_csp.prefill("caerphilly")
    surgery = window.pages["surgery"]
    window.show_area("learn")
    learn = window.pages["learn"]
    assert learn.open_module("demo")
    learn.reader.go(3)
    try:
        choose_language(qtbot, window, "Cymraeg")
        # The menus and areas, through Qt's LanguageChange.
        assert window.menuBar().actions()[0].text() == "&Ffeil"
        assert window.sidebar.item(0).text() != "Learn"
        # The open module, at the same section, in Welsh, with its draft notice in Welsh.
        reader = learn.reader
        assert learn.stack.currentWidget() is reader
        assert reader.title_label.text() == "Pwy i'w ffonio"
        assert reader.current_section().id == "think" and reader.heading.text() == "Myfyrio"
        assert not reader.notice.isHidden() and "Draft translation" not in reader.notice.text()
        assert learn.model.index(0, 0).data().endswith("Pwy i'w ffonio")
        # My CSP (rebuilt from the saved record): Welsh tabs, organisations under Welsh names.
        my_csp = window.pages["my_csp"]
        assert my_csp.tabs.tabText(0) != "&Structure"
        names = cells(my_csp.org_model)
        assert "Heddlu Gwent" in names and "Cyngor Bwrdeistref Sirol Caerffili" in names
        # The ward surgery page and its helplines.
        assert surgery.heading.text() != "Ward surgery: who to call about what"
        assert "Gwasanaethau brys" in surgery.view.toHtml()
        # A new dialog's standard buttons are Welsh too.
        QTimer.singleShot(0, lambda: _check_cancel_is_welsh(qtbot))
        window.actions[Action.PREFERENCES].trigger()

        choose_language(qtbot, window, "English")
        assert window.menuBar().actions()[0].text() == "&File"
        assert reader.title_label.text() == "Who to call" and reader.current_section().id == "think"
        assert "Gwent Police" in cells(window.pages["my_csp"].org_model)
        assert surgery.heading.text() == "Ward surgery: who to call about what"
    finally:
        appearance.deleteLater()


def _check_cancel_is_welsh(qtbot):
    dialog = QApplication.activeModalWidget()
    cancel = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Cancel)
    text = cancel.text().replace("&", "")
    qtbot.mouseClick(cancel, Qt.MouseButton.LeftButton)
    assert text == "Canslo"


def test_preferences_say_the_welsh_is_partly_a_draft(qtbot, settings):
    """Choosing Cymraeg shows, in both languages, that some Welsh awaits review."""
    from csp_desktop.core.geography import load_geography
    from csp_desktop.resources import data_file
    from csp_desktop.ui.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(settings, load_geography(data_file("wales-geography.toml")))
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.welsh_note.isHidden()
    dialog.language_combo.setFocus()
    qtbot.keyClicks(dialog.language_combo, "C")
    assert dialog.language_combo.currentText() == "Cymraeg"
    assert dialog.welsh_note.isVisible()
    assert "drafft" in dialog.welsh_note.text() and "draft awaiting review" in dialog.welsh_note.text()
