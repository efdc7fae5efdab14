"""What goes wrong when reading someone else's file, said so a councillor can fix it.

Every reader either returns a complete result or raises ImportProblem: never half a result.
When several rows are wrong, all of them (up to MAX_PROBLEMS) are reported together in one
ImportProblems, so the user can fix the file in one go rather than one error per attempt.
"""

from __future__ import annotations

import re

MAX_PROBLEMS = 50
_UNPRINTABLE = re.compile("[\x00\ud800-\udfff]")


def printable(text: str | None) -> str | None:
    """Quoted bits of a bad file may hold NUL or half a surrogate pair; shown as U+FFFD so the
    message itself can always be printed or shown."""
    return None if text is None else _UNPRINTABLE.sub("\ufffd", text)


class ImportProblem(Exception):
    """One thing wrong with an input file, with where it is: file, line and field."""

    def __init__(self, file: str, line: int | None, field: str | None, message: str):
        file, field, message = printable(file) or "", printable(field), printable(message) or ""
        super().__init__(file, line, field, message)
        self.file = file
        self.line = line
        self.field = field
        self.message = message

    @property
    def problems(self) -> list[ImportProblem]:
        return [self]

    def __str__(self) -> str:
        where = self.file or "input"
        if self.line is not None:
            where += f":{self.line}"
        return f"{where}: {self.field}: {self.message}" if self.field else f"{where}: {self.message}"


class ImportProblems(ImportProblem):
    """Several problems found in one file; the first one gives file, line and field."""

    def __init__(self, problems: list[ImportProblem], truncated: bool = False):
        first = problems[0]
        super().__init__(first.file, first.line, first.field, first.message)
        self._problems = list(problems)
        self.truncated = truncated

    @property
    def problems(self) -> list[ImportProblem]:
        return list(self._problems)

    def __str__(self) -> str:
        lines = [str(p) for p in self._problems]
        if self.truncated:
            lines.append(f"(stopped after {len(self._problems)} problems: fix these and try again)")
        return "\n".join(lines)


class Problems:
    """Collects problems while reading a file, then raises them all at once."""

    def __init__(self, file: str, limit: int = MAX_PROBLEMS):
        self.file = file
        self.limit = limit
        self.items: list[ImportProblem] = []
        self.truncated = False

    def add(self, line: int | None, field: str | None, message: str) -> None:
        if len(self.items) < self.limit:
            self.items.append(ImportProblem(self.file, line, field, message))
        # Readers stop at the limit, so there may be more problems further on.
        self.truncated = len(self.items) >= self.limit

    @property
    def full(self) -> bool:
        """True once the limit is reached: readers stop looking for more."""
        return len(self.items) >= self.limit

    def __bool__(self) -> bool:
        return bool(self.items)

    def raise_if_any(self) -> None:
        if len(self.items) == 1 and not self.truncated:
            raise self.items[0]
        if self.items:
            raise ImportProblems(self.items, self.truncated)


class ImportNotice(ImportProblem):
    """Something unfamiliar that was kept, not refused: shown in the preview, never blocking.

    ``kind`` says what happened (for a translated message in the app) and ``value`` is the
    text from the file it is about.
    """

    def __init__(self, file: str, line: int | None, field: str | None, message: str, kind: str, value: str):
        super().__init__(file, line, field, message)
        self.kind = kind
        self.value = value
