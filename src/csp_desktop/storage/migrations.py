"""Every schema change, in order. Never edit a migration once released: add a new one.

A database that has applied a migration this list does not know was written by a newer
version of the app; `database.open_database` refuses it rather than guess.
"""

from __future__ import annotations

from sqlite_utils import Database
from sqlite_utils.migrations import Migrations

migrations = Migrations("csp_desktop")


@migrations(name="001_app_meta")
def _app_meta(db: Database) -> None:
    db["app_meta"].create({"key": str, "value": str}, pk="key")


@migrations(name="002_learning_progress")
def _learning_progress(db: Database) -> None:
    db["module_progress"].create(
        {
            "module_id": str,
            "started_at": str,
            "completed_at": str,
            "last_section": str,
            "last_position": int,  # scroll position within last_section, in pixels at 100 %
            "seconds_spent": int,
            "updated_at": str,
        },
        pk="module_id",
        defaults={"seconds_spent": 0, "last_position": 0},
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


def known_names() -> list[str]:
    return [m.name for m in migrations._migrations]
