"""Joint and regional community safety arrangements (resources/data/wales-arrangements.toml):
the joint Conwy and Denbighshire CSP, Safer Gwent, the Western Bay Area Planning Board, …

Each carries the fact sheet's confidence. Anything below "verified" is shown with "confirm
locally", and a "not verified" entry is only ever a note, never stated as settled.
"""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from csp_desktop.core.geography import Council, Geography, GeographyError

KINDS = ("csp", "board", "note")
REPLACEABLE = ("vawdasv", "apb")
CONFIDENCE = {
    "V": "verified in an official source",
    "V2": "seen only in a secondary source",
    "B": "believed, not verified",
    "NV": "not verified",
}


@dataclass(frozen=True)
class Arrangement:
    """A joint or regional arrangement (a board or service shared by councils), with its sources."""

    id: str
    kind: str
    name: str
    members: tuple[Council, ...]
    confidence: str
    description: str
    sources: tuple[str, ...]
    replaces: str = ""
    under_csp: bool = False

    @property
    def settled(self) -> bool:
        return self.confidence == "V"

    @property
    def only_a_note(self) -> bool:
        """Not verified at all: mention it, but do not name or add a board after it."""
        return self.kind == "note" or self.confidence == "NV"

    def covers(self, council_id: str) -> bool:
        return any(c.id == council_id for c in self.members)

    def confirm_text(self) -> str:
        """The description, with "confirm locally" and the sources when not verified."""
        text = self.description
        if not self.settled:
            text += f" Confirm locally: this is {CONFIDENCE[self.confidence]}."
        if self.sources:
            text += " Source: " + "; ".join(self.sources) + "."
        return text


def load_arrangements(path: Path, geography: Geography) -> tuple[Arrangement, ...]:
    """Read and check the file: every council must exist, every kind and confidence be known."""
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    by_id = {c.id: c for c in geography.councils}
    found = []
    for row in data.get("arrangement", []):
        where = f"{path.name}: arrangement {row.get('id')!r}"
        unknown = [c for c in row.get("councils", []) if c not in by_id]
        if unknown:
            raise GeographyError(f"{where} names unknown council(s) {', '.join(unknown)}")
        if row.get("kind") not in KINDS:
            raise GeographyError(f"{where} has kind {row.get('kind')!r}; expected one of {', '.join(KINDS)}")
        if row.get("confidence") not in CONFIDENCE:
            raise GeographyError(f"{where} has confidence {row.get('confidence')!r}")
        if row.get("replaces", "") not in ("", *REPLACEABLE):
            raise GeographyError(f"{where} replaces {row['replaces']!r}, which is not a suggested board")
        if row["kind"] != "note" and not row.get("name"):
            raise GeographyError(f"{where} needs a name")
        found.append(
            Arrangement(
                id=row["id"],
                kind=row["kind"],
                name=row.get("name", ""),
                members=tuple(by_id[c] for c in row["councils"]),
                confidence=row["confidence"],
                description=row.get("description", ""),
                sources=tuple(row.get("sources", [])),
                replaces=row.get("replaces", ""),
                under_csp=bool(row.get("under_csp", False)),
            )
        )
    return tuple(found)


@lru_cache(maxsize=1)
def bundled_arrangements() -> tuple[Arrangement, ...]:
    from csp_desktop.core.geography import load_geography
    from csp_desktop.resources import data_file

    geography = load_geography(data_file("wales-geography.toml"))
    return load_arrangements(data_file("wales-arrangements.toml"), geography)


def for_council(arrangements: tuple[Arrangement, ...], council_id: str) -> list[Arrangement]:
    return [a for a in arrangements if a.covers(council_id)]
