"""Undoable edits to the CSP record: every change goes through a QUndoCommand."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from csp_desktop.storage.directory import DirectoryRepository, Record, Snapshot


class SaveRecords(QUndoCommand):
    """Add or change records. Undo puts back what was there before (or removes new ones)."""

    def __init__(
        self,
        repo: DirectoryRepository,
        before: list[Record],
        after: list[Record],
        text: str,
        changed: Callable[[], None],
    ):
        super().__init__(text)
        self._repo, self._before, self._after, self._changed = repo, before, after, changed

    def redo(self) -> None:
        self._repo.save(self._after)
        self._changed()

    def undo(self) -> None:
        before_ids = {r.id for r in self._before}
        for record in reversed(self._after):
            if record.id not in before_ids:
                self._repo.delete(record)
        if self._before:
            self._repo.save(self._before)
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
