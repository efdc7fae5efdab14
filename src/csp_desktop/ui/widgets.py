"""Small widget helpers shared by the pages."""

from __future__ import annotations

from collections.abc import Callable

from PySide6.QtWidgets import QLabel, QPushButton


def heading_label(text: str = "", scale: float = 1.6, name: str = "pageHeading") -> QLabel:
    """A page's bold heading. Relative to the app font, so it follows the text size."""
    label = QLabel(text)
    label.setObjectName(name)
    label.setWordWrap(True)
    font = label.font()
    font.setBold(True)
    font.setPointSizeF(font.pointSizeF() * scale)
    label.setFont(font)
    return label


def button(text: str, name: str, slot: Callable[[], object]) -> QPushButton:
    """A push button with a spoken name (for screen readers) that calls ``slot``."""
    b = QPushButton(text)
    b.setAccessibleName(name.replace("&", ""))
    b.clicked.connect(lambda: slot())
    return b
