"""Printing and PDFs: File > Print goes through the print dialog, Save as PDF starts in
Documents and offers to open the file, and writing a PDF opens no socket at all."""

import shutil
import subprocess
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QStandardPaths, Qt
from PySide6.QtWidgets import QApplication, QMessageBox

from csp_desktop.ui.actions import Action


def shown(qtbot, window):
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_ctrl_p_prints_the_sheet_through_the_print_dialog(qtbot, make_window, monkeypatch):
    """On Ward surgery, Ctrl+P hands the who-to-call sheet to the system print dialog."""
    printed = []

    def fake_print(html, title, parent=None):
        printed.append((html, title))
        return True

    monkeypatch.setattr("csp_desktop.printing.print_html", fake_print)
    window = shown(qtbot, make_window())
    window.show_area("surgery")
    qtbot.keyClick(window.sidebar, Qt.Key.Key_P, Qt.KeyboardModifier.ControlModifier)
    assert len(printed) == 1
    html, title = printed[0]
    assert title == "Who to call" and "999" in html
    assert "Sent to the printer" in window.statusBar().currentMessage()


def test_print_is_offered_only_where_there_is_something_to_print(qtbot, make_window):
    """Print and Save as PDF are on for Ward surgery and Progress, off on Home and Learn."""
    window = shown(qtbot, make_window())
    for area, enabled in (("home", False), ("learn", False), ("surgery", True), ("progress", True)):
        window.show_area(area)
        assert window.actions[Action.PRINT].isEnabled() is enabled, area
        assert window.actions[Action.SAVE_PDF].isEnabled() is enabled, area


def test_save_sheet_as_pdf_starts_in_documents_and_offers_to_open_it(
    qtbot, make_window, monkeypatch, tmp_path
):
    """The sheet button asks where (in Documents), writes the PDF, and Open opens it."""
    documents = Path(QStandardPaths.writableLocation(QStandardPaths.StandardLocation.DocumentsLocation))
    documents.mkdir(parents=True, exist_ok=True)
    asked, opened = [], []

    def choose(parent, caption, suggested, filter_text):
        asked.append(suggested)
        return str(tmp_path / "sheet"), filter_text

    monkeypatch.setattr("csp_desktop.ui.documents.QFileDialog.getSaveFileName", choose)
    monkeypatch.setattr("csp_desktop.ui.documents.QDesktopServices.openUrl", lambda url: opened.append(url))
    window = shown(qtbot, make_window())
    window.show_area("surgery")
    page = window.pages["surgery"]
    qtbot.mouseClick(page.sheet_button, Qt.MouseButton.LeftButton)
    assert Path(asked[0]).parent == documents
    pdf = tmp_path / "sheet.pdf"
    assert pdf.read_bytes().startswith(b"%PDF")
    box = page.findChild(QMessageBox, "savedMessage")
    assert box is not None and str(pdf) in box.text()
    open_button = next(b for b in box.buttons() if b.text().replace("&", "") == "Open it")
    qtbot.mouseClick(open_button, Qt.MouseButton.LeftButton)
    assert [u.toLocalFile() for u in opened] == [str(pdf)]


def test_clicking_a_phone_number_copies_it(qtbot, make_window):
    """A laptop cannot dial: the number goes on the clipboard and the window says 'Copied'."""
    from PySide6.QtCore import QUrl

    window = shown(qtbot, make_window())
    window.show_area("surgery")
    page = window.pages["surgery"]
    page.show_topic("domestic-abuse")
    QApplication.clipboard().clear()
    page.view.anchorClicked.emit(QUrl("tel:08088010800"))
    assert QApplication.clipboard().text() == "08088010800"
    assert window.statusBar().currentMessage() == "Copied 08088010800"


NO_SOCKET_SCRIPT = """
import sys
from PySide6.QtWidgets import QApplication
app = QApplication([])
from csp_desktop.printing import write_pdf
html = "<h1>Who to call</h1><table border='1'><tr><td>Police</td><td>101</td></tr></table>"
write_pdf(html, sys.argv[1], "t")
"""


def strace_works() -> bool:
    """strace is installed and allowed to trace here (some containers forbid ptrace)."""
    if shutil.which("strace") is None:
        return False
    probe = subprocess.run(["strace", "-f", "-e", "trace=connect", "true"], capture_output=True, timeout=30)
    return probe.returncode == 0


@pytest.mark.skipif(not strace_works(), reason="strace is not installed or cannot trace here")
@pytest.mark.parametrize("how", ["record command", "sheet"])
def test_writing_a_pdf_opens_no_socket(how, tmp_path, isolated_profile):
    """Traced at the system-call level (Qt's C++ included): not one connect() while writing a PDF.

    Qt's print support used to reach for the CUPS server on port 631 just to write a file."""
    target = tmp_path / "out.pdf"
    if how == "record command":
        setup = subprocess.run(
            [sys.executable, "-m", "csp_desktop", "setup", "--council", "Cardiff"],
            capture_output=True,
            timeout=120,
        )
        assert setup.returncode == 0, setup.stderr
        command = [sys.executable, "-m", "csp_desktop", "record", "--pdf", str(target)]
    else:
        command = [sys.executable, "-c", NO_SOCKET_SCRIPT, str(target)]
    trace = tmp_path / "trace.txt"
    env = {**__import__("os").environ, "QT_QPA_PLATFORM": "offscreen"}
    result = subprocess.run(
        ["strace", "-f", "-e", "trace=connect,sendto", "-o", str(trace), *command],
        capture_output=True,
        text=True,
        timeout=180,
        env=env,
    )
    assert result.returncode == 0, result.stderr
    assert target.read_bytes().startswith(b"%PDF")
    lines = trace.read_text().splitlines()
    assert any("exited with 0" in line for line in lines)  # strace really followed the process
    calls = [line for line in lines if "connect(" in line or "sendto(" in line]
    assert calls == []


def test_file_save_as_pdf_on_progress_names_the_file_after_the_councillor(
    qtbot, make_window, settings, monkeypatch, tmp_path
):
    """Ctrl+Shift+S on Progress suggests 'induction-record-NAME.pdf' in Documents, like the button."""
    from csp_desktop import settings as S

    settings.set(S.COUNCILLOR_NAME, "Eleri Ŷr")
    asked = []

    def choose(parent, caption, suggested, filter_text):
        asked.append(Path(suggested).name)
        return str(tmp_path / "record.pdf"), filter_text

    monkeypatch.setattr("csp_desktop.ui.documents.QFileDialog.getSaveFileName", choose)
    window = shown(qtbot, make_window())
    window.show_area("progress")
    qtbot.keyClick(
        window.sidebar, Qt.Key.Key_S, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert asked == ["induction-record-Eleri-Ŷr.pdf"]
    assert (tmp_path / "record.pdf").read_bytes().startswith(b"%PDF")


def test_print_lays_the_document_out_on_the_chosen_printer(qapp, monkeypatch, tmp_path):
    """What the print dialog accepts is printed: here the 'printer' is Qt's PDF output."""
    from pypdf import PdfReader
    from PySide6.QtPrintSupport import QPrintDialog, QPrinter

    from csp_desktop.printing import print_html

    target = tmp_path / "printed.pdf"

    def accept(dialog):
        dialog.printer().setOutputFormat(QPrinter.OutputFormat.PdfFormat)
        dialog.printer().setOutputFileName(str(target))
        return QPrintDialog.DialogCode.Accepted

    monkeypatch.setattr(QPrintDialog, "exec", accept)
    assert print_html("<h1>Who to call</h1><p>Police: 101</p>", "Who to call") is True
    text = PdfReader(target).pages[0].extract_text()
    assert "Who to call" in " ".join(text.split()) and "101" in text
    monkeypatch.setattr(QPrintDialog, "exec", lambda dialog: QPrintDialog.DialogCode.Rejected)
    assert print_html("<p>x</p>", "Cancelled") is False
