"""Dates as a British reader expects them, "29 Nov 2026" ("29 Tach 2026" in Welsh), from
this one function: the record, the sheet, tables and "last reviewed" all use it, so no screen
shows the US "11/29/26" that Qt's plain "en" locale gives, or a bare ISO date."""

from __future__ import annotations

import datetime as dt

# CLDR's abbreviated month names, as Qt's en_GB and cy_GB locales show them in date fields.
MONTHS = {
    "en": ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sept", "Oct", "Nov", "Dec"),
    "cy": ("Ion", "Chwef", "Maw", "Ebr", "Mai", "Meh", "Gorff", "Awst", "Medi", "Hyd", "Tach", "Rhag"),
}
# For Qt date-edit fields, with the application locale set to en_GB or cy_GB.
QT_DATE_FORMAT = "d MMM yyyy"
# The locale that gives British conventions for each interface language.
LOCALES = {"en": "en_GB", "cy": "cy_GB"}


def _as_date(value: dt.date | dt.datetime | str | None) -> dt.date | None:
    if value is None or value == "":
        return None
    if isinstance(value, dt.datetime):
        return value.date()
    if isinstance(value, dt.date):
        return value
    try:
        return dt.date.fromisoformat(str(value)[:10])
    except ValueError:
        return None


def short_date(value: dt.date | dt.datetime | str | None, language: str = "en") -> str:
    """'29 Nov 2026'; '' for no date. Accepts dates, datetimes and ISO text from storage."""
    day = _as_date(value)
    if day is None:
        return "" if value in (None, "") else str(value)
    months = MONTHS.get(language[:2], MONTHS["en"])
    return f"{day.day} {months[day.month - 1]} {day.year}"
