"""Making user text safe to show or export: HTML escaping and spreadsheet formula defusing."""

from __future__ import annotations

import html

# Excel, LibreOffice and Google Sheets treat a cell starting with one of these as a formula
# (OWASP "CSV injection"). A leading apostrophe makes the cell plain text in all of them.
FORMULA_STARTS = ("=", "+", "-", "@", "\t", "\r")


def escape(text: str) -> str:
    return html.escape(text or "", quote=True)


def neutralise_formula(value: str) -> str:
    if value and value.startswith(FORMULA_STARTS):
        return "'" + value
    return value
