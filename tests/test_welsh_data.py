"""Welsh names for every body in the bundled data, Welsh helpline details, and the printed
sheet and record in the chosen language."""

import csv
import datetime as dt
import io

import pytest

from csp_desktop.core.content.twins import facts
from csp_desktop.core.directory.model import Directory, Organisation, Person, Sector
from csp_desktop.core.directory.prefill import SUGGESTED_GROUPS, SUGGESTED_PROCEDURES, prefill
from csp_desktop.core.directory.welsh_names import GROUPS_CY, PROCEDURES_CY
from csp_desktop.core.geography import load_geography
from csp_desktop.core.surgery import load_helplines, load_topics
from csp_desktop.core.surgery_sheet import helpline_html, sheet_html
from csp_desktop.resources import content_dir, data_file


@pytest.fixture(scope="module")
def geography():
    return load_geography(data_file("wales-geography.toml"))


@pytest.fixture(scope="module")
def helplines():
    return load_helplines(data_file("helplines.toml"))


def test_every_body_has_a_welsh_name(geography):
    for council in geography.councils:
        for field in ("council_name_cy", "police_cy", "pcc_cy", "health_cy", "fire_cy", "probation_cy"):
            assert getattr(council, field).strip(), (council.id, field)
        assert council.probation_pdu_cy, council.id


@pytest.mark.parametrize(
    "council, official",
    [
        ("isle-of-anglesey", "Cyngor Sir Ynys Môn"),
        ("newport", "Cyngor Dinas Casnewydd"),
        ("caerphilly", "Cyngor Bwrdeistref Sirol Caerffili"),
        ("gwynedd", "Cyngor Gwynedd"),
        ("powys", "Cyngor Sir Powys"),
        ("swansea", "Dinas a Sir Abertawe"),
        ("cardiff", "Cyngor Caerdydd"),
    ],
)
def test_councils_have_their_official_welsh_name_not_cyngor_plus_place(geography, council, official):
    assert geography.find(council).council_name_cy == official


@pytest.mark.parametrize(
    "council, police, health, fire",
    [
        (
            "caerphilly",
            "Heddlu Gwent",
            "Bwrdd Iechyd Prifysgol Aneurin Bevan",
            "Gwasanaeth Tân ac Achub De Cymru",
        ),
        (
            "swansea",
            "Heddlu De Cymru",
            "Bwrdd Iechyd Prifysgol Bae Abertawe",
            "Gwasanaeth Tân ac Achub Canolbarth a Gorllewin Cymru",
        ),
        (
            "powys",
            "Heddlu Dyfed-Powys",
            "Bwrdd Iechyd Addysgu Powys",
            "Gwasanaeth Tân ac Achub Canolbarth a Gorllewin Cymru",
        ),
        (
            "wrexham",
            "Heddlu Gogledd Cymru",
            "Bwrdd Iechyd Prifysgol Betsi Cadwaladr",
            "Gwasanaeth Tân ac Achub Gogledd Cymru",
        ),
    ],
)
def test_prefill_gives_every_organisation_its_welsh_name(geography, council, police, health, fire):
    directory = prefill(geography.find(council), "cy")
    welsh = {o.sector: o.name_cy for o in directory.organisations}
    assert welsh[Sector.POLICE] == police
    assert welsh[Sector.HEALTH] == health
    assert welsh[Sector.FIRE] == fire
    assert welsh[Sector.PROBATION].startswith("Gwasanaeth Prawf Cymru (uned gyflawni ")
    assert welsh[Sector.PCC].startswith("Comisiynydd Heddlu a Throseddu ")
    assert all(o.name_cy for o in directory.organisations)


def test_suggested_boards_and_procedures_are_written_in_the_chosen_language(geography):
    assert set(GROUPS_CY) == {name for name, _, _ in SUGGESTED_GROUPS}
    assert set(PROCEDURES_CY) == set(SUGGESTED_PROCEDURES)
    council = geography.find("cardiff")
    welsh, english = prefill(council, "cy"), prefill(council, "en")
    assert welsh.groups[0].name == "Bwrdd strategol y PDC"
    assert english.groups[0].name == "CSP strategic board"
    # The structure is the same in both languages: same parents, same suggestions.
    parents = [(g.reports_to is None, g.suggested) for g in welsh.groups]
    assert parents == [(g.reports_to is None, g.suggested) for g in english.groups]
    assert welsh.procedures[1].topic == "Sut i atgyfeirio pryder diogelu am blentyn neu oedolyn"
    pcc = next(o for o in welsh.organisations if o.sector is Sector.PCC)
    assert "2028" in pcc.notes and "Mai" in pcc.notes


def test_helpline_hours_cost_and_notes_are_in_welsh_with_the_same_numbers(helplines):
    for h in helplines.values():
        for field in ("hours", "cost", "note"):
            english, welsh = getattr(h, field), getattr(h, f"{field}_cy")
            assert bool(english) == bool(welsh), (h.id, field)
            for kind in ("numbers", "phone numbers"):
                en = sorted(v for v, _ in facts([(1, english)])[kind])
                cy = sorted(v for v, _ in facts([(1, welsh)])[kind])
                assert en == cy, (h.id, field, kind)


def test_a_helpline_in_welsh_reads_in_welsh(helplines):
    html = helpline_html(helplines["dan-247"], "cy", "neges destun %1")
    assert "Llinell Gymorth Cyffuriau ac Alcohol Cymru" in html
    assert "neges destun 81066" in html and ", text " not in html
    assert "am ddim" in html and "anfonwch y gair DAN i 81066" in html
    english = helpline_html(helplines["dan-247"], "en")
    assert ", text 81066" in english and "free" in english


def test_the_printed_sheet_uses_welsh_helpline_and_organisation_names(helplines, geography):
    topics, _ = load_topics(content_dir(), "cy")
    org = Organisation("Gwent Police", Sector.POLICE, True, "Heddlu Gwent")
    person = Person("Sian Jones", "Swyddog cymdogaeth", org.id, phones=["01633 000000"])
    from csp_desktop.core.directory.model import Group, Membership

    group = Group("Bwrdd strategol y PDC")
    directory = Directory([org], [person], [group], [Membership(person.id, group.id, organisation_id=org.id)])
    labels = {
        "language": "cy",
        "sheet_title": "Pwy i'w ffonio",
        "emergency": "Mewn argyfwng, ffoniwch 999.",
        "by_topic": "Fesul sefyllfa",
        "local": "Eich cysylltiadau lleol",
        "not_recorded": "heb ei gofnodi eto",
        "footer": "Argraffwyd ar %1.",
        "today": "29 Tachwedd 2026",
    }
    html = sheet_html(topics, helplines, directory, dt.date(2026, 11, 29), "Caerffili", labels)
    assert "Byw Heb Ofn 0808 80 10 800" in html
    assert "Live Fear Free" not in html and "Emergency services" not in html
    assert "Heddlu Gwent" in html


def test_the_record_csv_is_in_the_chosen_language():
    from csp_desktop.core.progress import Status
    from csp_desktop.core.record import InductionRecord, RecordRow, duration, record_csv

    labels = {
        "councillor": "Cynghorydd",
        "status_complete": "Wedi'i gwblhau",
        "minutes": "%1 munud",
        "hours": "%1 awr %2 munud",
        "under_minute": "llai nag 1 munud",
        "csv_number": "Rhif y modiwl",
    }
    assert duration(30, labels) == "llai nag 1 munud"
    assert duration(600, labels) == "10 munud"
    assert duration(3900, labels) == "1 awr 05 munud"
    assert duration(600) == "10 min"
    row = RecordRow(1, "demo", "Diogelwch cymunedol", "1.0", 10, Status.COMPLETE, "", "", (3, 4), 600, 0)
    record = InductionRecord("Sian", "Caerffili", dt.datetime(2026, 11, 29), [row])
    table = list(csv.reader(io.StringIO(record_csv(record, labels).decode("utf-8-sig"))))
    assert table[0][0] == "Cynghorydd" and table[0][2] == "Rhif y modiwl"
    assert table[1][5] == "Wedi'i gwblhau"


def test_setup_command_prefills_in_the_chosen_language(location, qapp):
    """A council laptop set to Cymraeg gets its suggested boards in Welsh from `setup` too."""
    from csp_desktop import settings as S
    from csp_desktop.cli import main
    from csp_desktop.settings import Settings
    from csp_desktop.storage.database import open_store
    from csp_desktop.storage.directory import DirectoryRepository

    settings = Settings(location.preferences_file, location.window_state_file)
    settings.set(S.LANGUAGE, "cy")
    settings.sync()
    assert main(["--data-dir", str(location.path), "setup", "--council", "Caerffili"]) == 0
    store = open_store(location.database, location.backups)
    try:
        directory = DirectoryRepository(store).load()
    finally:
        store.close()
    assert "Bwrdd strategol y PDC" in [g.name for g in directory.groups]
    assert "Cyngor Bwrdeistref Sirol Caerffili" in [o.name_cy for o in directory.organisations]
