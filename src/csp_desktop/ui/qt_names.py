"""Qt enum values for code that runs before the first paint, without PySide's ``Qt`` namespace.

The first touch of ``PySide6.QtCore.Qt`` (importing the name, or Qt handing any ``Qt::`` enum
to Python) builds all 93 of its enums as Python enums: about 15 ms, a tenth of a bare Qt
start-up. The first screen therefore sets enum-typed properties *by name* through Qt's
property system, which converts the name in C++, and uses plain integers where Qt's API
takes them (item data roles). Everything after the first paint may use ``Qt`` freely.
``tests/test_startup.py`` checks that the namespace is still unbuilt at the first paint.
"""

from __future__ import annotations

from PySide6.QtCore import QObject

# Qt.ItemDataRole.UserRole: the first role free for an application's own item data.
USER_ROLE = 0x0100


def set_enum(target: QObject, prop: str, value: str) -> None:
    """Set an enum or flags property by its Qt name, e.g. ``("textFormat", "PlainText")`` or
    ``("alignment", "AlignLeft|AlignTop")``. A wrong name fails loudly, never silently."""
    if not target.setProperty(prop, value):
        raise ValueError(f"{type(target).__name__} has no {prop!r} value {value!r}")


def plain_text(label: QObject) -> None:
    """Show the label's text as typed: names and notes come from the user's files."""
    set_enum(label, "textFormat", "PlainText")
