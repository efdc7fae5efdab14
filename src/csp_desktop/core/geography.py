"""The 22 Welsh principal councils and their statutory partners, read from bundled data.

The data file (resources/data/wales-geography.toml) carries its sources and review date;
code never hard-codes which force or health board covers which council.
"""

from __future__ import annotations

import datetime as dt
import tomllib
from dataclasses import dataclass
from pathlib import Path

from csp_desktop.core.folding import fold


@dataclass(frozen=True)
class Council:
    """A principal council and its statutory partners, with their official Welsh names."""

    id: str
    name: str
    name_cy: str
    police: str
    pcc: str
    health: str
    fire: str
    probation: str
    probation_pdu: str
    pdu_confidence: str
    # The partner bodies' own Welsh names, and the council's official Welsh name
    # ("Cyngor Bwrdeistref Sirol Caerffili"), never built from the place name.
    council_name_cy: str = ""
    police_cy: str = ""
    pcc_cy: str = ""
    health_cy: str = ""
    fire_cy: str = ""
    probation_cy: str = ""
    probation_pdu_cy: str = ""

    def display_name(self, language: str) -> str:
        return self.name_cy if language == "cy" and self.name_cy else self.name


@dataclass(frozen=True)
class Geography:
    """The 22 councils, when the data was last reviewed, and its sources."""

    councils: tuple[Council, ...]
    reviewed: dt.date
    sources: tuple[str, ...]

    def find(self, name: str) -> Council | None:
        """Find a council by id, English or Welsh name, ignoring case and accents."""
        wanted = fold(name)
        for council in self.councils:
            if wanted in (fold(council.id), fold(council.name), fold(council.name_cy)):
                return council
        return None


class GeographyError(Exception):
    pass


def load_geography(path: Path) -> Geography:
    data = tomllib.loads(path.read_text(encoding="utf-8"))
    councils = []
    probation = data["probation"]
    for row in data["council"]:
        try:
            police = data["police"][row["police"]]
            health = data["health"][row["health"]]
            fire = data["fire"][row["fire"]]
            councils.append(
                Council(
                    id=row["id"],
                    name=row["name"],
                    name_cy=row.get("name_cy", ""),
                    police=police["name"],
                    pcc=police["pcc"],
                    health=health["name"],
                    fire=fire["name"],
                    probation=probation["name"],
                    probation_pdu=probation["pdus"][row["probation_pdu"]],
                    pdu_confidence=probation.get("pdu_confidence", "V"),
                    council_name_cy=row.get("council_name_cy", ""),
                    police_cy=police.get("name_cy", ""),
                    pcc_cy=police.get("pcc_cy", ""),
                    health_cy=health.get("name_cy", ""),
                    fire_cy=fire.get("name_cy", ""),
                    probation_cy=probation.get("name_cy", ""),
                    probation_pdu_cy=probation.get("pdus_cy", {}).get(row["probation_pdu"], ""),
                )
            )
        except KeyError as exc:
            raise GeographyError(f"{path.name}: council {row.get('id')!r} refers to unknown {exc}") from None
    return Geography(tuple(councils), data["reviewed"], tuple(data["sources"]))
