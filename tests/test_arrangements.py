"""Joint and regional arrangements in the prefill: the council's real CSP and boards, marked
"confirm locally" wherever the fact sheet's confidence is below verified."""

import pytest

from csp_desktop.core.arrangements import bundled_arrangements, load_arrangements
from csp_desktop.core.directory.model import Sector
from csp_desktop.core.directory.prefill import prefill
from csp_desktop.core.geography import GeographyError, load_geography
from csp_desktop.resources import data_file


@pytest.fixture(scope="module")
def geography():
    return load_geography(data_file("wales-geography.toml"))


def groups(directory):
    return {g.name: g for g in directory.groups}


@pytest.mark.parametrize(
    "council, csp, partner",
    [
        ("conwy", "Conwy and Denbighshire Community Safety Partnership", "Denbighshire Council"),
        ("Sir Ddinbych", "Conwy and Denbighshire Community Safety Partnership", "Conwy Council"),
        ("gwynedd", "Gwynedd and Ynys Môn Community Safety Partnership", "Isle of Anglesey Council"),
        ("Ynys Môn", "Gwynedd and Ynys Môn Community Safety Partnership", "Gwynedd Council"),
    ],
)
def test_joint_csps_name_the_board_and_add_the_partner_council(geography, council, csp, partner):
    """A joint CSP names the strategic board; the other council is a partner, not a
    responsible authority for this area; both are marked to confirm locally."""
    d = prefill(geography.find(council))
    board = groups(d)[csp]
    assert board.reports_to is None and board.suggested
    assert "Confirm locally" in board.purpose and "https://" in board.purpose
    other = next(o for o in d.organisations if o.name == partner)
    assert other.sector == Sector.COUNCIL and not other.responsible_authority
    assert "own statutory duties" in other.notes and "Confirm locally" in other.notes
    assert "CSP strategic board" not in groups(d)


def test_gwent_councils_get_their_regional_boards(geography):
    """Caerphilly: Safer Gwent and the Gwent PSB at the top, the Gwent VAWDASV Partnership
    Board and Area Planning Board in place of the generic suggestions."""
    d = prefill(geography.find("caerphilly"))
    by_name = groups(d)
    assert by_name["Safer Gwent (Gwent Community Safety Board)"].reports_to is None
    assert "Gwent Public Services Board" in by_name
    vawdasv = by_name["Gwent VAWDASV Partnership Board"]
    assert vawdasv.reports_to == by_name["CSP strategic board"].id
    assert "Regional VAWDASV board" not in by_name
    apb = by_name["Gwent Area Planning Board (substance misuse)"]
    assert "believed, not verified" in apb.purpose
    assert by_name["MARAC"].reports_to == vawdasv.id  # the structure underneath is kept


def test_swansea_and_neath_port_talbot_share_western_bay(geography):
    for council in ("swansea", "neath-port-talbot"):
        assert "Western Bay Area Planning Board (substance misuse)" in groups(
            prefill(geography.find(council))
        )


def test_vale_of_glamorgan_has_safer_vale_and_its_serious_violence_board(geography):
    by_name = groups(prefill(geography.find("vale-of-glamorgan")))
    assert by_name["Serious Violence Board"].reports_to == by_name["Safer Vale Partnership"].id


def test_unverified_arrangements_are_only_notes(geography):
    """The Cwm Taf CSP is 'not verified': it is mentioned, never made the board's name."""
    d = prefill(geography.find("merthyr-tydfil"))
    board = groups(d)["CSP strategic board"]
    assert "Cwm Taf Community Safety Partnership" in board.purpose and "not verified" in board.purpose
    assert not any(g.name == "Cwm Taf Community Safety Partnership" for g in d.groups)


def test_north_wales_councils_hear_of_the_regional_assessment(geography):
    for council in ("flintshire", "wrexham", "conwy"):
        d = prefill(geography.find(council))
        top = next(g for g in d.groups if g.reports_to is None)
        assert "strategic assessment is produced regionally" in top.purpose


def test_a_council_with_nothing_recorded_keeps_the_generic_structure(geography):
    d = prefill(geography.find("cardiff"))
    assert {"CSP strategic board", "Regional VAWDASV board", "Area Planning Board (substance misuse)"} <= set(
        groups(d)
    )
    assert len(d.organisations) == 6


def test_every_arrangement_below_verified_says_confirm_locally(geography):
    """No unverified arrangement is stated as settled; all but one cite a source."""
    arrangements = bundled_arrangements()
    assert len(arrangements) >= 10
    for a in arrangements:
        assert a.settled or "Confirm locally" in a.confirm_text(), a.id
        assert a.sources or a.confidence == "B", a.id
        for url in a.sources:  # document-sharing copies are never cited
            assert not any(bad in url for bad in ("docslib", "scribd", "vdocuments", "docplayer")), url


def test_a_mistake_in_the_file_is_named(tmp_path, geography):
    """An unknown council or kind is reported with the file and the entry, not a traceback."""
    bad = tmp_path / "arrangements.toml"
    bad.write_text(
        '[[arrangement]]\nid = "x"\nkind = "csp"\nname = "X"\ncouncils = ["gotham"]\nconfidence = "V2"\n',
        encoding="utf-8",
    )
    with pytest.raises(GeographyError, match=r"arrangements\.toml: arrangement 'x' names unknown council"):
        load_arrangements(bad, geography)
    bad.write_text('[[arrangement]]\nid = "y"\nkind = "merger"\ncouncils = []\nconfidence = "V"\n')
    with pytest.raises(GeographyError, match="kind 'merger'"):
        load_arrangements(bad, geography)
