"""The induction record: content, PDF (parsed back), CSV for Excel, headless export."""

import csv
import io
import subprocess
import sys
import unicodedata

import pytest
from pypdf import PdfReader

from csp_desktop import settings as S
from csp_desktop.core.content.catalogue import load_catalogue
from csp_desktop.core.record import build_record, record_csv, record_html
from csp_desktop.resources import content_dir
from csp_desktop.storage.progress import ProgressRepository


def pdf_text(path) -> str:
    """The PDF's text with PDF spacing and ligatures (ﬃ) normalised, as a reader would see it."""
    raw = " ".join(page.extract_text() for page in PdfReader(path).pages)
    return " ".join(unicodedata.normalize("NFKC", raw).split())


@pytest.fixture
def progressed(store):
    """A councillor who finished module 1 with a reflection and started module 2."""
    catalogue = load_catalogue(content_dir())
    repo = ProgressRepository(store)
    first, second = catalogue.entries[0].meta.id, catalogue.entries[1].meta.id
    from csp_desktop.core.content.parser import read_module

    module = read_module(catalogue.entries[0].meta.path)
    repo.opened(first, len(module.sections))
    for section in module.sections:
        repo.mark_read(first, section.id)
    repo.record_attempt(first, module.check.id, 4, 5)
    reflection = next(r for s in module.sections for r in s.reflections)
    repo.save_reflection(first, reflection.id, '=HYPERLINK("x") Ask the CSP officer about Ŵyn Street')
    repo.add_time(first, 13 * 60)
    repo.set_completed(first, True)
    repo.opened(second, 9)
    return catalogue, repo, reflection


def test_record_summarises_modules_scores_time_and_reflections(progressed):
    """One row per module, with status, best score, time and the reflections written."""
    catalogue, repo, reflection = progressed
    record = build_record(catalogue, repo.load_all(), "Cllr Siân Ŷr", "Caerffili")
    assert record.completed == 1 and len(record.rows) == len(catalogue.entries)
    first = record.rows[0]
    assert first.best == (4, 5) and first.seconds == 780 and first.completed
    assert first.reflections == [(reflection.prompt, '=HYPERLINK("x") Ask the CSP officer about Ŵyn Street')]
    assert record.rows[1].status.value == "in progress"


def test_html_escapes_everything_the_user_typed(progressed):
    """A name or reflection containing markup is shown as text."""
    catalogue, repo, _ = progressed
    record = build_record(catalogue, repo.load_all(), "<script>alert(1)</script>", "<b>x</b>")
    html = record_html(record)
    assert "<script>" not in html and "&lt;script&gt;" in html


def test_pdf_is_a_real_document_with_the_councillors_details(progressed, qapp, tmp_path):
    """The PDF parses, is A4, and its text holds the name, council, modules and reflection."""
    from csp_desktop.printing import write_pdf

    catalogue, repo, _ = progressed
    record = build_record(catalogue, repo.load_all(), "Cllr Siân Ŷr", "Caerffili")
    target = write_pdf(record_html(record), tmp_path / "record.pdf", "Induction record")
    reader = PdfReader(target)
    text = pdf_text(target)
    assert round(float(reader.pages[0].mediabox.width)) == 595  # A4
    for expected in (
        "Community safety induction record",
        "Siân",
        "Caerffili",
        "4/5 (80 %)",
        catalogue.entries[0].meta.title.split(":")[0],
        "Ask the CSP officer",
    ):
        assert expected in text, expected
    assert not (tmp_path / "record.pdf.partial").exists()


def test_csv_opens_cleanly_in_excel_and_cannot_run_formulas(progressed):
    """UTF-8 with BOM (Welsh letters survive), one row per module, formula cells defused."""
    catalogue, repo, _ = progressed
    data = record_csv(build_record(catalogue, repo.load_all(), "=cmd|' /C calc'!A0", "Caerffili"))
    assert data.startswith(b"\xef\xbb\xbf")
    rows = list(csv.reader(io.StringIO(data.decode("utf-8-sig"))))
    assert len(rows) == len(catalogue.entries) + 1
    assert rows[1][0].startswith("'=")
    assert "Ŵyn" in rows[1][10] and not rows[1][10].startswith("=")


def test_record_command_writes_pdf_and_csv_headless(progressed, store, isolated_profile, tmp_path, settings):
    """`csp-desktop record --pdf F --csv G` works without a display and names the councillor."""
    settings.set(S.COUNCILLOR_NAME, "Cllr Gwyn Jones")
    settings.set(S.COUNCIL, "caerphilly")
    settings.sync()
    store.conn.commit()
    pdf, table = tmp_path / "out.pdf", tmp_path / "out.csv"
    result = subprocess.run(
        [sys.executable, "-m", "csp_desktop", "record", "--pdf", str(pdf), "--csv", str(table)],
        capture_output=True,
        text=True,
        timeout=120,
    )
    assert result.returncode == 0, result.stderr
    text = pdf_text(pdf)
    assert "Cllr Gwyn Jones" in text and "Caerphilly" in text
    assert table.read_bytes().startswith(b"\xef\xbb\xbf")


def test_record_command_without_data_explains(tmp_path):
    """With no data yet, the command says so instead of failing obscurely."""
    result = subprocess.run(
        [
            sys.executable,
            "-m",
            "csp_desktop",
            "--data-dir",
            str(tmp_path / "none"),
            "record",
            "--pdf",
            str(tmp_path / "x.pdf"),
        ],
        capture_output=True,
        text=True,
        timeout=60,
    )
    assert result.returncode == 1 and "no data yet" in result.stderr


def test_progress_page_exports_pdf(qtbot, progressed, settings, monkeypatch, tmp_path):
    """The Progress page's Export PDF writes the file the user chose."""
    from csp_desktop.core.geography import load_geography
    from csp_desktop.resources import data_file
    from csp_desktop.ui.progress_page import ProgressPage

    catalogue, repo, _ = progressed
    page = ProgressPage(catalogue, repo, settings, load_geography(data_file("wales-geography.toml")))
    qtbot.addWidget(page)
    page.show()  # the record is built when the page is shown, not at start-up
    assert "1 of 12" in page.summary.text()
    assert page.name_button.isVisibleTo(page)
    target = tmp_path / "mine"
    monkeypatch.setattr(
        "csp_desktop.ui.documents.QFileDialog.getSaveFileName", lambda *a, **k: (str(target), "")
    )
    monkeypatch.setattr(
        page,
        "window",
        lambda: type("W", (), {"statusBar": lambda s: type("B", (), {"showMessage": lambda *a: None})()})(),
    )
    saved = page.export_pdf()
    assert saved == tmp_path / "mine.pdf" and saved.stat().st_size > 1000


def test_include_my_reflections_is_on_by_default_and_remembered(qtbot, progressed, settings, tmp_path):
    """Unticking 'Include my reflections' leaves them out of the preview, PDF and CSV, and the
    choice is kept for next time."""
    from PySide6.QtCore import Qt

    from csp_desktop.core.geography import load_geography
    from csp_desktop.resources import data_file
    from csp_desktop.ui.progress_page import ProgressPage

    catalogue, repo, _ = progressed
    geography = load_geography(data_file("wales-geography.toml"))
    page = ProgressPage(catalogue, repo, settings, geography)
    qtbot.addWidget(page)
    page.show()
    box = page.include_reflections
    assert box.isChecked()
    reflected = [r for r in page.record().rows if r.reflections]
    assert reflected, "the fixture has a reflection"
    answer = "Ask the CSP officer about Ŵyn Street"
    assert answer in reflected[0].reflections[0][1]
    assert answer in page.preview.toPlainText()
    qtbot.mouseClick(box, Qt.MouseButton.LeftButton)
    assert not box.isChecked() and settings.get(S.INCLUDE_REFLECTIONS) == 0
    assert answer not in page.preview.toPlainText()
    assert answer.encode() not in record_csv(page.record())
    again = ProgressPage(catalogue, repo, settings, geography)
    qtbot.addWidget(again)
    assert not again.include_reflections.isChecked()
