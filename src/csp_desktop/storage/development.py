"""The "My development needs" notes in the database: one row per field, saved as typed."""

from __future__ import annotations

import datetime as dt

from csp_desktop.core.development import FIELD_IDS
from csp_desktop.storage.database import Store


class DevelopmentRepository:
    def __init__(self, store: Store):
        self._store = store

    def load(self) -> dict[str, str]:
        rows = self._store.conn.execute("select field, text from development_needs")
        return {field: text or "" for field, text in rows if field in FIELD_IDS}

    def save(self, field: str, text: str) -> None:
        if field not in FIELD_IDS:
            raise ValueError(f"unknown development-needs field {field!r}")
        with self._store.db.atomic():
            self._store.db["development_needs"].upsert(
                {"field": field, "text": text, "updated_at": dt.datetime.now().isoformat(timespec="seconds")},
                pk="field",
            )
