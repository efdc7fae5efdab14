"""One set of limits for every import and export format (CSV, vCard, CSP pack).

Why one set: the app's own exports must import back. When CSV allowed a 20,000-character
note and the pack only 10,000, a record that came in by CSV could not travel on by pack;
when a pack could hold more people than its size limit allowed, a large record exported
fine and was then refused. Readers check these limits and refuse a file that breaks them,
naming where; exports are checked against the same limits and warn before writing a file
that could not be imported again.

Text is also checked for characters no file format can carry: NUL (it ends a string in C
and makes a CSV unreadable in Excel) and lone surrogates (half of a UTF-16 pair, which cannot
be written as UTF-8 at all).
"""

from __future__ import annotations

import dataclasses
import re
from collections.abc import Iterable

MAX_FILE_BYTES = 64 * 1024 * 1024  # any import file; exports larger than this are warned about
MAX_RECORDS = 100_000  # rows, contacts or records in one file
MAX_TEXT = 20_000  # characters in any one text field (notes are the longest)
MAX_LIST = 100  # e-mail addresses or phone numbers for one person
MAX_FIELDS = 200  # columns in a CSV file, properties in one vCard
MAX_DEPTH = 4  # a pack: object > list of records > record > list of e-mails or phones

_BAD_CHARACTER = re.compile("[\x00\ud800-\udfff]")


def text_problem(value: str) -> str | None:
    """Why ``value`` cannot be kept, in plain words, or None if it is fine."""
    if len(value) > MAX_TEXT:
        return f"is longer than {MAX_TEXT:,} characters"
    bad = _BAD_CHARACTER.search(value)
    if bad is None:
        return None
    position = bad.start() + 1
    if bad.group() == "\x00":
        return f"contains a NUL character (character {position:,}), which no file can carry"
    return (
        f"contains a broken character (half of a pair, U+{ord(bad.group()):04X}, at character {position:,})"
    )


def clean_text(value: str) -> bool:
    return text_problem(value) is None


def record_problems(record: object) -> list[tuple[str, str]]:
    """(field, problem) for every text field of a directory record that breaks the limits."""
    found = []
    for f in dataclasses.fields(record):  # type: ignore[arg-type]
        value = getattr(record, f.name)
        if isinstance(value, str):
            problem = text_problem(value)
            if problem:
                found.append((f.name, problem))
        elif isinstance(value, list):
            if len(value) > MAX_LIST:
                found.append((f.name, f"has more than {MAX_LIST} entries"))
            for index, item in enumerate(value):
                problem = text_problem(item) if isinstance(item, str) else None
                if problem:
                    found.append((f"{f.name}[{index}]", problem))
    return found


def describe(record: object) -> str:
    name = getattr(record, "name", None) or getattr(record, "topic", None) or getattr(record, "id", "")
    return f"{type(record).__name__.lower()} '{str(name)[:60]}'"


def export_warnings(records: Iterable[object], size: int, fmt: str) -> list[str]:
    """Why an export would not import back into CSP Desktop, in plain words (empty if it would)."""
    warnings = []
    count = 0
    for record in records:
        count += 1
        for field, problem in record_problems(record):
            if len(warnings) < 20:
                warnings.append(f"{describe(record)}: {field} {problem}")
    if count > MAX_RECORDS:
        warnings.append(f"the export holds {count:,} records; CSP Desktop imports at most {MAX_RECORDS:,}")
    if size > MAX_FILE_BYTES:
        mb = MAX_FILE_BYTES // (1024 * 1024)
        warnings.append(
            f"the {fmt} file is {size / (1024 * 1024):.0f} MB; CSP Desktop imports files up to {mb} MB"
        )
    return warnings
