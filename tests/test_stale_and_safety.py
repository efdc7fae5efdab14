"""Saving from the window never writes a stale copy over newer data, a failed save or delete
says why in plain words and changes nothing, and user data is never read as HTML."""

import dataclasses
import re
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import Qt, QTimer, QUrl
from PySide6.QtWidgets import QApplication, QDialog, QMessageBox, QPushButton

from csp_desktop.core.directory.model import Person
from csp_desktop.core.geography import load_geography
from csp_desktop.resources import data_file
from csp_desktop.storage.directory import DirectoryRepository
from csp_desktop.ui.my_csp.page import MyCspPage
from csp_desktop.ui.safe_text import LocalTextBrowser, plain_tooltip
from tests.conftest import fill

ROOT = Path(__file__).resolve().parents[1]


@dataclasses.dataclass
class Shown:
    """What a modal window showed, noted before it closes (message boxes are deleted after)."""

    kind: str
    object_name: str
    text: str
    text_format: object


def when_modal(qtbot, act, seen: list) -> None:
    """Run ``act(widget)`` on the next modal dialog or message box, as a user would."""

    def poll() -> None:
        widget = QApplication.activeModalWidget()
        if widget is None:
            QTimer.singleShot(20, poll)
            return
        is_box = isinstance(widget, QMessageBox)
        seen.append(
            Shown(
                type(widget).__name__,
                widget.objectName(),
                widget.text() if is_box else "",
                widget.textFormat() if is_box else None,
            )
        )
        act(widget)

    QTimer.singleShot(0, poll)


def click(qtbot, box: QMessageBox, text: str) -> None:
    for button in box.findChildren(QPushButton):
        if button.text().replace("&", "") == text:
            qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
            return
    raise AssertionError([b.text() for b in box.findChildren(QPushButton)])


def select_person(page, name: str) -> None:
    page.tabs.setCurrentIndex(1)
    model = page.people_view.model()
    for row in range(model.rowCount()):
        if model.index(row, 0).data() == name:
            page.people_view.setCurrentIndex(model.index(row, 0))
            return
    raise AssertionError(name)


def test_a_command_line_import_is_never_overwritten_by_the_windows_stale_copy(
    qtbot, page, store, location, tmp_path
):
    """The window shows Eleri; a second process imports new notes for her; the user then
    edits her job title in the open window. The save is refused with a plain message, the
    imported notes survive, and the window shows them."""
    page.prefill("cardiff")
    repo = DirectoryRepository(store)
    repo.save([Person("Eleri Gŵyn", emails=["eleri@example.gov.wales"], notes="First met in May")])
    page.reload()
    select_person(page, "Eleri Gŵyn")

    source = tmp_path / "from-officer.csv"
    source.write_text(
        "Name,Email,Notes\nEleri Gŵyn,eleri@example.gov.wales,New mobile from the CSP officer\n"
    )
    result = subprocess.run(
        [sys.executable, "-m", "csp_desktop", "--data-dir", str(location.path), "import", str(source)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr

    seen: list = []

    def edit(dialog: QDialog) -> None:
        dialog.title.clear()
        qtbot.keyClicks(dialog.title, "Community safety manager")
        when_modal(qtbot, lambda box: click(qtbot, box, "OK"), seen)
        qtbot.mouseClick(dialog.buttons.button(dialog.buttons.StandardButton.Ok), Qt.MouseButton.LeftButton)

    when_modal(qtbot, edit, seen)
    page.edit_person()
    qtbot.waitUntil(lambda: len(seen) == 2)
    warning = seen[1]
    assert warning.kind == "QMessageBox"
    assert "changed elsewhere" in warning.text and "Eleri Gŵyn" in warning.text
    saved = next(p for p in repo.load().people if p.name == "Eleri Gŵyn")
    assert "New mobile from the CSP officer" in saved.notes and saved.job_title == ""
    assert page.undo_stack.count() == 0  # nothing to undo: nothing was changed
    shown = next(p for p in page.directory.people if p.name == "Eleri Gŵyn")
    assert "New mobile from the CSP officer" in shown.notes  # the window reloaded


def test_a_full_disk_during_a_delete_in_the_window(qtbot, tiny_disk):
    """Delete on a really full disk: a plain message, nothing deleted, nothing to undo."""
    from csp_desktop.storage.database import open_store

    data = tiny_disk / "data"
    data.mkdir()
    store = open_store(data / "csp-desktop.db", data / "backups")
    try:
        widget = MyCspPage(DirectoryRepository(store), load_geography(data_file("wales-geography.toml")))
        qtbot.addWidget(widget)
        widget.show()
        widget.prefill("cardiff")
        widget.tabs.setCurrentIndex(2)
        view = widget.org_view
        view.setCurrentIndex(view.model().index(0, 0))
        before = widget.org_model.rowCount()
        store.conn.execute("PRAGMA wal_checkpoint(TRUNCATE)")
        fill(tiny_disk)
        seen: list = []

        def confirm(box: QMessageBox) -> None:
            when_modal(qtbot, lambda warning: click(qtbot, warning, "OK"), seen)
            click(qtbot, box, "Delete")

        when_modal(qtbot, confirm, seen)
        widget.delete_selected(view)
        qtbot.waitUntil(lambda: len(seen) == 2)
        assert "disk is full" in seen[1].text
        assert widget.org_model.rowCount() == before
        assert widget.undo_stack.count() == 0
        (tiny_disk / "filler").unlink()
        assert store.conn.execute("PRAGMA integrity_check").fetchone()[0] == "ok"
    finally:
        store.close()


HOSTILE = '<img src="/dev/zero"><b>Bold</b> \\\\host\\share <a href="file:///etc/passwd">x</a>'


def test_the_delete_confirmation_shows_a_hostile_name_as_plain_text(qtbot, page, store):
    """A name with HTML in it is shown character for character, and loads nothing."""
    page.prefill("cardiff")
    DirectoryRepository(store).save([Person(HOSTILE)])
    page.reload()
    select_person(page, HOSTILE)
    seen: list = []
    when_modal(qtbot, lambda box: click(qtbot, box, "Cancel"), seen)
    page.delete_selected(page.people_view)
    box = seen[0]
    assert box.text_format == Qt.TextFormat.PlainText
    assert HOSTILE in box.text
    assert any(HOSTILE in p.name for p in DirectoryRepository(store).load().people)


def test_no_label_showing_user_data_guesses_rich_text(qtbot, page, store):
    """The person editor's messages and the tables' tooltips never treat data as HTML."""
    from csp_desktop.ui.my_csp.editors import PersonDialog

    dialog = PersonDialog(Person("x", emails=[HOSTILE]), page.directory)
    qtbot.addWidget(dialog)
    assert dialog.messages.textFormat() == Qt.TextFormat.PlainText
    page.prefill("cardiff")
    DirectoryRepository(store).save([Person(HOSTILE)])
    page.reload()
    model = page.people_model
    tips = [model.index(r, 0).data(Qt.ItemDataRole.ToolTipRole) for r in range(model.rowCount())]
    assert plain_tooltip(HOSTILE) in tips
    assert "<img" not in "".join(tips)


def test_documents_load_no_resource_that_is_not_bundled(qtbot, tmp_path):
    """file:, UNC and remote images are refused; a bundled Qt resource is allowed."""
    from PySide6.QtGui import QColor, QImage

    picture = tmp_path / "big.png"
    image = QImage(300, 300, QImage.Format.Format_RGB32)
    image.fill(QColor("red"))
    image.save(str(picture))
    browser = LocalTextBrowser()
    qtbot.addWidget(browser)
    for url in (
        str(picture),
        QUrl.fromLocalFile(str(picture)).toString(),
        "//host/share/x.png",
        "https://example.org/x.png",
    ):
        assert browser.loadResource(2, QUrl(url)) is None, url
    browser.setHtml(f'<img src="{picture}">')
    assert browser.document().size().width() < 300  # the picture was not loaded


def test_every_text_browser_in_the_interface_refuses_outside_resources():
    """No widget module builds a bare QTextBrowser (which reads local files for <img>)."""
    offenders = []
    for path in (ROOT / "src" / "csp_desktop" / "ui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        if re.search(r"\bQTextBrowser\(", text) and path.name != "safe_text.py":
            offenders.append(path.name)
    assert offenders == []


def test_message_boxes_with_data_are_plain_text():
    """No widget module uses QMessageBox's shortcut functions (they guess rich text): every
    box goes through ui/messages.py or ui/recovery.py, which show plain text."""
    risky = []
    for path in (ROOT / "src" / "csp_desktop" / "ui").rglob("*.py"):
        text = path.read_text(encoding="utf-8")
        for match in re.finditer(r"QMessageBox\.(question|warning|information|critical|about)\(", text):
            risky.append(f"{path.name}: {match.group(0)}")
    assert risky == []


def test_the_data_folder_in_about_is_shown_as_typed(qtbot, tmp_path):
    """Help > About names the data folder; a folder name with HTML in it is shown literally."""
    from csp_desktop.ui.about import AboutDialog

    odd = str(tmp_path / '<img src="/dev/zero"><b>folder</b>')
    dialog = AboutDialog(odd, "default", str(tmp_path / "log.txt"))
    qtbot.addWidget(dialog)
    shown = dialog.text_label.text()
    assert "&lt;img" in shown and "<img" not in shown


def test_an_import_applied_after_a_change_elsewhere_is_refused(store, tmp_path):
    """An import planned against Eleri as she was is not applied over a newer edit made
    meanwhile (the preview dialog can stay open for minutes): nothing is imported."""
    from csp_desktop.storage.database import StaleRecordError, open_store
    from csp_desktop.storage.interchange import apply_import, prepare_import

    repo = DirectoryRepository(store)
    repo.save([Person("Eleri Gŵyn", emails=["eleri@example.gov.wales"])])
    source = tmp_path / "people.csv"
    source.write_text("Name,Email,Notes\nEleri Gŵyn,eleri@example.gov.wales,From the file\nNew Person,,\n")
    prepared = prepare_import(source, repo)
    other = open_store(store.path, store.path.parent / "backups")  # a second window or command
    try:
        other_repo = DirectoryRepository(other)
        eleri = next(p for p in other_repo.load().people if p.name == "Eleri Gŵyn")
        other_repo.save([dataclasses.replace(eleri, job_title="Changed meanwhile")], expected=[eleri])
    finally:
        other.close()
    with pytest.raises(StaleRecordError):
        apply_import(prepared, repo)
    people = {p.name: p for p in repo.load().people}
    assert people["Eleri Gŵyn"].job_title == "Changed meanwhile" and "New Person" not in people


def test_the_window_warns_before_exporting_a_file_that_would_not_import_back(qtbot, page, store, tmp_path):
    """A note longer than the import limit: Export asks first; No writes nothing."""
    from csp_desktop.core.interchange.limits import MAX_TEXT
    from csp_desktop.ui.my_csp import transfer

    page.prefill("cardiff")
    DirectoryRepository(store).save([Person("Long talker", notes="x" * (MAX_TEXT + 1))])
    page.reload()
    target = tmp_path / "out.csppack"
    seen: list = []
    when_modal(qtbot, lambda box: click(qtbot, box, "No"), seen)
    assert transfer.export_file(page, str(target), "pack") is None
    assert "could not be imported back" in seen[0].text and "Long talker" in seen[0].text
    assert not target.exists()
    when_modal(qtbot, lambda box: click(qtbot, box, "Yes"), seen)
    assert transfer.export_file(page, str(target), "pack") == str(target)
    assert target.exists()


def test_a_load_sees_one_state_while_another_process_writes(store, monkeypatch):
    """Found by the soak: an export read people, then (after another process added a person
    with a seat) memberships, and wrote a pack that could not be imported. One read now sees
    one snapshot, so every membership's person is there."""
    import sqlite3

    from csp_desktop.core.directory.model import Group, Membership

    repo = DirectoryRepository(store)
    group = Group("CSP board")
    repo.save([group])
    real_rows = DirectoryRepository._rows

    def rows_with_a_writer_in_between(self, table):
        if table == "memberships":
            other = sqlite3.connect(store.path, timeout=5)
            person = Person("Added meanwhile")
            other.execute(
                "insert into people (id, name, emails, phones) values (?, ?, '[]', '[]')",
                [person.id, person.name],
            )
            other.execute(
                "insert into memberships (id, person_id, group_id, role) values (?, ?, ?, 'member')",
                [Membership(person.id, group.id).id, person.id, group.id],
            )
            other.commit()
            other.close()
        return real_rows(self, table)

    monkeypatch.setattr(DirectoryRepository, "_rows", rows_with_a_writer_in_between)
    directory = repo.load()
    people = {p.id for p in directory.people}
    assert all(m.person_id in people for m in directory.memberships)


def test_a_full_disk_while_saving_progress_is_a_plain_message(qtbot, store, tmp_path, monkeypatch):
    """Progress saves fail as WriteError (nothing changed), and if one reaches the top of the
    event loop it is shown as a plain 'Not saved' message, not the crash dialog."""
    import sys

    from csp_desktop.storage.database import WriteError
    from csp_desktop.storage.progress import ProgressRepository
    from csp_desktop.ui.crash import install_excepthook

    progress = ProgressRepository(store)
    pages = store.conn.execute("PRAGMA page_count").fetchone()[0]
    store.conn.execute(f"PRAGMA max_page_count = {pages}")
    try:
        with pytest.raises(WriteError, match="disk is full") as caught:
            for index in range(500):  # until the file must grow
                progress.record_attempt("module", f"section-{index}", 1, 2)
    finally:
        store.conn.execute("PRAGMA max_page_count = 1073741823")
    monkeypatch.setattr(sys, "excepthook", sys.excepthook)
    install_excepthook(tmp_path / "log.txt")
    seen: list = []
    when_modal(qtbot, lambda box: click(qtbot, box, "OK"), seen)
    sys.excepthook(WriteError, caught.value, None)
    assert seen[0].object_name == "plainWarning" and "disk is full" in seen[0].text


def test_undo_never_puts_back_an_old_copy_over_a_newer_change(qtbot, page, store):
    """Edit in the window, someone else changes the contact, then Edit > Undo: the undo is
    refused with a plain message and their change stays."""
    from csp_desktop.storage.database import open_store

    page.prefill("cardiff")
    repo = DirectoryRepository(store)
    repo.save([Person("Nia Ŵyn", job_title="Analyst")])
    page.reload()
    nia = next(p for p in page.directory.people if p.name == "Nia Ŵyn")
    page._push([nia], [dataclasses.replace(nia, job_title="Senior analyst")], "Edit Nia Ŵyn")
    other = open_store(store.path, store.path.parent / "backups")
    try:
        other_repo = DirectoryRepository(other)
        now = next(p for p in other_repo.load().people if p.name == "Nia Ŵyn")
        other_repo.save([dataclasses.replace(now, notes="Phone changed by the CSP officer")], expected=[now])
    finally:
        other.close()
    seen: list = []
    when_modal(qtbot, lambda box: click(qtbot, box, "OK"), seen)
    page.undo_stack.undo()
    assert "changed elsewhere" in seen[0].text
    saved = next(p for p in repo.load().people if p.name == "Nia Ŵyn")
    assert saved.job_title == "Senior analyst" and saved.notes == "Phone changed by the CSP officer"
    assert page.undo_stack.count() == 0
