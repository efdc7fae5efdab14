"""A starting point for a new councillor's CSP record, from the bundled geography.

The statutory partners come from data (resources/data/wales-geography.toml), never from
code. The board structure is a *typical* one, marked as suggestions to confirm or delete.
No person is invented: people are added by the councillor or arrive in a CSP pack.

Where the fact sheet records a joint or regional arrangement for the council (a joint CSP,
a regional VAWDASV board, an Area Planning Board: resources/data/wales-arrangements.toml),
the suggested structure takes its name, marked "confirm locally" unless it is verified.
"""

from __future__ import annotations

from collections.abc import Sequence

from csp_desktop.core.arrangements import Arrangement, bundled_arrangements, for_council
from csp_desktop.core.directory.model import Directory, Group, Organisation, Procedure, Sector
from csp_desktop.core.directory.welsh_names import GROUPS_CY, NOTES_CY, PROCEDURES_CY
from csp_desktop.core.geography import Council

CSP_BOARD = "CSP strategic board"
# Which suggested board a regional arrangement of each kind takes the place of.
REPLACES = {"vawdasv": "Regional VAWDASV board", "apb": "Area Planning Board (substance misuse)"}

SUGGESTED_GROUPS = (
    ("CSP strategic board", None, "The partnership's strategy group: the strategic assessment and plan."),
    (
        "Regional VAWDASV board",
        "CSP strategic board",
        "Regional partnership for violence against women, domestic abuse and sexual violence.",
    ),
    (
        "Area Planning Board (substance misuse)",
        "CSP strategic board",
        "Regional board commissioning substance misuse services.",
    ),
    (
        "CONTEST / Prevent board",
        "CSP strategic board",
        "Counter-terrorism: Prevent, Channel, protection.",
    ),
    ("Youth justice management board", "CSP strategic board", "Oversees the local youth justice service."),
    (
        "MARAC",
        "Regional VAWDASV board",
        "Case meetings on high-risk domestic abuse; confidential, so councillors do not attend.",
    ),
)

SUGGESTED_PROCEDURES = (
    "ASB case review (community trigger): local threshold and how to apply",
    "How to refer a safeguarding concern about a child or adult",
    "Who to tell about suspected exploitation or modern slavery",
    "How to raise a Prevent concern",
    "Crime and disorder scrutiny: committee and how to make a Councillor Call for Action",
)


def council_organisation(council: Council, responsible: bool = True, notes: str = "") -> Organisation:
    name = f"{council.name} Council"
    return Organisation(name, Sector.COUNCIL, responsible, council.council_name_cy, notes)


def prefill(
    council: Council, language: str = "en", arrangements: Sequence[Arrangement] | None = None
) -> Directory:
    """The partners and a suggested structure. Organisations get both names; suggested boards,
    procedures and notes are written in the language the councillor is using (they are theirs
    to edit). ``arrangements`` default to the bundled joint and regional ones."""
    welsh = language == "cy"
    pdu_note = (
        "The delivery unit for this council is inferred from published inspection reports: "
        "please confirm it locally."
    )
    pcc_note = (
        "Co-operates with the CSP but is not a responsible authority. "
        "Police and crime commissioners are due to be abolished in May 2028."
    )
    probation_cy = (
        f"{council.probation_cy} (uned gyflawni {council.probation_pdu_cy})" if council.probation_cy else ""
    )
    organisations = [
        council_organisation(council),
        Organisation(council.police, Sector.POLICE, True, council.police_cy),
        Organisation(council.health, Sector.HEALTH, True, council.health_cy),
        Organisation(council.fire, Sector.FIRE, True, council.fire_cy),
        Organisation(
            f"{council.probation} ({council.probation_pdu} delivery unit)",
            Sector.PROBATION,
            True,
            probation_cy,
            notes=(NOTES_CY["pdu"] if welsh else pdu_note) if council.pdu_confidence != "V" else "",
        ),
        Organisation(
            council.pcc, Sector.PCC, False, council.pcc_cy, notes=NOTES_CY["pcc"] if welsh else pcc_note
        ),
    ]
    groups: list[Group] = []
    by_name: dict[str, Group] = {}
    for name, parent, purpose in SUGGESTED_GROUPS:
        shown, shown_purpose = GROUPS_CY[name] if welsh else (name, purpose)
        group = Group(shown, by_name[parent].id if parent else None, shown_purpose, suggested=True)
        groups.append(group)
        by_name[name] = group
    procedures = [Procedure(PROCEDURES_CY[topic] if welsh else topic) for topic in SUGGESTED_PROCEDURES]
    directory = Directory(organisations=organisations, groups=groups, procedures=procedures)
    local = for_council(tuple(bundled_arrangements() if arrangements is None else arrangements), council.id)
    apply_arrangements(directory, council, local, by_name)
    return directory


def apply_arrangements(
    directory: Directory, council: Council, arrangements: Sequence[Arrangement], by_name: dict[str, Group]
) -> None:
    """Name the suggested boards after the council's recorded joint and regional arrangements."""
    csp = by_name[CSP_BOARD]
    notes: list[str] = []
    for arrangement in arrangements:
        text = arrangement.confirm_text()
        if arrangement.only_a_note:
            notes.append(text)
        elif arrangement.kind == "csp":
            csp.name = arrangement.name
            csp.purpose = f"{csp.purpose}\n\n{text}"
            for partner in arrangement.members:
                if partner.id != council.id:
                    directory.organisations.append(
                        council_organisation(
                            partner,
                            responsible=False,
                            notes=f"A partner council in the {arrangement.name}: it keeps its own "
                            f"statutory duties for its own area. {text}",
                        )
                    )
        elif arrangement.replaces:
            group = by_name[REPLACES[arrangement.replaces]]
            group.name, group.purpose = arrangement.name, f"{group.purpose}\n\n{text}"
        else:
            directory.groups.append(
                Group(arrangement.name, csp.id if arrangement.under_csp else None, text, suggested=True)
            )
    if notes:
        csp.purpose = "\n\n".join([csp.purpose, *notes])
