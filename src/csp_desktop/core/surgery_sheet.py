"""HTML for the ward-surgery screen and the one-page "who to call" sheet. Qt-free; every
value from the directory or content is escaped or sanitised."""

from __future__ import annotations

import datetime as dt

from csp_desktop.core.content.render import markdown_to_html
from csp_desktop.core.dates import short_date
from csp_desktop.core.directory.model import SECTOR_LABELS, Directory, Sector
from csp_desktop.core.directory.queries import LocalContact, contacts_for_sector
from csp_desktop.core.render_safe import escape
from csp_desktop.core.surgery import Helpline, Topic


def helpline_html(h: Helpline, language: str = "en", text_label: str = "text %1") -> str:
    """``text_label`` says how to text the service, translated by the caller ("text %1")."""
    dial = "".join(c for c in h.number if c.isdigit() or c == "+")
    extras = [x for x in (h.hours_in(language), h.cost_in(language)) if x]
    line = f"<b>{escape(h.name_in(language))}</b>: <a href='tel:{escape(dial)}'>{escape(h.number)}</a>"
    if h.text:
        line += ", " + escape(text_label.replace("%1", h.text))
    if extras:
        line += f" ({escape(', '.join(extras))})"
    note = h.note_in(language)
    if note:
        line += f"<br/><small>{escape(note)}</small>"
    return f"<p>{line}</p>"


def contact_html(c: LocalContact, language: str = "en") -> str:
    bits = [f"<b>{escape(c.person.name)}</b>"]
    organisation = c.organisation.display_name(language) if c.organisation else ""
    detail = ", ".join(x for x in (c.person.job_title, organisation) if x)
    if detail:
        bits.append(escape(detail))
    links = [f"<a href='mailto:{escape(e)}'>{escape(e)}</a>" for e in c.person.emails]
    links += [
        f"<a href='tel:{escape(''.join(ch for ch in p if ch.isdigit() or ch == '+'))}'>{escape(p)}</a>"
        for p in c.person.phones
    ]
    return "<p>" + " – ".join(bits) + ("<br/>" + " · ".join(links) if links else "") + "</p>"


def topic_html(
    topic: Topic, helplines: dict[str, Helpline], directory: Directory, today: dt.date, labels: dict[str, str]
) -> str:
    parts = [f"<h1>{escape(topic.title)}</h1>", f"<p><b>{escape(labels['emergency'])}</b></p>"]
    if topic.reviewed and labels.get("reviewed"):
        when = short_date(topic.reviewed, labels.get("language", "en"))
        parts.append(f"<p><small>{escape(labels['reviewed'].replace('%1', when))}</small></p>")
    if topic.fallback:
        parts.append(f"<p><i>{escape(labels['fallback'])}</i></p>")
    for _sid, title, markdown in topic.sections:
        parts.append(f"<h2>{escape(title)}</h2>{markdown_to_html(markdown)}")
    parts.append(f"<h2>{escape(labels['helplines'])}</h2>")
    language = labels.get("language", "en")
    text_label = labels.get("text", "text %1")
    parts += [helpline_html(helplines[h], language, text_label) for h in topic.helplines if h in helplines]
    parts.append(f"<h2>{escape(labels['local'])}</h2>")
    for sector in topic.local:
        contacts = contacts_for_sector(directory, sector, today)
        name = escape(labels.get(f"sector_{sector.value}", SECTOR_LABELS[sector]))
        if contacts:
            parts.append(f"<h3>{name}</h3>" + "".join(contact_html(c, language) for c in contacts[:3]))
        else:
            prompt = escape(
                labels["none"].replace("%1", labels.get(f"sector_{sector.value}", SECTOR_LABELS[sector]))
            )
            add = escape(labels["add"])
            parts.append(f"<h3>{name}</h3><p><i>{prompt}</i> <a href='add:{sector.value}'>{add}</a></p>")
    if topic.local_roles:
        roles = "".join(f"<li>{escape(r)}</li>" for r in topic.local_roles)
        parts.append(f"<p>{escape(labels['look_for'])}</p><ul>{roles}</ul>")
    return "".join(parts)


def sheet_html(
    topics: list[Topic],
    helplines: dict[str, Helpline],
    directory: Directory,
    today: dt.date,
    council: str,
    labels: dict[str, str],
) -> str:
    """One printed page: national helplines and the councillor's own local contacts."""
    language = labels.get("language", "en")
    used = []
    for t in topics:
        used += [h for h in t.helplines if h in helplines and h not in used]
    rows = []
    for t in topics:
        numbers = ", ".join(
            f"{helplines[h].name_in(language)} {helplines[h].number}"
            for h in t.helplines[:3]
            if h in helplines
        )
        rows.append(f"<tr><td><b>{escape(t.title)}</b></td><td>{escape(numbers)}</td></tr>")
    local = []
    for sector in (
        Sector.COUNCIL,
        Sector.POLICE,
        Sector.HEALTH,
        Sector.HOUSING,
        Sector.PROBATION,
        Sector.FIRE,
    ):
        contacts = contacts_for_sector(directory, sector, today)[:2]
        label = escape(labels.get(f"sector_{sector.value}", SECTOR_LABELS[sector]))
        cell = (
            "".join(contact_html(c, language) for c in contacts) or f"<i>{escape(labels['not_recorded'])}</i>"
        )
        local.append(f"<tr><td><b>{label}</b></td><td>{cell}</td></tr>")
    title = escape(labels["sheet_title"]) + (f": {escape(council)}" if council else "")
    style = "<style>body{font-size:9pt} h1{font-size:15pt} h2{font-size:11pt} td{padding:2px 4px}</style>"
    table = "<table width='100%' border='1' cellspacing='0'>"
    language = labels.get("language", "en")
    footer = escape(labels["footer"].replace("%1", labels.get("today") or short_date(today, language)))
    reviewed = [t.reviewed for t in topics if t.reviewed]
    if reviewed and labels.get("reviewed"):
        # The oldest topic review is the sheet's: every line on it is at least that fresh.
        footer += " " + escape(labels["reviewed"].replace("%1", short_date(min(reviewed), language)))
    return (
        f"<html><head>{style}</head><body><h1>{title}</h1><p><b>{escape(labels['emergency'])}</b></p>"
        f"<h2>{escape(labels['by_topic'])}</h2>{table}{''.join(rows)}</table>"
        f"<h2>{escape(labels['local'])}</h2>{table}{''.join(local)}</table>"
        f"<p><small>{footer}</small></p></body></html>"
    )
