"""Learning progress in the database: sections read, positions, attempts, reflections, time."""

from __future__ import annotations

import datetime as dt

from csp_desktop.core.progress import ModuleProgress
from csp_desktop.storage.database import Store


def _now() -> str:
    return dt.datetime.now().isoformat(timespec="seconds")


class ProgressRepository:
    def __init__(self, store: Store):
        self._store = store

    # -- reads (plain sqlite3: cheap, no sqlite-utils import on the start-up path) ----------

    def _load(self, module_id: str | None) -> dict[str, ModuleProgress]:
        """Progress for one module, or for all when ``module_id`` is None."""
        conn = self._store.conn
        where, params = ("where module_id = ?", [module_id]) if module_id else ("", [])
        result: dict[str, ModuleProgress] = {}
        for row in conn.execute(
            "select module_id, started_at, completed_at, last_section, last_position,"
            f" sections_total, seconds_spent, updated_at, completed_version from module_progress {where}",
            params,
        ):
            result[row[0]] = ModuleProgress(
                module_id=row[0],
                started_at=row[1],
                completed_at=row[2],
                last_section=row[3],
                last_position=row[4] or 0,
                sections_total=row[5] or 0,
                seconds_spent=row[6] or 0,
                updated_at=row[7],
                completed_version=row[8],
            )

        def get(module_id: str) -> ModuleProgress:
            return result.setdefault(module_id, ModuleProgress(module_id))

        for module_id, section_id in conn.execute(
            f"select module_id, section_id from section_reads {where}", params
        ):
            get(module_id).sections_read.add(section_id)
        for module_id, section_id, correct, total in conn.execute(
            f"select module_id, section_id, correct, total from quiz_attempts {where}"
            " order by cast(correct as real) / max(total, 1), id",
            params,
        ):
            get(module_id).best[section_id] = (correct, total)  # later rows are the better ones
        for module_id, reflection_id, text in conn.execute(
            f"select module_id, reflection_id, text from reflections {where}", params
        ):
            get(module_id).reflections[reflection_id] = text or ""
        return result

    def load_all(self) -> dict[str, ModuleProgress]:
        return self._load(None)

    def load(self, module_id: str) -> ModuleProgress:
        # The reader asks on every section change: read one module, not all of them.
        return self._load(module_id).get(module_id, ModuleProgress(module_id))

    def attempts(self, module_id: str) -> list[tuple[str, int, int, str]]:
        return list(
            self._store.conn.execute(
                "select section_id, correct, total, answered_at from quiz_attempts"
                " where module_id = ? order by id",
                [module_id],
            )
        )

    def most_recent(self) -> str | None:
        """The module the user was last working in and has not finished."""
        row = self._store.conn.execute(
            "select module_id from module_progress where completed_at is null"
            " and updated_at is not null order by updated_at desc, rowid desc limit 1"
        ).fetchone()
        return row[0] if row else None

    # -- writes (each one atomic) -----------------------------------------------------------

    def _touch(self, module_id: str, **fields: object) -> None:
        db = self._store.db
        now = _now()
        with self._store.transaction():
            existing = db.execute(
                "select started_at from module_progress where module_id = ?", [module_id]
            ).fetchone()
            row = {"module_id": module_id, "updated_at": now, **fields}
            if existing is None or existing[0] is None:
                row["started_at"] = now
            db["module_progress"].upsert(row, pk="module_id")

    def opened(self, module_id: str, sections_total: int) -> None:
        self._touch(module_id, sections_total=sections_total)

    def save_position(self, module_id: str, section_id: str, position: int) -> None:
        self._touch(module_id, last_section=section_id, last_position=int(position))

    def mark_read(self, module_id: str, section_id: str) -> bool:
        """Record that a section was read to its end. Returns True the first time."""
        db = self._store.db
        with self._store.transaction():
            seen = db.execute(
                "select 1 from section_reads where module_id = ? and section_id = ?",
                [module_id, section_id],
            ).fetchone()
            if seen:
                return False
            db["section_reads"].insert({"module_id": module_id, "section_id": section_id, "read_at": _now()})
            self._touch(module_id)
        return True

    # -- knowledge-check answers, kept the moment each one is given --------------------------

    def save_answer(self, module_id: str, section_id: str, question: int, chosen: set[int]) -> None:
        with self._store.transaction():
            self._store.db["quiz_answers"].upsert(
                {
                    "module_id": module_id,
                    "section_id": section_id,
                    "question": int(question),
                    "chosen": ",".join(str(i) for i in sorted(chosen)),
                    "answered_at": _now(),
                },
                pk=("module_id", "section_id", "question"),
            )
            self._touch(module_id)

    def answers(self, module_id: str, section_id: str) -> dict[int, set[int]]:
        """Answers given in the attempt still under way (none once it is recorded)."""
        rows = self._store.conn.execute(
            "select question, chosen from quiz_answers where module_id = ? and section_id = ?",
            [module_id, section_id],
        )
        return {q: {int(i) for i in chosen.split(",") if i.strip().isdigit()} for q, chosen in rows}

    def clear_answers(self, module_id: str, section_id: str) -> None:
        with self._store.transaction():
            self._store.db.execute(
                "delete from quiz_answers where module_id = ? and section_id = ?", [module_id, section_id]
            )

    def record_attempt(self, module_id: str, section_id: str, correct: int, total: int) -> None:
        with self._store.transaction():
            self._store.db.execute(
                "delete from quiz_answers where module_id = ? and section_id = ?", [module_id, section_id]
            )
            self._store.db["quiz_attempts"].insert(
                {
                    "module_id": module_id,
                    "section_id": section_id,
                    "correct": correct,
                    "total": total,
                    "answered_at": _now(),
                }
            )
            self._touch(module_id)

    def save_reflection(self, module_id: str, reflection_id: str, text: str) -> None:
        db = self._store.db
        with self._store.transaction():
            db["reflections"].upsert(
                {"module_id": module_id, "reflection_id": reflection_id, "text": text, "updated_at": _now()},
                pk=("module_id", "reflection_id"),
            )
            self._touch(module_id)

    def add_time(self, module_id: str, seconds: int) -> None:
        if seconds <= 0:
            return
        with self._store.transaction():
            self._touch(module_id)
            self._store.db.execute(
                "update module_progress set seconds_spent = seconds_spent + ? where module_id = ?",
                [int(seconds), module_id],
            )

    def set_completed(self, module_id: str, complete: bool, version: str | None = None) -> None:
        """Mark a module complete (with the version completed) or not. A module stays at the
        version it was first completed in: the record says what the councillor actually did.
        A completion of an older version is kept when a content update adds sections: the
        module then shows "updated since you completed it" instead of losing the record."""
        with self._store.transaction():
            current = self._store.conn.execute(
                "select completed_at, completed_version from module_progress where module_id = ?",
                [module_id],
            ).fetchone()
            if complete and not (current and current[0]):
                self._touch(module_id, completed_at=_now(), completed_version=version)
            elif (
                not complete and current and current[0] and (version is None or current[1] in (None, version))
            ):
                self._touch(module_id, completed_at=None, completed_version=None)
