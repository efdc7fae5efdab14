"""Merging a CSP pack into the councillor's own copy, without losing their edits.

Each record the councillor has from a pack remembers the hash of the pack version it came
from (pack_hashes). Comparing three hashes - local now, the last pack, this pack - says
what happened to each record:

  added       in the pack, not here                               -> saved from the pack
  updated     not edited here since the last pack, pack changed   -> saved from the pack
  unchanged   the same here and in the pack                       -> nothing to do
  kept_local  edited here, but the pack has not changed it        -> the local edit stays
  conflicts   edited here (or made here with the same id) AND the pack changed it
                                                                  -> the councillor chooses
  local_only  here, not in the pack                               -> left alone, never deleted
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal, NamedTuple

from csp_desktop.core.directory.model import (
    Directory,
    Group,
    Membership,
    Organisation,
    Person,
    Procedure,
    Record,
)
from csp_desktop.core.interchange.pack import KINDS, groups_in_loops, record_dict, record_hash

Choice = Literal["local", "pack"]
SAVE_ORDER = (Organisation, Group, Person, Membership, Procedure)  # foreign keys point backwards


@dataclass(frozen=True)
class Change:
    """One record as it is here and as it is in the pack."""

    local: Record
    incoming: Record

    @property
    def id(self) -> str:
        return self.incoming.id

    def fields(self) -> list[str]:
        """Names of the fields that differ, for showing the councillor what changed."""
        mine, theirs = record_dict(self.local), record_dict(self.incoming)
        return [name for name in theirs if mine.get(name) != theirs[name]]


@dataclass(frozen=True)
class Conflict(Change):
    """Edited here since the last pack, and changed in this pack too: the councillor decides."""


class MergeResult(NamedTuple):
    records: list[Record]  # save these, in this order, in one atomic write
    pack_hashes: dict[str, str]  # the new pack hash of every record in the pack


class UnresolvedConflicts(ValueError):
    def __init__(self, ids: list[str]):
        super().__init__(f"{len(ids)} conflict(s) need a choice of 'local' or 'pack': {', '.join(ids[:10])}")
        self.ids = ids


@dataclass
class MergePlan:
    """What an import would do to the record, row by row, before anything is saved."""

    added: list[Record] = field(default_factory=list)
    updated: list[Change] = field(default_factory=list)
    unchanged: list[Record] = field(default_factory=list)
    kept_local: list[Change] = field(default_factory=list)
    conflicts: list[Conflict] = field(default_factory=list)
    local_only: list[Record] = field(default_factory=list)
    incoming: Directory = field(default_factory=Directory)
    current: Directory = field(default_factory=Directory)
    previous_hashes: dict[str, str | None] = field(default_factory=dict)

    def resolve(self, choices: dict[str, Choice] | None = None) -> MergeResult:
        """The records to save and their new pack hashes, once every conflict has a choice."""
        choices = choices or {}
        bad = sorted(k for k, v in choices.items() if v not in ("local", "pack"))
        if bad:
            raise ValueError(f"a choice must be 'local' or 'pack' (not for: {', '.join(bad[:10])})")
        missing = [c.id for c in self.conflicts if c.id not in choices]
        if missing:
            raise UnresolvedConflicts(missing)
        hashes = {r.id: record_hash(r) for kind in KINDS for r in getattr(self.incoming, kind)}
        save: list[Record] = [*self.added, *(c.incoming for c in self.updated)]
        for conflict in self.conflicts:
            # Keeping the local version still saves it, to record the pack hash it was compared with:
            # the same pack next time then leaves the local edit alone instead of asking again.
            save.append(conflict.incoming if choices[conflict.id] == "pack" else conflict.local)
        save += [r for r in self.unchanged if self.previous_hashes.get(r.id) != hashes[r.id]]
        groups = {g.id: g for g in self.current.groups}
        groups.update((r.id, r) for r in save if isinstance(r, Group))
        if loops := groups_in_loops(list(groups.values())):
            names = ", ".join(g.name for g in loops)
            raise ValueError(f"these choices would make groups report to each other in a loop ({names})")
        return MergeResult(_in_save_order(save), hashes)

    def summary(self) -> str:
        counts = [
            (len(self.added), "new"),
            (len(self.updated), "updated"),
            (len(self.unchanged), "unchanged"),
            (len(self.kept_local), "kept as you edited them"),
            (len(self.conflicts), "to decide"),
        ]
        return ", ".join(f"{n} {label}" for n, label in counts if n) or "The pack is empty."


def plan_merge(incoming: Directory, current: Directory, pack_hashes: dict[str, str | None]) -> MergePlan:
    """Compare a pack with the local directory; pack_hashes are the stored hashes by record id."""
    plan = MergePlan(incoming=incoming, current=current, previous_hashes=dict(pack_hashes))
    for kind in KINDS:
        local_by_id = {r.id: r for r in getattr(current, kind)}
        seen = set()
        for record in getattr(incoming, kind):
            seen.add(record.id)
            local = local_by_id.get(record.id)
            if local is None:
                plan.added.append(record)
                continue
            mine, theirs, base = record_hash(local), record_hash(record), pack_hashes.get(record.id)
            if mine == theirs:
                plan.unchanged.append(record)
            elif base is not None and mine == base:
                plan.updated.append(Change(local, record))
            elif base is not None and theirs == base:
                plan.kept_local.append(Change(local, record))
            else:
                plan.conflicts.append(Conflict(local, record))
        plan.local_only += [r for r in getattr(current, kind) if r.id not in seen]
    return plan


def _in_save_order(records: list[Record]) -> list[Record]:
    """Organisations, then groups with parents before children, then people, memberships, procedures."""
    by_type: dict[type, list[Record]] = {t: [] for t in SAVE_ORDER}
    for record in records:
        by_type[type(record)].append(record)
    groups = {g.id: g for g in by_type[Group]}
    ordered: list[Record] = []
    placed: set[str] = set()
    for group in by_type[Group]:
        chain: list[Group] = []
        on_chain: set[str] = set()
        current: Group | None = group
        while current is not None and current.id not in placed and current.id not in on_chain:
            chain.append(current)
            on_chain.add(current.id)
            current = groups.get(current.reports_to or "")
        for link in reversed(chain):
            placed.add(link.id)
            ordered.append(link)
    by_type[Group] = ordered
    return [r for t in SAVE_ORDER for r in by_type[t]]
