"""Journeys through the real window: installing and reverting a content update, What's new,
"updated since you completed it", and the My development needs page printed with the record."""

from __future__ import annotations

import csv
import io

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication

from csp_desktop.core.content.pack import generate_key_pair
from csp_desktop.core.content.parser import read_module
from csp_desktop.storage.progress import ProgressRepository
from csp_desktop.ui.actions import Action
from tests.test_content_pack import MARKER, build, rewrite
from tests.test_main_window import show

MODULE_ID = "modern-slavery"


@pytest.fixture
def keys(tmp_path, monkeypatch):
    private, public = generate_key_pair()
    (tmp_path / "test-content-key.pem").write_bytes(public)
    monkeypatch.setenv("CSP_DESKTOP_CONTENT_KEY", str(tmp_path / "test-content-key.pem"))
    return private, public


def trigger_from_menu(window, action: Action) -> None:
    """Trigger a menu entry the way the keyboard does: it must be in its menu, and enabled."""
    qaction = window.actions[action]
    assert any(qaction in menu.actions() for menu in window.menus.values())
    assert qaction.isEnabled()
    qaction.trigger()


def when_modal(callback) -> None:
    """Run ``callback`` on the modal dialog once it is open, then close it."""

    def look() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(20, look)
            return
        callback(dialog)

    QTimer.singleShot(0, look)


def test_install_whats_new_updated_since_completion_and_revert(
    qtbot, make_window, tmp_path, keys, monkeypatch
):
    window = make_window()
    window.show()
    repo = ProgressRepository(window.context.store)
    entry = window.context.catalogue.get(MODULE_ID)
    old_version = entry.meta.version
    module = read_module(entry.meta.path)
    for section in module.sections:  # complete it honestly: every section read, check passed
        repo.mark_read(MODULE_ID, section.id)
    repo.record_attempt(MODULE_ID, module.check.id, len(module.check.questions), len(module.check.questions))
    repo.set_completed(MODULE_ID, True, old_version)
    pack = build(tmp_path, keys)
    monkeypatch.setattr(
        "csp_desktop.ui.content_updates.QFileDialog.getOpenFileName", lambda *a, **k: (str(pack), "")
    )
    seen = {}

    def read_whats_new(dialog) -> None:
        browser = dialog.browser
        seen["text"] = browser.toPlainText()
        browser.anchorClicked.emit(QUrl(f"module:{MODULE_ID}#duty-to-notify"))  # the section link

    when_modal(read_whats_new)
    trigger_from_menu(window, Action.INSTALL_CONTENT)
    text = seen["text"]
    assert "Content update 2026.2 of 15 December 2026" in text
    assert f"Updated since you completed it (you completed version {old_version})" in text
    assert "The law: the duty to notify" in text  # the changed section, as a link
    # The link opened the module at the changed section, with the new text.
    assert window.current_area() == "learn"
    reader = window.pages["learn"].reader
    assert reader.current_section().id == "duty-to-notify"
    assert window.context.catalogue.get(MODULE_ID).meta.version == "9.0"
    assert MARKER in reader.current_section().markdown
    notice = reader.updated_notice
    assert notice.isVisible() and "Updated since you completed it" in notice.text()
    assert "href='#duty-to-notify'" in notice.text()
    reader.go(0)
    notice.linkActivated.emit("#duty-to-notify")  # the notice's link goes to the changed section
    assert reader.current_section().id == "duty-to-notify"
    # The module list marks it too.
    model = window.pages["learn"].table.model()
    statuses = [model.index(row, 2).data() for row in range(model.rowCount())]
    assert statuses.count("✓ Complete: updated since") == 1
    # The record says which version was completed, and that it changed since.
    window.show_area("progress")
    preview = window.pages["progress"].preview.toPlainText()
    assert f"version {old_version}" in preview and "updated since you completed it" in preview
    # Revert, through the menu, after confirming.
    monkeypatch.setattr("csp_desktop.ui.content_updates.confirm", lambda *a, **k: True)
    trigger_from_menu(window, Action.REVERT_CONTENT)
    assert window.context.catalogue.get(MODULE_ID).meta.version == old_version
    assert "updated since" not in window.pages["progress"].preview.toPlainText()


def test_a_tampered_pack_is_refused_with_a_clear_message_and_nothing_changes(
    qtbot, make_window, tmp_path, keys, monkeypatch
):
    window = make_window()
    pack = build(tmp_path, keys)
    rewrite(pack, lambda m: m.update({"content/modules/08-modern-slavery.en.md": b"+++\nbroken"}))
    monkeypatch.setattr(
        "csp_desktop.ui.content_updates.QFileDialog.getOpenFileName", lambda *a, **k: (str(pack), "")
    )
    warnings = []
    monkeypatch.setattr(
        "csp_desktop.ui.content_updates.messages.warn",
        lambda _parent, title, text: warnings.append(text),
    )
    before = window.context.catalogue.get(MODULE_ID).meta.version
    trigger_from_menu(window, Action.INSTALL_CONTENT)
    assert warnings and "nothing was changed" in warnings[0]
    assert "changed after the pack was signed" in warnings[0]
    assert window.context.catalogue.get(MODULE_ID).meta.version == before
    assert not (window.context.location.path / "content-updates" / "active.json").exists()


def test_whats_new_without_an_update_says_so(qtbot, make_window):
    window = make_window()
    seen = {}

    def read(dialog) -> None:
        seen["text"] = dialog.browser.toPlainText()
        dialog.reject()

    when_modal(read)
    trigger_from_menu(window, Action.WHATS_NEW)
    assert "No content update is installed" in seen["text"]


def test_my_development_needs_is_filled_in_saved_and_printed_with_the_record(
    qtbot, make_window, tmp_path, monkeypatch, settings
):
    window = show(qtbot, make_window())
    window.search_box.setFocus()
    repo = ProgressRepository(window.context.store)
    repo.save_reflection("csp-basics", "my-five", "Fly-tipping by the river")
    qtbot.keyClick(window.search_box, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    page = window.pages["progress"]
    assert window.current_area() == "progress"
    tabs = page.tabs
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(1).center())
    assert tabs.currentWidget() is page.development
    assert "Fly-tipping by the river" in page.development.reflections.toPlainText()
    box = page.development.boxes["develop"]
    qtbot.mouseClick(box.viewport(), Qt.MouseButton.LeftButton)
    qtbot.keyClicks(box, "Chairing the crime and disorder committee")
    qtbot.mouseClick(tabs.tabBar(), Qt.MouseButton.LeftButton, pos=tabs.tabBar().tabRect(0).center())
    preview = page.preview.toPlainText()
    assert "My development needs" in preview
    assert "What I want to develop" in preview and "Chairing the crime and disorder committee" in preview
    target = tmp_path / "record.csv"
    monkeypatch.setattr(
        "csp_desktop.ui.documents.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    qtbot.mouseClick(page.csv_button, Qt.MouseButton.LeftButton)
    rows = list(csv.reader(io.StringIO(target.read_text(encoding="utf-8-sig"))))
    assert [
        rows[-1][3],
        rows[-1][-1],
    ] == ["My development needs: What I want to develop", "Chairing the crime and disorder committee"]
    # Saved in the database: a restart shows the same notes.
    window.close()
    again = make_window()
    again.show_area("progress")
    assert again.pages["progress"].development.boxes["develop"].toPlainText() == (
        "Chairing the crime and disorder committee"
    )


def test_the_record_command_prints_development_needs(store, isolated_profile, tmp_path):
    from csp_desktop.cli import main as cli_main
    from csp_desktop.storage.development import DevelopmentRepository

    DevelopmentRepository(store).save("support", "A visit to the MARAC coordinator")
    target = tmp_path / "record.csv"
    assert cli_main(["--data-dir", str(isolated_profile), "record", "--csv", str(target)]) == 0
    assert "A visit to the MARAC coordinator" in target.read_text(encoding="utf-8-sig")


def test_completion_keeps_the_version_completed(store):
    repo = ProgressRepository(store)
    repo.set_completed("csp-basics", True, "1.0")
    repo.set_completed("csp-basics", True, "1.1")  # still complete: the version stays as done
    assert repo.load("csp-basics").completed_version == "1.0"
    repo.set_completed("csp-basics", False, "1.1")  # an update added sections: the 1.0 record stays
    assert repo.load("csp-basics").completed_version == "1.0"
    repo.set_completed("csp-basics", False, "1.0")
    assert repo.load("csp-basics").completed_version is None
    assert repo.load("csp-basics").completed_at is None
