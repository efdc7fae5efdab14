"""Icons from the bundled Lucide set, drawn in the current theme's colours.

The SVGs draw with ``currentColor``. A themed icon swaps in the palette's text colour each
time it is painted, so icons follow a change between light, dark and high contrast at once
without anyone rebuilding them, and stay sharp at any text size or screen scaling.
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QPoint, QRect, QSize, Qt
from PySide6.QtGui import QAction, QGuiApplication, QIcon, QIconEngine, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QWidget

from csp_desktop.resources import resources_dir

# What each icon means in the app -> the Lucide file that shows it.
ICONS = {
    "home": "house",
    "learn": "book-open",
    "my_csp": "users",
    "surgery": "messages-square",
    "progress": "clipboard-check",
    "search": "search",
    "import": "import",
    "export": "file-output",
    "print": "printer",
    "pdf": "file-text",
    "csv": "file-spreadsheet",
    "add": "plus",
    "delete": "trash-2",
    "edit": "pencil",
    "undo": "undo-2",
    "redo": "redo-2",
    "glossary": "book-a",
    "preferences": "settings",
    "help": "circle-help",
    "quit": "log-out",
    "zoom_in": "zoom-in",
    "zoom_out": "zoom-out",
    "checked": "circle-check",
    "folder": "folder-open",
    "log": "scroll-text",
    "full_screen": "maximize",
    "previous": "arrow-left",
    "next": "arrow-right",
}

# Menu actions (by their registry name, see ui.actions) that show an icon.
ACTION_ICONS = {
    "preferences": "preferences",
    "quit": "quit",
    "undo": "undo",
    "redo": "redo",
    "find": "search",
    "go_home": "home",
    "go_learn": "learn",
    "go_my_csp": "my_csp",
    "go_surgery": "surgery",
    "go_progress": "progress",
    "zoom_in": "zoom_in",
    "zoom_out": "zoom_out",
    "full_screen": "full_screen",
    "open_data_folder": "folder",
    "show_log": "log",
    "print": "print",
    "save_pdf": "pdf",
    "import": "import",
    "export": "export",
    "help": "help",
    "guide": "help",
}


def icon_dir():
    return resources_dir() / "icons"


@cache
def svg_source(name: str) -> bytes:
    return (icon_dir() / "lucide" / f"{ICONS[name]}.svg").read_bytes()


def colour_for(mode: QIcon.Mode, palette: QPalette | None = None) -> str:
    palette = palette or QGuiApplication.palette()
    role = {
        QIcon.Mode.Disabled: QPalette.ColorRole.PlaceholderText,
        QIcon.Mode.Selected: QPalette.ColorRole.HighlightedText,
    }.get(mode, QPalette.ColorRole.WindowText)
    group = QPalette.ColorGroup.Disabled if mode is QIcon.Mode.Disabled else QPalette.ColorGroup.Active
    return palette.color(group, role).name()


def render(name: str, size: QSize, colour: str, device_pixel_ratio: float = 1.0) -> QPixmap:
    svg = svg_source(name).replace(b"currentColor", colour.encode("ascii"))
    pixmap = QPixmap(size * device_pixel_ratio)
    pixmap.setDevicePixelRatio(device_pixel_ratio)
    pixmap.fill(Qt.GlobalColor.transparent)
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(svg)).render(painter, QRect(QPoint(0, 0), size))
    painter.end()
    return pixmap


class ThemedIconEngine(QIconEngine):
    """Draws one Lucide icon in the palette colour current at paint time."""

    def __init__(self, name: str):
        super().__init__()
        self.name = name

    def paint(self, painter: QPainter, rect: QRect, mode: QIcon.Mode, state: QIcon.State) -> None:
        ratio = painter.device().devicePixelRatioF() if painter.device() else 1.0
        painter.drawPixmap(rect, render(self.name, rect.size(), colour_for(mode), ratio))

    def pixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QPixmap:
        return render(self.name, size, colour_for(mode))

    def scaledPixmap(self, size: QSize, mode: QIcon.Mode, state: QIcon.State, scale: float) -> QPixmap:
        return render(self.name, size, colour_for(mode), scale)

    def actualSize(self, size: QSize, mode: QIcon.Mode, state: QIcon.State) -> QSize:
        side = min(size.width(), size.height())
        return QSize(side, side)

    def clone(self) -> QIconEngine:
        return ThemedIconEngine(self.name)

    def key(self) -> str:
        return "csp-themed-svg"

    def isNull(self) -> bool:
        return False


def themed_icon(name: str) -> QIcon:
    return QIcon(ThemedIconEngine(name))


def app_icon() -> QIcon:
    """The application's own icon, in its own colours (it is a picture, not a glyph)."""
    path = icon_dir() / "app" / "csp-desktop.svg"
    icon = QIcon()
    renderer = QSvgRenderer(str(path))
    for side in (16, 24, 32, 48, 64, 128, 256):
        pixmap = QPixmap(side, side)
        pixmap.fill(Qt.GlobalColor.transparent)
        painter = QPainter(pixmap)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        renderer.render(painter)
        painter.end()
        icon.addPixmap(pixmap)
    return icon


def decorate_actions(owner: QWidget) -> None:
    """Give the window's menu actions their icons, found by object name ("action_undo")."""
    for action in owner.findChildren(QAction):
        name = action.objectName().removeprefix("action_")
        if name in ACTION_ICONS:
            action.setIcon(themed_icon(ACTION_ICONS[name]))
