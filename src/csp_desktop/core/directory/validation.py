"""Checks on what the user types: errors stop a save, warnings only advise."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass

from csp_desktop.core.directory.model import Person

# Deliberately permissive: a warning, never a refusal, for anything odd but possible.
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]+$")
# UK numbers: 0 or +44 then 9-10 digits; spaces, hyphens and brackets allowed. Short
# codes (101, 999, 111, 116 123) are valid too.
UK_PHONE_RE = re.compile(r"^(?:(?:\+44\s?\(?0?\)?|0)(?:[\s\-()]*\d){9,10}|1\d\d|999|116\s?\d{3})$")
STALE_AFTER = dt.timedelta(days=365)


@dataclass(frozen=True)
class Problem:
    """Something wrong with one field of a record; blocking problems stop a save."""

    field: str
    message: str
    blocking: bool


def check_email(value: str) -> str | None:
    return None if EMAIL_RE.match(value.strip()) else f"'{value}' does not look like an e-mail address"


def check_phone(value: str) -> str | None:
    return None if UK_PHONE_RE.match(value.strip()) else f"'{value}' does not look like a UK phone number"


def check_person(person: Person) -> list[Problem]:
    problems = []
    if not person.name.strip():
        problems.append(Problem("name", "A name is required.", True))
    for email in person.emails:
        if (message := check_email(email)) is not None:
            problems.append(Problem("emails", message, False))
    for phone in person.phones:
        if (message := check_phone(phone)) is not None:
            problems.append(Problem("phones", message, False))
    return problems


def needs_review(person: Person, today: dt.date) -> bool:
    """Contacts not confirmed for over a year are flagged: people move on."""
    return person.last_verified is None or today - person.last_verified > STALE_AFTER
