"""My CSP as a councillor uses it: set up, add a contact, filter, who represents, undo."""

import dataclasses

from PySide6.QtWidgets import QApplication

from csp_desktop.core.directory.model import Membership, Person, Role, Sector
from csp_desktop.storage.directory import DirectoryRepository
from csp_desktop.ui.my_csp import editors


def accept_with(monkeypatch, dialog_class, fill):
    def fake_exec(dialog):
        fill(dialog)
        return True

    monkeypatch.setattr(dialog_class, "exec", fake_exec)


def test_first_run_asks_for_the_council_then_prefills(page):
    """An empty record shows the council picker; choosing one fills in the partners."""
    assert page.stack.currentIndex() == 0
    page.setup_panel.select("caerphilly")
    page.setup_panel.start_button.click()
    assert page.stack.currentIndex() == 1
    assert "Caerphilly" in page.heading.text()
    names = [
        page.org_model.index(r, 0).data()
        for r in page.org_model.rowCount() and range(page.org_model.rowCount())
    ]
    assert "Gwent Police" in names and "South Wales Fire and Rescue Service" in names
    top = [page.structure.model.item(r).text() for r in range(page.structure.model.rowCount())]
    assert any(t.startswith("CSP strategic board") for t in top)
    assert any(t.startswith("Safer Gwent") for t in top)  # Caerphilly's regional board


def test_add_contact_then_undo_and_redo(page, monkeypatch):
    """A contact added through the dialog appears; Undo removes it; Redo brings it back."""
    page.prefill("cardiff")
    accept_with(
        monkeypatch,
        editors.PersonDialog,
        lambda d: (d.name.setText("Rhian Ŵyn"), d.emails.setText("rhian@example.gov.wales")),
    )
    page.add_person()
    assert page.people_model.rowCount() == 1
    assert page.people_model.index(0, 0).data() == "Rhian Ŵyn"
    page.undo_stack.undo()
    assert page.people_model.rowCount() == 0
    page.undo_stack.redo()
    assert page.people_model.index(0, 3).data() == "rhian@example.gov.wales"


def test_person_dialog_warns_on_odd_details_and_blocks_without_a_name(qtbot, store):
    """The editor warns about a bad e-mail or phone, and will not save without a name."""
    dialog = editors.PersonDialog(None, DirectoryRepository(store).load())
    qtbot.addWidget(dialog)
    ok = dialog.buttons.buttons()[0]
    assert not ok.isEnabled()
    dialog.name.setText("Gareth")
    dialog.emails.setText("gareth-at-council")
    dialog.phones.setText("call me")
    assert ok.isEnabled()
    assert "e-mail" in dialog.messages.text() and "phone" in dialog.messages.text()


def test_delete_asks_first_and_can_be_undone(page, monkeypatch):
    """Delete asks for confirmation; 'No' keeps the record; 'Yes' deletes; Undo restores."""
    page.prefill("newport")
    view = page.org_view
    view.setCurrentIndex(view.model().index(0, 0))
    name = view.currentIndex().data()
    answers = [False, True]
    monkeypatch.setattr("csp_desktop.ui.my_csp.page.confirm", lambda *a, **k: answers.pop(0))
    page.delete_selected(view)
    assert page.org_model.rowCount() == 6
    page.delete_selected(view)
    assert page.org_model.rowCount() == 5
    page.undo_stack.undo()
    assert name in [page.org_model.index(r, 0).data() for r in range(page.org_model.rowCount())]


def test_filter_as_you_type_ignores_accents(page, store):
    """Typing 'gwyn' finds 'Gŵyn'; other people are hidden."""
    page.prefill("gwynedd")
    repo = DirectoryRepository(store)
    repo.save([Person("Eleri Gŵyn"), Person("Tom Jones"), Person("Mair Evans", job_title="ASB officer")])
    page.reload()
    page.people_filter.setText("gwyn")
    assert page.people_model.rowCount() == 1
    assert page.people_model.index(0, 0).data() == "Eleri Gŵyn"
    page.people_filter.setText("asb")
    assert page.people_model.index(0, 0).data() == "Mair Evans"


def test_who_represents_panel_shows_people_and_copies_contacts(page, store):
    """Typing 'health' lists the health representative; the card copies their e-mail."""
    page.prefill("cardiff")
    repo = DirectoryRepository(store)
    d = repo.load()
    health = next(o for o in d.organisations if o.sector is Sector.HEALTH)
    board = next(g for g in d.groups if g.name == "CSP strategic board")
    person = Person("Dr Nia Prys", "Director", health.id, ["nia@example.nhs.wales"], ["029 2074 0000"])
    repo.save([person, Membership(person.id, board.id, Role.MEMBER, health.id)])
    page.reload()
    page.who.sector.setEditText("health")
    assert [c.person.name for c in page.who.shown_people()] == ["Dr Nia Prys"]
    email_copy = page.who.card.copy_buttons[-1]
    email_copy.click()
    assert QApplication.clipboard().text() == "nia@example.nhs.wales"


def test_a_name_with_markup_is_shown_as_text(page, store):
    """A contact called <script> appears literally, never as markup."""
    page.prefill("cardiff")
    repo = DirectoryRepository(store)
    d = repo.load()
    police = next(o for o in d.organisations if o.sector is Sector.POLICE)
    board = d.groups[0]
    person = Person("<script>alert(1)</script>", organisation_id=police.id)
    repo.save([person, Membership(person.id, board.id, Role.MEMBER, police.id)])
    page.reload()
    page.who.sector.setEditText("police")
    assert page.who.card.name_label.text() == "<script>alert(1)</script>"


def test_review_tab_counts_contacts_to_check_and_marks_them(page, store):
    """Unchecked contacts are counted on the tab; 'Still correct' clears one."""
    page.prefill("conwy")
    DirectoryRepository(store).save([Person("Never Checked")])
    page.reload()
    assert "(1)" in page.tabs.tabText(4)
    page.review_view.setCurrentIndex(page.review_view.model().index(0, 0))
    page.verify_review()
    assert "(0)" in page.tabs.tabText(4)


def test_diagram_exports_png_and_pdf(page, tmp_path, monkeypatch):
    """The structure diagram saves as a PNG image and as a PDF."""
    page.prefill("powys")
    for name in ("structure.png", "structure.pdf"):
        target = tmp_path / name
        monkeypatch.setattr(
            "csp_desktop.ui.my_csp.structure_tab.QFileDialog.getSaveFileName",
            lambda *a, target=target, **k: (str(target), ""),
        )
        assert page.structure.export_diagram() == target
        assert target.stat().st_size > 1000
    assert (tmp_path / "structure.png").read_bytes()[:4] == b"\x89PNG"
    assert (tmp_path / "structure.pdf").read_bytes()[:5] == b"%PDF-"


def test_editing_a_person_keeps_their_id(page, store, monkeypatch):
    """Edits change the same record, so memberships still point at it."""
    page.prefill("cardiff")
    repo = DirectoryRepository(store)
    person = Person("Old Name")
    repo.save([person])
    page.reload()
    accept_with(monkeypatch, editors.PersonDialog, lambda d: d.name.setText("New Name"))
    page.edit_person(person)
    assert repo.load().person(person.id) == dataclasses.replace(person, name="New Name")


def test_tables_start_a_to_z(page, store):
    """People and organisations are listed A to Z when the page opens."""
    DirectoryRepository(store).save([Person("Zara Young"), Person("Aled Bowen"), Person("Mair Hughes")])
    page.prefill("newport")
    people = [page.people_view.model().index(r, 0).data() for r in range(page.people_view.model().rowCount())]
    orgs = [page.org_view.model().index(r, 0).data() for r in range(page.org_view.model().rowCount())]
    assert people == sorted(people, key=str.casefold) and people[0] == "Aled Bowen"
    assert orgs == sorted(orgs, key=str.casefold)


def test_setup_panel_has_no_council_chosen_by_default(page):
    """The council picker starts on 'Choose your council…' and Fill in stays off until one is picked."""
    combo = page.setup_panel.council_combo
    assert combo.currentData() == "" and not page.setup_panel.start_button.isEnabled()
    page.setup_panel.select("isle-of-anglesey")
    assert combo.currentText() == "Isle of Anglesey / Ynys Môn"
    assert page.setup_panel.start_button.isEnabled()


def test_structure_shows_confirm_locally_for_a_joint_csp(page):
    """Conwy's board is the joint CSP; hovering shows 'Confirm locally' and the source."""
    page.prefill("conwy")
    top = page.structure.model.item(0)
    assert top.text().startswith("Conwy and Denbighshire Community Safety Partnership")
    assert "Confirm locally" in top.toolTip() and "denbighshire.gov.uk" in top.toolTip()
    orgs = [page.org_model.index(r, 0).data() for r in range(page.org_model.rowCount())]
    assert "Denbighshire Council" in orgs
