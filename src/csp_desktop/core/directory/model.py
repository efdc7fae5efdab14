"""The directory as plain data. Ids are stable random text ids, so records can be merged
between the councillor's copy and a "CSP pack" sent round by a CSP officer."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, field
from enum import StrEnum


class Sector(StrEnum):
    COUNCIL = "council"
    POLICE = "police"
    PCC = "pcc"
    FIRE = "fire"
    HEALTH = "health"
    PROBATION = "probation"
    PUBLIC_HEALTH = "public_health"
    HOUSING = "housing"
    EDUCATION = "education"
    THIRD_SECTOR = "third_sector"
    OTHER = "other"


SECTOR_LABELS = {
    Sector.COUNCIL: "Council",
    Sector.POLICE: "Police",
    Sector.PCC: "Police and crime commissioner",
    Sector.FIRE: "Fire and rescue",
    Sector.HEALTH: "Health",
    Sector.PROBATION: "Probation",
    Sector.PUBLIC_HEALTH: "Public health",
    Sector.HOUSING: "Housing",
    Sector.EDUCATION: "Education",
    Sector.THIRD_SECTOR: "Third sector",
    Sector.OTHER: "Other",
}


class Role(StrEnum):
    CHAIR = "chair"
    VICE_CHAIR = "vice_chair"
    MEMBER = "member"
    DEPUTY = "deputy"
    LEAD_OFFICER = "lead_officer"
    SECRETARIAT = "secretariat"


ROLE_LABELS = {
    Role.CHAIR: "Chair",
    Role.VICE_CHAIR: "Vice-chair",
    Role.MEMBER: "Member",
    Role.DEPUTY: "Deputy",
    Role.LEAD_OFFICER: "Lead officer",
    Role.SECRETARIAT: "Secretariat",
}


def new_id() -> str:
    import uuid  # here, not at start-up: uuid brings platform and ctypes (~4 ms)

    return uuid.uuid4().hex


@dataclass
class Organisation:
    """A body on the partnership: council, police, health board, charity…"""

    name: str
    sector: Sector
    responsible_authority: bool = False
    name_cy: str = ""
    notes: str = ""
    id: str = field(default_factory=new_id)

    def display_name(self, language: str) -> str:
        """The Welsh name for a Welsh reader, where the record has one."""
        return self.name_cy if language == "cy" and self.name_cy else self.name


@dataclass
class Person:
    """A contact, the organisation that employs them, and when their details were last checked."""

    name: str
    job_title: str = ""
    organisation_id: str | None = None  # who employs them
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    notes: str = ""
    last_verified: dt.date | None = None
    id: str = field(default_factory=new_id)


@dataclass
class Group:
    """A board, group or sub-group of the partnership, and whom it reports to."""

    name: str
    reports_to: str | None = None
    purpose: str = ""
    suggested: bool = False  # prefilled as a typical structure, not confirmed locally
    id: str = field(default_factory=new_id)


@dataclass
class Membership:
    """A person's seat on a group: their role and the organisation they represent there."""

    person_id: str
    group_id: str
    role: Role = Role.MEMBER
    organisation_id: str | None = None  # the organisation they represent on the group
    start_date: dt.date | None = None
    end_date: dt.date | None = None
    id: str = field(default_factory=new_id)

    def current(self, today: dt.date) -> bool:
        return (self.start_date is None or self.start_date <= today) and (
            self.end_date is None or self.end_date >= today
        )


@dataclass
class Procedure:
    """How something is done locally (for example, how to refer to MARAC)."""

    topic: str
    text: str = ""
    id: str = field(default_factory=new_id)


# Any one record of the directory: what is saved, merged, exported and undone.
Record = Organisation | Person | Group | Membership | Procedure


@dataclass
class Directory:
    """Everything in the councillor's CSP record, as loaded from storage."""

    organisations: list[Organisation] = field(default_factory=list)
    people: list[Person] = field(default_factory=list)
    groups: list[Group] = field(default_factory=list)
    memberships: list[Membership] = field(default_factory=list)
    procedures: list[Procedure] = field(default_factory=list)

    def _by_id(self, records: list) -> dict:
        # Lookups by id are dictionary reads: with 10,000 people a linear scan per lookup made
        # "who represents" and the structure tree quadratic. Rebuilt if the list changes size.
        cache = self.__dict__.setdefault("_id_cache", {})
        key = id(records)
        entry = cache.get(key)
        if entry is None or entry[0] != len(records):
            entry = cache[key] = (len(records), {r.id: r for r in records})
        return entry[1]

    def organisation(self, org_id: str | None) -> Organisation | None:
        return self._by_id(self.organisations).get(org_id)

    def person(self, person_id: str | None) -> Person | None:
        return self._by_id(self.people).get(person_id)

    def group(self, group_id: str | None) -> Group | None:
        return self._by_id(self.groups).get(group_id)
