"""The councillor's CSP record in the database. Every write is atomic."""

from __future__ import annotations

import contextlib
import datetime as dt
import json
from collections.abc import Iterable
from dataclasses import dataclass, field

from csp_desktop.core.directory.model import (
    Directory,
    Group,
    Membership,
    Organisation,
    Person,
    Procedure,
    Record,
    Role,
    Sector,
)
from csp_desktop.core.search_text import Kind
from csp_desktop.storage.database import StaleRecordError, Store, writing
from csp_desktop.storage.search_index import SearchIndex

TABLES: dict[type, str] = {
    Organisation: "organisations",
    Person: "people",
    Group: "groups",
    Membership: "memberships",
    Procedure: "procedures",
}
COUNCIL_KEY = "directory.council"
KIND_OF = {
    Person: Kind.PERSON,
    Organisation: Kind.ORGANISATION,
    Group: Kind.GROUP,
    Procedure: Kind.PROCEDURE,
    Membership: None,
}


def _date(value: str | None) -> dt.date | None:
    try:
        return dt.date.fromisoformat(value) if value else None
    except ValueError:
        return None


def _iso(value: dt.date | None) -> str | None:
    return value.isoformat() if value else None


def to_row(record: Record) -> dict:
    if isinstance(record, Organisation):
        return {
            "id": record.id,
            "name": record.name,
            "name_cy": record.name_cy,
            "sector": str(record.sector),
            "responsible_authority": int(record.responsible_authority),
            "notes": record.notes,
        }
    if isinstance(record, Person):
        return {
            "id": record.id,
            "name": record.name,
            "job_title": record.job_title,
            "organisation_id": record.organisation_id,
            "emails": json.dumps(record.emails, ensure_ascii=False),
            "phones": json.dumps(record.phones, ensure_ascii=False),
            "notes": record.notes,
            "last_verified": _iso(record.last_verified),
        }
    if isinstance(record, Group):
        return {
            "id": record.id,
            "name": record.name,
            "reports_to": record.reports_to,
            "purpose": record.purpose,
            "suggested": int(record.suggested),
        }
    if isinstance(record, Membership):
        return {
            "id": record.id,
            "person_id": record.person_id,
            "group_id": record.group_id,
            "role": str(record.role),
            "organisation_id": record.organisation_id,
            "start_date": _iso(record.start_date),
            "end_date": _iso(record.end_date),
        }
    return {"id": record.id, "topic": record.topic, "text": record.text}


def _list(value: str | None) -> list[str]:
    try:
        items = json.loads(value) if value else []
    except ValueError:
        return []
    return [str(i) for i in items] if isinstance(items, list) else []


def from_row(cls: type, r: dict) -> Record:
    """A record from its database row; unknown enum values read as the neutral default."""
    if cls is Organisation:
        sector = r["sector"] if r["sector"] in Sector._value2member_map_ else Sector.OTHER
        return Organisation(
            r["name"],
            Sector(sector),
            bool(r["responsible_authority"]),
            r["name_cy"] or "",
            r["notes"] or "",
            r["id"],
        )
    if cls is Person:
        return Person(
            r["name"],
            r["job_title"] or "",
            r["organisation_id"],
            _list(r["emails"]),
            _list(r["phones"]),
            r["notes"] or "",
            _date(r["last_verified"]),
            r["id"],
        )
    if cls is Group:
        return Group(r["name"], r["reports_to"], r["purpose"] or "", bool(r["suggested"]), r["id"])
    if cls is Membership:
        role = r["role"] if r["role"] in Role._value2member_map_ else Role.MEMBER
        return Membership(
            r["person_id"],
            r["group_id"],
            Role(role),
            r["organisation_id"],
            _date(r["start_date"]),
            _date(r["end_date"]),
            r["id"],
        )
    return Procedure(r["topic"], r["text"] or "", r["id"])


@contextlib.contextmanager
def _guarded(store: Store):
    with writing(), store.transaction():
        yield


@dataclass
class Snapshot:
    """Records removed or changed together, kept so the change can be undone."""

    records: list[Record] = field(default_factory=list)


class DirectoryRepository:
    def __init__(self, store: Store):
        self._store = store
        self._index = SearchIndex(store)

    def _reindex(self, records: Iterable[Record], removed: Iterable[Record] = ()) -> None:
        """Keep search in step: re-index the changed records and the people they affect."""
        directory = self.load()
        ids: set[str] = set()
        # People by employer and by group, found once: scanning every person for each saved
        # organisation made an import of 5,000 organisations quadratic.
        staff: dict[str, list[str]] = {}
        members: dict[str, list[str]] = {}
        records = list(records)
        if any(isinstance(r, Organisation) for r in records):
            for person in directory.people:
                staff.setdefault(person.organisation_id or "", []).append(person.id)
        if any(isinstance(r, Group) for r in records):
            for membership in directory.memberships:
                members.setdefault(membership.group_id, []).append(membership.person_id)
        for record in records:
            ids.add(record.id)
            if isinstance(record, Membership):
                ids.add(record.person_id)
            elif isinstance(record, Organisation):
                ids.update(staff.get(record.id, ()))
            elif isinstance(record, Group):
                ids.update(members.get(record.id, ()))
        gone = {r.id: r for r in removed}
        for record in gone.values():
            kind = KIND_OF[type(record)]
            if kind:
                self._index.remove(kind, [record.id])
        from csp_desktop.core.search_docs import directory_documents  # not needed to read

        self._index.upsert(directory_documents(directory, ids - set(gone)))

    def ensure_index(self) -> bool:
        counts = {
            kind: self._store.conn.execute(f"select count(*) from {table}").fetchone()[0]
            for kind, table in (
                ("person", "people"),
                ("organisation", "organisations"),
                ("group", "groups"),
                ("procedure", "procedures"),
            )
        }
        from csp_desktop.core.search_docs import directory_documents

        return self._index.ensure_directory(counts, lambda: directory_documents(self.load()))

    # -- reading ---------------------------------------------------------------------------

    def _rows(self, table: str) -> list[dict]:
        cursor = self._store.conn.execute(f"select * from {table} order by rowid")
        names = [d[0] for d in cursor.description]
        return [dict(zip(names, row, strict=True)) for row in cursor]

    def load(self) -> Directory:
        d = Directory()
        with self._store.reading():  # one snapshot: every reference inside it resolves
            for cls, table in TABLES.items():
                getattr(d, table).extend(from_row(cls, r) for r in self._rows(table))
        return d

    def current(self, record: Record) -> Record | None:
        """The record as it is in the database now, or None if it is not there."""
        table = TABLES[type(record)]
        cursor = self._store.conn.execute(f"select * from {table} where id = ?", [record.id])
        row = cursor.fetchone()
        if row is None:
            return None
        return from_row(type(record), dict(zip([d[0] for d in cursor.description], row, strict=True)))

    def _check_unchanged(self, expected: Iterable[Record]) -> None:
        """Optimistic concurrency: refuse to write over a record that changed since the caller
        read it (a command-line import, another window). Compared as stored, so a record
        that was only re-saved unchanged does not count as changed."""
        stale = []
        for record in expected:
            now = self.current(record)
            if now is None or to_row(now) != to_row(record):
                stale.append(getattr(record, "name", None) or getattr(record, "topic", None) or record.id)
        if stale:
            raise StaleRecordError(stale)

    def is_empty(self) -> bool:
        return self._store.conn.execute("select count(*) from organisations").fetchone()[0] == 0

    def council(self) -> str | None:
        return self._store.meta(COUNCIL_KEY)

    def meta(self, key: str) -> str | None:
        return self._store.meta(key)

    def meta_items(self, prefix: str) -> dict[str, str]:
        """Every app_meta value whose key starts with ``prefix`` (taken literally)."""
        rows = self._store.conn.execute("select key, value from app_meta")
        return {k: v for k, v in rows if k.startswith(prefix)}

    def set_meta(self, key: str, value: str) -> None:
        self._store.set_meta(key, value)

    def pack_hashes(self, table: str) -> dict[str, str | None]:
        return dict(self._store.conn.execute(f"select id, pack_hash from {table}"))

    # -- writing ---------------------------------------------------------------------------

    def save(
        self,
        records: Iterable[Record],
        origin: str = "user",
        pack_hashes: dict[str, str] | None = None,
        expected: Iterable[Record] | None = None,
    ) -> None:
        """Insert or update records, all or nothing, in the order given (foreign keys).

        ``expected``: the records as the caller last saw them. If any has changed in the
        database since, StaleRecordError is raised and nothing is written.

        One INSERT ... ON CONFLICT per record type, executed in bulk: a 10,000-person import
        is one transaction of a few statements, not 10,000 round trips. A record's origin is
        set when it is first written and never changed afterwards.
        """
        records = list(records)
        now = dt.datetime.now().isoformat(timespec="seconds")
        with writing(), self._store.transaction():
            if expected is not None:
                self._check_unchanged(expected)
            batch: list[dict] = []
            batch_type: type | None = None
            for record in [*records, None]:
                if record is None or type(record) is not batch_type:
                    if batch:
                        self._upsert(TABLES[batch_type], batch)
                    batch, batch_type = [], type(record)
                if record is None:
                    break
                row = {**to_row(record), "updated_at": now, "origin": origin}
                if pack_hashes is not None and record.id in pack_hashes:
                    row["pack_hash"] = pack_hashes[record.id]
                batch.append(row)
            self._reindex(records)

    def _upsert(self, table: str, rows: list[dict]) -> None:
        for with_hash in (False, True):
            group = [r for r in rows if ("pack_hash" in r) == with_hash]
            if not group:
                continue
            columns = list(group[0])
            updates = ", ".join(f"{c} = excluded.{c}" for c in columns if c not in ("id", "origin"))
            sql = (
                f"insert into {table} ({', '.join(columns)}) values ({', '.join('?' * len(columns))})"
                f" on conflict(id) do update set {updates}"
            )
            self._store.conn.executemany(sql, [[r[c] for c in columns] for r in group])

    def delete(self, record: Record, check: bool = True) -> Snapshot:
        """Delete a record and whatever depends on it. Returns what was removed, for undo.

        With ``check``, the record must still be as the caller saw it (StaleRecordError
        otherwise): a contact changed by an import since it was shown is not deleted unseen.
        """
        db = self._store.db
        with writing(), self._store.transaction():
            if check:
                self._check_unchanged([record])
            directory = self.load()  # inside the write lock: dependants as they are now
            removed: list[Record] = []
            if isinstance(record, Person):
                removed = [m for m in directory.memberships if m.person_id == record.id]
            elif isinstance(record, Group):
                removed = [m for m in directory.memberships if m.group_id == record.id]
                removed += [g for g in directory.groups if g.reports_to == record.id]
            elif isinstance(record, Organisation):
                removed = [m for m in directory.memberships if m.organisation_id == record.id]
                removed += [p for p in directory.people if p.organisation_id == record.id]
            for child in removed:
                if isinstance(child, Membership):
                    db.execute("delete from memberships where id = ?", [child.id])
                elif isinstance(child, Group):  # sub-groups are kept, detached
                    db.execute("update groups set reports_to = null where id = ?", [child.id])
                elif isinstance(child, Person):  # people are kept, without an employer
                    db.execute("update people set organisation_id = null where id = ?", [child.id])
            db.execute(f"delete from {TABLES[type(record)]} where id = ?", [record.id])
            self._reindex(
                [r for r in removed if not isinstance(r, Membership)],
                removed=[record, *[r for r in removed if isinstance(r, Membership)]],
            )
        return Snapshot([record, *removed])

    def change(
        self, save: list[Record], remove: list[Record], expected: Iterable[Record] | None = None
    ) -> None:
        """Save some records and delete others together: a person and the seats they left.
        ``expected`` as for ``save``: nothing is written over a newer copy."""
        with writing(), self.transaction():
            if save:
                self.save(save, expected=expected)
            for record in remove:
                self.delete(record)

    def restore(self, snapshot: Snapshot) -> None:
        """Undo a delete: put every record back as it was."""
        order = [Organisation, Group, Person, Membership, Procedure]
        self.save(sorted(snapshot.records, key=lambda r: order.index(type(r))))

    def transaction(self):
        """Several saves and deletes as one write (for undo of a multi-record change)."""
        return _guarded(self._store)

    def set_council(self, council_id: str) -> None:
        self._store.set_meta(COUNCIL_KEY, council_id)


def apply_prefill(repo: DirectoryRepository, council, language: str = "en") -> int:
    """Prefill an empty record for ``council`` (a core.geography.Council), in one transaction."""
    from csp_desktop.core.directory.prefill import prefill

    directory = prefill(council, language)
    records = [*directory.organisations, *directory.groups, *directory.procedures]
    with repo.transaction():
        repo.save(records, origin="prefill")
        repo.set_council(council.id)
    return len(records)
