"""The councillor's "My development needs" page, as plain data.

Councils in Wales must offer each member an annual review of their training and development
needs (Local Government (Wales) Measure 2011 s.7). These notes, written from the councillor's
reflections, are what they take into that review; they print with the induction record.
"""

from __future__ import annotations

from dataclasses import dataclass


@dataclass(frozen=True)
class NeedField:
    """One heading of the members' development-needs form."""

    id: str
    label: str  # English; the UI shows a translated label


FIELDS: tuple[NeedField, ...] = (
    NeedField("strengths", "What I feel confident about"),
    NeedField("develop", "What I want to develop"),
    NeedField("support", "Training or support I would like"),
    NeedField("review", "Notes for my annual review"),
)
FIELD_IDS = tuple(f.id for f in FIELDS)


def filled(needs: dict[str, str], labels: dict[str, str] | None = None) -> list[tuple[str, str]]:
    """(label, text) for each field with text, in page order."""
    labels = labels or {}
    return [(labels.get(f.id, f.label), needs[f.id].strip()) for f in FIELDS if needs.get(f.id, "").strip()]
