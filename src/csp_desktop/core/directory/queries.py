"""Questions a councillor asks of their CSP record: who represents health? who needs checking?"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from csp_desktop.core.directory.model import (
    ROLE_LABELS,
    SECTOR_LABELS,
    Directory,
    Group,
    Membership,
    Organisation,
    Person,
    Role,
    Sector,
)
from csp_desktop.core.directory.validation import needs_review
from csp_desktop.core.folding import fold

# Words people type for each sector, beyond its own label.
SECTOR_WORDS: dict[Sector, tuple[str, ...]] = {
    Sector.COUNCIL: ("council", "local authority", "cyngor", "awdurdod lleol"),
    Sector.POLICE: ("police", "heddlu", "constabulary", "neighbourhood policing", "plismona"),
    Sector.PCC: ("pcc", "commissioner", "police and crime commissioner", "comisiynydd", "chth"),
    Sector.FIRE: ("fire", "rescue", "tân", "achub", "fire and rescue"),
    Sector.HEALTH: ("health", "nhs", "health board", "lhb", "iechyd", "gig", "bwrdd iechyd"),
    Sector.PROBATION: ("probation", "prawf", "gwasanaeth prawf", "offender", "hmpps"),
    Sector.PUBLIC_HEALTH: ("public health", "iechyd cyhoeddus"),
    Sector.HOUSING: ("housing", "tai", "landlord", "housing association", "cymdeithas dai"),
    Sector.EDUCATION: ("education", "school", "addysg", "ysgol", "college", "coleg"),
    Sector.THIRD_SECTOR: ("third sector", "voluntary", "charity", "trydydd sector", "gwirfoddol", "elusen"),
    Sector.OTHER: ("other", "arall"),
}
ROLE_ORDER = [Role.CHAIR, Role.VICE_CHAIR, Role.MEMBER, Role.LEAD_OFFICER, Role.DEPUTY, Role.SECRETARIAT]


def match_sectors(text: str) -> list[Sector]:
    """Sectors whose name or usual words start with, or contain, what was typed."""
    wanted = fold(text)
    if not wanted:
        return []
    found = []
    for sector, words in SECTOR_WORDS.items():
        candidates = (fold(SECTOR_LABELS[sector]), sector.value.replace("_", " "), *(fold(w) for w in words))
        if any(c.startswith(wanted) or wanted in c.split() for c in candidates):
            found.append(sector)
    return found


@dataclass(frozen=True)
class Representation:
    """A person's seat on a group, with the group, the person and whom they represent."""

    group: Group
    person: Person
    role: Role
    organisation: Organisation | None

    @property
    def role_label(self) -> str:
        return ROLE_LABELS[self.role]


def group_depth(directory: Directory, group: Group) -> int:
    depth, seen, current = 0, set(), group
    while current.reports_to and current.reports_to not in seen:
        seen.add(current.id)
        parent = directory.group(current.reports_to)
        if parent is None:
            break
        depth, current = depth + 1, parent
    return depth


def who_represents(directory: Directory, sector: Sector, today: dt.date) -> list[Representation]:
    """Current representatives of a sector on every group: top boards first, then chairs,
    members and deputies in that order."""
    orgs = {o.id: o for o in directory.organisations}
    result = []
    for membership in directory.memberships:
        if not membership.current(today):
            continue
        person = directory.person(membership.person_id)
        group = directory.group(membership.group_id)
        if person is None or group is None:
            continue
        org = orgs.get(membership.organisation_id or "") or orgs.get(person.organisation_id or "")
        # Equality, not identity: a sector read back from a widget or a file may be the plain
        # string value ("health"), which equals Sector.HEALTH but is never the same object.
        if org is not None and org.sector == sector:
            result.append(Representation(group, person, membership.role, org))
    return sorted(
        result,
        key=lambda r: (
            group_depth(directory, r.group),
            fold(r.group.name),
            ROLE_ORDER.index(r.role),
            fold(r.person.name),
        ),
    )


def review_list(directory: Directory, today: dt.date) -> list[Person]:
    """People whose details were never confirmed or not for over a year, oldest first."""
    stale = [p for p in directory.people if needs_review(p, today)]
    return sorted(stale, key=lambda p: (p.last_verified or dt.date.min, fold(p.name)))


def members_of(directory: Directory, group: Group, today: dt.date) -> list[tuple[Membership, Person]]:
    rows = []
    for m in directory.memberships:
        if m.group_id == group.id and m.current(today):
            person = directory.person(m.person_id)
            if person is not None:
                rows.append((m, person))
    return sorted(rows, key=lambda mp: (ROLE_ORDER.index(mp[0].role), fold(mp[1].name)))


def children(directory: Directory, parent_id: str | None) -> list[Group]:
    known = {g.id for g in directory.groups}
    return sorted(
        [g for g in directory.groups if (g.reports_to if g.reports_to in known else None) == parent_id],
        key=lambda g: fold(g.name),
    )


@dataclass(frozen=True)
class LocalContact:
    """Someone to call for a sector, with every board seat they hold today."""

    person: Person
    organisation: Organisation | None
    seats: tuple[Representation, ...] = ()
    represents: bool = False  # holds a seat on behalf of this sector, not only works in it

    @property
    def roles(self) -> tuple[str, ...]:  # e.g. "Member, CSP strategic board"
        return tuple(f"{seat.role_label}, {seat.group.name}" for seat in self.seats)


def _seat_key(directory: Directory, rep: Representation) -> tuple:
    return (group_depth(directory, rep.group), fold(rep.group.name), ROLE_ORDER.index(rep.role))


def current_seats(directory: Directory, today: dt.date) -> dict[str, list[Representation]]:
    """Every current board seat, by person id, top boards and senior roles first."""
    seats: dict[str, list[Representation]] = {}
    for m in directory.memberships:
        if not m.current(today):
            continue
        person, group = directory.person(m.person_id), directory.group(m.group_id)
        if person is None or group is None:
            continue
        org = directory.organisation(m.organisation_id) or directory.organisation(person.organisation_id)
        seats.setdefault(person.id, []).append(Representation(group, person, m.role, org))
    for reps in seats.values():
        reps.sort(key=lambda r: _seat_key(directory, r))
    return seats


def contact_of(directory: Directory, person: Person, today: dt.date) -> LocalContact:
    """One person as a contact card shows them: employer and current board seats."""
    seats = current_seats(directory, today).get(person.id, [])
    return LocalContact(person, directory.organisation(person.organisation_id), tuple(seats), bool(seats))


def contacts_for_sector(directory: Directory, sector: Sector, today: dt.date) -> list[LocalContact]:
    """Everyone who represents a sector: people holding a board seat for it first (top boards,
    then chairs before members), then everyone else working for an organisation in that
    sector, A to Z. A person counts as soon as their employer is in the sector; a board seat
    is shown when they have one, never required."""
    orgs = {o.id: o for o in directory.organisations}
    seats = current_seats(directory, today)
    ranked: list[tuple[tuple, LocalContact]] = []
    for person in directory.people:
        own = seats.get(person.id, [])
        employer = orgs.get(person.organisation_id or "")
        for_sector = [r for r in own if r.organisation is not None and r.organisation.sector == sector]
        works_in = employer is not None and employer.sector == sector
        if not for_sector and not works_in:
            continue
        organisation = employer if works_in else for_sector[0].organisation
        key = (0, *_seat_key(directory, for_sector[0])) if for_sector else (1, 0, "", 0)
        ranked.append(
            (
                (*key, fold(person.name)),
                LocalContact(person, organisation, tuple(own), bool(for_sector)),
            )
        )
    ranked.sort(key=lambda kc: kc[0])
    return [contact for _key, contact in ranked]
