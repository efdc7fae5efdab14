"""Appearance: follow the system, or force light, dark or high contrast.

Fusion with explicit palettes, so that every bundled theme's text/background pairs are
known and can be checked for contrast.
"""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtGui import QColor, QGuiApplication, QPalette, QPen
from PySide6.QtWidgets import QApplication, QProxyStyle, QStyle, QStyleFactory

FOCUS_WIDTH = 2

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


class FocusStyle(QProxyStyle):
    """The chosen style, with a clear focus outline: 2 px in the theme's highlight colour
    around whichever control has the keyboard (styles' own dotted or 1 px hints are easy to
    lose on a laptop screen)."""

    OUTLINED_CONTROLS = (
        QStyle.ControlElement.CE_PushButton,
        QStyle.ControlElement.CE_CheckBox,
        QStyle.ControlElement.CE_RadioButton,
    )

    def _outline(self, option, painter) -> None:
        if not option.state & QStyle.StateFlag.State_HasFocus:
            return
        painter.save()
        pen = QPen(option.palette.color(QPalette.ColorRole.Highlight), FOCUS_WIDTH)
        painter.setPen(pen)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.drawRect(option.rect.adjusted(1, 1, -1, -1))
        painter.restore()

    def drawControl(self, element, option, painter, widget=None) -> None:
        super().drawControl(element, option, painter, widget)
        if element in self.OUTLINED_CONTROLS:
            self._outline(option, painter)

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element in (QStyle.PrimitiveElement.PE_PanelLineEdit, QStyle.PrimitiveElement.PE_FrameFocusRect):
            self._outline(option, painter)

    def drawComplexControl(self, control, option, painter, widget=None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox):
            self._outline(option, painter)


def _styled(name: str) -> QStyle:
    return FocusStyle(QStyleFactory.create(name) or QStyleFactory.create("Fusion"))


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
            app.setStyle(_styled(_system_style))  # the system's own look, with a clear focus
            return
    if appearance in PALETTES:
        app.setStyle(_styled("Fusion"))
        app.setPalette(palette_for(appearance))
        scheme = Qt.ColorScheme.Dark if appearance != "light" else Qt.ColorScheme.Light
    else:
        app.setStyle(_styled(_system_style))
        app.setPalette(app.style().standardPalette())
        scheme = Qt.ColorScheme.Unknown
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(scheme)
