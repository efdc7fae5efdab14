"""Excel workbooks (.xlsx) as a table of text cells, like a CSV file.

openpyxl reads the sheet XML as a stream (read_only) and gives the values Excel saved
(data_only): a formula is never evaluated, only its last saved result is read. Line numbers
are the sheet's own row numbers, so a message points at the row the officer sees in Excel.
"""

from __future__ import annotations

import datetime as dt
import io
import zipfile

from csp_desktop.core.interchange.columns import has_name, map_columns
from csp_desktop.core.interchange.csv_io import MAX_BYTES, MAX_ROWS, CsvRow, CsvTable
from csp_desktop.core.interchange.errors import ImportProblem

MAX_COLUMNS = 256
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"  # old .xls, or a password-protected workbook


def is_workbook(data: bytes) -> bool:
    return data.startswith(b"PK\x03\x04")


def cell_text(value: object) -> str:
    """A cell as the text a person would read: 7700900123.0 -> "7700900123", dates as ISO."""
    if value is None:
        return ""
    if isinstance(value, bool):
        return "TRUE" if value else "FALSE"
    if isinstance(value, dt.datetime):
        return value.date().isoformat() if value.time() == dt.time() else value.isoformat(sep=" ")
    if isinstance(value, dt.date):
        return value.isoformat()
    if isinstance(value, float) and value.is_integer():
        return str(int(value))
    return str(value)


def read_xlsx(data: bytes, filename: str, sheet: str | None = None) -> CsvTable:
    """The first sheet (or ``sheet``) with its first non-empty row as the headers."""
    if len(data) > MAX_BYTES:
        raise ImportProblem(filename, None, None, f"the file is over {MAX_BYTES // (1024 * 1024)} MB")
    if data.startswith(OLE_MAGIC):
        raise ImportProblem(
            filename,
            None,
            None,
            "this is an old-style .xls or a password-protected workbook: in Excel, save it as "
            ".xlsx without a password, or as CSV",
        )
    import openpyxl  # loaded on first use: most people never import a workbook
    from openpyxl.utils.exceptions import InvalidFileException

    try:
        book = openpyxl.load_workbook(io.BytesIO(data), read_only=True, data_only=True, keep_links=False)
    except (InvalidFileException, zipfile.BadZipFile, KeyError, ValueError, OSError, EOFError) as exc:
        raise ImportProblem(filename, None, None, f"this workbook cannot be read ({exc})") from None
    except Exception as exc:  # openpyxl raises many kinds on damaged XML; none may reach the user raw
        raise ImportProblem(
            filename, None, None, f"this workbook is damaged ({type(exc).__name__})"
        ) from None
    try:
        names = list(book.sheetnames)
        if not names:
            raise ImportProblem(filename, None, None, "the workbook has no sheets")
        chosen = sheet if sheet in names else names[0]
        if sheet and sheet not in names:
            raise ImportProblem(filename, None, None, f"the workbook has no sheet called '{sheet}'")
        where = f"{filename} [{chosen}]" if len(names) > 1 else filename
        worksheet = book[chosen]
        # Only the rows and cells the file holds: a sheet formatted down to row 1,048,576 or
        # across to column XFD declares those as its size, and padding to it would take minutes.
        worksheet.reset_dimensions()
        headers, rows = _rows(worksheet, where)
    except ImportProblem:
        raise
    except Exception as exc:
        raise ImportProblem(
            filename, None, None, f"this workbook is damaged ({type(exc).__name__})"
        ) from None
    finally:
        book.close()
    return CsvTable(where, headers, rows, "xlsx", "", sheets=names, sheet=chosen)


def _rows(worksheet, filename: str) -> tuple[list[str], list[CsvRow]]:
    """The headings row and the rows under it. Hand-made sheets often have a title row or two
    above the headings, so the headings are the first of the top rows that names a name
    column (or, failing that, the first non-empty row)."""
    found: list[CsvRow] = []
    for number, values in enumerate(worksheet.iter_rows(values_only=True), start=1):
        cells = [cell_text(v).strip() for v in values[:MAX_COLUMNS]]
        while cells and not cells[-1]:
            cells.pop()
        if not cells:
            continue
        if len(found) > MAX_ROWS:
            raise ImportProblem(filename, number, None, f"the sheet has more than {MAX_ROWS:,} rows")
        found.append(CsvRow(number, cells))
    if not found:
        raise ImportProblem(filename, None, None, "the sheet is empty")
    top = next((i for i, row in enumerate(found[:10]) if has_name(map_columns(row.cells))), 0)
    headers = found[top].cells
    rows = [CsvRow(r.line, (r.cells + [""] * len(headers))[: len(headers)]) for r in found[top + 1 :]]
    rows = [r for r in rows if any(r.cells)]
    if not rows:
        raise ImportProblem(filename, None, None, "the sheet has column headings but no rows of people")
    return headers, rows
