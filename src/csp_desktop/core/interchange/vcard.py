"""Contacts as vCards: export for Outlook and phones, import from what they (and others) save.

Export is vCard 3.0 (RFC 2426): CRLF line ends, text escaped, lines folded at 75 octets
without ever splitting a UTF-8 character. Import reads 2.1 (Outlook's quoted-printable with
soft line breaks and CHARSET parameters, bare "TEL;WORK;VOICE" parameters), 3.0 and 4.0.
"""

from __future__ import annotations

import binascii
import codecs
import datetime as dt
import itertools
import re
from dataclasses import dataclass, field

from csp_desktop.core.directory.model import ROLE_LABELS, Directory, Organisation, Person
from csp_desktop.core.interchange import limits
from csp_desktop.core.interchange.errors import ImportProblem, Problems
from csp_desktop.core.interchange.orgmatch import OrgChoice
from csp_desktop.core.interchange.plan import ImportPlan, IncomingPerson, PlanBuilder, seats_by_person

MAX_BYTES = limits.MAX_FILE_BYTES  # one set of limits for every format: see limits.py
MAX_CARDS = limits.MAX_RECORDS
MAX_HEAD = 1000  # bytes of property name and parameters before the ":"; real ones are far shorter
FOLD_AT = 75  # octets per physical line, not counting CRLF
HONORIFICS = {
    "cllr",
    "councillor",
    "dr",
    "mr",
    "mrs",
    "ms",
    "miss",
    "mx",
    "prof",
    "professor",
    "sir",
    "dame",
    "rev",
    "revd",
    "canon",
    "supt",
    "insp",
    "sgt",
    "cynghorydd",
}
SURNAME_PARTICLES = {"ap", "ab", "ferch", "verch", "van", "von", "de", "der", "la", "le", "du", "da", "di"}
ENCODING_WORDS = {"QUOTED-PRINTABLE", "BASE64", "B", "8BIT", "7BIT"}
# Character sets a card may declare; anything else falls back to UTF-8, then Windows-1252.
CHARSETS = {"utf-8", "ascii", "cp1252", "iso8859-1", "latin-1", "iso8859-15", "utf-16", "cp1250", "mac-roman"}


# -- export ---------------------------------------------------------------------------------


def escape_text(value: str) -> str:
    value = value.replace("\\", "\\\\").replace(",", "\\,").replace(";", "\\;")
    return re.sub(r"\r\n|\r|\n", r"\\n", value)


def fold(line: str) -> list[str]:
    """Split one content line into physical lines of at most 75 octets, on character bounds."""
    out: list[str] = []
    current, size, limit = [], 0, FOLD_AT
    for ch in line:
        width = len(ch.encode("utf-8"))
        if size + width > limit:
            out.append("".join(current))
            current, size, limit = [" "], 1, FOLD_AT
        current.append(ch)
        size += width
    out.append("".join(current))
    return out


def split_name(name: str) -> tuple[str, str, str]:
    """(family, given, honorific prefix) for the N property, from a display name."""
    words = name.split()
    prefix = []
    while len(words) > 1 and words[0].casefold().rstrip(".") in HONORIFICS:
        prefix.append(words.pop(0))
    if not words:
        return "", "", " ".join(prefix)
    cut = len(words) - 1
    while cut > 1 and words[cut - 1].casefold() in SURNAME_PARTICLES:
        cut -= 1  # "Gwilym ap Dafydd": the family name is "ap Dafydd"
    return " ".join(words[cut:]), " ".join(words[:cut]), " ".join(prefix)


def _card(person: Person, org: Organisation | None, seats: list, rev: str, today: dt.date) -> list[str]:
    family, given, prefix = split_name(person.name)
    lines = ["BEGIN:VCARD", "VERSION:3.0", f"FN:{escape_text(person.name)}"]
    lines.append(f"N:{escape_text(family)};{escape_text(given)};;{escape_text(prefix)};")
    if org is not None:
        lines.append(f"ORG:{escape_text(org.name)}")
    if person.job_title:
        lines.append(f"TITLE:{escape_text(person.job_title)}")
    for membership, group in seats:
        if membership.current(today):
            lines.append(f"ROLE:{escape_text(f'{ROLE_LABELS[membership.role]} – {group.name}')}")
    lines += [f"EMAIL;TYPE=INTERNET,WORK:{escape_text(e)}" for e in person.emails]
    lines += [f"TEL;TYPE=WORK,VOICE:{escape_text(p)}" for p in person.phones]
    if person.notes:
        lines.append(f"NOTE:{escape_text(person.notes)}")
    lines += [f"REV:{rev}", f"UID:{escape_text(person.id)}", "CATEGORIES:CSP", "END:VCARD"]
    return lines


def export_vcards(directory: Directory, now: dt.datetime | None = None) -> str:
    """Every person as a vCard 3.0, CRLF line ends; encode the result as UTF-8 to save it."""
    now = now or dt.datetime.now(dt.UTC)
    rev = now.astimezone(dt.UTC).strftime("%Y-%m-%dT%H:%M:%SZ")  # a naive time is taken as local
    orgs = {o.id: o for o in directory.organisations}
    seats = seats_by_person(directory)
    physical: list[str] = []
    for person in directory.people:
        org = orgs.get(person.organisation_id or "")
        for line in _card(person, org, seats.get(person.id, []), rev, now.date()):
            physical += fold(line)
    return "".join(line + "\r\n" for line in physical)


# -- import ---------------------------------------------------------------------------------


@dataclass
class VCardContact:
    """One contact from a vCard file, before it becomes a person in the record."""

    name: str
    organisation: str = ""
    title: str = ""
    emails: list[str] = field(default_factory=list)
    phones: list[str] = field(default_factory=list)
    note: str = ""
    uid: str = ""
    roles: list[str] = field(default_factory=list)  # ROLE values, as written
    line: int = 0  # where BEGIN:VCARD is


def _is_qp(head: bytes) -> bool:
    return b"QUOTED-PRINTABLE" in head.split(b":", 1)[0].upper()


def _logical_lines(data: bytes) -> list[tuple[int, bytes]]:
    """Non-blank content lines with their first physical line number, after unfolding (CRLF and
    a space or tab) and joining quoted-printable soft line breaks (a trailing "=")."""
    lines: list[tuple[int, list[bytes], bool]] = []
    after_blank = True
    for number, raw in enumerate(data.splitlines(), 1):  # bytes split on CR, LF and CRLF only
        if not raw:
            after_blank = True
            continue
        if not after_blank:
            parts, qp = lines[-1][1], lines[-1][2]
            if qp and parts[-1].endswith(b"="):
                parts[-1] = parts[-1][:-1]
                parts.append(raw)
                continue
            if raw[:1] in (b" ", b"\t"):
                parts.append(raw[1:])
                continue
        lines.append((number, [raw], _is_qp(raw)))
        after_blank = False
    return [(number, b"".join(parts)) for number, parts, _ in lines]


def _split_outside_quotes(text: str, sep: str) -> list[str]:
    parts, current, quoted = [], [], False
    for ch in text:
        if ch == '"':
            quoted = not quoted
        elif ch == sep and not quoted:
            parts.append("".join(current))
            current = []
            continue
        current.append(ch)
    parts.append("".join(current))
    return parts


def _parse_line(line: bytes) -> tuple[str, dict[str, list[str]], bytes] | None:
    """(NAME, {PARAM: [values]}, raw value) or None if this is not a property line."""
    colon = line.find(b":", 0, MAX_HEAD)
    if colon < 0:
        return None
    if b'"' in line[:colon]:
        quoted = False
        for index, byte in enumerate(line[:MAX_HEAD]):
            if byte == 0x22:
                quoted = not quoted
            elif byte == 0x3A and not quoted:
                colon = index
                break
    head, value = line[:colon].decode("ascii", "replace"), line[colon + 1 :]
    name, *raw_params = _split_outside_quotes(head, ";")
    params: dict[str, list[str]] = {}
    for raw in raw_params:
        key, sep, val = raw.partition("=")
        if not sep:  # vCard 2.1 bare parameter: TEL;WORK;VOICE or NOTE;QUOTED-PRINTABLE
            key, val = ("ENCODING" if key.strip().upper() in ENCODING_WORDS else "TYPE"), key
        values = [v.strip().strip('"').upper() for v in _split_outside_quotes(val, ",")]
        params.setdefault(key.strip().upper(), []).extend(values)
    return name.strip().rsplit(".", 1)[-1].upper(), params, value


def _charset(params: dict[str, list[str]]) -> str | None:
    for name in params.get("CHARSET", []):
        try:
            codec = codecs.lookup(name).name
        except LookupError:
            continue
        if codec in CHARSETS:
            return codec
    return None


def _decode_value(params: dict[str, list[str]], raw: bytes) -> str:
    if "QUOTED-PRINTABLE" in params.get("ENCODING", []):
        raw = binascii.a2b_qp(raw)
    if (charset := _charset(params)) is not None:
        text = raw.decode(charset, "replace")
    else:
        try:
            text = raw.decode("utf-8")
        except UnicodeDecodeError:
            text = raw.decode("cp1252", "replace")
    return re.sub(r"\r\n|\r", "\n", text)


def _unescape(text: str) -> str:
    """Undo vCard escaping (a backslash before n, comma, semicolon or backslash), fast on any size."""
    if "\\" not in text:
        return text
    mark = "\uffff"  # a Unicode noncharacter, never legitimately in a contact
    text = text.replace(mark, "").replace("\\\\", mark)  # escaped backslashes out of the way first
    text = text.replace("\\n", "\n").replace("\\N", "\n")
    trailing = "\\" if text.endswith("\\") else ""
    return (text.replace("\\", "") + trailing).replace(mark, "\\")


def _components(text: str, limit: int) -> list[str]:
    """The first parts of a structured value (N, ORG), split on unescaped semicolons."""
    found = re.finditer(r"((?:\\.|[^\\;]|\\\Z)*+)(?:;|\Z)", text, flags=re.S)
    return [_unescape(m.group(1)) for m in itertools.islice(found, limit)]


def _strip_scheme(value: str, scheme: str) -> str:
    return value[len(scheme) :] if value.lower().startswith(scheme) else value


class _Card:
    def __init__(self, line: int):
        self.line = line
        self.contact = VCardContact("", line=line)
        self.fn = ""
        self.n = ""
        self.notes: list[str] = []

    def take(self, name: str, params: dict[str, list[str]], raw: bytes) -> None:
        encoding = params.get("ENCODING", [])
        if "B" in encoding or "BASE64" in encoding:
            return  # photos, keys and sounds: not kept
        text = _decode_value(params, raw)
        contact = self.contact
        if name == "FN" and not self.fn:
            self.fn = _unescape(text).strip()
        elif name == "N" and not self.n:
            parts = [" ".join(p.split()) for p in _components(text, 5)] + [""] * 5
            family, given, additional, prefix, suffix = parts[:5]
            self.n = " ".join(p for p in (prefix, given, additional, family, suffix) if p)
        elif name == "ORG" and not contact.organisation:
            contact.organisation = _components(text, 1)[0].strip()
        elif name == "TITLE" and not contact.title:
            contact.title = _unescape(text).strip()
        elif name == "ROLE":
            contact.roles.append(_unescape(text).strip())
        elif name == "EMAIL":
            email = _strip_scheme(_unescape(text).strip(), "mailto:")
            if email and email.casefold() not in {e.casefold() for e in contact.emails}:
                contact.emails.append(email)
        elif name == "TEL":
            phone = _strip_scheme(_unescape(text).strip(), "tel:")
            if phone and phone not in contact.phones:
                contact.phones.append(phone)
        elif name == "NOTE":
            self.notes.append(_unescape(text).strip())
        elif name == "UID" and not contact.uid:
            contact.uid = _unescape(text).strip()

    def finish(self) -> VCardContact | None:
        self.contact.name = self.fn or self.n
        self.contact.note = "\n".join(n for n in self.notes if n)
        return self.contact if self.contact.name else None


def import_vcards(data: bytes, filename: str) -> list[VCardContact]:
    """Every contact in a .vcf file, or ImportProblem(s) naming the lines that are wrong."""
    if len(data) > MAX_BYTES:
        raise ImportProblem(filename, None, None, f"the file is over {MAX_BYTES // (1024 * 1024)} MB")
    if data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        try:
            data = data.decode("utf-16").encode("utf-8")
        except UnicodeDecodeError:
            raise ImportProblem(filename, None, None, "the file is not readable text") from None
    data = data.removeprefix(codecs.BOM_UTF8)
    problems = Problems(filename)
    contacts: list[VCardContact] = []
    card: _Card | None = None
    cards_seen = 0
    for number, line in _logical_lines(data):
        if problems.full:
            break
        if not line.strip():
            continue
        parsed = _parse_line(line)
        name, value = (parsed[0], parsed[2].strip().upper()) if parsed else ("", b"")
        if name == "BEGIN" and value == b"VCARD":
            if card is not None:
                problems.add(card.line, None, "BEGIN:VCARD has no END:VCARD before the next card")
            cards_seen += 1
            if cards_seen > MAX_CARDS:
                problems.add(number, None, f"the file has more than {MAX_CARDS:,} contacts")
                break
            card = _Card(number)
        elif name == "END" and value == b"VCARD":
            if card is None:
                problems.add(number, None, "END:VCARD without a BEGIN:VCARD before it")
                continue
            contact = card.finish()
            if contact is None:
                problems.add(card.line, "FN", "this contact has no name (neither FN nor N)")
            else:
                contacts.append(contact)
            card = None
        elif card is None:
            problems.add(number, None, "this line is not inside a vCard (BEGIN:VCARD … END:VCARD)")
        elif parsed is not None:
            card.take(*parsed)
    if card is not None and not problems.full:
        problems.add(card.line, None, "BEGIN:VCARD has no END:VCARD")
    if not contacts and not problems:
        problems.add(None, None, "there are no vCards in this file")
    problems.raise_if_any()
    return contacts


def vcards_to_plan(
    contacts: list[VCardContact],
    existing: Directory,
    filename: str = "",
    org_choices: dict[str, OrgChoice] | None = None,
) -> ImportPlan:
    """The same kind of plan as a CSV import: people matched by UID, then e-mail, then name,
    and organisations matched by name, alias or e-mail domain."""
    problems = Problems(filename)
    builder = PlanBuilder(existing, filename, problems, org_choices)
    builder.add_all(
        [
            IncomingPerson(
                c.line,
                c.name,
                c.title,
                c.organisation,
                emails=list(c.emails),
                phones=list(c.phones),
                notes=c.note,
                uid=c.uid,
            )
            for c in contacts
        ]
    )
    return builder.build()
