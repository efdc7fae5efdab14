"""Undoable edits to the CSP record: every change goes through a QUndoCommand."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from csp_desktop.storage.directory import DirectoryRepository, Record, Snapshot


class SaveRecords(QUndoCommand):
    """Add or change records, and optionally remove some (a board seat unticked in the
    contact form). Undo puts back what was there before and removes what was new."""

    def __init__(
        self,
        repo: DirectoryRepository,
        before: list[Record],
        after: list[Record],
        text: str,
        changed: Callable[[], None],
        removed: list[Record] | None = None,
    ):
        super().__init__(text)
        self._repo, self._before, self._after, self._changed = repo, before, after, changed
        self._removed = list(removed or [])

    def redo(self) -> None:
        self._repo.change(self._after, self._removed)
        self._changed()

    def undo(self) -> None:
        before_ids = {r.id for r in self._before}
        new = [r for r in reversed(self._after) if r.id not in before_ids]
        self._repo.change([*self._before, *self._removed], new)
        self._changed()


class DeleteRecord(QUndoCommand):
    def __init__(self, repo: DirectoryRepository, record: Record, text: str, changed: Callable[[], None]):
        super().__init__(text)
        self._repo, self._record, self._changed = repo, record, changed
        self._snapshot: Snapshot | None = None

    def redo(self) -> None:
        self._snapshot = self._repo.delete(self._record)
        self._changed()

    def undo(self) -> None:
        if self._snapshot is not None:
            self._repo.restore(self._snapshot)
        self._changed()
