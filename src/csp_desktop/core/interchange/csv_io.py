"""People and their roles as a spreadsheet (CSV): export for Excel, import from anyone's list.

Export writes UTF-8 with a byte-order mark (so Excel keeps ŵ and ŷ), CRLF line ends, one row
per membership, and defuses cells Excel would run as formulas. Import accepts what Excel and
LibreOffice actually save: UTF-8 with or without BOM, Windows-1252, UTF-16 ("Unicode text"),
commas or semicolons, quoted cells with line breaks. Columns are found by header name.
"""

from __future__ import annotations

import codecs
import csv
import datetime as dt
import io
import re
from dataclasses import dataclass

from csp_desktop.core.directory.model import ROLE_LABELS, SECTOR_LABELS, Directory, Role, Sector
from csp_desktop.core.interchange import limits
from csp_desktop.core.interchange.errors import ImportProblem, Problems
from csp_desktop.core.interchange.plan import ImportPlan, IncomingPerson, PlanBuilder, seats_by_person
from csp_desktop.core.render_safe import FORMULA_STARTS

MAX_BYTES = limits.MAX_FILE_BYTES  # one set of limits for every format: see limits.py
MAX_ROWS = limits.MAX_RECORDS

# Field -> header label used on export, then accepted aliases (compared without case,
# spaces or punctuation). Welsh headings are accepted too.
COLUMNS: dict[str, tuple[str, ...]] = {
    "name": ("Name", "Full name", "Display name", "Contact name", "Contact", "Person", "Enw", "Enw llawn"),
    "job_title": ("Job title", "Post", "Position", "Title", "Job", "Teitl swydd", "Swydd"),
    "organisation": ("Organisation", "Organization", "Agency", "Employer", "Company", "Sefydliad"),
    "sector": ("Sector", "Organisation sector", "Organisation type"),
    "emails": ("Email", "E-mail", "Email address", "E-mail address", "Emails", "E-bost", "Cyfeiriad e-bost"),
    "phones": (
        "Phone",
        "Telephone",
        "Tel",
        "Mobile",
        "Phone number",
        "Telephone number",
        "Mobile phone",
        "Work phone",
        "Business phone",
        "Phones",
        "Ffôn",
        "Rhif ffôn",
        "Ffôn symudol",
    ),
    "group": ("Group", "Board", "Group name", "Board name", "Meeting", "Grŵp", "Bwrdd"),
    "role": ("Role", "Role on group", "Role on board", "Rôl"),
    "last_verified": ("Last verified", "Verified", "Date verified", "Last checked", "Checked"),
    "notes": ("Notes", "Note", "Comments", "Comment", "Nodiadau"),
}

ROLE_WORDS: dict[str, Role] = {
    **{r.value.replace("_", ""): r for r in Role},
    **{"".join(ch for ch in label.casefold() if ch.isalnum()): r for r, label in ROLE_LABELS.items()},
    "chairman": Role.CHAIR,
    "chairperson": Role.CHAIR,
    "chairwoman": Role.CHAIR,
    "cadeirydd": Role.CHAIR,
    "vicechairman": Role.VICE_CHAIR,
    "vicechairperson": Role.VICE_CHAIR,
    "isgadeirydd": Role.VICE_CHAIR,
    "deputychair": Role.VICE_CHAIR,
    "substitute": Role.DEPUTY,
    "dirprwy": Role.DEPUTY,
    "lead": Role.LEAD_OFFICER,
    "leadofficer": Role.LEAD_OFFICER,
    "secretary": Role.SECRETARIAT,
    "clerk": Role.SECRETARIAT,
    "aelod": Role.MEMBER,
    "members": Role.MEMBER,
}

SECTOR_WORDS: dict[str, Sector] = {
    **{s.value.replace("_", ""): s for s in Sector},
    **{"".join(ch for ch in label.casefold() if ch.isalnum()): s for s, label in SECTOR_LABELS.items()},
    "localauthority": Sector.COUNCIL,
    "firerescue": Sector.FIRE,
    "fireservice": Sector.FIRE,
    "nhs": Sector.HEALTH,
    "healthboard": Sector.HEALTH,
    "voluntary": Sector.THIRD_SECTOR,
    "voluntarysector": Sector.THIRD_SECTOR,
    "charity": Sector.THIRD_SECTOR,
}

DATE_FORMATS = ("%Y-%m-%d", "%d/%m/%Y", "%d-%m-%Y", "%d.%m.%Y", "%d %B %Y", "%d %b %Y")
SPLIT_MULTI = re.compile(r"[;,]")


def squash(text: str) -> str:
    """Header or label key: no case, spaces or punctuation ("E-mail address" -> "emailaddress")."""
    return "".join(ch for ch in text.casefold() if ch.isalnum())


# -- export ---------------------------------------------------------------------------------


def safe_cell(value: str) -> str:
    """Defuse a formula with a leading apostrophe; unsafe_cell undoes exactly this."""
    return "'" + value if value.lstrip("'").startswith(FORMULA_STARTS) else value


def unsafe_cell(value: str) -> str:
    return value[1:] if value.startswith("'") and value.lstrip("'").startswith(FORMULA_STARTS) else value


def export_csv(directory: Directory) -> bytes:
    fields = list(COLUMNS)
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([COLUMNS[f][0] for f in fields])
    orgs = {o.id: o for o in directory.organisations}
    seats = seats_by_person(directory)
    for person in directory.people:
        org = orgs.get(person.organisation_id or "")
        base = {
            "name": person.name,
            "job_title": person.job_title,
            "organisation": org.name if org else "",
            "sector": SECTOR_LABELS[org.sector] if org else "",
            "emails": "; ".join(person.emails),
            "phones": "; ".join(person.phones),
            "last_verified": person.last_verified.isoformat() if person.last_verified else "",
            "notes": person.notes,
            "group": "",
            "role": "",
        }
        rows = [{**base, "group": g.name, "role": ROLE_LABELS[m.role]} for m, g in seats.get(person.id, [])]
        for row in rows or [base]:
            writer.writerow([safe_cell(row[f]) for f in fields])
    return codecs.BOM_UTF8 + out.getvalue().encode("utf-8")


# -- reading --------------------------------------------------------------------------------


@dataclass
class CsvRow:
    line: int  # physical line where the record starts (the header is line 1)
    cells: list[str]


@dataclass
class CsvTable:
    filename: str
    headers: list[str]
    rows: list[CsvRow]
    encoding: str  # "utf-8-sig", "utf-8", "cp1252" or "utf-16"
    delimiter: str


def _decode(data: bytes, filename: str) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        encodings = ["utf-8-sig"]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ["utf-16"]
    else:
        encodings = ["utf-8", "cp1252"]
    error: UnicodeDecodeError | None = None
    for encoding in encodings:
        try:
            return data.decode(encoding), encoding
        except UnicodeDecodeError as exc:
            error = exc
    assert error is not None
    line = data[: error.start].count(b"\n") + 1
    raise ImportProblem(filename, line, None, "this is not readable text (not UTF-8 or Windows-1252)")


def _sniff_delimiter(header_line: str) -> str:
    outside = re.sub(r'"[^"]*"', "", header_line)
    counts = {d: outside.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(data: bytes, filename: str) -> CsvTable:
    if len(data) > MAX_BYTES:
        raise ImportProblem(filename, None, None, f"the file is over {MAX_BYTES // (1024 * 1024)} MB")
    if data.startswith(b"PK\x03\x04"):
        raise ImportProblem(filename, None, None, "this is an Excel workbook: save it as CSV first")
    text, encoding = _decode(data, filename)
    if "\x00" in text:
        raise ImportProblem(filename, None, None, "this is not a text file (it contains binary data)")
    if not text.strip():
        raise ImportProblem(filename, None, None, "the file is empty")
    first_line = re.split(r"\r\n|\r|\n", text, maxsplit=1)[0]
    delimiter = _sniff_delimiter(first_line)
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter)
    headers: list[str] | None = None
    rows: list[CsvRow] = []
    problems = Problems(filename)
    previous = 0
    try:
        for count, record in enumerate(reader):
            start, previous = previous + 1, reader.line_num
            if count > 2 * MAX_ROWS:  # blank lines included: a flood of them is refused too
                raise ImportProblem(filename, start, None, f"the file has more than {2 * MAX_ROWS:,} lines")
            if headers is None:
                headers = [h.strip() for h in record]
                if len(headers) > limits.MAX_FIELDS:
                    raise ImportProblem(
                        filename, start, None, f"the file has more than {limits.MAX_FIELDS} columns"
                    )
                if not any(headers):
                    raise ImportProblem(filename, start, None, "the first line should name the columns")
                continue
            if not any(cell.strip() for cell in record):
                continue
            if len(rows) >= MAX_ROWS:
                raise ImportProblem(filename, start, None, f"the file has more than {MAX_ROWS:,} rows")
            if len(record) > len(headers) and any(c.strip() for c in record[len(headers) :]):
                message = f"this row has {len(record)} cells but only {len(headers)} column headings"
                problems.add(start, None, message + " (check for a stray comma or quote)")
                if problems.full:
                    break
                continue
            cells = record[: len(headers)]
            rows.append(CsvRow(start, cells + [""] * (len(headers) - len(cells))))
    except csv.Error as exc:
        problems.add(reader.line_num, None, f"the file cannot be read as CSV ({exc})")
    problems.raise_if_any()
    if headers is None:
        raise ImportProblem(filename, None, None, "the file has no header line")
    if not rows:
        raise ImportProblem(filename, None, None, "the file has column headings but no rows of people")
    return CsvTable(filename, headers, rows, encoding, delimiter)


def map_columns(headers: list[str], filename: str = "") -> dict[str, int]:
    """Which column holds which field, by header name. A name column is required."""
    lookup = {squash(alias): name for name, aliases in COLUMNS.items() for alias in aliases}
    mapping: dict[str, int] = {}
    for index, header in enumerate(headers):
        name = lookup.get(squash(header))
        if name is not None and name not in mapping:
            mapping[name] = index
    if "name" not in mapping:
        raise ImportProblem(
            filename, 1, "Name", "there is no Name column (a column headed 'Name' is required)"
        )
    return mapping


def _cell(row: CsvRow, mapping: dict[str, int], name: str) -> str:
    index = mapping.get(name)
    if index is None or not 0 <= index < len(row.cells):
        return ""
    return unsafe_cell(row.cells[index]).strip()


def preview(table: CsvTable, mapping: dict[str, int], limit: int = 20) -> list[dict[str, str | int]]:
    """The first rows as field -> text, for the import dialog; "line" is the file line."""
    return [
        {"line": row.line, **{name: _cell(row, mapping, name) for name in mapping}}
        for row in table.rows[:limit]
    ]


def parse_date(text: str) -> dt.date | None:
    for fmt in DATE_FORMATS:
        try:
            return dt.datetime.strptime(text, fmt).date()
        except ValueError:
            continue
    return None


def split_multi(text: str) -> list[str]:
    return [part.strip() for part in SPLIT_MULTI.split(text) if part.strip()]


def _incoming(row: CsvRow, mapping: dict[str, int], problems: Problems, warnings: list) -> IncomingPerson:
    def get(name: str) -> str:
        return _cell(row, mapping, name)

    person = IncomingPerson(row.line, get("name"), get("job_title"), get("organisation"))
    person.emails, person.phones = split_multi(get("emails")), split_multi(get("phones"))
    person.notes, person.group = get("notes"), get("group")
    if text := get("sector"):
        person.sector = SECTOR_WORDS.get(squash(text))
        if person.sector is None:
            message = f"'{text}' is not a known sector: 'Other' is used"
            warnings.append(ImportProblem(problems.file, row.line, "Sector", message))
    if text := get("role"):
        person.role = ROLE_WORDS.get(squash(text))
        if person.role is None:
            labels = ", ".join(ROLE_LABELS.values())
            problems.add(row.line, "Role", f"'{text}' is not a role the directory knows ({labels})")
    if text := get("last_verified"):
        person.last_verified = parse_date(text)
        if person.last_verified is None:
            problems.add(row.line, "Last verified", f"'{text}' is not a date (use 2026-05-08 or 08/05/2026)")
    return person


def to_directory_changes(table: CsvTable, mapping: dict[str, int], existing: Directory) -> ImportPlan:
    """Everything the file would add or change; raises ImportProblem(s) if any row is wrong."""
    if "name" not in mapping:
        raise ImportProblem(table.filename, 1, "Name", "no column has been chosen for the name")
    problems = Problems(table.filename)
    warnings: list[ImportProblem] = []
    builder = PlanBuilder(existing, table.filename, problems)
    for row in table.rows:
        before = len(problems.items)
        incoming = _incoming(row, mapping, problems, warnings)
        if len(problems.items) == before:
            builder.add(incoming)
        if problems.full:
            break
    plan = builder.build()
    plan.warnings = warnings[:50]
    return plan
