"""The induction record: what the councillor completed, when, how well, and what they
reflected, as data, as printable HTML and as CSV for Democratic Services."""

from __future__ import annotations

import csv
import dataclasses
import datetime as dt
import io
from dataclasses import dataclass, field

from csp_desktop.core.content.catalogue import Catalogue
from csp_desktop.core.content.model import ContentError, Module
from csp_desktop.core.content.parser import read_module
from csp_desktop.core.dates import short_date
from csp_desktop.core.progress import ModuleProgress, Status, minutes_left
from csp_desktop.core.render_safe import escape, neutralise_formula


@dataclass
class RecordRow:
    """One module's line in the induction record."""

    number: int
    module_id: str
    title: str
    version: str
    minutes: int
    status: Status
    started: str
    completed: str
    best: tuple[int, int] | None
    seconds: int
    minutes_left: int
    reflections: list[tuple[str, str]] = field(default_factory=list)  # (prompt, answer)
    completed_version: str = ""  # the version completed, which may be older than ``version``


@dataclass
class InductionRecord:
    """The induction record handed to Democratic Services: who, when, and each module."""

    councillor: str
    council: str
    generated: dt.datetime
    rows: list[RecordRow]
    development: list[tuple[str, str]] = field(default_factory=list)  # (label, text)

    @property
    def completed(self) -> int:
        return sum(1 for r in self.rows if r.status is Status.COMPLETE)

    @property
    def seconds(self) -> int:
        return sum(r.seconds for r in self.rows)


def _day(stamp: str | None) -> str:
    return stamp[:10] if stamp else ""


def build_record(
    catalogue: Catalogue,
    progress: dict[str, ModuleProgress],
    councillor: str,
    council: str,
    now: dt.datetime | None = None,
    development: list[tuple[str, str]] | None = None,
) -> InductionRecord:
    rows = []
    for entry in catalogue.entries:
        meta = entry.meta
        p = progress.get(meta.id) or ModuleProgress(meta.id)
        module: Module | None
        try:
            module = read_module(meta.path) if p.reflections or p.best else None
        except (ContentError, OSError):
            module = None
        check_id = module.check.id if module and module.check else None
        reflections = []
        if module:
            for section in module.sections:
                for reflection in section.reflections:
                    answer = p.reflections.get(reflection.id, "").strip()
                    if answer:
                        reflections.append((reflection.prompt, answer))
        rows.append(
            RecordRow(
                number=meta.order,
                module_id=meta.id,
                title=meta.title,
                version=meta.version,
                minutes=meta.minutes,
                status=p.status,
                started=_day(p.started_at),
                completed=_day(p.completed_at),
                best=p.best.get(check_id) if check_id else None,
                seconds=p.seconds_spent,
                minutes_left=minutes_left(p, meta.minutes),
                reflections=reflections,
                completed_version=(p.completed_version or "") if p.completed_at else "",
            )
        )
    return InductionRecord(councillor, council, now or dt.datetime.now(), rows, list(development or []))


def without_reflections(record: InductionRecord) -> InductionRecord:
    """The record to share when the councillor chooses to keep their reflections to themselves."""
    rows = [dataclasses.replace(r, reflections=[]) for r in record.rows]
    return dataclasses.replace(record, rows=rows)


def duration(seconds: int, labels: dict[str, str] | None = None) -> str:
    """Say "12 min" or "1 h 05 min"; ``labels`` carries the translated units (%1, %2)."""
    t = {**DEFAULT_LABELS, **(labels or {})}
    if 0 < seconds < 60:
        return t["under_minute"]
    minutes = round(seconds / 60)
    if minutes >= 60:
        return t["hours"].replace("%1", str(minutes // 60)).replace("%2", f"{minutes % 60:02d}")
    return t["minutes"].replace("%1", str(minutes))


def score(best: tuple[int, int] | None) -> str:
    if not best:
        return ""
    correct, total = best
    return f"{correct}/{total} ({round(100 * correct / total) if total else 0} %)"


def reflections_html(rows) -> list[str]:
    """Each module's reflections as HTML (a heading, then each question and answer), escaped:
    shared by the record and the "My development needs" page."""
    parts = []
    for r in rows:
        if r.reflections:
            items = "".join(
                f"<p><i>{escape(q)}</i><br/>{escape(a).replace(chr(10), '<br/>')}</p>"
                for q, a in r.reflections
            )
            parts.append(f"<h3>{r.number}. {escape(r.title)}</h3>{items}")
    return parts


def record_html(record: InductionRecord, labels: dict[str, str] | None = None) -> str:
    """A self-contained HTML document for QTextDocument (print and PDF). Everything escaped."""
    t = {**DEFAULT_LABELS, **(labels or {})}
    language = t.get("language", "en")
    who = escape(record.councillor) or escape(t["no_name"])
    council = escape(record.council) or escape(t["no_council"])
    summary = t["summary"].format(
        done=record.completed, total=len(record.rows), time=duration(record.seconds, t)
    )
    head = (
        f"<h1>{escape(t['title'])}</h1>"
        f"<p><b>{escape(t['councillor'])}:</b> {who}<br/><b>{escape(t['council'])}:</b> {council}<br/>"
        f"<b>{escape(t['generated'])}:</b> {escape(short_date(record.generated, language))}</p>"
        f"<p>{escape(summary)}</p>"
    )
    widths = {"module": 46, "status": 14, "completed": 14, "score": 15, "time": 11}
    cells = "".join(f"<th align='left' width='{w}%'>{escape(t[k])}</th>" for k, w in widths.items())
    body = []
    for r in record.rows:
        status = escape(t[f"status_{r.status.name.lower()}"])
        completed = escape(short_date(r.completed, language))
        if r.completed_version:
            completed += f"<br/>{escape(t['version_short'].format(version=r.completed_version))}"
        if r.completed_version and r.completed_version != r.version:
            completed += f"<br/><i>{escape(t['updated_since'])}</i>"
        body.append(
            f"<tr><td>{r.number}. {escape(r.title)}</td><td>{status}</td><td>{completed}</td>"
            f"<td>{escape(score(r.best))}</td>"
            f"<td>{escape(duration(r.seconds, t)) if r.seconds else ''}</td></tr>"
        )
    table = (
        "<table width='100%' cellspacing='0' cellpadding='4' border='1'>"
        f"<tr>{cells}</tr>{''.join(body)}</table>"
    )
    reflections = reflections_html(record.rows)
    refl = f"<h2>{escape(t['reflections'])}</h2>{''.join(reflections)}" if reflections else ""
    if record.development:
        items = "".join(
            f"<p><b>{escape(label)}</b><br/>{escape(text).replace(chr(10), '<br/>')}</p>"
            for label, text in record.development
        )
        refl += f"<h2>{escape(t['development'])}</h2><p>{escape(t['development_intro'])}</p>{items}"
    foot = f"<p><small>{escape(t['footer'])}</small></p>"
    style = "<style>body { font-size: 10pt; } h1 { font-size: 18pt; } h2 { font-size: 14pt; }</style>"
    return f"<html><head>{style}</head><body>{head}{table}{refl}{foot}</body></html>"


DEFAULT_LABELS = {
    "title": "Community safety induction record",
    "councillor": "Councillor",
    "council": "Council",
    "generated": "Produced",
    "no_name": "(name not set: add it in Preferences)",
    "no_council": "(council not set)",
    "summary": "{done} of {total} modules complete. Time spent learning: {time}.",
    "module": "Module",
    "status": "Status",
    "completed": "Completed",
    "score": "Best check score",
    "time": "Time",
    "status_not_started": "Not started",
    "status_in_progress": "In progress",
    "status_complete": "Complete",
    "reflections": "Reflections",
    "version_short": "version {version}",
    "updated_since": "updated since you completed it",
    "development": "My development needs",
    "development_intro": "For the annual review of training and development needs that the council "
    "must offer each member (Local Government (Wales) Measure 2011, section 7).",
    "footer": "Produced by CSP Desktop from the learner's own record on their computer. "
    "Modules are based on public sources listed in each module.",
    "under_minute": "under 1 min",
    "minutes": "%1 min",
    "hours": "%1 h %2 min",
    "csv_number": "Module number",
    "csv_version": "Module version",
    "csv_started": "Started",
    "csv_minutes": "Minutes spent",
}

# Column headings of the CSV, as keys into the labels (so the file is in the user's language).
CSV_COLUMNS = (
    "councillor",
    "council",
    "csv_number",
    "module",
    "csv_version",
    "status",
    "csv_started",
    "completed",
    "score",
    "csv_minutes",
    "reflections",
)
CSV_HEADER = [DEFAULT_LABELS[k] for k in CSV_COLUMNS]


def record_csv(record: InductionRecord, labels: dict[str, str] | None = None) -> bytes:
    """UTF-8 with a BOM so Excel keeps Welsh letters; cells that could run as formulas are defused."""
    t = {**DEFAULT_LABELS, **(labels or {})}
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\r\n")
    writer.writerow([t[k] for k in CSV_COLUMNS])
    for r in record.rows:
        reflections = "\n\n".join(f"{q}\n{a}" for q, a in r.reflections)
        writer.writerow(
            [
                neutralise_formula(v)
                for v in (
                    record.councillor,
                    record.council,
                    str(r.number),
                    r.title,
                    r.completed_version or r.version,
                    t[f"status_{r.status.name.lower()}"],
                    r.started,
                    r.completed,
                    score(r.best),
                    str(round(r.seconds / 60)),
                    reflections,
                )
            ]
        )
    for label, text in record.development:
        row = [record.councillor, record.council, "", f"{t['development']}: {label}"] + [""] * 6 + [text]
        writer.writerow([neutralise_formula(v) for v in row])
    return ("\ufeff" + out.getvalue()).encode("utf-8")
