"""People and their roles as a spreadsheet (CSV): export for Excel, import from anyone's list.

Export writes UTF-8 with a byte-order mark (so Excel keeps ŵ and ŷ), CRLF line ends, one row
per membership, and defuses cells Excel would run as formulas. Import accepts what Excel and
LibreOffice actually save: UTF-8 with or without BOM, Windows-1252, UTF-16 ("Unicode text"),
commas, semicolons or tabs, quoted cells with line breaks. A quote left open is structural
damage: the reader says on which line it opened instead of letting the rest of the file
become one cell. Which column holds what is decided elsewhere (columns.py).
"""

from __future__ import annotations

import codecs
import csv
import io
import re
from dataclasses import dataclass, field

from csp_desktop.core.directory.model import ROLE_LABELS, SECTOR_LABELS, Directory
from csp_desktop.core.interchange import limits
from csp_desktop.core.interchange.columns import COLUMNS
from csp_desktop.core.interchange.errors import ImportProblem, Problems
from csp_desktop.core.interchange.plan import seats_by_person
from csp_desktop.core.render_safe import FORMULA_STARTS

MAX_BYTES = limits.MAX_FILE_BYTES  # one set of limits for every format: see limits.py
MAX_ROWS = limits.MAX_RECORDS
EXPORT_FIELDS = (
    "name",
    "job_title",
    "organisation",
    "sector",
    "emails",
    "phones",
    "group",
    "role",
    "last_verified",
    "notes",
)


# -- export ---------------------------------------------------------------------------------


def safe_cell(value: str) -> str:
    """Defuse a formula with a leading apostrophe; unsafe_cell undoes exactly this."""
    return "'" + value if value.lstrip("'").startswith(FORMULA_STARTS) else value


def unsafe_cell(value: str) -> str:
    return value[1:] if value.startswith("'") and value.lstrip("'").startswith(FORMULA_STARTS) else value


def export_csv(directory: Directory) -> bytes:
    fields = list(EXPORT_FIELDS)
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
    """One record of a spreadsheet file, and the line it starts on."""

    line: int  # physical line where the record starts (the header is line 1)
    cells: list[str]


@dataclass
class CsvTable:
    """A spreadsheet file as read: headings, rows, and how it was encoded and separated."""

    filename: str
    headers: list[str]
    rows: list[CsvRow]
    encoding: str  # "utf-8-sig", "utf-8", "cp1252", "utf-16" (or "xlsx")
    delimiter: str
    sheets: list[str] = field(default_factory=list)  # a workbook's sheets; the first is read unless chosen
    sheet: str = ""


def _decode(data: bytes, filename: str) -> tuple[str, str]:
    if data.startswith(codecs.BOM_UTF8):
        encodings = ["utf-8-sig"]
    elif data.startswith((codecs.BOM_UTF16_LE, codecs.BOM_UTF16_BE)):
        encodings = ["utf-16"]
    elif _looks_utf16(data):
        encodings = ["utf-16-le" if data[1:2] == b"\x00" else "utf-16-be"]
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
    raise ImportProblem(filename, line, None, "this is not readable text (not UTF-8, UTF-16 or Windows-1252)")


def _looks_utf16(data: bytes) -> bool:
    """UTF-16 without a byte-order mark: every other byte of plain text is zero."""
    head = data[:400]
    if len(head) < 4 or len(head) % 2:
        head = head[: len(head) - len(head) % 2]
    if len(head) < 4:
        return False
    odd, even = head[1::2].count(0), head[0::2].count(0)
    half = len(head) // 2
    return max(odd, even) > 0.8 * half and min(odd, even) < 0.1 * half


def _quote_problem(text: str, delimiter: str, filename: str) -> ImportProblem | None:
    """A quoted cell that never closes, or closes in the middle of a cell.

    The csv module reads an unclosed quote to the end of the file, so the rest of the file
    silently becomes one cell: one contact's name, say. This scan follows the same rules
    (a quote opens a cell only at its start; "" inside is a quote) using str.find, so it
    stays linear on a 20 MB file.
    """
    newline = "\n" if "\n" in text else "\r"
    starts = (delimiter, "\n", "\r")
    position = 0
    while (opening := text.find('"', position)) >= 0:
        if opening and text[opening - 1] not in starts:
            position = opening + 1  # a quote inside an unquoted cell is an ordinary character
            continue
        search = opening + 1
        while True:
            closing = text.find('"', search)
            if closing < 0:
                line = text.count(newline, 0, opening) + 1
                return ImportProblem(
                    filename,
                    line,
                    None,
                    'a quote (") opened on this line is never closed, so the rest of the file would '
                    "run into one cell: add the closing quote or remove the stray one",
                )
            if text.startswith('"', closing + 1):
                search = closing + 2
                continue
            break
        end = closing + 1
        while end < len(text) and text[end] in " \t" and delimiter != text[end]:
            end += 1
        if end < len(text) and text[end] not in starts:
            line, at = text.count(newline, 0, opening) + 1, text.count(newline, 0, closing) + 1
            where = "on the same line" if line == at else f"on line {at}"
            return ImportProblem(
                filename,
                line,
                None,
                f"a quoted cell that starts on this line ends {where} in the middle of a cell: "
                'check for a stray or missing quote (")',
            )
        position = end
    return None


def _sniff_delimiter(header_line: str) -> str:
    outside = re.sub(r'"[^"]*"', "", header_line)
    counts = {d: outside.count(d) for d in (",", ";", "\t")}
    best = max(counts, key=lambda d: counts[d])
    return best if counts[best] else ","


def read_csv(data: bytes, filename: str) -> CsvTable:
    if len(data) > MAX_BYTES:
        raise ImportProblem(filename, None, None, f"the file is over {MAX_BYTES // (1024 * 1024)} MB")
    if data.startswith(b"PK\x03\x04"):
        raise ImportProblem(filename, None, None, "this is an Excel workbook (.xlsx), not a CSV file")
    text, encoding = _decode(data, filename)
    if "\x00" in text:
        raise ImportProblem(filename, None, None, "this is not a text file (it contains binary data)")
    if not text.strip():
        raise ImportProblem(filename, None, None, "the file is empty")
    first_line = re.split(r"\r\n|\r|\n", text, maxsplit=1)[0]
    delimiter = _sniff_delimiter(first_line)
    if (problem := _quote_problem(text, delimiter, filename)) is not None:
        raise problem
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
