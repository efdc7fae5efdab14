"""Appearance: follow the system, or force light, dark or high contrast.

Fusion with explicit palettes, so that every bundled theme's text/background pairs are
known and can be checked for contrast. On top of whichever style is in use, ``ClearStyle``
draws a strong focus outline on every control, and in the bundled themes a visible border
round every input, button and tick box (Fusion derives its borders from the window colour,
which in high contrast is black on black).
"""

from __future__ import annotations

from PySide6.QtCore import QRectF, Qt
from PySide6.QtGui import QColor, QGuiApplication, QPainter, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QLabel,
    QProxyStyle,
    QStyle,
    QStyleFactory,
    QStyleOption,
    QTextEdit,
    QWidget,
)

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

# Borders of inputs, buttons and tick boxes: at least 3:1 against the window and the text
# background (WCAG 1.4.11, non-text contrast). A test checks both.
BORDERS = {"light": "#767676", "dark": "#9a9a9a", "high-contrast": "#ffffff"}
# The keyboard focus outline, 2 px, also at least 3:1 against both backgrounds.
FOCUS = {"light": "#0b5cad", "dark": "#8cc4ff", "high-contrast": "#ffff00"}
FOCUS_WIDTH = 2

_system_style: str | None = None

PE = QStyle.PrimitiveElement
CC = QStyle.ComplexControl
CE = QStyle.ControlElement
BORDERED = (
    PE.PE_FrameLineEdit,
    PE.PE_Frame,
    PE.PE_FrameTabWidget,
    PE.PE_FrameGroupBox,
    PE.PE_PanelButtonCommand,
)
INDICATORS = (PE.PE_IndicatorCheckBox, PE.PE_IndicatorRadioButton)


class ClearStyle(QProxyStyle):
    """The base style, with visible borders (bundled themes) and a clear focus outline (all)."""

    def __init__(self, base: QStyle, border: str | None, focus: str | None):
        super().__init__(base)
        self.border = QColor(border) if border else None
        self.focus = QColor(focus) if focus else None

    def _focus_colour(self, option: QStyleOption) -> QColor:
        return self.focus or option.palette.color(QPalette.ColorRole.Highlight)

    def _outline(
        self, painter: QPainter, option: QStyleOption, colour: QColor, width: int, round_=False
    ) -> None:
        painter.save()
        painter.setRenderHint(QPainter.RenderHint.Antialiasing, round_)
        painter.setBrush(Qt.BrushStyle.NoBrush)
        painter.setPen(QPen(colour, width))
        half = width / 2
        rect = QRectF(option.rect).adjusted(half, half, -half, -half)
        if round_:
            painter.drawEllipse(rect)
        else:
            painter.drawRect(rect)
        painter.restore()

    def _frame(self, painter: QPainter, option: QStyleOption, round_=False) -> None:
        if option.state & QStyle.StateFlag.State_HasFocus:
            self._outline(painter, option, self._focus_colour(option), FOCUS_WIDTH, round_)
        elif self.border is not None:
            self._outline(painter, option, self.border, 1, round_)

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        if element == PE.PE_FrameFocusRect:
            self._outline(painter, option, self._focus_colour(option), FOCUS_WIDTH)
            return
        super().drawPrimitive(element, option, painter, widget)
        if element in BORDERED:
            if element == PE.PE_Frame and not _is_input_frame(widget):
                if self.border is not None:
                    self._outline(painter, option, self.border, 1)
                return
            self._frame(painter, option)
        elif element in INDICATORS and self.border is not None:
            self._outline(painter, option, self.border, 1, round_=element == PE.PE_IndicatorRadioButton)

    def drawComplexControl(self, control, option, painter, widget=None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in (CC.CC_ComboBox, CC.CC_SpinBox):
            self._frame(painter, option)

    def drawControl(self, element, option, painter, widget=None) -> None:
        super().drawControl(element, option, painter, widget)
        if element == CE.CE_TabBarTabShape and self.border is not None:
            self._outline(painter, option, self.border, 1)


def _is_input_frame(widget: QWidget | None) -> bool:
    """Scroll areas, lists, tables and text boxes show focus on their frame."""
    return widget is not None and widget.focusPolicy() != Qt.FocusPolicy.NoFocus


def palette_for(name: str) -> QPalette:
    palette = QPalette()
    for role, colour in PALETTES[name].items():
        palette.setColor(role, QColor(colour))
    return palette


def apply_appearance(app: QApplication, appearance: str) -> None:
    global _system_style
    old_link = app.palette().color(Role.Link)
    first = _system_style is None
    if first:
        _system_style = app.style().name()
    if appearance in PALETTES:
        base = QStyleFactory.create("Fusion")
        app.setStyle(ClearStyle(base, BORDERS[appearance], FOCUS[appearance]))
        app.setPalette(palette_for(appearance))
        scheme = Qt.ColorScheme.Dark if appearance != "light" else Qt.ColorScheme.Light
    else:
        base = QStyleFactory.create(_system_style) or QStyleFactory.create("Fusion")
        app.setStyle(ClearStyle(base, None, None))
        if first:
            return  # following the system: Qt has already set the palette up
        app.setPalette(app.style().standardPalette())
        scheme = Qt.ColorScheme.Unknown
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):
        hints.setColorScheme(scheme)
    recolour_links(old_link, app.palette().color(Role.Link))


def recolour_links(old: QColor, new: QColor) -> None:
    """Qt fixes a link's colour when the text is set, from the palette of that moment; text
    already on screen would keep the old theme's links (yellow on white after leaving high
    contrast). Recolour them in place, keeping scroll positions and any author colours."""
    if old == new:
        return
    from PySide6.QtGui import QTextCharFormat, QTextCursor

    for widget in QApplication.allWidgets():
        if isinstance(widget, QTextEdit):
            document = widget.document()
            undo = document.isUndoRedoEnabled()
            document.setUndoRedoEnabled(False)
            block = document.begin()
            while block.isValid():
                iterator = block.begin()
                while not iterator.atEnd():
                    fragment = iterator.fragment()
                    form = fragment.charFormat()
                    if form.isAnchor() and form.foreground().color() == old:
                        cursor = QTextCursor(document)
                        cursor.setPosition(fragment.position())
                        cursor.setPosition(
                            fragment.position() + fragment.length(), QTextCursor.MoveMode.KeepAnchor
                        )
                        change = QTextCharFormat()
                        change.setForeground(new)
                        cursor.mergeCharFormat(change)
                    iterator += 1
                block = block.next()
            document.setUndoRedoEnabled(undo)
            widget.document().setModified(False)
        elif (
            isinstance(widget, QLabel)
            and widget.textFormat() != Qt.TextFormat.PlainText
            and "<a" in widget.text()
        ):
            text = widget.text()
            widget.clear()
            widget.setText(text)  # parsed again, with the new palette's link colour
