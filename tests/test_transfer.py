"""Import and export through the app and the command line: preview first, all or nothing."""

import subprocess
import sys

import pytest

from csp_desktop.core.directory.model import Person
from csp_desktop.storage.directory import DirectoryRepository
from csp_desktop.ui.my_csp import import_dialog

CSV = (
    "Name,Organisation,Sector,Role,Group,E-mail,Phone\r\n"
    "Dr Nia Prys,Cardiff and Vale University Health Board,health,Member,CSP strategic board,"
    "nia@example.nhs.wales,029 2074 0000\r\n"
    "Gareth Ŵyn,South Wales Police,police,Chair,CSP strategic board,gareth@example.police.uk,101\r\n"
)


def cli(*args, data):
    return subprocess.run(
        [sys.executable, "-m", "csp_desktop", "--data-dir", str(data), *args],
        capture_output=True,
        text=True,
        timeout=120,
    )


def test_cli_import_dry_run_changes_nothing_then_imports(tmp_path):
    """--dry-run reports and writes nothing; the real import adds the people."""
    data = tmp_path / "data"
    assert cli("setup", "--council", "Cardiff", data=data).returncode == 0
    source = tmp_path / "people.csv"
    source.write_text(CSV, encoding="utf-8-sig")
    dry = cli("import", str(source), "--dry-run", data=data)
    assert dry.returncode == 0 and "2 new people" in dry.stdout and "nothing was changed" in dry.stdout
    done = cli("import", str(source), data=data)
    assert done.returncode == 0, done.stderr
    exported = tmp_path / "out.csv"
    assert cli("export", "--format", "csv", str(exported), data=data).returncode == 0
    text = exported.read_bytes().decode("utf-8-sig")
    assert "Gareth Ŵyn" in text and "Dr Nia Prys" in text


def test_cli_rejects_a_bad_file_with_line_and_field(tmp_path):
    """A file without a Name column is refused with a clear message and nothing changes."""
    data = tmp_path / "data"
    cli("setup", "--council", "Cardiff", data=data)
    bad = tmp_path / "bad.csv"
    bad.write_text("Nom,Ebost\nNia,nia@example\n", encoding="utf-8")
    result = cli("import", str(bad), data=data)
    assert result.returncode == 1
    assert "bad.csv" in result.stderr and "Name" in result.stderr and "nothing was changed" in result.stderr


def test_pack_round_trip_between_two_councillors(tmp_path):
    """A CSP officer's pack exported from one laptop imports whole into another."""
    officer, member = tmp_path / "officer", tmp_path / "member"
    cli("setup", "--council", "Newport", data=officer)
    source = tmp_path / "people.csv"
    source.write_text(CSV, encoding="utf-8")
    cli("import", str(source), data=officer)
    pack = tmp_path / "newport.csppack"
    assert cli("export", "--format", "pack", str(pack), data=officer).returncode == 0
    result = cli("import", str(pack), data=member)
    assert result.returncode == 0, result.stderr
    again = cli("import", str(pack), data=member)
    assert "unchanged" in again.stdout


@pytest.fixture
def page(page):
    """The shared My CSP page, set up for Cardiff."""
    page.prefill("cardiff")
    return page


def test_import_in_the_app_previews_then_saves(page, tmp_path, monkeypatch):
    """The app shows what will change; cancelling changes nothing; accepting imports all."""
    source = tmp_path / "people.csv"
    source.write_text(CSV, encoding="utf-8")
    seen = []
    monkeypatch.setattr(
        import_dialog.ImportDialog, "exec", lambda d: seen.append(d.prepared.summary) or False
    )
    assert page.import_file(str(source)) == 0 and page.people_model.rowCount() == 0
    assert "2 new people" in seen[0]
    monkeypatch.setattr(import_dialog.ImportDialog, "exec", lambda d: True)
    assert page.import_file(str(source)) > 0
    assert page.people_model.rowCount() == 2


def test_pack_conflicts_must_be_chosen(page, store, tmp_path, monkeypatch):
    """A record changed both locally and in the pack cannot be imported until a side is chosen."""
    from csp_desktop.core.interchange import export_pack
    from csp_desktop.storage.interchange import prepare_import

    repo = DirectoryRepository(store)
    person = Person("Alun Rhys", "Inspector")
    repo.save([person])
    pack = tmp_path / "p.csppack"
    pack.write_bytes(export_pack(repo.load(), "cardiff"))
    prepared = prepare_import(pack, repo)
    from csp_desktop.storage.interchange import apply_import

    apply_import(prepared, repo)  # the pack is now the base for this record
    import dataclasses

    repo.save([dataclasses.replace(person, job_title="Chief Inspector")])  # local edit
    changed = repo.load()
    changed.people[0] = dataclasses.replace(changed.people[0], job_title="Superintendent")
    pack.write_bytes(export_pack(changed, "cardiff"))  # the officer's edit
    prepared = prepare_import(pack, repo)
    assert len(prepared.conflicts) == 1
    dialog = import_dialog.ImportDialog(prepared)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    combo = next(iter(dialog.choices.values()))
    combo.setCurrentIndex(combo.findData("local"))
    assert ok.isEnabled()
    apply_import(prepared, repo, dialog.chosen())
    assert repo.load().person(person.id).job_title == "Chief Inspector"


def test_cli_imports_a_workbook_sheet_and_refuses_an_unclosed_quote(tmp_path):
    """The command line reads the chosen sheet of a workbook, warns about what it kept, and
    refuses a file with a quote left open, naming its line, with nothing changed."""
    from pathlib import Path

    data = tmp_path / "data"
    fixtures = Path(__file__).parent / "data"
    assert cli("setup", "--council", "Caerphilly", data=data).returncode == 0
    boards = cli("import", str(fixtures / "partners.xlsx"), "--sheet", "Boards", data=data)
    assert boards.returncode == 0, boards.stderr
    assert "2 new people" in boards.stdout and "2 memberships" in boards.stdout
    outlook = cli("import", str(fixtures / "outlook-contacts.csv"), "--dry-run", data=data)
    assert (
        "warning: outlook-contacts.csv: Sector: 'Cysgod Refuge Partnership' is a new organisation"
        in outlook.stdout
    )
    bad = cli("import", str(fixtures / "unclosed-quote.csv"), data=data)
    assert bad.returncode == 1
    assert "unclosed-quote.csv:3: a quote" in bad.stderr and "nothing was changed" in bad.stderr
