"""What CSP officers actually send: Outlook, Google Contacts and Thunderbird exports, sheets
typed by hand (English or Welsh, commas or semicolons, Excel's "Unicode text") and .xlsx
workbooks. The fixtures in tests/data are byte-for-byte what those programs write."""

from __future__ import annotations

import csv
import io
import zipfile
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from csp_desktop.core.directory.model import Directory, Organisation, Person, Role, Sector
from csp_desktop.core.directory.prefill import prefill
from csp_desktop.core.geography import load_geography
from csp_desktop.core.interchange import (
    ImportProblem,
    OrgChoice,
    map_columns,
    read_csv,
    read_xlsx,
    to_directory_changes,
)
from csp_desktop.core.interchange.orgmatch import OrgMatcher
from csp_desktop.resources import data_file

DATA = Path(__file__).parent / "data"
GEOGRAPHY = load_geography(data_file("wales-geography.toml"))


def council(name: str) -> Directory:
    return prefill(GEOGRAPHY.find(name))


def plan_file(name: str, existing: Directory, choices=None):
    data = (DATA / name).read_bytes()
    table = read_xlsx(data, name) if name.endswith(".xlsx") else read_csv(data, name)
    return table, to_directory_changes(
        table, map_columns(table.headers, [r.cells for r in table.rows]), existing, choices
    )


def outcomes(plan) -> dict[str, str]:
    return {o.name: (o.existing.name if o.existing else f"new {o.sector}") for o in plan.organisations}


def test_outlook_export_in_windows_1252_joins_the_prefilled_partners():
    """Outlook's CSV: names joined from parts with the honorific kept as one, "Title" never a
    job title, multi-line notes kept, and each company joining the prefilled body."""
    existing = council("caerphilly")
    table, plan = plan_file("outlook-contacts.csv", existing)
    assert table.encoding == "cp1252" and table.delimiter == ","
    people = {p.name: p for p in plan.people_added}
    assert set(people) == {
        "Dr Siân Pritchard",
        "Mr Rhodri Evans",
        "Ms Gwen Llyr Morgan",
        "Insp Alun Jenkins",
        "Mrs Bethan Lloyd",
    }
    sian = people["Dr Siân Pritchard"]
    assert sian.job_title == "Consultant in Public Health, Public Health"  # job title, then department
    assert sian.phones == ["01632 960101", "07700 900101"]  # business and mobile
    assert sian.notes == "Leads the health board's domestic abuse pathway.\r\nPrefers e-mail; Welsh speaker."
    assert "Café" in people["Insp Alun Jenkins"].notes and "–" in people["Insp Alun Jenkins"].notes
    assert outcomes(plan) == {
        "Aneurin Bevan University Health Board": "Aneurin Bevan University Health Board",
        "Caerphilly County Borough Council": "Caerphilly Council",
        "Probation Service Wales": "Probation Service Wales (Gwent delivery unit)",
        "Gwent Police": "Gwent Police",
        "Cysgod Refuge Partnership": "new None",
    }
    assert [o.name for o in plan.organisations_added] == ["Cysgod Refuge Partnership"]
    assert plan.organisations_added[0].sector == Sector.OTHER  # until the user chooses
    assert [w.kind for w in plan.warnings] == ["new_org_sector"]


def test_google_contacts_export():
    """Google's CSV: "Given Name"/"Family Name", " ::: " between values, several e-mail and phone
    columns, "Organization 1 - Title" as the job title, and "Heddlu Gwent" as Gwent Police."""
    _table, plan = plan_file("google-contacts.csv", council("newport"))
    people = {p.name: p for p in plan.people_added}
    nia = people["Nia Wyn Prys"]
    assert nia.emails == ["nia.prys@newport.gov.uk", "n.prys@example.org"]
    assert nia.phones == ["01632 960201", "07700 900201"]
    assert nia.job_title == "Community Safety Partnership Officer"
    assert people["Cllr Dafydd ap Huw"].job_title == "Cabinet Member for Community Safety"
    assert outcomes(plan) == {"Newport City Council": "Newport Council", "Heddlu Gwent": "Gwent Police"}
    assert not plan.organisations_added


def test_thunderbird_export_with_its_trailing_commas():
    """Thunderbird writes a comma after the last cell of every line; "Display Name" is the name."""
    table, plan = plan_file("thunderbird-contacts.csv", council("swansea"))
    assert table.headers[-1] == "" and len(table.rows) == 2
    owain = next(p for p in plan.people_added if p.name == "Owain Price")
    assert owain.emails == ["owain.price@southwales.police.uk", "o.price@example.org"]
    assert owain.job_title == "Sergeant, Neighbourhood Policing"
    assert outcomes(plan)["City and County of Swansea"] == "Swansea Council"


def test_welsh_sheet_with_welsh_sectors_roles_and_body_names():
    """A sheet typed in Welsh: Heddlu, Iechyd, Tân, Gwasanaeth Prawf, Cadeirydd, Swyddog arweiniol."""
    existing = council("caerphilly")
    _table, plan = plan_file("welsh-sheet.csv", existing)
    roles = {
        next(p.name for p in plan.people_added if p.id == m.person_id): m.role for m in plan.memberships_added
    }
    assert roles == {
        "Cyng. Mererid Hughes": Role.CHAIR,
        "Iwan Rhys": Role.LEAD_OFFICER,
        "Dr Angharad Puw": Role.MEMBER,
        "Gethin Lewis": Role.DEPUTY,
    }
    found = outcomes(plan)
    assert found["Cyngor Bwrdeistref Sirol Caerffili"] == "Caerphilly Council"
    assert found["Heddlu Gwent"] == "Gwent Police"
    assert found["Bwrdd Iechyd Prifysgol Aneurin Bevan"] == "Aneurin Bevan University Health Board"
    assert found["Gwasanaeth Tân ac Achub De Cymru"] == "South Wales Fire and Rescue Service"
    assert found["Gwasanaeth Prawf Cymru"] == "Probation Service Wales (Gwent delivery unit)"
    assert found["Cymdeithas Tai Cwm"] == "new housing"  # guessed from "Tai" in its name
    llinos = next(p for p in plan.people_added if p.name == "Llinos Davies")
    assert llinos.job_title == "Rheolwr Diogelwch Cymunedol"  # a free-text role, kept
    kinds = {(w.line, w.kind) for w in plan.warnings}
    assert kinds == {(6, "role_as_title"), (7, "sector_unknown")}


def test_hand_made_semicolon_sheet_keeps_free_text_roles_and_reads_initials():
    """European-locale Excel, semicolons; 'Community Safety Manager' is kept as the job title."""
    table, plan = plan_file("hand-made-semicolons.csv", council("caerphilly"))
    assert table.delimiter == ";"
    titles = {p.name: p.job_title for p in plan.people_added}
    assert titles["Ceri Bowen"] == "Community Safety Manager"
    assert titles["Sgt Dewi Watkins"] == "Neighbourhood sergeant; Bargoed"
    assert outcomes(plan) == {
        "Caerphilly CBC": "Caerphilly Council",
        "Gwent Police": "Gwent Police",
        "ABUHB": "Aneurin Bevan University Health Board",
    }
    assert [w.kind for w in plan.warnings] == ["role_as_title"] * 3
    assert not plan.memberships_added


def test_excel_unicode_text_and_utf16_without_a_byte_order_mark():
    """Excel's "Unicode text" is UTF-16 with tabs; the same without its BOM is still recognised."""
    data = (DATA / "excel-unicode-text.txt").read_bytes()
    for raw in (data, data[2:]):
        table = read_csv(raw, "unicode.txt")
        assert table.delimiter == "\t" and table.rows[0].cells[0] == "Gwenllïan Ŵyn"


def test_an_unclosed_quote_is_refused_with_the_line_it_opened_on():
    """Without this check the rest of the file silently became one contact's name."""
    with pytest.raises(ImportProblem) as caught:
        read_csv((DATA / "unclosed-quote.csv").read_bytes(), "unclosed-quote.csv")
    assert caught.value.line == 3 and "never closed" in str(caught.value)


def test_a_quote_closing_in_the_middle_of_a_later_cell_is_refused():
    data = b'Name,Org\r\n"Ann Owen,Police\r\nBob,"Fire\r\nCai,Council\r\n'
    with pytest.raises(ImportProblem) as caught:
        read_csv(data, "two-quotes.csv")
    assert caught.value.line == 2 and "line 3" in str(caught.value)


def test_quotes_inside_unquoted_cells_and_doubled_quotes_are_fine():
    data = b'Name,Notes\r\nAnn O"Neill,"She said ""call me"",\r\nthen left"\r\n'
    table = read_csv(data, "ok.csv")
    assert table.rows[0].cells == ['Ann O"Neill', 'She said "call me",\r\nthen left']


CELLS = st.text(alphabet=st.sampled_from(list("ab ŵ,;\"\r\n\t'")), max_size=12)


@settings(max_examples=150, deadline=None)
@given(st.lists(st.lists(CELLS, min_size=2, max_size=2), min_size=1, max_size=8))
def test_any_file_excel_could_write_reads_back_exactly(rows):
    """Whatever the cells hold, a properly quoted file is never mistaken for damage."""
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n").writerows([["Name", "Notes"], *(["P" + a, b] for a, b in rows)])
    table = read_csv(out.getvalue().encode("utf-8"), "round.csv")
    assert [r.cells for r in table.rows] == [["P" + a, b] for a, b in rows if ("P" + a + b).strip()]


@settings(max_examples=150, deadline=None)
@given(st.lists(CELLS, min_size=1, max_size=6), CELLS)
def test_a_last_cell_that_loses_its_closing_quote_is_always_caught(names, notes):
    out = io.StringIO()
    csv.writer(out, lineterminator="\r\n", quoting=csv.QUOTE_ALL).writerows(
        [["Name", "Notes"], *(["P" + n, notes] for n in names)]
    )
    text = out.getvalue().rstrip("\r\n")
    assert text.endswith('"')
    with pytest.raises(ImportProblem):
        read_csv(text[:-1].encode("utf-8"), "cut.csv")


# -- workbooks ----------------------------------------------------------------------------------


def test_workbook_first_sheet_under_a_title_row_values_only():
    """The first sheet is read; a title row above the headings is skipped; a formula is never
    evaluated (a cell holding one is read as its saved value, here none); dates are dates."""
    table, plan = plan_file("partners.xlsx", council("caerphilly"))
    assert table.sheets == ["Partners", "Boards"] and table.sheet == "Partners"
    assert table.headers[0] == "Name" and [r.line for r in table.rows] == [4, 5, 6]
    people = {p.name: p for p in plan.people_added}
    assert people["Rhodri Evans"].job_title == ""  # "=CONCATENATE(…)" neither run nor imported
    assert people["Rhodri Evans"].phones == ["1632960102"]  # stored as a number by Excel
    assert str(people["Dr Siân Pritchard"].last_verified) == "2026-10-01"
    assert outcomes(plan)["Caerphilly County Borough Council"] == "Caerphilly Council"
    assert not plan.warnings


def test_workbook_chosen_sheet():
    data = (DATA / "partners.xlsx").read_bytes()
    table = read_xlsx(data, "partners.xlsx", "Boards")
    assert table.headers == ["Enw", "Bwrdd", "Rôl"] and table.filename == "partners.xlsx [Boards]"
    with pytest.raises(ImportProblem, match="no sheet called 'Missing'"):
        read_xlsx(data, "partners.xlsx", "Missing")


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1" + b"\x00" * 600, "old-style .xls or a password-protected"),
        (b"PK\x03\x04 not really a zip", "cannot be read"),
    ],
)
def test_unreadable_workbooks_are_refused_plainly(data, words):
    with pytest.raises(ImportProblem, match=words):
        read_xlsx(data, "bad.xlsx")


def _zip_with(files: dict[str, bytes]) -> bytes:
    out = io.BytesIO()
    with zipfile.ZipFile(out, "w") as z:
        for name, content in files.items():
            z.writestr(name, content)
    return out.getvalue()


@settings(max_examples=60, deadline=None)
@given(st.binary(max_size=400), st.integers(min_value=0, max_value=5000))
def test_fuzz_damaged_workbooks(junk, at):
    """A workbook with bytes overwritten, or a sheet of junk XML, is refused, never a crash."""
    original = (DATA / "partners.xlsx").read_bytes()
    for data in (
        original[:at] + junk + original[at + len(junk) :],
        _zip_with({"[Content_Types].xml": junk, "xl/workbook.xml": junk}),
    ):
        try:
            table = read_xlsx(data, "fuzz.xlsx")
        except ImportProblem:
            continue
        assert table.rows and all(len(r.cells) == len(table.headers) for r in table.rows)


# -- organisations ------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("incoming", "expected"),
    [
        ("caerphilly county borough council", "Caerphilly Council"),
        ("Cyngor Caerffili", "Caerphilly Council"),
        ("Caerphilly CBC", "Caerphilly Council"),
        ("Probation Service Wales", "Probation Service Wales (Gwent delivery unit)"),
        ("Gwasanaeth Prawf Cymru", "Probation Service Wales (Gwent delivery unit)"),
        ("ABUHB", "Aneurin Bevan University Health Board"),
        ("Aneurin Bevan UHB", "Aneurin Bevan University Health Board"),
        ("Aneurin Bevan", "Aneurin Bevan University Health Board"),
        ("Heddlu Gwent", "Gwent Police"),
        ("Gwent PCC", "Gwent Police and Crime Commissioner"),
        ("South Wales Fire & Rescue Service", "South Wales Fire and Rescue Service"),
        ("Police", None),  # the police and the commissioner: ambiguous, so new
        ("Gwent Women's Aid", None),
    ],
)
def test_organisation_names_aliases_and_initials(incoming, expected):
    matcher = OrgMatcher(council("caerphilly").organisations)
    found, _how = matcher.match(incoming, [])
    assert (found.name if found else None) == expected


def test_organisations_matched_by_e_mail_domain():
    """A domain already used by one organisation's people, or one that spells its name."""
    existing = council("caerphilly")
    police = next(o for o in existing.organisations if o.name == "Gwent Police")
    existing.people.append(Person("Known", organisation_id=police.id, emails=["known@heddlu.example.cymru"]))
    data = (
        b"Name,Organisation,Email\r\n"
        b"A,Neighbourhood Team East,a@heddlu.example.cymru\r\n"
        b"B,Community Safety Team,b@caerphilly.gov.uk\r\n"
        b"C,Some Team,c@gmail.com\r\n"
    )
    table = read_csv(data, "d.csv")
    plan = to_directory_changes(table, map_columns(table.headers), existing)
    how = {o.name: (o.existing.name if o.existing else None, o.how) for o in plan.organisations}
    assert how == {
        "Neighbourhood Team East": ("Gwent Police", "domain"),
        "Community Safety Team": ("Caerphilly Council", "domain"),
        "Some Team": (None, ""),  # a webmail address says nothing about the employer
    }


def test_the_users_choices_override_the_matching_and_clear_the_warning():
    existing = council("caerphilly")
    police = next(o for o in existing.organisations if o.sector == Sector.POLICE)
    choices = {
        "cysgod refuge partnership": OrgChoice(None, Sector.THIRD_SECTOR),
        "gwent police": OrgChoice(None, Sector.POLICE),  # the user says: a separate body
        "caerphilly county borough council": OrgChoice(police.id),  # an odd choice, but theirs
    }
    _table, plan = plan_file("outlook-contacts.csv", existing, choices)
    found = {o.name: o for o in plan.organisations}
    assert found["Cysgod Refuge Partnership"].new.sector == Sector.THIRD_SECTOR
    assert found["Gwent Police"].new is not None and found["Gwent Police"].sector_from == "chosen"
    assert found["Caerphilly County Borough Council"].existing is police
    assert found["Caerphilly County Borough Council"].how == "chosen"
    assert not plan.warnings


def test_unknown_sector_warning_goes_once_the_organisation_joins_or_gets_a_sector():
    data = b"Name,Organisation,Sector\r\nAnn,Cwm Homes,Landlord\r\nBob,Gwent Police,Statutory\r\n"
    existing = council("caerphilly")
    table = read_csv(data, "s.csv")
    plan = to_directory_changes(table, map_columns(table.headers), existing)
    assert [(w.line, w.kind) for w in plan.warnings] == [(2, "sector_unknown")]  # Bob joins Gwent Police
    chosen = {"cwm homes": OrgChoice(None, Sector.HOUSING)}
    assert not to_directory_changes(table, map_columns(table.headers), existing, chosen).warnings


def test_five_thousand_new_organisations_match_without_comparing_each_with_all():
    """Thousands of organisations in the record: the word index keeps matching quick (the
    benchmark has the timings); here, that results are still right at that size."""
    orgs = [Organisation(f"Cwm Project {i} Trust", Sector.THIRD_SECTOR) for i in range(5000)]
    matcher = OrgMatcher(orgs)
    assert matcher.match("cwm project 4321 trust", [])[0] is orgs[4321]
    assert matcher.match("Project 4321", [])[0] is orgs[4321]
    assert matcher.match("Cwm Project", [])[0] is None  # in all of them


# -- names and columns --------------------------------------------------------------------------


def test_title_column_is_a_job_title_in_a_hand_made_sheet_and_an_honorific_in_outlook():
    rows = [["Ann", "Owen", "Community Safety Manager"]]
    assert map_columns(["First name", "Last name", "Title"], rows)[2] == "job_title"
    assert map_columns(["First name", "Last name", "Title"], [["Ann", "Owen", "Dr"]])[2] == "honorific"
    assert map_columns(["First name", "Title", "Job title"], [])[1] == "honorific"


def test_an_honorific_alone_is_not_a_name():
    data = b"Title,First Name,Last Name,E-mail\r\nDr,,,x@example.org\r\nMs,Ann,,\r\n"
    table = read_csv(data, "t.csv")
    plan = to_directory_changes(table, map_columns(table.headers, [r.cells for r in table.rows]), Directory())
    assert [p.name for p in plan.people_added] == ["Ms Ann"]
    assert [(w.line, w.kind, w.value) for w in plan.warnings] == [(2, "no_name", "x@example.org")]


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=60), st.lists(st.text(max_size=30), max_size=3))
def test_fuzz_organisation_matching(name, emails):
    """Any name and any addresses give one organisation of the record or none, never a crash."""
    existing = council("caerphilly").organisations
    found, how = OrgMatcher(existing).match(name, emails)
    assert (found is None and how == "") or (found in existing and how in ("name", "alias", "domain"))


def test_a_sheet_declaring_every_row_and_column_of_excel_reads_only_what_it_holds(monkeypatch):
    """Formatting whole rows makes Excel declare the sheet as A1:XFD1048576; the reader must
    look only at the cells the file holds, not pad every row out to 16,384 columns (10,000
    such rows would be 160 million empty cells)."""
    from csp_desktop.core.interchange import xlsx

    seen = []
    monkeypatch.setattr(xlsx, "cell_text", lambda value, real=xlsx.cell_text: seen.append(1) or real(value))
    original = (DATA / "partners.xlsx").read_bytes()
    out = io.BytesIO()
    with zipfile.ZipFile(io.BytesIO(original)) as source, zipfile.ZipFile(out, "w") as target:
        for item in source.infolist():
            data = source.read(item.filename)
            if item.filename == "xl/worksheets/sheet1.xml":
                text = data.decode()
                start = text.index("<dimension ref=")
                end = text.index("/>", start) + 2
                data = (text[:start] + '<dimension ref="A1:XFD1048576"/>' + text[end:]).encode()
            target.writestr(item, data)
    table = read_xlsx(out.getvalue(), "huge.xlsx")
    assert [r.line for r in table.rows] == [4, 5, 6] and len(table.headers) == 7
    assert len(seen) < 100  # the cells written (about 30), not 256 per row


def test_people_with_no_organisation_join_the_one_their_address_names():
    """An Outlook contact without a Company but with @caerphilly.gov.uk joins the council,
    unless the user says otherwise; someone already recorded elsewhere is never moved."""
    existing = council("caerphilly")
    police = next(o for o in existing.organisations if o.name == "Gwent Police")
    existing.people.append(Person("Cai Rees", organisation_id=police.id))
    data = (
        b"Name,Email\r\nAnn,ann@caerphilly.gov.uk\r\nBob,bob@gmail.com\r\nCai Rees,cai@caerphilly.gov.uk\r\n"
    )
    table = read_csv(data, "x.csv")
    plan = to_directory_changes(table, map_columns(table.headers), existing)
    [outcome] = plan.organisations
    assert (outcome.key, outcome.existing.name, outcome.how, outcome.rows) == (
        "@caerphilly.gov.uk",
        "Caerphilly Council",
        "domain",
        2,
    )
    people = {p.name: p.organisation_id for p in plan.people_added}
    assert people == {"Ann": outcome.existing.id, "Bob": None}
    [cai] = plan.people_updated
    assert cai.organisation_id == police.id and cai.emails == ["cai@caerphilly.gov.uk"]  # not moved
    chosen = {"@caerphilly.gov.uk": OrgChoice(None, None)}  # "No organisation"
    plan = to_directory_changes(table, map_columns(table.headers), existing, chosen)
    assert {p.name: p.organisation_id for p in plan.people_added} == {"Ann": None, "Bob": None}
    assert not plan.organisations_added


def test_googles_newer_export_headings_are_understood_too():
    """Google Contacts' current export names the same fields differently."""
    headers = [
        "First Name",
        "Middle Name",
        "Last Name",
        "Phonetic First Name",
        "Name Prefix",
        "Name Suffix",
        "Nickname",
        "File As",
        "Organization Name",
        "Organization Title",
        "Organization Department",
        "Birthday",
        "Notes",
        "Photo",
        "Labels",
        "E-mail 1 - Label",
        "E-mail 1 - Value",
        "Phone 1 - Label",
        "Phone 1 - Value",
    ]
    fields = {headers[i]: f for i, f in map_columns(headers).items()}
    assert fields == {
        "First Name": "given_name",
        "Middle Name": "middle_name",
        "Last Name": "family_name",
        "Name Prefix": "honorific",
        "Name Suffix": "suffix",
        "Organization Name": "organisation",
        "Organization Title": "job_title",
        "Organization Department": "department",
        "Notes": "notes",
        "E-mail 1 - Value": "emails",
        "Phone 1 - Value": "phones",
    }
