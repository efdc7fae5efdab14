"""Appearance: follow the system, or force light, dark or high contrast.

Fusion with explicit palettes, so that every bundled theme's text/background pairs are
known and can be checked for contrast.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette
from PySide6.QtWidgets import QApplication, QStyleFactory

Role = QPalette.ColorRole

PALETTES: dict[str, dict[QPalette.ColorRole, str]] = {
    "light": {
        Role.Window: "#f4f4f4",
        Role.WindowText: "#1a1a1a",
        Role.Base: "#ffffff",
        Role.AlternateBase: "#eef1f5",
        Role.Text: "#1a1a1a",
        Role.Button: "#e9e9e9",
        Role.ButtonText: "#1a1a1a",
        Role.Highlight: "#0b5cad",
        Role.HighlightedText: "#ffffff",
        Role.ToolTipBase: "#ffffdc",
        Role.ToolTipText: "#1a1a1a",
        Role.Link: "#0b4f94",
        Role.PlaceholderText: "#5c5c5c",
    },
    "dark": {
        Role.Window: "#202124",
        Role.WindowText: "#ececec",
        Role.Base: "#17181a",
        Role.AlternateBase: "#26282b",
        Role.Text: "#ececec",
        Role.Button: "#2d2f33",
        Role.ButtonText: "#ececec",
        Role.Highlight: "#5aa0e6",
        Role.HighlightedText: "#0d0d0d",
        Role.ToolTipBase: "#303134",
        Role.ToolTipText: "#ececec",
        Role.Link: "#8cc4ff",
        Role.PlaceholderText: "#a8a8a8",
    },
    "high-contrast": {
        Role.Window: "#000000",
        Role.WindowText: "#ffffff",
        Role.Base: "#000000",
        Role.AlternateBase: "#1a1a1a",
        Role.Text: "#ffffff",
        Role.Button: "#000000",
        Role.ButtonText: "#ffffff",
        Role.Highlight: "#ffff00",
        Role.HighlightedText: "#000000",
        Role.ToolTipBase: "#000000",
        Role.ToolTipText: "#ffffff",
        Role.Link: "#ffff00",
        Role.PlaceholderText: "#d0d0d0",
    },
}

_system_style: str | None = None


def palette_for(name: str) -> QPalette:
    palette = QPalette()
    for role, colour in PALETTES[name].items():
        palette.setColor(role, QColor(colour))
    return palette


def apply_appearance(app: QApplication, appearance: str) -> None:
    global _system_style
    if _system_style is None:
        _system_style = app.style().name()
        if appearance not in PALETTES:
            return  # first call, following the system: Qt has already set it all up
    if appearance in PALETTES:
        app.setStyle(QStyleFactory.create("Fusion"))
        app.setPalette(palette_for(appearance))
        scheme = Qt.ColorScheme.Dark if appearance != "light" else Qt.ColorScheme.Light
    else:
        app.setStyle(QStyleFactory.create(_system_style) or QStyleFactory.create("Fusion"))
        app.setPalette(app.style().standardPalette())
        scheme = Qt.ColorScheme.Unknown
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(scheme)
