"""A large import is read on a worker thread behind a progress dialog that can be cancelled,
through My CSP's real Import… button: the window keeps answering while the file is read,
Cancel changes nothing and opens no preview, and a damaged file is still refused plainly.

The worker is held at a gate that only a timer on the window's thread opens: if the window
were frozen while the file is read, the timer could never fire and the test would fail (the
gate waits at most a minute) rather than pass by luck of timing."""

from __future__ import annotations

import threading
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QProgressDialog, QPushButton

from csp_desktop.storage.directory import DirectoryRepository
from csp_desktop.ui.my_csp import import_dialog, transfer

DATA = Path(__file__).parent / "data"
ROWS = 4000


@pytest.fixture
def page(page):
    """The shared My CSP page, set up for Caerphilly."""
    page.prefill("caerphilly")
    yield page
    QThreadPool.globalInstance().waitForDone()  # a cancelled worker ends before the database closes


@pytest.fixture
def large_csv(tmp_path):
    source = tmp_path / "everyone.csv"
    lines = ["Name,Organisation,Sector,E-mail,Phone"]
    lines += [
        f"Person {n:05d},Partner {n % 40},police,person{n}@example.org,029 2000 {n:04d}" for n in range(ROWS)
    ]
    source.write_text("\r\n".join(lines) + "\r\n", encoding="utf-8")
    return source


@pytest.fixture
def gated(monkeypatch):
    """Hold the worker until the window's thread opens the gate."""
    gate = threading.Event()
    real = transfer.prepare_import

    def prepare(*args, **kwargs):
        assert threading.current_thread() is not threading.main_thread(), "read on the window's thread"
        if not gate.wait(60):
            raise AssertionError("the window's thread never opened the gate: it was frozen")
        return real(*args, **kwargs)

    monkeypatch.setattr(transfer, "prepare_import", prepare)
    monkeypatch.setattr(import_dialog, "prepare_import", prepare)  # another sheet of a workbook
    return gate


def choose_file(monkeypatch, path: Path) -> None:
    monkeypatch.setattr(QFileDialog, "getOpenFileName", staticmethod(lambda *a, **k: (str(path), "")))


def on_the_window_thread(then, kind=QProgressDialog):
    """Poll with a QTimer (which only fires while the window's event loop runs) for a visible
    modal window of ``kind`` and run ``then(widget)`` once; returns what happened."""
    seen: dict = {"ticks": 0}

    def poll():
        seen["ticks"] += 1
        widget = QApplication.activeModalWidget()
        if isinstance(widget, kind) and widget.isVisible() and "done" not in seen:
            seen["done"] = True
            try:
                then(widget, seen)
            except BaseException as exc:
                seen["error"] = exc
                widget.close()
            return
        if "done" not in seen:
            QTimer.singleShot(20, poll)

    QTimer.singleShot(20, poll)
    return seen


def import_button(page) -> QPushButton:
    wanted = QCoreApplication.translate("MyCspPage", "&Import…")
    return next(b for b in page.findChildren(QPushButton) if b.text() == wanted)


def test_a_large_import_shows_progress_while_the_window_keeps_answering(
    qtbot, page, large_csv, gated, monkeypatch
):
    choose_file(monkeypatch, large_csv)
    previews = []
    monkeypatch.setattr(
        import_dialog.ImportDialog, "exec", lambda d: previews.append(d.prepared.summary) or False
    )

    def progress(dialog, seen):
        seen["kind"] = type(dialog).__name__
        seen["label"] = dialog.labelText()
        seen["modality"] = dialog.windowModality()
        gated.set()  # only a turning event loop on the window's thread gets here

    seen = on_the_window_thread(progress)
    qtbot.mouseClick(import_button(page), Qt.MouseButton.LeftButton)
    assert "error" not in seen, seen.get("error")
    assert seen["kind"] == "QProgressDialog"
    assert seen["label"] == "Reading everyone.csv…"
    assert seen["modality"] == Qt.WindowModality.WindowModal
    assert seen["ticks"] > 1  # the timer kept firing while the worker read
    assert previews == [f"{ROWS} new people, 40 new organisations"]
    assert QApplication.activeModalWidget() is None  # the progress dialog is gone


@pytest.mark.parametrize("how", ["click", "escape"])
def test_cancel_leaves_the_record_unchanged_and_opens_no_preview(
    qtbot, page, large_csv, gated, monkeypatch, how
):
    choose_file(monkeypatch, large_csv)
    before = page.repo.load()
    monkeypatch.setattr(import_dialog.ImportDialog, "exec", lambda d: pytest.fail("no preview after Cancel"))

    def cancel(dialog, seen):
        assert isinstance(dialog, QProgressDialog)
        if how == "click":
            cancel_button = dialog.findChild(QPushButton)
            assert cancel_button.text() == QCoreApplication.translate("Background", "Cancel")
            qtbot.mouseClick(cancel_button, Qt.MouseButton.LeftButton)
        else:
            qtbot.keyClick(dialog, Qt.Key.Key_Escape)
        gated.set()  # the worker reads on after the cancel; what it makes must be dropped

    seen = on_the_window_thread(cancel)
    qtbot.mouseClick(import_button(page), Qt.MouseButton.LeftButton)
    assert "error" not in seen, seen.get("error")
    assert seen.get("done")
    QThreadPool.globalInstance().waitForDone()
    QApplication.processEvents()
    assert page.repo.load() == before
    assert page.people_model.rowCount() == len(before.people)


def test_a_damaged_file_still_gets_the_plain_refusal(qtbot, page, monkeypatch):
    choose_file(monkeypatch, DATA / "unclosed-quote.csv")
    before = page.repo.load()
    monkeypatch.setattr(
        import_dialog.ImportDialog, "exec", lambda d: pytest.fail("no preview for a damaged file")
    )

    def read(box, seen):
        assert isinstance(box, QMessageBox)
        seen["format"] = box.textFormat()
        seen["text"] = box.text()
        box.accept()

    seen = on_the_window_thread(read, QMessageBox)
    qtbot.mouseClick(import_button(page), Qt.MouseButton.LeftButton)
    assert "error" not in seen, seen.get("error")
    assert seen["format"] == Qt.TextFormat.PlainText
    assert seen["text"].startswith("Nothing was imported:")
    assert "unclosed-quote.csv:3" in seen["text"] and "never closed" in seen["text"]
    assert page.repo.load() == before


def test_an_export_is_built_off_the_window_thread(qtbot, page, tmp_path, monkeypatch):
    from csp_desktop.core.directory.model import Person

    page.repo.save([Person("Ann Owen", "Community safety officer")])
    target = tmp_path / "my-csp.csv"
    filter_text = QCoreApplication.translate("Transfer", "CSV for Excel (*.csv)")
    monkeypatch.setattr(
        QFileDialog, "getSaveFileName", staticmethod(lambda *a, **k: (str(target), filter_text))
    )
    threads = []
    real = transfer.export_bytes

    def build(*args, **kwargs):
        threads.append(threading.current_thread())
        return real(*args, **kwargs)

    monkeypatch.setattr(transfer, "export_bytes", build)
    wanted = QCoreApplication.translate("MyCspPage", "E&xport…")
    export = next(b for b in page.findChildren(QPushButton) if b.text() == wanted)
    qtbot.mouseClick(export, Qt.MouseButton.LeftButton)
    assert threads and threads[0] is not threading.main_thread()
    assert "Ann Owen,Community safety officer" in target.read_text(encoding="utf-8-sig")


def test_cancelling_another_sheet_keeps_the_sheet_that_was_read(qtbot, store, gated):
    from csp_desktop.storage.interchange import prepare_import

    repo = DirectoryRepository(store)
    dialog = import_dialog.ImportDialog(
        prepare_import(DATA / "partners.xlsx", repo, need_names=False), None, repo
    )
    qtbot.addWidget(dialog)
    dialog.show()
    before = dialog.prepared

    def cancel(progress, seen):
        qtbot.keyClick(progress, Qt.Key.Key_Escape)
        gated.set()

    seen = on_the_window_thread(cancel)
    dialog.sheet.setFocus()
    qtbot.keyClick(dialog.sheet, Qt.Key.Key_B)  # "Boards" (one key: the rest would choose it again)
    QThreadPool.globalInstance().waitForDone()
    assert "error" not in seen, seen.get("error")
    assert seen.get("done")
    assert dialog.prepared is before and dialog.prepared.table.sheet == "Partners"
    assert dialog.sheet.currentText() == "Partners"


def test_a_quick_read_never_shows_the_dialog_later(qtbot, page):
    """Found on screen: a read quicker than the dialog's delay left QProgressDialog's own
    4-second timer running, and "Reading…" popped up over the import preview."""
    from csp_desktop.ui.background import run_with_progress

    seen: dict = {}

    def import_then_preview() -> None:  # as a button's slot runs, inside the app's event loop
        seen["outcome"] = run_with_progress(page, "Reading quick.csv…", lambda: 42)
        # The preview then runs its own loop (exec), where the finished dialog's deleteLater
        # does not run: wait in such a loop, past QProgressDialog's built-in 4 s.
        preview = QEventLoop()
        QTimer.singleShot(4500, preview.quit)
        preview.exec()
        seen["shown"] = [
            w for w in QApplication.topLevelWidgets() if isinstance(w, QProgressDialog) and w.isVisible()
        ]
        app_loop.quit()

    app_loop = QEventLoop()
    QTimer.singleShot(0, import_then_preview)
    app_loop.exec()
    assert seen["outcome"].result == 42 and not seen["outcome"].cancelled
    assert seen["shown"] == []
