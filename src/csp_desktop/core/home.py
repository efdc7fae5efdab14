"""What the Home page says, as plain data: where to carry on learning, how much is left,
who needs checking, and who the councillor's key partners are."""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from csp_desktop.core.content.catalogue import Catalogue, CatalogueEntry
from csp_desktop.core.directory.model import Directory, Organisation, Person, Sector
from csp_desktop.core.directory.queries import contacts_for_sector, review_list
from csp_desktop.core.folding import fold
from csp_desktop.core.progress import ModuleProgress, Status, minutes_left

# The statutory partners a councillor meets first, in the order a CSP lists them.
KEY_SECTORS = (Sector.COUNCIL, Sector.POLICE, Sector.HEALTH, Sector.FIRE, Sector.PROBATION)


@dataclass(frozen=True)
class LearningSummary:
    """What Home says about learning: modules done, time left, and where to carry on."""

    done: int
    total: int
    minutes_left: int
    next_entry: CatalogueEntry | None
    resuming: bool  # True when next_entry is a module the user left part-way


def learning_summary(
    catalogue: Catalogue, progress: dict[str, ModuleProgress], most_recent: str | None
) -> LearningSummary:
    def of(entry: CatalogueEntry) -> ModuleProgress:
        return progress.get(entry.meta.id) or ModuleProgress(entry.meta.id)

    done = sum(1 for e in catalogue.entries if of(e).status is Status.COMPLETE)
    left = sum(minutes_left(of(e), e.meta.minutes) for e in catalogue.entries)
    recent = catalogue.get(most_recent) if most_recent else None
    if recent is not None:
        return LearningSummary(done, len(catalogue.entries), left, recent, True)
    following = next((e for e in catalogue.entries if of(e).status is not Status.COMPLETE), None)
    return LearningSummary(done, len(catalogue.entries), left, following, False)


@dataclass(frozen=True)
class KeyPartner:
    """One of the key statutory partners, with its organisation and the person recorded for it."""

    sector: Sector
    organisation: Organisation | None
    person: Person | None


def key_partners(directory: Directory, today: dt.date) -> list[KeyPartner]:
    """For each key sector: its organisation (a responsible authority first) and the person
    recorded for it (a board representative first, else anyone who works there)."""
    partners = []
    for sector in KEY_SECTORS:
        orgs = sorted(
            (o for o in directory.organisations if o.sector is sector),
            key=lambda o: (not o.responsible_authority, fold(o.name)),
        )
        contacts = contacts_for_sector(directory, sector, today)
        person = contacts[0].person if contacts else None
        org = (contacts[0].organisation if contacts and contacts[0].organisation else None) or (
            orgs[0] if orgs else None
        )
        partners.append(KeyPartner(sector, org, person))
    return partners


def contacts_to_check(directory: Directory, today: dt.date) -> list[Person]:
    return review_list(directory, today)
