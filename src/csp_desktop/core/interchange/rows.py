"""Rows of a spreadsheet (CSV or .xlsx) -> people -> a plan of changes to the directory.

Unfamiliar values are kept, not refused: an unknown board role becomes the job title (or a
note), an unknown sector leaves the organisation's sector to the preview ("Other" until
chosen), a date that is not a date goes into the notes, and a row without a name is left out;
each with a warning. A file with no names at all, or a clash the app must not guess at (two
people of the same name, one person given two roles on one board), stops the import, and then
nothing is planned.
"""

from __future__ import annotations

from csp_desktop.core.directory.model import Directory
from csp_desktop.core.interchange.columns import FIELD_LABELS, NAME_PARTS, has_name
from csp_desktop.core.interchange.csv_io import CsvRow, CsvTable, unsafe_cell
from csp_desktop.core.interchange.errors import ImportNotice, ImportProblem, Problems
from csp_desktop.core.interchange.orgmatch import OrgChoice, name_key
from csp_desktop.core.interchange.plan import ImportPlan, IncomingPerson, PlanBuilder
from csp_desktop.core.interchange.vocabulary import (
    parse_date,
    role_from_text,
    sector_from_text,
    split_multi,
)

MAX_WARNINGS = 200


def values(row: CsvRow, mapping: dict[int, str]) -> dict[str, list[str]]:
    """Field -> the non-empty texts of its columns, in column order."""
    found: dict[str, list[str]] = {}
    for index, name in mapping.items():
        if 0 <= index < len(row.cells):
            text = unsafe_cell(row.cells[index]).strip()
            if text:
                found.setdefault(name, []).append(text)
    return found


def full_name(got: dict[str, list[str]]) -> str:
    """The name column, or the parts joined: "Dr" + "Siân" + "Pritchard" -> "Dr Siân Pritchard"."""
    if got.get("name"):
        return " ".join(got["name"][0].split())
    parts = [got[p][0] for p in NAME_PARTS if got.get(p)]
    if not (got.get("given_name") or got.get("family_name")):
        return ""  # an honorific alone is not a name
    return " ".join(" ".join(parts).split())


def preview(table: CsvTable, mapping: dict[int, str], limit: int = 20) -> list[dict[str, str | int]]:
    """The first rows as label -> text for the preview, with the name as it will be saved."""
    rows: list[dict[str, str | int]] = []
    for row in table.rows[:limit]:
        got = values(row, mapping)
        shown: dict[str, str | int] = {"line": row.line, "name": full_name(got)}
        for name in FIELD_LABELS:
            if name not in NAME_PARTS and name != "name" and name in got:
                shown[name] = "; ".join(got[name])
        rows.append(shown)
    return rows


def _notice(problems: Problems, warnings: list, line: int, field: str, kind: str, value: str, message: str):
    if len(warnings) < MAX_WARNINGS:
        warnings.append(ImportNotice(problems.file, line, FIELD_LABELS[field], message, kind, value))


def incoming(row: CsvRow, mapping: dict[int, str], problems: Problems, warnings: list) -> IncomingPerson:
    got = values(row, mapping)

    def one(name: str) -> str:
        return got[name][0] if got.get(name) else ""

    person = IncomingPerson(row.line, full_name(got), one("job_title"), one("organisation"))
    person.emails = [e for text in got.get("emails", []) for e in split_multi(text)]
    person.phones = [p for text in got.get("phones", []) for p in split_multi(text)]
    person.notes, person.group = "\n".join(got.get("notes", [])), one("group")
    if department := one("department"):
        person.job_title = f"{person.job_title}, {department}" if person.job_title else department
    if text := one("sector"):
        person.sector = sector_from_text(text)
        if person.sector is None:
            message = (
                f"'{text}' is not a sector the app knows: choose one in the preview ('Other' until then)"
            )
            _notice(problems, warnings, row.line, "sector", "sector_unknown", text, message)
            if warnings and warnings[-1].kind == "sector_unknown":
                warnings[-1].organisation = name_key(person.organisation)
    if text := one("role"):
        person.role = role_from_text(text)
        if person.role is None or not person.group:
            # A free-text role ("Community Safety Manager") is what the person does: keep it.
            why = "is not a board role" if person.role is None else "is given without a board or group"
            person.role = None
            if not person.job_title:
                person.job_title = text
                kind, message = "role_as_title", f"'{text}' {why}: kept as the job title"
            else:
                person.notes = "\n".join(x for x in (person.notes, f"Role: {text}") if x)
                kind, message = "role_as_note", f"'{text}' {why}: kept in the notes"
            _notice(problems, warnings, row.line, "role", kind, text, message)
    if text := one("last_verified"):
        person.last_verified = parse_date(text)
        if person.last_verified is None:  # kept where the user can see it, not lost or refused
            person.notes = "\n".join(x for x in (person.notes, f"Last verified: {text}") if x)
            message = f"'{text}' is not a date (use 2026-05-08 or 08/05/2026): kept in the notes"
            _notice(problems, warnings, row.line, "last_verified", "date_as_note", text, message)
    return person


def to_directory_changes(
    table: CsvTable,
    mapping: dict[int, str],
    existing: Directory,
    org_choices: dict[str, OrgChoice] | None = None,
) -> ImportPlan:
    """Everything the table would add or change; raises ImportProblem(s) if a row is wrong."""
    if not has_name(mapping):
        raise ImportProblem(
            table.filename,
            1,
            "Name",
            "no column holds the names (a column headed 'Name', or 'First name' and 'Last name', is needed)",
        )
    problems = Problems(table.filename)
    warnings: list[ImportProblem] = []
    people: list[IncomingPerson] = []
    for row in table.rows:
        before = len(problems.items)
        person = incoming(row, mapping, problems, warnings)
        if not person.name.strip():
            # A row with an e-mail but no name (Google keeps such contacts) is left out, not fatal.
            shown = (person.emails or person.phones or [person.organisation or ""])[0]
            message = "this row has no name, so it is left out" + (f" ({shown})" if shown else "")
            _notice(problems, warnings, row.line, "name", "no_name", shown, message)
        elif len(problems.items) == before:
            people.append(person)
        if problems.full:
            break
    if not people and not problems:
        raise ImportProblem(table.filename, None, "Name", "no row has a name: there is nobody to import")
    builder = PlanBuilder(existing, table.filename, problems, org_choices)
    builder.add_all(people)
    plan = builder.build()
    outcomes = {o.key: o for o in plan.organisations}

    def still_open(notice: ImportProblem) -> bool:
        """An unknown sector matters only while its organisation is new and no sector is chosen."""
        outcome = outcomes.get(getattr(notice, "organisation", ""))
        return outcome is None or (outcome.new is not None and outcome.sector_from != "chosen")

    plan.warnings = [w for w in warnings if still_open(w)] + plan.warnings
    return plan
