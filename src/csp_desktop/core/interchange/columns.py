"""Which column of someone else's spreadsheet holds which detail of a person.

Officers send what their software writes: Outlook ("First Name", "Last Name", "Title" for
Ms/Dr, "Company", "E-mail Address"), Google Contacts ("Given Name", "E-mail 1 - Value",
"Organization 1 - Name"), Thunderbird ("Display Name", "Primary Email") or a sheet typed by
hand, in English or Welsh. Headers are compared without case, accents, spaces or
punctuation. A column map is ``{column index: field}``; e-mail, phone and notes may come
from several columns at once.
"""

from __future__ import annotations

import re

from csp_desktop.core.folding import fold

# Field -> header used on export, then the other headers accepted for it.
COLUMNS: dict[str, tuple[str, ...]] = {
    "name": (
        "Name",
        "Full name",
        "Display name",
        "Contact name",
        "Contact",
        "Person",
        "Enw",
        "Enw llawn",
    ),
    "honorific": ("Honorific", "Name prefix", "Prefix", "Salutation", "Teitl", "Cyfarchiad"),
    "given_name": ("First name", "Given name", "Forename", "Forenames", "First", "Enw cyntaf"),
    "middle_name": ("Middle name", "Additional name", "Middle names", "Enw canol"),
    "family_name": ("Last name", "Family name", "Surname", "Last", "Cyfenw"),
    "suffix": ("Suffix", "Name suffix"),
    "job_title": (
        "Job title",
        "Post",
        "Position",
        "Title",
        "Job",
        "Organization 1 - Title",
        "Organization title",
        "Occupation",
        "Teitl swydd",
        "Swydd",
    ),
    "department": ("Department", "Organization 1 - Department", "Organization department", "Adran"),
    "organisation": (
        "Organisation",
        "Organization",
        "Agency",
        "Employer",
        "Company",
        "Organization 1 - Name",
        "Organization name",
        "Organisation name",
        "Sefydliad",
        "Corff",
        "Asiantaeth",
    ),
    "sector": ("Sector", "Organisation sector", "Organisation type", "Math o sefydliad"),
    "emails": (
        "Email",
        "E-mail",
        "Email address",
        "E-mail address",
        "Emails",
        "E-mail 2 address",
        "E-mail 3 address",
        "Primary email",
        "Secondary email",
        "E-mail 1 - Value",
        "E-mail 2 - Value",
        "E-mail 3 - Value",
        "Work email",
        "E-bost",
        "Cyfeiriad e-bost",
    ),
    "phones": (
        "Phone",
        "Telephone",
        "Tel",
        "Mobile",
        "Phone number",
        "Telephone number",
        "Mobile phone",
        "Mobile number",
        "Work phone",
        "Business phone",
        "Business phone 2",
        "Company main phone",
        "Phones",
        "Phone 1 - Value",
        "Phone 2 - Value",
        "Phone 3 - Value",
        "Ffôn",
        "Rhif ffôn",
        "Ffôn symudol",
        "Ffôn gwaith",
    ),
    "group": ("Group", "Board", "Group name", "Board name", "Meeting", "Grŵp", "Bwrdd"),
    "role": ("Role", "Role on group", "Role on board", "Rôl", "Rôl ar y bwrdd"),
    "last_verified": (
        "Last verified",
        "Verified",
        "Date verified",
        "Last checked",
        "Checked",
        "Gwiriwyd",
        "Dyddiad gwirio",
    ),
    "notes": ("Notes", "Note", "Comments", "Comment", "Nodiadau", "Sylwadau"),
}

# Plain-English names for the preview and messages: never the internal field keys.
FIELD_LABELS: dict[str, str] = {
    "name": "Full name",
    "honorific": "Title (Ms, Dr…)",
    "given_name": "First name",
    "middle_name": "Middle name",
    "family_name": "Last name",
    "suffix": "Name suffix",
    "job_title": "Job title",
    "department": "Department",
    "organisation": "Organisation",
    "sector": "Sector",
    "emails": "E-mail",
    "phones": "Phone",
    "group": "Board or group",
    "role": "Role on the board",
    "last_verified": "Last verified",
    "notes": "Notes",
}
NAME_PARTS = ("honorific", "given_name", "middle_name", "family_name", "suffix")
MULTI_FIELDS = ("emails", "phones", "notes")  # every column's values are kept, not just the first

HONORIFICS = {
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "dr",
    "prof",
    "professor",
    "cllr",
    "councillor",
    "rev",
    "revd",
    "reverend",
    "sir",
    "dame",
    "lord",
    "lady",
    "baroness",
    "supt",
    "insp",
    "sgt",
    "dc",
    "ds",
    "pc",
    "cyng",
    "cynghorydd",
    "parch",
    "y parch",
    "yr athro",
}


def squash(text: str) -> str:
    """Header key: no case, accents, spaces or punctuation ("E-mail Address" -> "emailaddress")."""
    return "".join(ch for ch in fold(text) if ch.isalnum())


LOOKUP = {squash(alias): name for name, aliases in COLUMNS.items() for alias in aliases}
NUMBERED = re.compile(r"^(e-?mail|phone|telephone)\s*\d+\s*(-\s*)?(value|address)$", re.IGNORECASE)


def is_honorific(text: str) -> bool:
    return fold(text).strip().rstrip(".") in HONORIFICS


def guess_field(header: str) -> str | None:
    found = LOOKUP.get(squash(header))
    if found is None and NUMBERED.match(
        header.strip()
    ):  # Google's "E-mail 4 - Value", Outlook's "E-mail 3 Address"
        found = "phones" if "phone" in header.casefold() else "emails"
    return found


def map_columns(headers: list[str], samples: list[list[str]] | None = None) -> dict[int, str]:
    """Column index -> field, by header name. Several columns may hold one field (Google's
    "Occupation" and "Organization 1 - Title"): a single field takes the first non-empty one.

    "Title" is a job title in a hand-made sheet but Ms/Dr in Outlook: it is taken as an
    honorific when the file also has a "Job title" column or its cells are honorifics.
    """
    mapping: dict[int, str] = {}
    taken: set[str] = set()
    titles: list[int] = []
    for index, header in enumerate(headers):
        name = guess_field(header)
        if name is None:
            continue
        if squash(header) == "title":
            titles.append(index)
            continue
        mapping[index] = name
        taken.add(name)
    for index in titles:
        values = [row[index] for row in samples or [] if index < len(row) and row[index].strip()]
        honorific = "job_title" in taken or (values and all(is_honorific(v) for v in values))
        mapping[index] = "honorific" if honorific else "job_title"
    return mapping


def has_name(mapping: dict[int, str]) -> bool:
    """A full-name column, or given and/or family names to join into one."""
    fields = set(mapping.values())
    return "name" in fields or bool(fields & {"given_name", "family_name"})


def signature(headers: list[str]) -> str:
    """Key for remembering the user's column choices for the next file with the same headers."""
    return "|".join(squash(h) for h in headers)
