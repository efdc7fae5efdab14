"""The "CSP pack": the whole directory as versioned JSON, sent round by a CSP officer.

Reading is strict and bounded: the size is checked before parsing, brackets are counted so
deep nesting or millions of tiny objects are refused before json.loads builds anything, and
every field of every record is checked (type, length, id shape, references, cycles). A pack
either loads completely or is refused with ImportProblem(s) naming the JSON path.

Merging never deletes and never silently overwrites: see plan_merge.
"""

from __future__ import annotations

import contextlib
import dataclasses
import datetime as dt
import hashlib
import json
import re
from dataclasses import dataclass
from enum import Enum
from typing import Any

from csp_desktop.core.directory.model import (
    Directory,
    Group,
    Membership,
    Organisation,
    Person,
    Procedure,
    Record,
    Role,
    Sector,
)
from csp_desktop.core.interchange import limits
from csp_desktop.core.interchange.errors import ImportProblem, Problems

FORMAT = "csp-desktop-pack"
VERSION = 1
# One set of limits for every format: see limits.py.
MAX_BYTES = limits.MAX_FILE_BYTES
MAX_RECORDS = limits.MAX_RECORDS
MAX_TEXT = limits.MAX_TEXT
MAX_LIST = limits.MAX_LIST
MAX_DEPTH = limits.MAX_DEPTH
ID_RE = re.compile(r"[A-Za-z0-9_-]{1,64}")

# Field kinds: text, required text, boolean, id, optional id (a reference), list of text,
# optional date, sector, role.
TEXT, NAME, BOOL, ID, REF, LIST, DATE, SECTOR, ROLE = (
    "text",
    "name",
    "bool",
    "id",
    "ref",
    "list",
    "date",
    "sector",
    "role",
)
KINDS: dict[str, tuple[type, dict[str, str]]] = {
    "organisations": (
        Organisation,
        {
            "id": ID,
            "name": NAME,
            "name_cy": TEXT,
            "sector": SECTOR,
            "responsible_authority": BOOL,
            "notes": TEXT,
        },
    ),
    "groups": (Group, {"id": ID, "name": NAME, "reports_to": REF, "purpose": TEXT, "suggested": BOOL}),
    "people": (
        Person,
        {
            "id": ID,
            "name": NAME,
            "job_title": TEXT,
            "organisation_id": REF,
            "emails": LIST,
            "phones": LIST,
            "notes": TEXT,
            "last_verified": DATE,
        },
    ),
    "memberships": (
        Membership,
        {
            "id": ID,
            "person_id": ID,
            "group_id": ID,
            "role": ROLE,
            "organisation_id": REF,
            "start_date": DATE,
            "end_date": DATE,
        },
    ),
    "procedures": (Procedure, {"id": ID, "topic": NAME, "text": TEXT}),
}
TOP_LEVEL = {"format", "version", "exported_at", "council", *KINDS}


# -- writing --------------------------------------------------------------------------------


def record_dict(record: Record) -> dict[str, Any]:
    """The record as JSON-ready data: enums as their values, dates as ISO strings."""
    out: dict[str, Any] = {}
    for f in dataclasses.fields(record):
        value = getattr(record, f.name)
        if isinstance(value, Enum):
            value = value.value
        elif isinstance(value, dt.date):
            value = value.isoformat()
        elif isinstance(value, list):
            value = list(value)
        out[f.name] = value
    return out


def record_hash(record: Record) -> str:
    """A stable fingerprint of a record's content, to tell later whether it was edited."""
    canonical = json.dumps(record_dict(record), sort_keys=True, separators=(",", ":"), ensure_ascii=False)
    return hashlib.sha256(canonical.encode("utf-8")).hexdigest()


def export_pack(directory: Directory, council_id: str | None, now: dt.datetime | None = None) -> bytes:
    now = now or dt.datetime.now(dt.UTC)
    pack: dict[str, Any] = {
        "format": FORMAT,
        "version": VERSION,
        "exported_at": now.isoformat(timespec="seconds"),
        "council": council_id,
    }
    for kind in KINDS:
        pack[kind] = [record_dict(r) for r in getattr(directory, kind)]
    return (json.dumps(pack, indent=2, sort_keys=True, ensure_ascii=False) + "\n").encode("utf-8")


# -- reading --------------------------------------------------------------------------------


@dataclass
class PackContents:
    """A CSP record pack as read: the records, the council and when it was exported."""

    directory: Directory
    council: str | None
    exported_at: dt.datetime
    version: int


class _DuplicateKey(ValueError):
    pass


def _no_duplicate_keys(pairs: list[tuple[str, Any]]) -> dict[str, Any]:
    out: dict[str, Any] = {}
    for key, value in pairs:
        if key in out:
            raise _DuplicateKey(key)
        out[key] = value
    return out


def _reject_constant(name: str) -> None:
    raise ValueError(f"{name} is not allowed")


# A JSON string (an unterminated one runs to the end of the text) or a bracket. Every match
# consumes what it reads and an unterminated string ends the scan, so the check is linear:
# the old pattern retried from every quote of an unterminated string, which made 100 KB of
# escaped quotes take 20 seconds.
_TOKEN = re.compile(r'"(?:[^"\\]++|\\.)*+(?:"|\Z)|[\[\]{}]', re.S)


def _check_shape(text: str, filename: str) -> None:
    """Refuse deep nesting and floods of objects before json.loads allocates anything."""
    depth = opened = 0
    for match in _TOKEN.finditer(text):  # stops at the first fault: bounded steps
        ch = match.group()
        if ch[0] == '"':
            continue
        if ch in "]}":
            depth -= 1
            continue
        depth, opened = depth + 1, opened + 1
        if depth > MAX_DEPTH:
            raise ImportProblem(filename, None, None, "the pack is nested deeper than a CSP pack can be")
        if opened > 3 * MAX_RECORDS + 10:  # a record is at most an object and two lists
            raise ImportProblem(filename, None, None, f"the pack holds more than {MAX_RECORDS:,} records")


def _parse(data: bytes, filename: str) -> Any:
    if len(data) > MAX_BYTES:
        raise ImportProblem(filename, None, None, f"the file is over {MAX_BYTES // (1024 * 1024)} MB")
    try:
        text = data.decode("utf-8").removeprefix("\ufeff")
    except UnicodeDecodeError as exc:
        line = data[: exc.start].count(b"\n") + 1
        raise ImportProblem(filename, line, None, "this is not a CSP pack (not UTF-8 text)") from None
    _check_shape(text, filename)
    try:
        return json.loads(text, object_pairs_hook=_no_duplicate_keys, parse_constant=_reject_constant)
    except json.JSONDecodeError as exc:
        raise ImportProblem(
            filename, exc.lineno, None, f"this is not a CSP pack (bad JSON: {exc.msg})"
        ) from None
    except _DuplicateKey as exc:
        raise ImportProblem(filename, None, str(exc), "this key appears twice in one record") from None
    except (ValueError, RecursionError) as exc:
        raise ImportProblem(filename, None, None, f"this is not a CSP pack ({exc})") from None


def _field(problems: Problems, path: str, kind: str, value: Any) -> Any:
    """The checked, converted value; or None after recording a problem."""
    optional = kind in (REF, DATE)
    if value is None and optional:
        return None
    if kind == BOOL:
        if isinstance(value, bool):
            return value
        return problems.add(None, path, "should be true or false")
    if kind == LIST:
        if not isinstance(value, list) or len(value) > MAX_LIST:
            return problems.add(None, path, f"should be a list of at most {MAX_LIST} texts")
        for index, item in enumerate(value):
            if not isinstance(item, str) or len(item) > MAX_TEXT:
                return problems.add(
                    None, f"{path}[{index}]", f"should be a text of at most {MAX_TEXT:,} characters"
                )
            if problem := limits.text_problem(item):
                return problems.add(None, f"{path}[{index}]", problem)
        return list(value)
    if not isinstance(value, str):
        return problems.add(None, path, "should be a text" + (" or null" if optional else ""))
    if problem := limits.text_problem(value):
        return problems.add(None, path, problem)
    if kind in (ID, REF) and not ID_RE.fullmatch(value):
        return problems.add(None, path, "is not a valid id (1 to 64 letters, digits, - or _)")
    if kind == NAME and not value.strip():
        return problems.add(None, path, "should not be empty")
    if kind == DATE:
        try:
            return dt.date.fromisoformat(value)
        except ValueError:
            return problems.add(None, path, f"'{value[:40]}' is not a date like 2026-05-08")
    if kind in (SECTOR, ROLE):
        enum = Sector if kind == SECTOR else Role
        if value not in enum._value2member_map_:
            known = ", ".join(e.value for e in enum)
            return problems.add(None, path, f"'{value[:40]}' is not a known {kind} ({known})")
        return enum(value)
    return value


def _record(problems: Problems, path: str, cls: type, schema: dict[str, str], item: Any) -> Record | None:
    if not isinstance(item, dict):
        problems.add(None, path, "should be an object")
        return None
    before = len(problems.items)
    for key in sorted(set(item) - set(schema)):
        problems.add(None, f"{path}.{key[:40]}", "is not a field of this kind of record")
    values = {}
    for key, kind in schema.items():
        if key not in item:
            problems.add(None, f"{path}.{key}", "is missing")
        else:
            values[key] = _field(problems, f"{path}.{key}", kind, item[key])
    return cls(**values) if len(problems.items) == before else None


def _header(pack: Any, filename: str) -> tuple[int, dt.datetime, str | None]:
    if not isinstance(pack, dict) or pack.get("format") != FORMAT:
        raise ImportProblem(filename, None, "format", "this is not a CSP pack from CSP Desktop")
    version = pack.get("version")
    if not isinstance(version, int) or isinstance(version, bool) or version < 1:
        raise ImportProblem(filename, None, "version", "the pack has no valid version number")
    if version > VERSION:
        message = f"this pack was made by a newer CSP Desktop (pack version {version})"
        message += "; update CSP Desktop to open it"
        raise ImportProblem(filename, None, "version", message)
    problems = Problems(filename)
    for key in sorted(set(pack) - TOP_LEVEL):
        problems.add(None, key[:40], "is not part of a CSP pack")
    for key in sorted(TOP_LEVEL - set(pack)):
        problems.add(None, key, "is missing")
    exported = None
    if isinstance(pack.get("exported_at"), str) and len(pack["exported_at"]) < 40:
        with contextlib.suppress(ValueError):
            exported = dt.datetime.fromisoformat(pack["exported_at"])
    if exported is None and "exported_at" in pack:
        problems.add(None, "exported_at", "should be a date and time like 2026-05-08T09:00:00")
    council = pack.get("council")
    if council is not None and not (isinstance(council, str) and ID_RE.fullmatch(council)):
        problems.add(None, "council", "is not a valid council id")
    for kind in KINDS:
        if kind in pack and not isinstance(pack[kind], list):
            problems.add(None, kind, "should be a list")
    problems.raise_if_any()
    if sum(len(pack[kind]) for kind in KINDS) > MAX_RECORDS:
        raise ImportProblem(filename, None, None, f"the pack holds more than {MAX_RECORDS:,} records")
    assert exported is not None
    return version, exported, council


def groups_in_loops(groups: list[Group]) -> list[Group]:
    """One group from each loop of groups reporting to each other (linear time)."""
    by_id = {g.id: g for g in groups}
    state: dict[str, int] = {}  # 1: on the current walk up the tree, 2: known to reach the top
    loops = []
    for group in groups:
        walk: list[Group] = []
        current: Group | None = group
        while current is not None and current.id not in state:
            state[current.id] = 1
            walk.append(current)
            current = by_id.get(current.reports_to or "")
        if current is not None and state[current.id] == 1:
            loops.append(current)
        state.update((g.id, 2) for g in walk)
    return loops


def _check_links(directory: Directory, paths: dict[int, str], problems: Problems) -> None:
    seen: dict[str, str] = {}
    for kind in KINDS:
        for record in getattr(directory, kind):
            if record.id in seen:
                problems.add(
                    None, f"{paths[id(record)]}.id", f"the id '{record.id}' is also used by {seen[record.id]}"
                )
            seen.setdefault(record.id, paths[id(record)])
    orgs = {o.id for o in directory.organisations}
    groups = {g.id: g for g in directory.groups}
    people = {p.id for p in directory.people}
    links = [(p, "organisation_id", orgs) for p in directory.people]
    links += [(g, "reports_to", groups) for g in directory.groups]
    for m in directory.memberships:
        links += [(m, "person_id", people), (m, "group_id", groups), (m, "organisation_id", orgs)]
    for record, name, targets in links:
        target = getattr(record, name)
        if target is not None and target not in targets:
            problems.add(
                None, f"{paths[id(record)]}.{name}", f"refers to '{target}', which is not in the pack"
            )
    for group in groups_in_loops(directory.groups):
        problems.add(None, f"{paths[id(group)]}.reports_to", "groups report to each other in a loop")
    for m in directory.memberships:
        if m.start_date and m.end_date and m.end_date < m.start_date:
            problems.add(None, f"{paths[id(m)]}.end_date", "the membership ends before it starts")


def read_pack_contents(data: bytes, filename: str) -> PackContents:
    pack = _parse(data, filename)
    version, exported, council = _header(pack, filename)
    problems = Problems(filename)
    directory = Directory()
    paths: dict[int, str] = {}
    for kind, (cls, schema) in KINDS.items():
        for index, item in enumerate(pack[kind]):
            if problems.full:
                break
            record = _record(problems, f"{kind}[{index}]", cls, schema, item)
            if record is not None:
                getattr(directory, kind).append(record)
                paths[id(record)] = f"{kind}[{index}]"
    problems.raise_if_any()
    _check_links(directory, paths, problems)
    problems.raise_if_any()
    return PackContents(directory, council, exported, version)


def read_pack(data: bytes, filename: str) -> Directory:
    """Every record in a pack, fully checked; raises ImportProblem(s) if anything is wrong."""
    return read_pack_contents(data, filename).directory
