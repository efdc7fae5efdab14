"""Learning that knows your CSP: ``{{local:health}}`` in content becomes the councillor's own
health representative (name, post, organisation, contact), or a clear prompt to add one.

Everything taken from the directory is escaped before it meets Markdown, so a contact
called ``<script>`` is shown as text.
"""

from __future__ import annotations

import datetime as dt
import html
import re

from csp_desktop.core.directory.model import SECTOR_LABELS, Directory, Sector
from csp_desktop.core.directory.queries import contacts_for_sector

PLACEHOLDER_RE = re.compile(r"\{\{\s*local:([a-z_]+)\s*\}\}")
_MD_SPECIAL = re.compile(r"([\\`*_{}\[\]()#+\-.!|>~])")


def md_text(value: str) -> str:
    """Plain text made inert for Markdown and HTML."""
    return _MD_SPECIAL.sub(r"\\\1", html.escape(value, quote=False))


def unknown_placeholders(markdown: str) -> list[str]:
    return [
        m.group(1) for m in PLACEHOLDER_RE.finditer(markdown) if m.group(1) not in Sector._value2member_map_
    ]


def resolve(
    markdown: str,
    directory: Directory | None,
    today: dt.date | None = None,
    missing: str = "your CSP's {sector} representative (not recorded yet: add them in My CSP)",
    language: str = "en",
    sector_names: dict[Sector, str] | None = None,
) -> str:
    """Fill ``{{local:SECTOR}}`` with the first contact recorded for that sector. ``language``
    picks the organisation's Welsh name in a Welsh module; ``sector_names`` are the sector
    words ``missing`` uses, in the reader's language."""
    today = today or dt.date.today()
    names = sector_names or SECTOR_LABELS

    def replace(match: re.Match) -> str:
        name = match.group(1)
        if name not in Sector._value2member_map_:
            return md_text(match.group(0))
        sector = Sector(name)
        contacts = contacts_for_sector(directory, sector, today) if directory else []
        if not contacts:
            return "*" + md_text(missing.format(sector=names[sector].lower())) + "*"
        c = contacts[0]
        parts = [f"**{md_text(c.person.name)}**"]
        detail = ", ".join(
            x
            for x in (c.person.job_title, c.organisation.display_name(language) if c.organisation else "")
            if x
        )
        if detail:
            parts.append(f"({md_text(detail)})")
        for email in c.person.emails[:1]:
            parts.append(md_text(email))
        for phone in c.person.phones[:1]:
            parts.append(md_text(phone))
        return " ".join(parts)

    return PLACEHOLDER_RE.sub(replace, markdown)
