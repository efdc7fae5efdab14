"""Every schema change, in order. Never edit a migration once released: add a new one.

A database that has applied a migration this list does not know was written by a newer
version of the app; ``database.open_store`` refuses it rather than guess.

The steps are plain functions listed in ``STEPS``; sqlite-utils' ``Migrations`` is built
from them only when something is pending. Importing sqlite-utils costs ~200 ms (click,
pluggy, dateutil), which an ordinary start with an up-to-date database does not need.
"""

from __future__ import annotations

from collections.abc import Callable
from functools import cache
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from sqlite_utils import Database
    from sqlite_utils.migrations import Migrations

MIGRATION_SET = "csp_desktop"


def _app_meta(db: Database) -> None:
    db["app_meta"].create({"key": str, "value": str}, pk="key")


def _learning_progress(db: Database) -> None:
    db["module_progress"].create(
        {
            "module_id": str,
            "started_at": str,
            "completed_at": str,
            "last_section": str,
            "last_position": int,  # scroll position within last_section, per mille of its height
            "sections_total": int,  # as last seen, so the catalogue can say minutes left
            "seconds_spent": int,
            "updated_at": str,
        },
        pk="module_id",
        defaults={"seconds_spent": 0, "last_position": 0, "sections_total": 0},
        not_null={"module_id", "seconds_spent"},
    )
    db["section_reads"].create(
        {"module_id": str, "section_id": str, "read_at": str},
        pk=("module_id", "section_id"),
    )
    db["quiz_attempts"].create(
        {
            "id": int,
            "module_id": str,
            "section_id": str,
            "correct": int,
            "total": int,
            "answered_at": str,
        },
        pk="id",
        not_null={"module_id", "section_id", "correct", "total"},
    )
    db["quiz_attempts"].create_index(["module_id", "section_id"])
    db["reflections"].create(
        {"module_id": str, "reflection_id": str, "text": str, "updated_at": str},
        pk=("module_id", "reflection_id"),
    )


def _directory(db: Database) -> None:
    # origin: "prefill", "user" or "pack"; pack_hash: the record as last received in a CSP
    # pack, so a later pack can tell the councillor's own edits from the officer's.
    common = {"origin": str, "pack_hash": str, "updated_at": str}
    db["organisations"].create(
        {
            "id": str,
            "name": str,
            "name_cy": str,
            "sector": str,
            "responsible_authority": int,
            "notes": str,
            **common,
        },
        pk="id",
        not_null={"name", "sector"},
        defaults={"responsible_authority": 0},
    )
    db["people"].create(
        {
            "id": str,
            "name": str,
            "job_title": str,
            "organisation_id": str,
            "emails": str,
            "phones": str,
            "notes": str,
            "last_verified": str,
            **common,
        },
        pk="id",
        not_null={"name"},
        foreign_keys=[("organisation_id", "organisations", "id")],
    )
    db["groups"].create(
        {"id": str, "name": str, "reports_to": str, "purpose": str, "suggested": int, **common},
        pk="id",
        not_null={"name"},
        defaults={"suggested": 0},
        foreign_keys=[("reports_to", "groups", "id")],
    )
    db["memberships"].create(
        {
            "id": str,
            "person_id": str,
            "group_id": str,
            "role": str,
            "organisation_id": str,
            "start_date": str,
            "end_date": str,
            **common,
        },
        pk="id",
        not_null={"person_id", "group_id", "role"},
        foreign_keys=[
            ("person_id", "people", "id"),
            ("group_id", "groups", "id"),
            ("organisation_id", "organisations", "id"),
        ],
    )
    db["procedures"].create({"id": str, "topic": str, "text": str, **common}, pk="id", not_null={"topic"})
    for table, column in (
        ("people", "organisation_id"),
        ("memberships", "person_id"),
        ("memberships", "group_id"),
        ("groups", "reports_to"),
    ):
        db[table].create_index([column])


def _search(db: Database) -> None:
    # One full-text index over content and the directory. unicode61 with diacritics removed
    # folds Welsh letters, so "gwyn" finds "Gŵyn". prefix='2 3' speeds up search-as-you-type.
    db.execute(
        "create virtual table search using fts5(kind unindexed, ref unindexed, title, body, keywords,"
        " tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )


def _completed_version(db: Database) -> None:
    # Which version of a module was completed, so a content update can say "updated since
    # you completed it". Before this step every module had only ever shipped as version 1.0,
    # so that is the version any earlier completion was of.
    db["module_progress"].add_column("completed_version", str)
    db.execute("update module_progress set completed_version = '1.0' where completed_at is not null")


def _development_needs(db: Database) -> None:
    # The councillor's own notes for their annual training and development review
    # (Local Government (Wales) Measure 2011 s.7): one row per field of the page.
    db["development_needs"].create({"field": str, "text": str, "updated_at": str}, pk="field")


def _search_where(db: Database) -> None:
    # Results say where they are (the module a section is in, a person's employer): an
    # unindexed column. The index is derived data, rebuilt on the next start.
    db.execute("drop table if exists search")
    db.execute(
        "create virtual table search using fts5(kind unindexed, ref unindexed, title, body, keywords,"
        " place unindexed, tokenize = 'unicode61 remove_diacritics 2', prefix = '2 3')"
    )
    db.execute("delete from app_meta where key = 'search.content_hash'")


def _quiz_answers(db: Database) -> None:
    # Each knowledge-check answer as it is given, so closing the app mid-check loses
    # nothing. Cleared for a section when its attempt is recorded or retried.
    db["quiz_answers"].create(
        {
            "module_id": str,
            "section_id": str,
            "question": int,
            "chosen": str,  # the option numbers, comma-separated
            "answered_at": str,
        },
        pk=("module_id", "section_id", "question"),
        not_null={"module_id", "section_id", "question", "chosen"},
    )


STEPS: tuple[tuple[str, Callable[[Database], None]], ...] = (
    ("001_app_meta", _app_meta),
    ("002_learning_progress", _learning_progress),
    ("003_directory", _directory),
    ("004_search", _search),
    ("005_completed_version", _completed_version),
    ("006_development_needs", _development_needs),
    ("007_search_place", _search_where),
    ("008_quiz_answers", _quiz_answers),
)


def known_names() -> list[str]:
    return [name for name, _ in STEPS]


@cache
def migrations() -> Migrations:
    from sqlite_utils.migrations import Migrations

    registry = Migrations(MIGRATION_SET)
    for name, step in STEPS:
        registry(name=name)(step)
    return registry
