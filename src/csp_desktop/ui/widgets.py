"""Small widget helpers shared by the pages."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel


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
