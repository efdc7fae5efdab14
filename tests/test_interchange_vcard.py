"""Contacts as vCards: Outlook and phones take our export, and we read theirs."""

import datetime as dt

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from csp_desktop.core.directory.model import Directory, Membership, Person, Role
from csp_desktop.core.interchange import (
    ImportProblem,
    ImportProblems,
    VCardContact,
    export_vcards,
    import_vcards,
    vcards_to_plan,
)
from csp_desktop.core.interchange.vcard import fold
from tests.test_interchange_csv import sample_directory

NOW = dt.datetime(2026, 5, 8, 9, 30, tzinfo=dt.UTC)


def contact_facts(contacts):
    return [(c.name, c.organisation, c.title, c.emails, c.phones, c.note) for c in contacts]


def person_facts(directory: Directory):
    org = {o.id: o.name for o in directory.organisations}
    return [
        (p.name, org.get(p.organisation_id, ""), p.job_title, p.emails, p.phones, p.notes)
        for p in directory.people
    ]


def test_round_trip_keeps_names_emails_phones_orgs_and_titles():
    """Exporting then importing the vCards gives back the same contact details, Welsh letters included."""
    directory = sample_directory()
    text = export_vcards(directory, NOW)
    contacts = import_vcards(text.encode("utf-8"), "csp.vcf")
    assert contact_facts(contacts) == person_facts(directory)
    assert [c.uid for c in contacts] == [p.id for p in directory.people]


def test_round_trip_through_a_plan_into_an_empty_directory():
    """Importing our own vCards into an empty directory recreates the people and their employers."""
    directory = sample_directory()
    contacts = import_vcards(export_vcards(directory, NOW).encode(), "csp.vcf")
    plan = vcards_to_plan(contacts, Directory(), "csp.vcf")
    rebuilt = Directory(organisations=plan.organisations_added, people=plan.people_added)
    assert person_facts(rebuilt) == person_facts(directory)


def test_export_is_vcard_30_with_crlf_escaping_and_csp_details():
    """Each card is vCard 3.0 with escaped text, CSP roles, work e-mail and phone, REV, UID and category."""
    directory = sample_directory()
    directory.memberships.append(
        Membership(directory.people[3].id, directory.groups[0].id, Role.CHAIR, end_date=dt.date(2025, 1, 1))
    )
    text = export_vcards(directory, NOW)
    assert "\n" not in text.replace("\r\n", "")
    cards = text.split("END:VCARD\r\n")
    sian = cards[0].split("\r\n")
    assert sian[:5] == [
        "BEGIN:VCARD",
        "VERSION:3.0",
        "FN:Cllr Siân Ŵyn",
        "N:Ŵyn;Siân;;Cllr;",
        "ORG:Cyngor Sir Ceredigion",
    ]
    for line in (
        "TITLE:Cabinet member\\, community safety",
        "ROLE:Chair – CSP strategic board",
        "ROLE:Vice-chair – Regional VAWDASV board",
        "TEL;TYPE=WORK,VOICE:+44 1970 633333",
        "EMAIL;TYPE=INTERNET,WORK:sian.wyn@ceredigion.gov.uk",
        "REV:2026-05-08T09:30:00Z",
        "CATEGORIES:CSP",
        f"UID:{directory.people[0].id}",
    ):
        assert line in sian
    assert "NOTE:Prefers e-mail\\; Welsh speaker\\nAvailable Tuesdays" in sian
    assert "N:ap Dafydd;Gwilym;;;" in cards[1]
    assert "ROLE" not in cards[3]  # a membership that has ended is not advertised


def test_long_utf8_lines_are_folded_at_75_octets_without_splitting_letters():
    """Long Welsh notes are folded at 75 bytes, never inside a letter, and unfold back exactly."""
    note = "Ŵŷ âêîôû " * 40 + "🙂 end"
    directory = Directory(people=[Person("Siôn Ŵyn", notes=note, job_title="ŷ" * 100)])
    text = export_vcards(directory, NOW)
    physical = text.encode("utf-8").split(b"\r\n")
    assert max(len(line) for line in physical) == 75
    for line in physical:
        line.decode("utf-8")  # each physical line is whole UTF-8 on its own
    assert sum(line.startswith(b" ") for line in physical) > 5
    (contact,) = import_vcards(text.encode("utf-8"), "long.vcf")
    assert contact.note == note.strip() and contact.title == "ŷ" * 100


def test_fold_keeps_short_lines_and_counts_octets():
    """Folding leaves short lines alone and counts bytes, not characters."""
    assert fold("FN:Ann") == ["FN:Ann"]
    parts = fold("NOTE:X" + "ŵ" * 40)  # a two-byte letter would straddle octet 75: it moves down
    assert [len(p.encode()) for p in parts] == [74, 13]
    assert parts[1].startswith(" ")


def test_escaped_characters_survive_the_round_trip():
    """Commas, semicolons, backslashes and line breaks in any field come back as written."""
    person = Person(
        "Jones, Ann; \\ the second",
        "Chair; board, deputy",
        emails=["a@x.org"],
        notes="C:\\path\\n, not a newline\nreal newline",
    )
    (contact,) = import_vcards(export_vcards(Directory(people=[person]), NOW).encode(), "esc.vcf")
    assert (contact.name, contact.title, contact.note) == (person.name, person.job_title, person.notes)


OUTLOOK_21 = (
    b"BEGIN:VCARD\r\n"
    b"VERSION:2.1\r\n"
    b"N;LANGUAGE=en-gb;CHARSET=Windows-1252:Hughes;Si\xe2n\r\n"
    b"FN;CHARSET=Windows-1252:Si\xe2n Hughes\r\n"
    b"ORG:Cyngor Gwynedd;Community Safety\r\n"
    b"TITLE:Swyddog Diogelwch Cymunedol\r\n"
    b"NOTE;ENCODING=QUOTED-PRINTABLE;CHARSET=utf-8:Cyfarfod bob mis =E2=80=93 gweler nodiadau =\r\n"
    b"Ll=C5=B5yd am y manylion.=0D=0AAil linell\r\n"
    b"TEL;WORK;VOICE:01286 679000\r\n"
    b"TEL;CELL;VOICE:07700 900456\r\n"
    b"EMAIL;PREF;INTERNET:sian.hughes@gwynedd.llyw.cymru\r\n"
    b"X-MS-OL-DEFAULT-POSTAL-ADDRESS:0\r\n"
    b"PHOTO;TYPE=JPEG;ENCODING=BASE64:\r\n"
    b" /9j/4AAQSkZJRgABAQEASABIAAD/2wBDAP//////////////////////////////////////\r\n"
    b" ////////////////////////////////////////////////\r\n"
    b"\r\n"
    b"REV:20260508T090000Z\r\n"
    b"END:VCARD\r\n"
    b"BEGIN:VCARD\r\n"
    b"VERSION:2.1\r\n"
    b"FN;ENCODING=QUOTED-PRINTABLE;CHARSET=windows-1252:Dafydd ap Gwil=FDm\r\n"
    b"EMAIL;INTERNET:dafydd@example.org\r\n"
    b"END:VCARD\r\n"
)


def test_outlook_21_quoted_printable_sample():
    """Outlook's vCard 2.1 with Windows-1252, quoted-printable soft breaks and bare parameters is read."""
    sian, dafydd = import_vcards(OUTLOOK_21, "outlook.vcf")
    assert sian.name == "Siân Hughes" and sian.organisation == "Cyngor Gwynedd"
    assert sian.title == "Swyddog Diogelwch Cymunedol"
    assert sian.note == "Cyfarfod bob mis – gweler nodiadau Llŵyd am y manylion.\nAil linell"
    assert sian.phones == ["01286 679000", "07700 900456"]
    assert sian.emails == ["sian.hughes@gwynedd.llyw.cymru"]
    assert (dafydd.name, dafydd.emails, dafydd.line) == ("Dafydd ap Gwilým", ["dafydd@example.org"], 19)


VCARD_40 = """BEGIN:VCARD\r
VERSION:4.0\r
FN:Dr Ffion Ŵyn-Rhys\r
N:Ŵyn-Rhys;Ffion;;Dr;\r
ORG:Bwrdd Iechyd Prifysgol Hywel Dda;Public Health\r
TITLE:Consultant in Public Health\r
EMAIL;TYPE=work:ffion@wales.nhs.uk\r
item1.EMAIL;PREF=1:ffion.personal@example.org\r
TEL;VALUE=uri;TYPE="voice,work":tel:+44-1267-000000\r
UID:urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1\r
NOTE:Line one\\nLine two\\, with comma\r
END:VCARD\r
BEGIN:VCARD\r
VERSION:4.0\r
N:Ŷr;Owain;;;\r
END:VCARD\r
""".encode()


def test_vcard_40_sample():
    """A vCard 4.0 with tel: URIs, quoted parameters, grouped properties and UID is read."""
    ffion, owain = import_vcards(VCARD_40, "v4.vcf")
    assert ffion.name == "Dr Ffion Ŵyn-Rhys" and ffion.organisation == "Bwrdd Iechyd Prifysgol Hywel Dda"
    assert ffion.emails == ["ffion@wales.nhs.uk", "ffion.personal@example.org"]
    assert ffion.phones == ["+44-1267-000000"]
    assert ffion.note == "Line one\nLine two, with comma"
    assert ffion.uid == "urn:uuid:4fbe8971-0bc3-424c-9c26-36c3e1eff6b1"
    assert owain.name == "Owain Ŷr"  # no FN: the name is made from N


def test_lf_only_and_bom_files_are_read():
    """Files with plain LF line ends or a UTF-8 byte-order mark read the same."""
    data = b"\xef\xbb\xbfBEGIN:VCARD\nVERSION:3.0\nFN:Ann\n  Jones\nEND:VCARD\n"
    assert [c.name for c in import_vcards(data, "lf.vcf")] == ["Ann Jones"]


@pytest.mark.parametrize(
    ("data", "line", "words"),
    [
        (b"BEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:B\r\n", 4, "no END:VCARD"),
        (b"BEGIN:VCARD\r\nVERSION:3.0\r\nORG:X\r\nEND:VCARD\r\n", 1, "no name"),
        (b"BEGIN:VCARD\r\nVERSION:3.0\r\nFN:\r\nN:;;;;\r\nEND:VCARD\r\n", 1, "no name"),
        (b"FN:A\r\nEND:VCARD\r\n", 1, "not inside a vCard"),
        (b"\r\n\r\nEND:VCARD\r\n", 3, "without a BEGIN"),
        (b"", None, "no vCards"),
    ],
)
def test_malformed_cards_are_refused_with_line_numbers(data, line, words):
    """Broken cards are refused, naming the line where the card starts or the stray line."""
    with pytest.raises(ImportProblem) as caught:
        import_vcards(data, "bad.vcf")
    assert caught.value.line == line and words in str(caught.value)


def test_nested_begin_reports_both_cards():
    """A card missing its END is reported even when another card follows, and nothing is returned."""
    data = b"BEGIN:VCARD\r\nFN:A\r\nBEGIN:VCARD\r\nFN:B\r\nEND:VCARD\r\nBEGIN:VCARD\r\nFN:C\r\n"
    with pytest.raises(ImportProblems) as caught:
        import_vcards(data, "bad.vcf")
    assert [p.line for p in caught.value.problems] == [1, 6]


def test_oversized_files_and_too_many_cards_are_refused():
    """Over 64 MB or over 100,000 contacts (the limits every format shares) is refused."""
    with pytest.raises(ImportProblem, match="over 64 MB"):
        import_vcards(b"BEGIN:VCARD\r\n" + b"x" * (64 * 1024 * 1024), "big.vcf")
    with pytest.raises(ImportProblem, match="more than 100,000 contacts") as caught:
        import_vcards(b"BEGIN:VCARD\r\nFN:A\r\nEND:VCARD\r\n" * 100_001, "many.vcf")
    assert caught.value.line == 300_001


def test_plan_matches_by_uid_then_email_then_name():
    """Imported contacts update the right people (UID, then e-mail, then name) and add the rest."""
    existing = sample_directory()
    sian, gwilym, rhys = existing.people[:3]
    contacts = [
        VCardContact("Renamed Gwilym", uid=gwilym.id, phones=["01970 999999"], line=1),
        VCardContact("Siân", emails=["SIAN.WYN@ceredigion.gov.uk"], title="Leader", line=10),
        VCardContact("rhys  ŷr", organisation="Heddlu Dyfed-Powys", line=20),
        VCardContact("New Person", organisation="Newydd Cyf", emails=["new@example.org"], line=30),
    ]
    plan = vcards_to_plan(contacts, existing, "phone.vcf")
    updated = {p.id: p for p in plan.people_updated}
    assert set(updated) == {sian.id, gwilym.id, rhys.id}
    assert updated[gwilym.id].phones == ["01970 111222", "07700 900123", "01970 999999"]
    assert updated[gwilym.id].name == "Gwilym ap Dafydd"  # matched, not renamed
    assert updated[sian.id].job_title == "Leader"
    assert updated[rhys.id].organisation_id == existing.organisations[1].id
    assert [p.name for p in plan.people_added] == ["New Person"]
    assert [o.name for o in plan.organisations_added] == ["Newydd Cyf"]
    assert existing.people[0].job_title == "Cabinet member, community safety"  # the plan is pure


@settings(max_examples=200, deadline=None)
@given(st.binary(max_size=2000))
def test_fuzz_import_vcards_bytes(data):
    """Whatever bytes arrive, import gives contacts or an ImportProblem, never a crash."""
    try:
        contacts = import_vcards(data, "fuzz.vcf")
    except ImportProblem:
        return
    assert contacts and all(c.name for c in contacts)


FRAGMENTS = st.sampled_from(
    [
        "BEGIN:VCARD",
        "END:VCARD",
        "VERSION:2.1",
        "VERSION:3.0",
        "FN:Ann",
        "N:Jones;Ann;;;",
        "N:;;;;",
        "FN:",
        "NOTE;ENCODING=QUOTED-PRINTABLE:a=",
        "=C5=B5",
        " folded",
        "\tmore",
        "TEL;WORK;VOICE:0123",
        "EMAIL:x@y",
        "ORG:\\;;x",
        "NOTE;CHARSET=rot13:abc",
        "NOTE;CHARSET=nonsense:\xe2",
        'TEL;TYPE="a:b":tel:1',
        "item.FN:Z",
        "PHOTO;ENCODING=BASE64:AAAA",
        "\\",
        ":",
        ";",
        "=",
        "",
    ]
)


@settings(max_examples=200, deadline=None)
@given(st.lists(FRAGMENTS, max_size=30), st.sampled_from(["\r\n", "\n", "\r"]))
def test_fuzz_import_vcards_structured(fragments, newline):
    """Card-like input in any order gives contacts or an ImportProblem, never a crash."""
    try:
        contacts = import_vcards(newline.join(fragments).encode("utf-8"), "fuzz.vcf")
    except ImportProblem:
        return
    vcards_to_plan(contacts, sample_directory(), "fuzz.vcf")
