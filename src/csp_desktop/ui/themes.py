"""Appearance: follow the system, or force light, dark or high contrast.

Everything here is a palette or a stylesheet, painted by Qt itself: no Python runs on a
repaint.

Fusion with explicit palettes, so that every bundled theme's text/background pairs are
known and can be checked for contrast. The bundled themes add a stylesheet: a visible border
round every input, button and tick box (Fusion derives its borders from the window colour,
which in high contrast is black on black) and a strong focus outline on every control.
Switching theme recolours what is already on screen: links in text, icons, the diagram.
"""

from __future__ import annotations

from PySide6.QtCore import QRectF
from PySide6.QtGui import QColor, QFontMetrics, QGuiApplication, QPainterPath, QPalette, QPen
from PySide6.QtWidgets import (
    QApplication,
    QCheckBox,
    QLabel,
    QProxyStyle,
    QPushButton,
    QRadioButton,
    QStyle,
    QStyleFactory,
    QTextEdit,
)

from csp_desktop.ui.qt_names import set_enum

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

# Borders of inputs, buttons and tick boxes: at least 3:1 against the window and the text
# background (WCAG 1.4.11, non-text contrast). A test checks both.
BORDERS = {"light": "#767676", "dark": "#9a9a9a", "high-contrast": "#ffffff"}
# The keyboard focus outline, 2 px in the theme's highlight colour (the colour FocusStyle
# uses in the system's look), also at least 3:1 against both backgrounds.
FOCUS = {name: colours[Role.Highlight] for name, colours in PALETTES.items()}

_system_style: str | None = None


class FocusStyle(QProxyStyle):
    """The chosen style, with a clear focus outline: 2 px in the theme's highlight colour
    around whichever control has the keyboard (styles' own dotted or 1 px hints are easy to
    lose on a laptop screen). In the bundled themes the stylesheet draws the same outline on
    the control's border and turns the inner focus rectangle off (`outline: none`), so each
    control shows one outline, not two."""

    OUTLINED_CONTROLS = (
        QStyle.ControlElement.CE_PushButton,
        QStyle.ControlElement.CE_CheckBox,
        QStyle.ControlElement.CE_RadioButton,
    )
    OUTLINED_WIDGETS = (QPushButton, QCheckBox, QRadioButton)

    def _outline(self, option, painter) -> None:
        if not option.state & QStyle.StateFlag.State_HasFocus:
            return
        # A stroked path, with the pen built by setters: QPen(colour, width) and
        # QPainter.setPen weigh Qt enum overloads, building the whole `Qt` namespace
        # (~15 ms) in the middle of the first frame (see ui/qt_names.py).
        pen = QPen()
        pen.setColor(option.palette.color(QPalette.ColorRole.Highlight))
        pen.setWidth(FOCUS_WIDTH)
        outline = QPainterPath()
        outline.addRect(QRectF(option.rect.adjusted(1, 1, -1, -1)))
        painter.strokePath(outline, pen)

    def drawControl(self, element, option, painter, widget=None) -> None:
        super().drawControl(element, option, painter, widget)
        if element in self.OUTLINED_CONTROLS:
            self._outline(option, painter)

    def drawPrimitive(self, element, option, painter, widget=None) -> None:
        super().drawPrimitive(element, option, painter, widget)
        if element == QStyle.PrimitiveElement.PE_FrameFocusRect and isinstance(widget, self.OUTLINED_WIDGETS):
            return  # drawControl has outlined the whole control: no second ring round its label
        if element in (QStyle.PrimitiveElement.PE_PanelLineEdit, QStyle.PrimitiveElement.PE_FrameFocusRect):
            self._outline(option, painter)

    def drawComplexControl(self, control, option, painter, widget=None) -> None:
        super().drawComplexControl(control, option, painter, widget)
        if control in (QStyle.ComplexControl.CC_ComboBox, QStyle.ComplexControl.CC_SpinBox):
            self._outline(option, painter)


def _styled(name: str) -> QStyle:
    return FocusStyle(QStyleFactory.create(name) or QStyleFactory.create("Fusion"))


def icon_side(font_height: int) -> int:
    return max(16, round(font_height * 0.9))


def icon_rules(font_height: int) -> str:
    """Icons grow with the text size: at 200 % a 16-pixel icon is a speck."""
    return f"QPushButton, QToolBar, QTabBar {{ icon-size: {icon_side(font_height)}px; }}\n"


INPUTS = "QLineEdit, QTextEdit, QPlainTextEdit, QAbstractSpinBox, QComboBox, QAbstractItemView, QScrollArea"
INPUTS_FOCUSED = ", ".join(f"{kind.strip()}:focus" for kind in INPUTS.split(","))


def stylesheet(name: str, font_height: int) -> str:
    """Borders for every input, button and tick box, and a 2-pixel focus outline on every
    control. Unfocused controls keep a 1-pixel margin where the outline goes, so nothing
    moves when the focus does."""
    colours = PALETTES[name]
    border, focus = BORDERS[name], FOCUS[name]
    base, text, button = colours[Role.Base], colours[Role.Text], colours[Role.Button]
    tick = max(12, round(font_height * 0.75))
    return (
        icon_rules(font_height)
        + f"""
{INPUTS} {{ border: 1px solid {border}; margin: 1px; }}
{INPUTS_FOCUSED} {{ border: 2px solid {focus}; margin: 0px; }}
QComboBox QLineEdit, QAbstractSpinBox QLineEdit, QAbstractItemView QLineEdit,
QComboBox:focus QLineEdit, QAbstractSpinBox:focus QLineEdit {{ border: none; margin: 0px; }}
QTextBrowser#sectionText, QTextBrowser#sectionText:focus, QScrollArea#moduleDetailsScroll,
QHeaderView, QHeaderView:focus {{ border: none; margin: 0px; }}
QComboBox {{ padding: 2px 6px; }}
QPushButton {{
    border: 1px solid {border}; margin: 1px; border-radius: 3px;
    padding: 3px 10px; background-color: {button}; color: {colours[Role.ButtonText]};
}}
QPushButton:hover {{ background-color: {colours[Role.AlternateBase]}; }}
QPushButton:pressed, QPushButton:checked {{
    background-color: {colours[Role.Highlight]}; color: {colours[Role.HighlightedText]};
}}
QPushButton:disabled {{ color: {colours[Role.PlaceholderText]}; border-style: dashed; }}
QPushButton:focus {{ border: 2px solid {focus}; margin: 0px; }}
QPushButton, QCheckBox, QRadioButton {{ outline: none; }}
QCheckBox, QRadioButton {{ border: 2px solid transparent; padding: 2px; }}
QCheckBox:focus, QRadioButton:focus, QTabBar:focus {{ border: 2px solid {focus}; }}
QCheckBox::indicator, QRadioButton::indicator {{
    width: {tick}px; height: {tick}px; border: 2px solid {border}; background-color: {base};
}}
QRadioButton::indicator {{ border-radius: {tick // 2 + 2}px; }}
QCheckBox::indicator:checked {{ background-color: {text}; background-clip: content; padding: 2px; }}
QRadioButton::indicator:checked {{
    background-color: qradialgradient(cx:0.5, cy:0.5, radius:0.5, fx:0.5, fy:0.5,
        stop:0 {text}, stop:0.55 {text}, stop:0.6 {base}, stop:1 {base});
}}
QToolTip {{ border: 1px solid {border}; }}
"""
        + (scrollbar_rules(name, font_height) if name != "light" else "")
    )


def scrollbar_rules(name: str, font_height: int) -> str:
    """Fusion draws scroll bars from the window colour: on black, a dark grey handle that
    can hardly be seen. Here the handle is a solid bar in the border colour."""
    colours = PALETTES[name]
    border, focus, base = BORDERS[name], FOCUS[name], colours[Role.Base]
    thickness = max(12, round(font_height * 0.8))
    return f"""
QScrollBar {{ background: {base}; border: 1px solid {border}; }}
QScrollBar:vertical {{ width: {thickness}px; }}
QScrollBar:horizontal {{ height: {thickness}px; }}
QScrollBar::handle {{ background: {border}; border: 2px solid {base}; }}
QScrollBar::handle:hover, QScrollBar::handle:pressed {{ background: {focus}; }}
QScrollBar::handle:vertical {{ min-height: {thickness * 2}px; }}
QScrollBar::handle:horizontal {{ min-width: {thickness * 2}px; }}
QScrollBar::add-line, QScrollBar::sub-line {{ width: 0px; height: 0px; border: none; }}
QScrollBar::add-page, QScrollBar::sub-page {{ background: none; }}
"""


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
        if appearance not in PALETTES:
            app.setStyle(_styled(_system_style))  # the system's own look, with a clear focus
            # Qt has set the system's palette up; the sheet still goes on now, before the
            # first widget, or a later change of text size would not reach the widgets.
            follow_text_size(app, appearance)
            return
    if appearance in PALETTES:
        app.setStyle(_styled("Fusion"))
        app.setPalette(palette_for(appearance))
        scheme = "Dark" if appearance != "light" else "Light"
    else:
        app.setStyle(_styled(_system_style))
        app.setPalette(app.style().standardPalette())
        scheme = "Unknown"
    # Last: setting the sheet re-polishes every widget with the palette just set (widgets
    # polished under an earlier sheet hold on to the palette they had then).
    follow_text_size(app, appearance)
    hints = QGuiApplication.styleHints()
    if hasattr(hints, "setColorScheme"):  # Qt 6.8+
        # By name: Qt.ColorScheme's namespace costs ~15 ms before the first paint.
        set_enum(hints, "colorScheme", scheme)
    recolour_links(old_link, app.palette().color(Role.Link))
    from csp_desktop.ui.icons import refresh_icons

    refresh_icons()


def recolour_links(old: QColor, new: QColor) -> None:
    """Qt fixes a link's colour when the text is set, from the palette of that moment; text
    already on screen would keep the old theme's links (yellow on white after leaving high
    contrast). Recolour them in place, keeping scroll positions and any author colours."""
    if old == new:
        return
    from PySide6.QtCore import Qt
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


def follow_text_size(app: QApplication, appearance: str) -> None:
    """The stylesheet for this theme and text size (icons and tick boxes follow the font)."""
    height = QFontMetrics(app.font()).height()
    # Always a sheet, from before the first widget, even in the system's look at normal
    # size: widgets made before the first sheet never follow a font change after it.
    sheet = stylesheet(appearance, height) if appearance in PALETTES else icon_rules(height)
    # Under a sheet, widgets stop following QApplication.setFont until the sheet is set
    # again; the size in the comment makes each one new.
    sheet = f"/* text {app.font().pointSizeF():.2f}pt */\n{sheet}"
    if sheet == app.styleSheet():
        return
    app.setStyleSheet(sheet)
    # Setting a sheet re-polishes every widget, which puts headings back to the size they
    # had: size them again from the new font.
    from csp_desktop.ui.widgets import HeadingLabel

    for widget in QApplication.allWidgets():
        if isinstance(widget, HeadingLabel):
            widget.rescale()
