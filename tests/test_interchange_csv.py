"""People-and-roles spreadsheets: export for Excel, import from whatever partners send."""

import codecs
import copy
import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from csp_desktop.core.directory.model import (
    Directory,
    Group,
    Membership,
    Organisation,
    Person,
    Procedure,
    Role,
    Sector,
)
from csp_desktop.core.interchange import (
    ImportProblem,
    ImportProblems,
    export_csv,
    map_columns,
    preview,
    read_csv,
    to_directory_changes,
)


def sample_directory() -> Directory:
    """A small CSP with Welsh letters, several roles, a person on two groups and one on none."""
    council = Organisation("Cyngor Sir Ceredigion", Sector.COUNCIL, True, "Cyngor Sir Ceredigion")
    police = Organisation("Heddlu Dyfed-Powys", Sector.POLICE, True)
    charity = Organisation("Cymorth Ŵyn a'r Ŷd", Sector.THIRD_SECTOR)
    board = Group("CSP strategic board", purpose="Strategy")
    vawdasv = Group("Regional VAWDASV board", reports_to=board.id)
    sian = Person(
        "Cllr Siân Ŵyn",
        "Cabinet member, community safety",
        council.id,
        ["sian.wyn@ceredigion.gov.uk"],
        ["+44 1970 633333"],
        "Prefers e-mail; Welsh speaker\nAvailable Tuesdays",
        dt.date(2026, 1, 5),
    )
    gwilym = Person(
        "Gwilym ap Dafydd",
        "Chief Inspector",
        police.id,
        ["gwilym@dyfed-powys.police.uk", "g.ap.dafydd@example.org"],
        ["01970 111222", "07700 900123"],
    )
    rhys = Person("Rhys Ŷr", "Manager", charity.id, ["rhys@example.cymru"], notes="=1+1")
    eira = Person("Eira Owen", "Coordinator", council.id)
    memberships = [
        Membership(sian.id, board.id, Role.CHAIR),
        Membership(sian.id, vawdasv.id, Role.VICE_CHAIR),
        Membership(gwilym.id, board.id, Role.LEAD_OFFICER),
        Membership(rhys.id, vawdasv.id, Role.DEPUTY),
        Membership(gwilym.id, vawdasv.id, Role.MEMBER),
    ]
    return Directory(
        [council, police, charity],
        [sian, gwilym, rhys, eira],
        [board, vawdasv],
        memberships,
        [Procedure("ASB case review", "Apply online")],
    )


def plan_for(data: bytes, existing: Directory | None = None, filename: str = "people.csv"):
    table = read_csv(data, filename)
    return to_directory_changes(table, map_columns(table.headers), existing or Directory())


def applied(existing: Directory, plan) -> Directory:
    """The directory as it would be after saving the plan (what DirectoryRepository.save does)."""
    result = copy.deepcopy(existing)
    for record in plan.records():
        kind = {Organisation: "organisations", Group: "groups", Person: "people", Membership: "memberships"}
        records = getattr(result, kind[type(record)])
        records[:] = [r for r in records if r.id != record.id] + [record]
    return result


def summary(directory: Directory) -> dict:
    """Everything a CSV carries, keyed by names rather than ids."""
    org = {o.id: (o.name, o.sector) for o in directory.organisations}
    people = {p.id: p for p in directory.people}
    groups = {g.id: g.name for g in directory.groups}
    return {
        "people": sorted(
            (
                p.name,
                p.job_title,
                org.get(p.organisation_id, ("", None))[0],
                tuple(p.emails),
                tuple(p.phones),
                p.notes,
                p.last_verified,
            )
            for p in directory.people
        ),
        "organisations": sorted(set(org.values())),
        "groups": sorted(groups.values()),
        "memberships": sorted(
            (people[m.person_id].name, groups[m.group_id], m.role.value) for m in directory.memberships
        ),
    }


def test_round_trip_into_empty_directory():
    """Export then import into an empty directory gives back the same people, organisations and roles."""
    original = sample_directory()
    used_orgs = {p.organisation_id for p in original.people}
    original.organisations = [o for o in original.organisations if o.id in used_orgs]
    plan = plan_for(export_csv(original))
    assert summary(applied(Directory(), plan)) == summary(original)
    assert len(plan.people_added) == 4 and not plan.people_updated


def test_export_is_excel_friendly_utf8_with_bom_and_crlf():
    """Excel opens the export with Welsh letters intact: UTF-8 with BOM and CRLF line ends."""
    data = export_csv(sample_directory())
    assert data.startswith(codecs.BOM_UTF8)
    text = data.decode("utf-8-sig")
    assert "Cllr Siân Ŵyn" in text and "Rhys Ŷr" in text
    assert (
        text.split("\r\n")[0]
        == "Name,Job title,Organisation,Sector,Email,Phone,Group,Role,Last verified,Notes"
    )
    assert "\n" not in text.replace("\r\n", "").replace("Welsh speaker\nAvailable", "")


def test_export_one_row_per_membership_and_people_without_any():
    """Someone on two groups gets two rows; someone on none still gets a row."""
    rows = export_csv(sample_directory()).decode("utf-8-sig").split("\r\n")
    assert sum(r.startswith("Cllr Siân Ŵyn,") for r in rows) == 2
    assert sum(r.startswith("Eira Owen,") for r in rows) == 1


def test_formulas_are_neutralised_on_export_and_restored_on_import():
    """Cells a spreadsheet would run as formulas get a leading apostrophe, removed again on import."""
    person = Person('=HYPERLINK("http://evil")', "+44 job", emails=["@home"], phones=["-1"], notes="-Dash")
    person2 = Person("Plain", notes="'=already quoted")
    data = export_csv(Directory(people=[person, person2]))
    text = data.decode("utf-8-sig")
    for cell in ("'=HYPERLINK", "'+44 job", "'@home", "'-1", "'-Dash", "''=already quoted"):
        assert cell in text
    people = {p.name: p for p in plan_for(data).people_added}
    assert people['=HYPERLINK("http://evil")'].phones == ["-1"]
    assert people['=HYPERLINK("http://evil")'].notes == "-Dash"
    assert people["Plain"].notes == "'=already quoted"


@pytest.mark.parametrize("start", ["=", "+", "-", "@", "\t", "\r"])
def test_every_formula_start_is_defused(start):
    """Each character that makes a spreadsheet run a cell (= + - @ tab CR) is defused on export."""
    data = export_csv(Directory(people=[Person("Ann", job_title=start + "SUM(A1)")]))
    row = data.decode("utf-8-sig").split("\r\n", 1)[1]
    assert row.startswith(f'Ann,"\'{start}SUM(A1)"' if start == "\r" else f"Ann,'{start}SUM(A1)")
    assert plan_for(data).people_added[0].job_title == (start + "SUM(A1)").strip()


def test_windows_1252_file_is_read():
    """A CSV saved by older Excel in Windows-1252 is read with its accented letters."""
    data = "Name,Organisation\r\nSiân Hughes,Cyngor Gwynedd\r\nBérénice Ôwen,Heddlu\r\n".encode("cp1252")
    table = read_csv(data, "old.csv")
    assert table.encoding == "cp1252"
    assert [r.cells[0] for r in table.rows] == ["Siân Hughes", "Bérénice Ôwen"]


def test_utf8_without_bom_and_utf16_are_read():
    """UTF-8 without a BOM and Excel's 'Unicode text' (UTF-16, tabs) are both understood."""
    table = read_csv("Name,Email\nGwenllïan Ŵyn,g@example.org\n".encode(), "plain.csv")
    assert table.encoding == "utf-8" and table.rows[0].cells == ["Gwenllïan Ŵyn", "g@example.org"]
    table = read_csv("Name\tEmail\r\nŶr Un\ty@example.org\r\n".encode("utf-16"), "unicode.txt")
    assert table.encoding == "utf-16" and table.delimiter == "\t"
    assert table.rows[0].cells == ["Ŷr Un", "y@example.org"]


def test_semicolon_delimited_file_is_detected():
    """European-locale Excel saves with semicolons; the delimiter is sniffed from the header."""
    data = (
        b"Name;E-mail address;Telephone\r\nAled Jones;aled@example.org, a.jones@example.org;01222 333444\r\n"
    )
    table = read_csv(data, "semi.csv")
    assert table.delimiter == ";"
    plan = to_directory_changes(table, map_columns(table.headers), Directory())
    assert plan.people_added[0].emails == ["aled@example.org", "a.jones@example.org"]
    assert plan.people_added[0].phones == ["01222 333444"]


def test_quoted_newlines_keep_physical_line_numbers():
    """Line numbers point at where each record starts, even after notes spanning several lines."""
    data = (
        b"Name,Notes,Last verified\r\n"
        b'Ann,"line one\r\nline two\r\nline three",2026-01-01\r\n'
        b'Bob,"x",2026-02-02\r\n'
        b'Cai,"a\nb",not a date\r\n'
    )
    table = read_csv(data, "notes.csv")
    assert [r.line for r in table.rows] == [2, 5, 6]
    assert table.rows[0].cells[1] == "line one\r\nline two\r\nline three"
    warning = to_directory_changes(table, map_columns(table.headers), Directory()).warnings[0]
    assert (warning.file, warning.line, warning.field) == ("notes.csv", 6, "Last verified")
    assert str(warning).startswith("notes.csv:6: Last verified: ")


def test_header_aliases_and_welsh_headings_are_recognised():
    """Columns are found by common names in any case or spacing, in English or Welsh."""
    mapping = map_columns(
        [
            "  FULL NAME ",
            "E-mail Address",
            "Mobile",
            "Agency",
            "Post",
            "Board",
            "Role",
            "Sector",
            "Last Verified",
            "Comments",
        ]
    )
    assert mapping == {
        0: "name",
        1: "emails",
        2: "phones",
        3: "organisation",
        4: "job_title",
        5: "group",
        6: "role",
        7: "sector",
        8: "last_verified",
        9: "notes",
    }
    assert map_columns(["Enw", "E-bost", "Ffôn", "Sefydliad", "Grŵp", "Rôl"]) == {
        0: "name",
        1: "emails",
        2: "phones",
        3: "organisation",
        4: "group",
        5: "role",
    }


def test_missing_name_column_is_refused():
    """Without a Name column the import stops, saying which file and that Name is needed."""
    with pytest.raises(ImportProblem) as caught:
        plan_for(b"Email,Phone\r\na@example.org,01\r\n", filename="list.csv")
    assert caught.value.file == "list.csv" and caught.value.field == "Name"
    assert "Name" in str(caught.value) and "list.csv" in str(caught.value)


@pytest.mark.parametrize(
    ("data", "words"),
    [
        (b"", "empty"),
        (b"\xef\xbb\xbf  \r\n", "empty"),
        (b",,,\r\nAnn,x,y,z\r\n", "name the columns"),
        (b"Name,Email\r\n", "no rows"),
        (b"Name,Email\r\nAnn,a@x.org,extra\r\n", "3 cells but only 2"),
        (b"PK\x03\x04rest-of-a-zip", "Excel workbook"),
        (b"Name\r\nA\x00B\r\n", "binary"),
        (b"Name\r\n\x81\x8d\x8f\x90\x9d\r\n", "not readable text"),
    ],
)
def test_unreadable_files_are_refused_clearly(data, words):
    """Empty, header-less, ragged or binary files are refused with a plain reason."""
    with pytest.raises(ImportProblem) as caught:
        read_csv(data, "bad.csv")
    assert words in str(caught.value)


def test_oversized_and_overlong_files_are_refused():
    """Files over 64 MB or over 100,000 rows (the limits every format shares) are refused."""
    with pytest.raises(ImportProblem, match="over 64 MB"):
        read_csv(b"Name\r\n" + b"x" * (64 * 1024 * 1024), "big.csv")
    with pytest.raises(ImportProblem, match="more than 100,000 rows"):
        read_csv(b"Name\n" + b"a\n" * 100_001, "long.csv")


def test_trailing_empty_cells_are_tolerated():
    """Rows with extra empty cells after the last column (as Excel sometimes writes) are fine."""
    table = read_csv(b"Name,Email\r\nAnn,a@x.org,,\r\n", "trail.csv")
    assert table.rows[0].cells == ["Ann", "a@x.org"]


def test_every_bad_row_is_reported_together_and_no_plan_is_made():
    """All problems come back at once, each with its line and field, and nothing is planned.
    What is merely unfamiliar is not among them: an odd role, a date that is not a date and a
    row without a name are kept or left out, each with a warning."""
    existing = Directory(people=[Person("Ann Jones"), Person("Ann Jones")])
    data = (
        b"Name,Group,Role,Last verified\r\nAnn Jones,Board,Chair,2026-01-01\r\nBob,Board,Boss,\r\n"
        b"Cai,Board,Member,31/02/2026\r\n,Board,Member,\r\nDel,Board,Chair,\r\nDel,Board,Member,\r\n"
    )
    with pytest.raises(ImportProblems) as caught:
        plan_for(data, existing, filename="roles.csv")
    found = [(p.line, p.field) for p in caught.value.problems]
    assert found == [(2, "Name"), (7, "Role")]
    assert "Boss" not in str(caught.value) and "31/02/2026" not in str(caught.value)
    plan = plan_for(data.replace(b"Ann Jones", b"Ann Owen").replace(b"Del,Board,Member", b"Eve,Board,Member"))
    assert [(w.line, w.kind) for w in plan.warnings] == [
        (3, "role_as_title"),
        (4, "date_as_note"),
        (5, "no_name"),
    ]
    cai = next(p for p in plan.people_added if p.name == "Cai")
    assert cai.last_verified is None and cai.notes == "Last verified: 31/02/2026"


def test_problem_list_stops_at_fifty():
    """A file full of mistakes reports the first fifty, and says it stopped there."""
    existing = Directory(people=[Person("Ann Jones"), Person("Ann Jones")])
    data = b"Name,Phone\r\n" + b"".join(b"Ann Jones,0%d\r\n" % i for i in range(200))
    with pytest.raises(ImportProblems) as caught:
        plan_for(data, existing)
    assert len(caught.value.problems) == 50 and caught.value.truncated
    assert "stopped after 50 problems" in str(caught.value)


def test_a_file_without_any_name_is_refused():
    with pytest.raises(ImportProblem, match="no row has a name"):
        plan_for(b"Name,Email\r\n,a@example.org\r\n ,b@example.org\r\n")


def test_role_labels_and_uk_dates_are_understood():
    """Common role wordings map to directory roles, blank means member; 08/05/2026 is 8 May."""
    data = (
        b"Name,Group,Role,Last verified\r\nA,B1,Vice chair,08/05/2026\r\nB,B1,deputy,\r\n"
        b"C,B1,Lead Officer,\r\nD,B1,secretariat,\r\nE,B1,,\r\nF,B1,Chairperson,2026-05-09\r\n"
    )
    plan = plan_for(data)
    roles = {p.name: m.role for m in plan.memberships_added for p in plan.people_added if p.id == m.person_id}
    assert roles == {
        "A": Role.VICE_CHAIR,
        "B": Role.DEPUTY,
        "C": Role.LEAD_OFFICER,
        "D": Role.SECRETARIAT,
        "E": Role.MEMBER,
        "F": Role.CHAIR,
    }
    assert plan.people_added[0].last_verified == dt.date(2026, 5, 8)
    assert [g.name for g in plan.groups_added] == ["B1"]


def test_existing_people_are_matched_by_email_then_name_and_never_blanked():
    """Known people are updated (matched by e-mail, then name), keeping what the file leaves empty."""
    existing = sample_directory()
    before = copy.deepcopy(existing)
    data = (
        "Name,Email,Job title,Phone,Organisation,Sector\r\n"
        "Siân Wyn (Cllr),SIAN.WYN@ceredigion.gov.uk,,01970 000000,,\r\n"
        "  gwilym   AP dafydd ,,Superintendent,,,\r\n"
        "Newydd Person,new@example.org,,,Gwasanaeth Tân,Fire and rescue\r\n"
        "Eira Owen,,,,heddlu dyfed-powys,\r\n"
    ).encode()
    plan = plan_for(data, existing)
    assert existing == before  # planning changes nothing
    updated = {p.name: p for p in plan.people_updated}
    assert set(updated) == {"Cllr Siân Ŵyn", "Gwilym ap Dafydd", "Eira Owen"}
    sian = updated["Cllr Siân Ŵyn"]
    assert sian.job_title == "Cabinet member, community safety" and sian.phones == [
        "+44 1970 633333",
        "01970 000000",
    ]
    assert updated["Gwilym ap Dafydd"].job_title == "Superintendent"
    assert (
        updated["Eira Owen"].organisation_id == existing.organisations[1].id
    )  # existing organisation reused
    assert plan.changed_fields[sian.id] == ["phones"]
    assert [p.name for p in plan.people_added] == ["Newydd Person"]
    assert [(o.name, o.sector) for o in plan.organisations_added] == [("Gwasanaeth Tân", Sector.FIRE)]


def test_unknown_sector_is_other_with_a_warning():
    """A new organisation with an unrecognised sector becomes 'Other', and the preview says so."""
    plan = plan_for(b"Name,Organisation,Sector\r\nAnn,Some Body,Statutory\r\n")
    assert plan.organisations_added[0].sector == Sector.OTHER
    assert plan.warnings[0].line == 2 and plan.warnings[0].field == "Sector"


def test_ambiguous_name_is_a_problem():
    """When two people share a name and no e-mail says which, the row is refused, not guessed."""
    existing = Directory(people=[Person("Ann Jones"), Person("Ann Jones")])
    with pytest.raises(ImportProblem, match="more than one person"):
        plan_for(b"Name,Phone\r\nAnn Jones,01222 000000\r\n", existing)


def test_same_person_twice_with_different_roles_on_one_group_is_a_problem():
    """Two rows giving one person two roles on the same group are reported, with both lines."""
    with pytest.raises(ImportProblem, match="on line 2"):
        plan_for(b"Name,Group,Role\r\nAnn,Board,Chair\r\nAnn,Board,Member\r\n")


def test_membership_role_change_is_an_update():
    """Re-importing with a new role changes the existing membership rather than adding one."""
    existing = sample_directory()
    data = "Name,Email,Group,Role\r\nRhys Ŷr,rhys@example.cymru,Regional VAWDASV board,Chair\r\n".encode()
    plan = plan_for(data, existing)
    assert not plan.memberships_added
    assert [(m.id, m.role) for m in plan.memberships_updated] == [(existing.memberships[3].id, Role.CHAIR)]
    assert existing.memberships[3].role == Role.DEPUTY


def test_reimporting_own_export_changes_nothing():
    """Importing the directory's own export back into it finds nothing to change."""
    existing = sample_directory()
    plan = plan_for(export_csv(existing), existing)
    assert plan.is_empty(), plan.summary()
    assert plan.unchanged_people == 4


def test_preview_shows_first_rows_by_field():
    """The import dialog can show the first rows with the field each column was matched to."""
    table = read_csv(b"Name,Agency,Ignored\r\nAnn,'=Police,x\r\nBob,Fire,y\r\n", "p.csv")
    rows = preview(table, map_columns(table.headers), limit=1)
    assert rows == [{"line": 2, "name": "Ann", "organisation": "=Police"}]


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_fuzz_read_csv_bytes(data):
    """Whatever bytes arrive, reading gives a table or an ImportProblem, never a crash."""
    try:
        table = read_csv(data, "fuzz.csv")
    except ImportProblem:
        return
    assert table.rows and all(len(r.cells) == len(table.headers) for r in table.rows)


CSV_TEXT = st.text(alphabet=st.sampled_from(list("ab ŵŷ,;\"\r\n\t='-/0123456789@.")), max_size=300)
HEADERS = st.lists(
    st.sampled_from(
        [
            "Name",
            "Email",
            "Phone",
            "Group",
            "Role",
            "Last verified",
            "Sector",
            "Organisation",
            "Notes",
            "Other",
        ]
    ),
    min_size=1,
    max_size=6,
)


@settings(max_examples=200, deadline=None)
@given(HEADERS, CSV_TEXT, st.sampled_from(["utf-8", "utf-8-sig", "cp1252"]))
def test_fuzz_csv_import_pipeline(headers, body, encoding):
    """CSV-like text through read, map and plan gives a plan or ImportProblem, never a crash."""
    data = (",".join(headers) + "\r\n" + body).encode(encoding, errors="replace")
    try:
        plan = plan_for(data, sample_directory())
    except ImportProblem:
        return
    assert all(p.name.strip() for p in plan.people_added)
