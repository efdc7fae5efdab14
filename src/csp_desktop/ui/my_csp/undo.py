"""Undoable edits to the CSP record: every change goes through a QUndoCommand.

Every write says what it expects to find (the record as the window showed it), so a change
made meanwhile by a command-line import is never overwritten by the window's stale copy. A
write that fails (changed elsewhere, disk full, file busy) changes nothing: the command is
marked obsolete, so Qt drops it from the undo stack, and ``failed`` tells the user why.
"""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtGui import QUndoCommand

from csp_desktop.storage.database import StorageError
from csp_desktop.storage.directory import DirectoryRepository, Record, Snapshot

Failed = Callable[[StorageError], None]


def _ignore(_: StorageError) -> None:
    pass


class _Guarded(QUndoCommand):
    def __init__(self, text: str, changed: Callable[[], None], failed: Failed | None):
        super().__init__(text)
        self._changed, self._failed = changed, failed or _ignore

    def _attempt(self, work: Callable[[], None]) -> None:
        try:
            work()
        except StorageError as exc:
            self.setObsolete(True)
            self._changed()  # show what is really saved now
            self._failed(exc)
            return
        self._changed()


class SaveRecords(_Guarded):
    """Add or change records, and optionally remove some (a board seat unticked in the
    contact form). Undo puts back what was there before and removes what was new."""

    def __init__(
        self,
        repo: DirectoryRepository,
        before: list[Record],
        after: list[Record],
        text: str,
        changed: Callable[[], None],
        failed: Failed | None = None,
        removed: list[Record] | None = None,
    ):
        super().__init__(text, changed, failed)
        self._repo, self._before, self._after = repo, before, after
        self._removed = list(removed or [])

    def redo(self) -> None:
        self._attempt(lambda: self._repo.change(self._after, self._removed, expected=self._before))

    def undo(self) -> None:
        self._attempt(self._undo)

    def _undo(self) -> None:
        before_ids = {r.id for r in self._before}
        new = [r for r in reversed(self._after) if r.id not in before_ids]
        after_by_id = {r.id: r for r in self._after}
        expected = [after_by_id[r.id] for r in self._before if r.id in after_by_id]
        self._repo.change([*self._before, *self._removed], new, expected=expected)


class DeleteRecord(_Guarded):
    def __init__(
        self,
        repo: DirectoryRepository,
        record: Record,
        text: str,
        changed: Callable[[], None],
        failed: Failed | None = None,
    ):
        super().__init__(text, changed, failed)
        self._repo, self._record = repo, record
        self._snapshot: Snapshot | None = None

    def redo(self) -> None:
        def delete() -> None:
            self._snapshot = self._repo.delete(self._record)

        self._attempt(delete)

    def undo(self) -> None:
        if self._snapshot is not None:
            snapshot = self._snapshot
            self._attempt(lambda: self._repo.restore(snapshot))
        else:
            self._changed()
