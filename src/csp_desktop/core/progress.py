"""The rules of progress, as plain data: what counts as read, passed and complete.

A section counts as read once the reader has reached its end. A module is complete when
every section is read and its knowledge check is passed (70 % or more, best attempt kept).
"""

from __future__ import annotations

import math
from dataclasses import dataclass, field
from enum import StrEnum

from csp_desktop.core.content.model import PASS_MARK, Module


class Status(StrEnum):
    NOT_STARTED = "not started"
    IN_PROGRESS = "in progress"
    COMPLETE = "complete"


@dataclass
class ModuleProgress:
    """How far the councillor is through one module: sections read, best scores, time."""

    module_id: str
    sections_read: set[str] = field(default_factory=set)
    best: dict[str, tuple[int, int]] = field(default_factory=dict)  # section -> (correct, total)
    last_section: str | None = None
    last_position: int = 0
    sections_total: int = 0
    seconds_spent: int = 0
    started_at: str | None = None
    completed_at: str | None = None
    updated_at: str | None = None
    reflections: dict[str, str] = field(default_factory=dict)
    completed_version: str | None = None  # the module's version when it was completed

    @property
    def status(self) -> Status:
        if self.completed_at:
            return Status.COMPLETE
        if self.started_at or self.sections_read:
            return Status.IN_PROGRESS
        return Status.NOT_STARTED

    def best_fraction(self, section_id: str) -> float | None:
        if section_id not in self.best:
            return None
        correct, total = self.best[section_id]
        return correct / total if total else 0.0


def updated_since_completion(progress: ModuleProgress, version: str) -> bool:
    """True when the module was completed at an earlier version than the one now installed."""
    done = progress.completed_at and progress.completed_version
    return bool(done and progress.completed_version != version)


def passed(progress: ModuleProgress, module: Module) -> bool:
    check = module.check
    if check is None:
        return True
    fraction = progress.best_fraction(check.id)
    return fraction is not None and fraction >= PASS_MARK - 1e-9


def is_complete(progress: ModuleProgress, module: Module) -> bool:
    all_read = all(s.id in progress.sections_read for s in module.sections)
    return all_read and passed(progress, module)


@dataclass(frozen=True)
class Remaining:
    """What stands between the user and a complete module."""

    unread: tuple[str, ...]  # section ids, in order
    questions_left: int  # knowledge-check questions not yet answered in this attempt
    check_failed: bool  # every question answered, but the best score is under the pass mark

    @property
    def nothing(self) -> bool:
        return not self.unread and not self.questions_left and not self.check_failed


def remaining(progress: ModuleProgress, module: Module, answered_now: int = 0) -> Remaining:
    """``answered_now``: questions of the check answered in the attempt under way."""
    unread = tuple(s.id for s in module.sections if s.id not in progress.sections_read)
    check = module.check
    if check is None or passed(progress, module):
        return Remaining(unread, 0, False)
    if check.id in progress.best and not answered_now:
        return Remaining(unread, 0, True)  # tried, not passed, no new attempt under way
    return Remaining(unread, max(len(check.questions) - answered_now, 0), False)


def minutes_left(progress: ModuleProgress, minutes: int) -> int:
    """An honest estimate: the module's minutes, less the share of sections already read."""
    if progress.status is Status.COMPLETE:
        return 0
    if not progress.sections_total:
        return minutes
    unread = max(progress.sections_total - len(progress.sections_read), 0)
    return math.ceil(minutes * unread / progress.sections_total)


def score_label(correct: int, total: int) -> str:
    return f"{correct}/{total} ({round(100 * correct / total) if total else 0} %)"
