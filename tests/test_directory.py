"""The CSP record's core and storage: prefill from the geography, queries, saves and undo data."""

import datetime as dt
import subprocess
import sys

import pytest

from csp_desktop.core.directory.model import Group, Membership, Organisation, Person, Role, Sector
from csp_desktop.core.directory.prefill import prefill
from csp_desktop.core.directory.queries import match_sectors, review_list, who_represents
from csp_desktop.core.directory.validation import check_email, check_person, check_phone
from csp_desktop.core.geography import load_geography
from csp_desktop.resources import data_file
from csp_desktop.storage.directory import DirectoryRepository, apply_prefill

TODAY = dt.date(2026, 11, 28)


@pytest.fixture(scope="module")
def geography():
    return load_geography(data_file("wales-geography.toml"))


def by_sector(directory):
    return {o.sector: o for o in directory.organisations}


@pytest.mark.parametrize(
    "council, police, health, fire",
    [
        (
            "Caerphilly",
            "Gwent Police",
            "Aneurin Bevan University Health Board",
            "South Wales Fire and Rescue Service",
        ),
        (
            "Swansea",
            "South Wales Police",
            "Swansea Bay University Health Board",
            "Mid and West Wales Fire and Rescue Service",
        ),
        (
            "Pen-y-bont ar Ogwr",
            "South Wales Police",
            "Cwm Taf Morgannwg University Health Board",
            "South Wales Fire and Rescue Service",
        ),
        (
            "Powys",
            "Dyfed-Powys Police",
            "Powys Teaching Health Board",
            "Mid and West Wales Fire and Rescue Service",
        ),
        (
            "Wrecsam",
            "North Wales Police",
            "Betsi Cadwaladr University Health Board",
            "North Wales Fire and Rescue Service",
        ),
    ],
)
def test_prefill_gets_the_geography_traps_right(geography, council, police, health, fire):
    """The partners match the fact sheet, including Caerphilly, Swansea, Bridgend and Powys."""
    d = prefill(geography.find(council))
    sectors = by_sector(d)
    assert sectors[Sector.POLICE].name == police
    assert sectors[Sector.HEALTH].name == health
    assert sectors[Sector.FIRE].name == fire
    assert sectors[Sector.PROBATION].name.startswith("Probation Service Wales")


def test_prefill_marks_the_pcc_as_co_operating_and_invents_nobody(geography):
    """The PCC is not a responsible authority; the structure is suggested; no people are made up."""
    d = prefill(geography.find("Cardiff"))
    sectors = by_sector(d)
    assert not sectors[Sector.PCC].responsible_authority
    assert "2028" in sectors[Sector.PCC].notes
    assert all(
        sectors[s].responsible_authority
        for s in (Sector.COUNCIL, Sector.POLICE, Sector.HEALTH, Sector.FIRE, Sector.PROBATION)
    )
    assert d.people == [] and d.memberships == []
    assert {g.name for g in d.groups} >= {
        "CSP strategic board",
        "MARAC",
        "Area Planning Board (substance misuse)",
    }
    assert all(g.suggested for g in d.groups)
    assert "confirm" in sectors[Sector.PROBATION].notes  # the PDU mapping is only believed


def test_every_council_prefills(geography):
    """All 22 councils produce their five responsible authorities and the PCC, found by
    English or Welsh name; a joint CSP adds its partner council, not as a responsible authority."""
    assert len(geography.councils) == 22
    for council in geography.councils:
        assert geography.find(council.name_cy or council.name) is council
        organisations = prefill(council).organisations
        assert len(organisations[:6]) == 6 and len([o for o in organisations if o.responsible_authority]) == 5
        assert all(o.sector == Sector.COUNCIL and not o.responsible_authority for o in organisations[6:])


def sample(repo):
    health = Organisation("Aneurin Bevan University Health Board", Sector.HEALTH, True)
    board = Group("CSP strategic board")
    sub = Group("MARAC", reports_to=board.id)
    nurse = Person(
        "Dr Siân Gŵyn", "Head of safeguarding", health.id, ["sian@example.nhs.wales"], ["029 2000 0000"]
    )
    deputy = Person("Alun Rhys", "Safeguarding lead", health.id, last_verified=TODAY)
    repo.save([health, board, sub, nurse, deputy])
    repo.save(
        [
            Membership(nurse.id, board.id, Role.MEMBER, health.id),
            Membership(deputy.id, board.id, Role.DEPUTY, health.id),
            Membership(nurse.id, sub.id, Role.CHAIR, health.id),
        ]
    )
    return health, board, sub, nurse, deputy


def test_save_and_load_round_trip(store):
    """Records come back from the database exactly as saved, Welsh letters included."""
    repo = DirectoryRepository(store)
    health, board, sub, nurse, _ = sample(repo)
    d = repo.load()
    assert d.person(nurse.id) == nurse
    assert d.group(sub.id).reports_to == board.id
    assert d.organisation(health.id) == health
    assert len(d.memberships) == 3


def test_who_represents_health_lists_members_before_deputies_top_board_first(store):
    """'Who represents health?' gives the CSP board first, member before deputy, then sub-groups."""
    repo = DirectoryRepository(store)
    sample(repo)
    reps = who_represents(repo.load(), Sector.HEALTH, TODAY)
    assert [(r.group.name, r.person.name, r.role) for r in reps] == [
        ("CSP strategic board", "Dr Siân Gŵyn", Role.MEMBER),
        ("CSP strategic board", "Alun Rhys", Role.DEPUTY),
        ("MARAC", "Dr Siân Gŵyn", Role.CHAIR),
    ]
    assert who_represents(repo.load(), Sector.PROBATION, TODAY) == []


@pytest.mark.parametrize(
    "typed, sector",
    [
        ("health", Sector.HEALTH),
        ("NHS", Sector.HEALTH),
        ("prob", Sector.PROBATION),
        ("fire", Sector.FIRE),
        ("heddlu", Sector.POLICE),
    ],
)
def test_typed_sector_words_are_understood(typed, sector):
    """Typing the usual words (in English or Welsh) finds the sector."""
    assert sector in match_sectors(typed)


def test_review_list_flags_people_unchecked_for_a_year(store):
    """Never-checked and over-a-year contacts need review; recently checked ones do not."""
    repo = DirectoryRepository(store)
    _, _, _, _nurse, _deputy = sample(repo)
    old = Person("Old Contact", last_verified=TODAY - dt.timedelta(days=400))
    repo.save([old])
    names = [p.name for p in review_list(repo.load(), TODAY)]
    assert names == ["Dr Siân Gŵyn", "Old Contact"]


def test_delete_and_restore_bring_everything_back(store):
    """Deleting a person removes their seats; restoring the snapshot puts both back."""
    repo = DirectoryRepository(store)
    _, _, _, nurse, _ = sample(repo)
    snapshot = repo.delete(nurse)
    d = repo.load()
    assert d.person(nurse.id) is None and all(m.person_id != nurse.id for m in d.memberships)
    repo.restore(snapshot)
    d = repo.load()
    assert d.person(nurse.id) == nurse and len(d.memberships) == 3


def test_validation_warns_but_only_a_missing_name_blocks():
    """Odd e-mails and phone numbers warn; an empty name is the only hard error."""
    assert check_email("a@b.wales") is None and check_email("not-an-email")
    assert check_phone("029 2000 0000") is None and check_phone("+44 (0)29 2000 0000") is None
    assert check_phone("101") is None and check_phone("12ab")
    problems = check_person(Person("", emails=["x"], phones=["y"]))
    assert [p.blocking for p in problems] == [True, False, False]


def test_prefill_is_one_transaction(store, geography):
    """The prefill writes all its records and the chosen council together."""
    repo = DirectoryRepository(store)
    added = apply_prefill(repo, geography.find("Torfaen"))
    assert added == len(repo.load().organisations) + len(repo.load().groups) + len(repo.load().procedures)
    assert repo.council() == "torfaen"


def test_setup_command_for_it(isolated_profile):
    """`csp-desktop setup --council NAME` prefills a fresh laptop and refuses to overwrite."""
    cmd = [sys.executable, "-m", "csp_desktop", "setup", "--council", "Sir Fynwy"]
    first = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    assert first.returncode == 0, first.stderr
    assert "Monmouthshire" in first.stdout
    again = subprocess.run(cmd, capture_output=True, text=True, timeout=60)
    assert again.returncode == 1 and "nothing changed" in again.stderr
    unknown = subprocess.run([*cmd[:-1], "Gotham"], capture_output=True, text=True, timeout=60)
    assert unknown.returncode == 2 and "Ynys Môn" in unknown.stderr
