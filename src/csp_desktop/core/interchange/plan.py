"""Turning rows of people (from a CSV file or vCards) into changes to the directory.

The plan is pure data: nothing is written until the caller saves plan.records() in one
atomic write. Existing people are matched by e-mail first (case-insensitive), then by exact
name (case and spacing ignored). Existing values are never blanked: an empty cell means
"no information", new e-mails and phones are added, and imported notes are appended.
"""

from __future__ import annotations

import copy
import datetime as dt
from dataclasses import dataclass, field

from csp_desktop.core.directory.model import (
    ROLE_LABELS,
    Directory,
    Group,
    Membership,
    Organisation,
    Person,
    Record,
    Role,
    Sector,
)
from csp_desktop.core.interchange.errors import ImportNotice, ImportProblem, Problems
from csp_desktop.core.interchange.orgmatch import OrgChoice, OrgMatcher, OrgOutcome, name_key
from csp_desktop.core.interchange.vocabulary import sector_from_name


def norm(text: str) -> str:
    """Case- and spacing-insensitive key for matching names."""
    return " ".join(text.split()).casefold()


def seats_by_person(directory: Directory) -> dict[str, list[tuple[Membership, Group]]]:
    """Each person's memberships with their groups, found in one pass (exports stay linear)."""
    groups = {g.id: g for g in directory.groups}
    seats: dict[str, list[tuple[Membership, Group]]] = {}
    for membership in directory.memberships:
        if (group := groups.get(membership.group_id)) is not None:
            seats.setdefault(membership.person_id, []).append((membership, group))
    return seats


@dataclass
class IncomingPerson:
    """One person as read from a file, before matching against the directory."""

    line: int | None
    name: str
    job_title: str = ""
    organisation: str = ""
    sector: Sector | None = None  # for an organisation that has to be created
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    notes: str = ""
    last_verified: dt.date | None = None
    group: str = ""
    role: Role | None = None
    uid: str = ""
    org_key: str = ""  # "@domain" when no organisation is named but the e-mail address says which


@dataclass
class ImportPlan:
    """What an import would change. Save records() atomically, or discard the plan."""

    source: str
    organisations_added: list[Organisation] = field(default_factory=list)
    groups_added: list[Group] = field(default_factory=list)
    people_added: list[Person] = field(default_factory=list)
    people_updated: list[Person] = field(default_factory=list)  # new state, existing ids
    memberships_added: list[Membership] = field(default_factory=list)
    memberships_updated: list[Membership] = field(default_factory=list)  # role changed
    unchanged_people: int = 0
    # person id -> names of the fields an update changes, for the preview
    changed_fields: dict[str, list[str]] = field(default_factory=dict)
    warnings: list[ImportProblem] = field(default_factory=list)  # advisory, never blocking
    # every organisation named in the file, and what it becomes (joins one, or is new)
    organisations: list[OrgOutcome] = field(default_factory=list)

    def records(self) -> list[Record]:
        """Everything to save, in foreign-key-safe order."""
        return [
            *self.organisations_added,
            *self.groups_added,
            *self.people_added,
            *self.people_updated,
            *self.memberships_added,
            *self.memberships_updated,
        ]

    def is_empty(self) -> bool:
        return not self.records()

    def summary(self) -> str:
        parts = [
            (len(self.people_added), "new people" if len(self.people_added) != 1 else "new person"),
            (
                len(self.people_updated),
                "people updated" if len(self.people_updated) != 1 else "person updated",
            ),
            (len(self.organisations_added), "new organisations"),
            (len(self.groups_added), "new groups"),
            (len(self.memberships_added) + len(self.memberships_updated), "memberships added or changed"),
        ]
        text = ", ".join(f"{n} {label}" for n, label in parts if n)
        return text or "Nothing to change: the directory already has everything in this file."


class PlanBuilder:
    """Accumulates IncomingPerson rows into an ImportPlan, collecting every problem."""

    def __init__(
        self,
        existing: Directory,
        source: str,
        problems: Problems,
        org_choices: dict[str, OrgChoice] | None = None,
    ):
        self.existing = existing
        self.plan = ImportPlan(source)
        self.problems = problems
        self.org_choices = org_choices or {}
        self.matcher = OrgMatcher(existing.organisations)
        self.outcomes: dict[str, OrgOutcome] = {}
        self.groups = {norm(g.name): g for g in existing.groups}
        self.by_id: dict[str, Person] = {}  # working copies of every person touched or added
        self.by_email: dict[str, str] = {}
        self.by_name: dict[str, list[str]] = {}
        self.originals: dict[str, Person] = {}
        for person in existing.people:
            self.originals[person.id] = person
            self._index(person)
            if person.organisation_id:
                for email in person.emails:
                    self.matcher.learn_domain(email, person.organisation_id)
        self.memberships = {(m.person_id, m.group_id): m for m in existing.memberships}
        self.membership_lines: dict[tuple[str, str], int | None] = {}
        self.new_memberships: dict[str, Membership] = {}
        self.changed_memberships: dict[str, Membership] = {}
        self.added_ids: list[str] = []

    def add_all(self, rows: list[IncomingPerson]) -> None:
        """Decide every organisation from all its rows (their sectors and e-mail domains), then
        add the people: a sector or domain given on a later row still counts."""
        gathered: dict[str, tuple[IncomingPerson, list[str], Sector | None, int]] = {}
        for row in rows:
            key = name_key(row.organisation)
            if not key and (found := self._by_domain(row)):
                key = row.org_key = "@" + found  # no organisation named; the address says which
            if not key:
                continue
            first, emails, sector, count = gathered.get(key, (row, [], None, 0))
            if len(emails) < 50:  # enough to see the domain; more would only cost time
                emails.extend(row.emails)
            gathered[key] = (first, emails, sector or row.sector, count + 1)
        for key, (first, emails, sector, count) in gathered.items():
            self.outcomes[key] = self._decide(key, first.organisation, emails, sector, count)
        for row in rows:
            self.add(row)
            if self.problems.full:
                break

    def _by_domain(self, row: IncomingPerson) -> str:
        """The domain of the first address that points to exactly one organisation, or ""."""
        for email in row.emails:
            if self.matcher.match_domains([email]) is not None:
                return email.rpartition("@")[2].strip().casefold()
        return ""

    def _decide(
        self, key: str, name: str, emails: list[str], sector: Sector | None, count: int
    ) -> OrgOutcome:
        choice = self.org_choices.get(key)
        by_id = self.matcher.by_id
        if key.startswith("@"):  # people with no organisation named: join it, or stay without
            outcome = OrgOutcome(key, key, rows=count)
            if choice is None:
                outcome.existing, outcome.how = self.matcher.match_domains(emails), "domain"
            elif choice.existing_id in by_id:
                outcome.existing, outcome.how = by_id[choice.existing_id], "chosen"
            return outcome
        outcome = OrgOutcome(" ".join(name.split()), key, rows=count)
        if choice is not None and choice.existing_id in by_id:
            outcome.existing, outcome.how = by_id[choice.existing_id], "chosen"
            return outcome
        if choice is None:
            outcome.existing, outcome.how = self.matcher.match(name, emails)
            if outcome.existing is not None:
                return outcome
        if choice is not None and choice.sector is not None:
            outcome.sector, outcome.sector_from = choice.sector, "chosen"
        elif sector is not None:
            outcome.sector, outcome.sector_from = sector, "file"
        elif (guessed := sector_from_name(name)) is not None:
            outcome.sector, outcome.sector_from = guessed, "name"
        outcome.new = Organisation(outcome.name, outcome.sector or Sector.OTHER)
        return outcome

    def _index(self, person: Person) -> None:
        for email in person.emails:
            self.by_email.setdefault(email.strip().casefold(), person.id)
        ids = self.by_name.setdefault(norm(person.name), [])
        if person.id not in ids:
            ids.append(person.id)

    def _working(self, person_id: str) -> Person:
        if person_id not in self.by_id:
            self.by_id[person_id] = copy.deepcopy(self.originals[person_id])
        return self.by_id[person_id]

    def _matches(self, row: IncomingPerson) -> list[str]:
        """Ids of the people this row could be: none, one, or (if ambiguous) several."""
        if row.uid and (row.uid in self.originals or row.uid in self.by_id):
            return [row.uid]
        for email in row.emails:
            if (found := self.by_email.get(email.strip().casefold())) is not None:
                return [found]
        return self.by_name.get(norm(row.name), [])

    def _organisation(self, row: IncomingPerson) -> str | None:
        key = row.org_key or name_key(row.organisation)
        if not key:
            return None
        if key not in self.outcomes:  # rows added one by one, without add_all
            self.outcomes[key] = self._decide(key, row.organisation, row.emails, row.sector, 1)
        outcome = self.outcomes[key]
        if outcome.existing is not None:
            return outcome.existing.id
        return outcome.new.id if outcome.new is not None else None

    def _group(self, row: IncomingPerson) -> str | None:
        if not row.group.strip():
            return None
        key = norm(row.group)
        if key not in self.groups:
            group = Group(" ".join(row.group.split()))
            self.groups[key] = group
            self.plan.groups_added.append(group)
        return self.groups[key].id

    def add(self, row: IncomingPerson) -> None:
        if not row.name.strip():
            self.problems.add(row.line, "Name", "a name is required")
            return
        if row.role is not None and not row.group.strip():
            self.problems.add(row.line, "Role", "a role is given but no group to hold it in")
            return
        matches = self._matches(row)
        if len(matches) > 1:
            self.problems.add(
                row.line,
                "Name",
                f"more than one person is called '{row.name}'; add their e-mail address to say which one",
            )
            return
        org_id = self._organisation(row)
        if not matches:
            person = Person(" ".join(row.name.split()), organisation_id=org_id)
            self.by_id[person.id] = person
            self.added_ids.append(person.id)
        else:
            person = self._working(matches[0])
            if row.org_key and person.organisation_id:
                org_id = person.organisation_id  # an address alone never moves someone elsewhere
        _merge_person(person, row, org_id)
        self._index(person)
        group_id = self._group(row)
        if group_id is not None:
            self._membership(person.id, group_id, row)

    def _membership(self, person_id: str, group_id: str, row: IncomingPerson) -> None:
        role = row.role or Role.MEMBER
        key = (person_id, group_id)
        if key in self.membership_lines:
            current = self.memberships[key]
            if current.role != role:
                first = self.membership_lines[key]
                self.problems.add(
                    row.line,
                    "Role",
                    f"'{row.name}' is already listed for '{row.group}' as {ROLE_LABELS[current.role]}"
                    + (f" on line {first}" if first is not None else ""),
                )
            return
        self.membership_lines[key] = row.line
        existing = self.memberships.get(key)
        if existing is None:
            membership = Membership(person_id, group_id, role)
            self.memberships[key] = membership
            self.new_memberships[membership.id] = membership
        elif existing.role != role:
            changed = copy.deepcopy(existing)
            changed.role = role
            self.memberships[key] = changed
            self.changed_memberships[changed.id] = changed

    def build(self) -> ImportPlan:
        self.problems.raise_if_any()
        plan = self.plan
        plan.organisations = list(self.outcomes.values())
        plan.organisations_added = [o.new for o in plan.organisations if o.new is not None]
        for outcome in plan.organisations:
            if outcome.new is not None and outcome.sector is None:
                message = f"'{outcome.name}' is a new organisation of unknown sector: 'Other' is used"
                plan.warnings.append(
                    ImportNotice(plan.source, None, "Sector", message, "new_org_sector", outcome.name)
                )
        added = set(self.added_ids)
        plan.people_added = [self.by_id[i] for i in self.added_ids]
        for person_id, person in self.by_id.items():
            if person_id in added:
                continue
            fields = _differences(self.originals[person_id], person)
            if fields:
                plan.people_updated.append(person)
                plan.changed_fields[person_id] = fields
            else:
                plan.unchanged_people += 1
        plan.memberships_added = list(self.new_memberships.values())
        plan.memberships_updated = list(self.changed_memberships.values())
        return plan


def _merge_person(person: Person, row: IncomingPerson, org_id: str | None) -> None:
    """Fill in what the row knows; never blank what the directory already has."""
    if row.job_title.strip():
        person.job_title = row.job_title.strip()
    if org_id is not None:
        person.organisation_id = org_id
    folded = {e.casefold() for e in person.emails}
    for email in row.emails:
        if email.casefold() not in folded:
            person.emails.append(email)
            folded.add(email.casefold())
    squashed = {"".join(p.split()) for p in person.phones}
    for phone in row.phones:
        if "".join(phone.split()) not in squashed:
            person.phones.append(phone)
            squashed.add("".join(phone.split()))
    notes = row.notes.strip()
    if notes and notes not in person.notes:
        person.notes = f"{person.notes.rstrip()}\n{notes}" if person.notes.strip() else notes
    if row.last_verified is not None and (
        person.last_verified is None or row.last_verified > person.last_verified
    ):
        person.last_verified = row.last_verified


def _differences(before: Person, after: Person) -> list[str]:
    names = ("name", "job_title", "organisation_id", "emails", "phones", "notes", "last_verified")
    return [n for n in names if getattr(before, n) != getattr(after, n)]
