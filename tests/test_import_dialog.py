"""The import preview through its real widgets: warnings shown and fixed there, columns
mapped by the user (and remembered), organisations changed before saving; bad files refused
with nothing changed."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import Qt

from csp_desktop.core.directory.model import Sector
from csp_desktop.core.geography import load_geography
from csp_desktop.core.interchange import ImportProblem
from csp_desktop.resources import data_file
from csp_desktop.storage.directory import DirectoryRepository
from csp_desktop.storage.interchange import apply_import, prepare_import
from csp_desktop.ui.my_csp import import_dialog
from csp_desktop.ui.my_csp.import_dialog import ImportDialog
from csp_desktop.ui.my_csp.page import MyCspPage

DATA = Path(__file__).parent / "data"


@pytest.fixture
def repo(store):
    repo = DirectoryRepository(store)
    from csp_desktop.storage.directory import apply_prefill

    apply_prefill(repo, load_geography(data_file("wales-geography.toml")).find("caerphilly"))
    return repo


def pick(qtbot, combo, text):
    """Choose by keyboard, as a person would: focus the combo box and type its first letters."""
    combo.setFocus()
    qtbot.keyClicks(combo, text)
    assert combo.currentText().startswith(text), combo.currentText()


def warnings_of(dialog):
    return [dialog.warnings.item(i).text() for i in range(dialog.warnings.count())]


def test_unknown_sector_is_a_warning_fixed_in_the_preview(qtbot, repo, tmp_path):
    """The file that crashed the dialog (TypeError in a warning label) opens, lists the warning,
    and choosing the sector in the preview clears it and saves that sector."""
    source = tmp_path / "people.csv"
    source.write_text("Name,Organisation,Sector\r\nAnn Owen,Cwm Homes,Landlord\r\n", encoding="utf-8")
    dialog = ImportDialog(prepare_import(source, repo, need_names=False), None, repo)
    qtbot.addWidget(dialog)
    assert warnings_of(dialog) == [
        "⚠ Line 2: 'Landlord' is not a sector the app knows. Choose the sector under Organisations "
        "('Other' until then)."
    ]
    assert dialog.summary.text() == "New people: 1 · New organisations: 1"
    orgs = dialog.organisations
    assert orgs.item(0, 3).text() == "new organisation, sector Housing (guessed from its name)"
    pick(qtbot, orgs.sectors[0], "Third")
    assert warnings_of(dialog) == [] and orgs.item(0, 3).text() == "new organisation, sector Third sector"
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    assert dialog.result() == ImportDialog.DialogCode.Accepted
    apply_import(dialog.prepared, repo)
    saved = next(o for o in repo.load().organisations if o.name == "Cwm Homes")
    assert saved.sector == Sector.THIRD_SECTOR


def test_columns_the_app_does_not_know_are_mapped_in_the_preview_and_remembered(qtbot, repo, tmp_path):
    """No column looks like a name: the preview says so, the user maps it, and the next file
    with the same headings is understood at once."""
    source = tmp_path / "liste.csv"
    source.write_text(
        "Nom complet,Courriel,Service\r\nAnn Owen,ann@caerphilly.gov.uk,ASB\r\n", encoding="utf-8"
    )
    with pytest.raises(ImportProblem):
        prepare_import(source, repo)  # the command line refuses, naming the problem
    dialog = ImportDialog(prepare_import(source, repo, need_names=False), None, repo)
    qtbot.addWidget(dialog)
    assert not dialog.ok.isEnabled() and dialog.problem.isVisibleTo(dialog)
    assert dialog.problem.text().startswith("No column holds the names. Under Columns, choose")
    pick(qtbot, dialog.columns.combos[0], "Full")
    pick(qtbot, dialog.columns.combos[1], "E-mail")
    pick(qtbot, dialog.columns.combos[2], "Job")
    assert dialog.ok.isEnabled() and not dialog.problem.isVisibleTo(dialog)
    assert dialog.summary.text() == "New people: 1 · Organisations already in your record: 1"  # by address
    qtbot.mouseClick(dialog.ok, Qt.MouseButton.LeftButton)
    apply_import(dialog.prepared, repo)
    ann = next(p for p in repo.load().people if p.name == "Ann Owen")
    assert ann.emails == ["ann@caerphilly.gov.uk"] and ann.job_title == "ASB"
    again = tmp_path / "liste2.csv"
    again.write_text(
        "Nom complet,Courriel,Service\r\nBob Rees,bob@caerphilly.gov.uk,CCTV\r\n", encoding="utf-8"
    )
    prepared = prepare_import(again, repo)  # remembered: no question this time
    assert [p.name for p in prepared.plan.people_added] == ["Bob Rees"]
    assert prepared.plan.people_added[0].job_title == "CCTV"


def test_an_organisation_can_be_joined_to_another_before_saving(qtbot, repo):
    prepared = prepare_import(DATA / "outlook-contacts.csv", repo, need_names=False)
    dialog = ImportDialog(prepared, None, repo)
    qtbot.addWidget(dialog)
    orgs = dialog.organisations
    row = next(r for r in range(orgs.rowCount()) if orgs.item(r, 0).text() == "Cysgod Refuge Partnership")
    assert orgs.item(row, 3).text() == "new organisation: choose its sector"
    pick(qtbot, orgs.targets[row], "Caerphilly")
    assert orgs.item(row, 3).text() == "joins Caerphilly Council (already in your record): your choice"
    assert not orgs.sectors[row].isEnabled()
    assert "New organisations" not in dialog.summary.text()
    apply_import(dialog.prepared, repo)
    directory = repo.load()
    bethan = next(p for p in directory.people if p.name == "Mrs Bethan Lloyd")
    assert directory.organisation(bethan.organisation_id).name == "Caerphilly Council"


def test_field_names_in_the_preview_are_words_not_field_keys(qtbot, repo):
    dialog = ImportDialog(prepare_import(DATA / "google-contacts.csv", repo), None, repo)
    qtbot.addWidget(dialog)
    rows = dialog.tabs.widget(0)
    headers = [rows.horizontalHeaderItem(c).text() for c in range(rows.columnCount())]
    assert headers[:3] == ["Line", "Full name", "Job title"]
    choices = [dialog.columns.combos[0].itemText(i) for i in range(dialog.columns.combos[0].count())]
    assert "Job title" in choices and not any("_" in c for c in choices)


def test_a_workbook_sheet_is_chosen_in_the_preview(qtbot, repo):
    dialog = ImportDialog(prepare_import(DATA / "partners.xlsx", repo, need_names=False), None, repo)
    qtbot.addWidget(dialog)
    assert dialog.sheet is not None and dialog.sheet.currentText() == "Partners"
    assert dialog.summary.text().startswith("New people: 3")
    pick(qtbot, dialog.sheet, "Boards")
    assert dialog.prepared.table.sheet == "Boards"
    assert "Board seats added or changed: 2" in dialog.summary.text()


def test_a_damaged_file_is_refused_in_the_app_and_nothing_changes(qtbot, store, tmp_path, monkeypatch):
    page = MyCspPage(DirectoryRepository(store), load_geography(data_file("wales-geography.toml")))
    qtbot.addWidget(page)
    page.prefill("caerphilly")
    before = page.repo.load()
    shown = []
    monkeypatch.setattr("csp_desktop.ui.messages.warn", lambda _p, _t, text: shown.append(text))
    monkeypatch.setattr(
        import_dialog.ImportDialog, "exec", lambda d: pytest.fail("no preview for a damaged file")
    )
    assert page.import_file(str(DATA / "unclosed-quote.csv")) == 0
    assert "unclosed-quote.csv:3" in shown[0] and "never closed" in shown[0]
    assert page.repo.load() == before


def test_every_control_of_the_preview_has_a_spoken_name(qtbot, repo):
    from tests.test_accessibility import controls, spoken_name

    dialog = ImportDialog(prepare_import(DATA / "partners.xlsx", repo), None, repo)
    qtbot.addWidget(dialog)
    dialog.show()
    for index in range(dialog.tabs.count()):
        dialog.tabs.setCurrentIndex(index)
        unnamed = [w.objectName() or type(w).__name__ for w in controls(dialog) if not spoken_name(w)]
        assert unnamed == [], (dialog.tabs.tabText(index), unnamed)
