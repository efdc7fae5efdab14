"""What can go wrong with the user's database, phrased for the user, and how SQLite's and
the operating system's errors are sorted into "damaged" (may be moved aside) and the
retryable rest (never moved)."""

from __future__ import annotations

import contextlib
import errno
import sqlite3
from pathlib import Path
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from csp_desktop.storage.backups import Snapshot


class StorageError(Exception):
    """A problem with the database, phrased for the user."""


class NewerDatabaseError(StorageError):
    def __init__(self, path: Path, unknown: list[str]):
        self.path = path
        self.unknown = unknown
        super().__init__(
            f"The data file {path} was saved by a newer version of CSP Desktop "
            f"(it has {len(unknown)} change(s) this version does not know). It has been left "
            "untouched. Install the newer version, or start this one with another data folder."
        )


class CorruptDatabaseError(StorageError):
    def __init__(self, path: Path, moved_to: Path, detail: str, snapshots: list[Snapshot]):
        self.path = path
        self.moved_to = moved_to
        self.detail = detail
        self.snapshots = snapshots
        super().__init__(
            f"The data file could not be read ({detail}). It has been moved to {moved_to} "
            "and nothing has been deleted."
        )


class EmptyDatabaseError(CorruptDatabaseError):
    """The data file is zero bytes long: something emptied it. Reported, never replaced
    silently: the empty file is kept aside and the newest snapshot offered."""


# Why a database could not be opened right now, when it is not damaged. Each is retryable
# and none of them moves or changes the file.
BUSY, FULL, DENIED, FOLDER, OTHER = "busy", "full", "denied", "folder", "other"
_REASON_TEXT = {
    BUSY: "it is in use by another program (another copy of CSP Desktop, a backup tool or a "
    "synchronising folder). Close that program, or wait a moment, and try again",
    FULL: "the disk is full. Free some space and try again",
    DENIED: "this user account is not allowed to read and write it (was it set up by another "
    "account?). Ask IT to give it back to you, or choose another folder with --data-dir",
    FOLDER: "there is a folder with that name where the data file should be. Move or rename "
    "that folder and try again",
    OTHER: "the computer reported a problem reading it",
}


class DatabaseUnavailableError(StorageError):
    """The data file cannot be opened right now, but it is not damaged: nothing was moved or
    changed, and trying again later will work."""

    def __init__(self, path: Path, reason: str, detail: str = ""):
        self.path = path
        self.reason = reason
        self.detail = detail
        super().__init__(
            f"The data file {path} cannot be opened: {_REASON_TEXT[reason]}. "
            "Nothing has been moved or changed."
        )


class WriteError(StorageError):
    """A write failed and was rolled back: nothing already saved was lost."""

    def __init__(self, message: str, reason: str = OTHER):
        super().__init__(message)
        self.reason = reason


class StaleRecordError(WriteError):
    """A save found that the record changed underneath it (another window or a command-line
    import saved it since it was shown). Nothing was written; reload and try again."""

    def __init__(self, names: list[str]):
        self.names = names
        shown = ", ".join(names[:3]) + (" and others" if len(names) > 3 else "")
        super().__init__(
            f"{shown} was changed elsewhere (by an import or another window) since you opened it. "
            "Nothing was saved, so the newer details are kept. Look at them and make your change again.",
            "stale",
        )


def classify(exc: BaseException) -> str:
    """Sort an SQLite or OS error into damaged ("damaged") or one of the retryable reasons.

    Only damage may move a file aside: a lock, a full disk or a permission problem says
    nothing about the file's contents, and moving a healthy file aside loses the user's work
    from view.
    """
    name = getattr(exc, "sqlite_errorname", "") or ""
    text = str(exc).lower()
    if isinstance(exc, OSError):
        if exc.errno in (errno.ENOSPC, getattr(errno, "EDQUOT", -1)):
            return FULL
        if exc.errno in (errno.EACCES, errno.EPERM, errno.EROFS):
            return DENIED
        return FOLDER if exc.errno == errno.EISDIR else OTHER
    if name in ("SQLITE_NOTADB", "SQLITE_CORRUPT") or "not a database" in text or "malformed" in text:
        return "damaged"
    if name.startswith(("SQLITE_BUSY", "SQLITE_LOCKED")) or "locked" in text or "busy" in text:
        return BUSY
    if name == "SQLITE_FULL" or "disk is full" in text or "disk or database is full" in text:
        return FULL
    if name.startswith(("SQLITE_PERM", "SQLITE_READONLY", "SQLITE_CANTOPEN", "SQLITE_AUTH")):
        return DENIED
    if "readonly" in text or "read-only" in text or "unable to open" in text:
        return DENIED
    return OTHER


@contextlib.contextmanager
def writing():
    """Turn SQLite's write failures into a plain message. The transaction around the write
    has already been rolled back when this runs, so the user's data is as it was."""
    try:
        yield
    except (sqlite3.OperationalError, OSError) as exc:
        reason = classify(exc)
        if reason == FULL:
            raise WriteError(
                "The disk is full, so nothing was saved. Free some space and try again; "
                "everything saved before is safe.",
                FULL,
            ) from exc
        if reason == BUSY:
            raise WriteError(
                "The data file is busy (is CSP Desktop open in another window?). Nothing was saved.",
                BUSY,
            ) from exc
        if reason == DENIED:
            raise WriteError(
                "The data file cannot be written (it is read-only). Nothing was saved.", DENIED
            ) from exc
        raise
