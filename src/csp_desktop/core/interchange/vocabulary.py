"""The words officers use for sectors, board roles and dates, in English and Welsh.

Lookups fold case, accents and punctuation, so "Tân", "tan" and "TÂN" are one word. An
unknown word is never a reason to refuse a file: callers keep it and warn.
"""

from __future__ import annotations

import datetime as dt
import re

from csp_desktop.core.directory.model import ROLE_LABELS, SECTOR_LABELS, Role, Sector
from csp_desktop.core.folding import fold
from csp_desktop.core.interchange.columns import squash

ROLE_WORDS: dict[str, Role] = {
    **{squash(r.value): r for r in Role},
    **{squash(label): r for r, label in ROLE_LABELS.items()},
    "chairman": Role.CHAIR,
    "chairperson": Role.CHAIR,
    "chairwoman": Role.CHAIR,
    "cadeirydd": Role.CHAIR,
    "cadeirydd y bwrdd": Role.CHAIR,
    "vicechairman": Role.VICE_CHAIR,
    "vicechairperson": Role.VICE_CHAIR,
    "isgadeirydd": Role.VICE_CHAIR,
    "deputychair": Role.VICE_CHAIR,
    "substitute": Role.DEPUTY,
    "dirprwy": Role.DEPUTY,
    "eilydd": Role.DEPUTY,
    "lead": Role.LEAD_OFFICER,
    "leadofficer": Role.LEAD_OFFICER,
    "swyddogarweiniol": Role.LEAD_OFFICER,
    "prifswyddog": Role.LEAD_OFFICER,
    "secretary": Role.SECRETARIAT,
    "clerk": Role.SECRETARIAT,
    "ysgrifennydd": Role.SECRETARIAT,
    "ysgrifenyddiaeth": Role.SECRETARIAT,
    "clerc": Role.SECRETARIAT,
    "aelod": Role.MEMBER,
    "members": Role.MEMBER,
    "boardmember": Role.MEMBER,
}

SECTOR_WORDS: dict[str, Sector] = {
    **{squash(s.value): s for s in Sector},
    **{squash(label): s for s, label in SECTOR_LABELS.items()},
    "localauthority": Sector.COUNCIL,
    "la": Sector.COUNCIL,
    "cyngor": Sector.COUNCIL,
    "awdurdodlleol": Sector.COUNCIL,
    "heddlu": Sector.POLICE,
    "plismona": Sector.POLICE,
    "policing": Sector.POLICE,
    "opcc": Sector.PCC,
    "policeandcrimecommissioner": Sector.PCC,
    "comisiynyddheddluathroseddu": Sector.PCC,
    "comisiynydd": Sector.PCC,
    "fire": Sector.FIRE,
    "firerescue": Sector.FIRE,
    "fireservice": Sector.FIRE,
    "fireandrescueservice": Sector.FIRE,
    "tan": Sector.FIRE,
    "tanacachub": Sector.FIRE,
    "gwasanaethtanacachub": Sector.FIRE,
    "nhs": Sector.HEALTH,
    "healthboard": Sector.HEALTH,
    "lhb": Sector.HEALTH,
    "iechyd": Sector.HEALTH,
    "gig": Sector.HEALTH,
    "bwrddiechyd": Sector.HEALTH,
    "prawf": Sector.PROBATION,
    "gwasanaethprawf": Sector.PROBATION,
    "probationservice": Sector.PROBATION,
    "hmpps": Sector.PROBATION,
    "iechydcyhoeddus": Sector.PUBLIC_HEALTH,
    "phw": Sector.PUBLIC_HEALTH,
    "tai": Sector.HOUSING,
    "housingassociation": Sector.HOUSING,
    "cymdeithasdai": Sector.HOUSING,
    "addysg": Sector.EDUCATION,
    "voluntary": Sector.THIRD_SECTOR,
    "voluntarysector": Sector.THIRD_SECTOR,
    "charity": Sector.THIRD_SECTOR,
    "trydyddsector": Sector.THIRD_SECTOR,
    "gwirfoddol": Sector.THIRD_SECTOR,
    "elusen": Sector.THIRD_SECTOR,
    "arall": Sector.OTHER,
}
ROLE_WORDS = {squash(k): v for k, v in ROLE_WORDS.items()}
SECTOR_WORDS = {squash(k): v for k, v in SECTOR_WORDS.items()}

# Words in an organisation's own name that say its sector, checked in this order: "Police
# and Crime Commissioner" is not the police, and "University Health Board" is not education.
NAME_HINTS: tuple[tuple[Sector, tuple[str, ...]], ...] = (
    (Sector.PCC, ("crime commissioner", "comisiynydd heddlu", "opcc", "pcc")),
    (Sector.PUBLIC_HEALTH, ("public health", "iechyd cyhoeddus")),
    (Sector.HEALTH, ("health board", "uhb", "lhb", "nhs", "bwrdd iechyd", "hospital", "ysbyty", "gig")),
    (Sector.POLICE, ("police", "heddlu", "constabulary")),
    (Sector.FIRE, ("fire", "tan ac achub", "gwasanaeth tan", "frs")),
    (Sector.PROBATION, ("probation", "prawf", "hmpps", "youth justice", "yot", "cyfiawnder ieuenctid")),
    (Sector.COUNCIL, ("council", "cyngor", "borough", "bwrdeistref", "cbc")),
    (Sector.HOUSING, ("housing", "homes", "tai", "cartrefi", "housing association")),
    (Sector.EDUCATION, ("school", "college", "ysgol", "coleg", "university", "prifysgol")),
    (
        Sector.THIRD_SECTOR,
        ("charity", "women s aid", "victim support", "trust", "elusen", "cymorth i fenywod"),
    ),
)

DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d %B %Y", "%d %b %Y", "%Y-%m-%d %H:%M:%S")
WELSH_MONTHS = {
    "ionawr": "January",
    "chwefror": "February",
    "mawrth": "March",
    "ebrill": "April",
    "mai": "May",
    "mehefin": "June",
    "gorffennaf": "July",
    "awst": "August",
    "medi": "September",
    "hydref": "October",
    "tachwedd": "November",
    "rhagfyr": "December",
}
SPLIT_MULTI = re.compile(r":::|[;,\n]")


def sector_from_text(text: str) -> Sector | None:
    return SECTOR_WORDS.get(squash(text))


def role_from_text(text: str) -> Role | None:
    return ROLE_WORDS.get(squash(text))


def sector_from_name(name: str) -> Sector | None:
    """A likely sector for a new organisation, from whole words of its name, or None
    ("St Johns" is not the NHS)."""
    words = " " + " ".join(re.sub(r"[^0-9a-z]+", " ", fold(name)).split()) + " "
    for sector, hints in NAME_HINTS:
        if any(f" {hint} " in words for hint in hints):
            return sector
    return None


def parse_date(text: str) -> dt.date | None:
    words = [WELSH_MONTHS.get(w.casefold(), w) for w in text.split()]
    text = " ".join(words)
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def split_multi(text: str) -> list[str]:
    """Several e-mails or phones in one cell: "a@x; b@y", Google's "a@x ::: b@y"."""
    return [part.strip() for part in SPLIT_MULTI.split(text) if part.strip()]
