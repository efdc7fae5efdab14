"""Qt's own strings in Welsh: standard buttons, the text-box context menu, and our
confirmations with a verb on the button."""

import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QLineEdit, QMessageBox, QPlainTextEdit

from csp_desktop.i18n import install_translators

ROOT = Path(__file__).resolve().parents[1]


@pytest.fixture
def welsh(tmp_path, monkeypatch, qapp):
    """Build every .qm from its .ts, as the build does, and switch the app to Welsh."""
    from PySide6.QtCore import QEvent

    for stale in QApplication.topLevelWidgets():  # windows of earlier tests, over closed databases
        stale.deleteLater()
    QApplication.sendPostedEvents(None, QEvent.Type.DeferredDelete)
    lrelease = Path(sys.executable).parent / "pyside6-lrelease"
    for ts in (ROOT / "resources" / "translations").glob("*.ts"):
        qm = tmp_path / f"{ts.stem}.qm"
        subprocess.run([str(lrelease), "-silent", str(ts), "-qm", str(qm)], check=True)
    monkeypatch.setattr("csp_desktop.i18n.translations_dir", lambda: tmp_path)
    assert install_translators(qapp, "cy")
    yield
    install_translators(qapp, "en")


def test_standard_buttons_are_welsh(qtbot, welsh):
    box = QDialogButtonBox(
        QDialogButtonBox.StandardButton.Ok
        | QDialogButtonBox.StandardButton.Cancel
        | QDialogButtonBox.StandardButton.Close
        | QDialogButtonBox.StandardButton.Save
        | QDialogButtonBox.StandardButton.Discard
    )
    qtbot.addWidget(box)
    buttons = [b for b in QDialogButtonBox.StandardButton if box.button(b)]
    texts = {b: box.button(b).text().replace("&", "") for b in buttons}
    assert texts[QDialogButtonBox.StandardButton.Cancel] == "Canslo"
    assert texts[QDialogButtonBox.StandardButton.Ok] == "Iawn"
    assert texts[QDialogButtonBox.StandardButton.Save] == "Cadw"
    assert texts[QDialogButtonBox.StandardButton.Close] == "Cau"
    assert texts[QDialogButtonBox.StandardButton.Discard] == "Gwaredu"


def test_english_buttons_come_back(qtbot, qapp):
    install_translators(qapp, "en")
    box = QDialogButtonBox(QDialogButtonBox.StandardButton.Cancel)
    qtbot.addWidget(box)
    assert box.button(QDialogButtonBox.StandardButton.Cancel).text().replace("&", "") == "Cancel"


@pytest.mark.parametrize("widget_class", [QLineEdit, QPlainTextEdit])
def test_the_text_box_context_menu_is_welsh(qtbot, welsh, widget_class):
    widget = widget_class()
    qtbot.addWidget(widget)
    menu = widget.createStandardContextMenu()
    texts = [a.text().split("\t")[0].replace("&", "") for a in menu.actions() if not a.isSeparator()]
    for welsh_text in ("Dadwneud", "Ailwneud", "Torri", "Copïo", "Gludo", "Dileu", "Dewis popeth"):
        assert welsh_text in texts, texts
    assert not {"Undo", "Cut", "Copy", "Paste", "Select All"} & set(texts)


def test_confirmations_name_the_action_beside_a_welsh_cancel(qtbot, welsh):
    from csp_desktop.ui.confirm import confirm

    seen = {}

    def answer():
        box = next(w for w in QApplication.topLevelWidgets() if isinstance(w, QMessageBox) and w.isVisible())
        seen["buttons"] = sorted(b.text() for b in box.buttons())
        seen["default"] = box.defaultButton().text()
        box.button(QMessageBox.StandardButton.Cancel).click()

    QTimer.singleShot(0, answer)
    assert confirm(None, "Dileu", "Dileu Heddlu Gwent?", "&Dileu", risky=True) is False
    assert seen["buttons"] == ["&Dileu", "Canslo"]
    assert seen["default"] == "Canslo"  # a deletion defaults to the safe choice
