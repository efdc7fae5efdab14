"""Icons from the bundled Lucide set, drawn in the current theme's colours.

The SVGs draw with ``currentColor``; a themed icon swaps in the palette's text colour.
Buttons, actions and list items given an icon through ``set_icon``/``set_item_icon`` are
redrawn by ``refresh_icons`` when the theme changes (``ui.themes`` calls it).
"""

from __future__ import annotations

from functools import cache

from PySide6.QtCore import QByteArray, QObject, QRect
from PySide6.QtGui import QAction, QColor, QGuiApplication, QIcon, QPainter, QPalette, QPixmap
from PySide6.QtSvg import QSvgRenderer
from PySide6.QtWidgets import QApplication, QListWidget, QListWidgetItem, QWidget

from csp_desktop.resources import resources_dir
from csp_desktop.ui.qt_names import USER_ROLE

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


def colours(palette: QPalette | None = None) -> dict[QIcon.Mode, str]:
    palette = palette or QGuiApplication.palette()
    active, disabled = QPalette.ColorGroup.Active, QPalette.ColorGroup.Disabled
    return {
        QIcon.Mode.Normal: palette.color(active, QPalette.ColorRole.WindowText).name(),
        QIcon.Mode.Active: palette.color(active, QPalette.ColorRole.WindowText).name(),
        QIcon.Mode.Disabled: palette.color(disabled, QPalette.ColorRole.PlaceholderText).name(),
        QIcon.Mode.Selected: palette.color(active, QPalette.ColorRole.HighlightedText).name(),
    }


def render(name: str, side: int, colour: str) -> QPixmap:
    svg = svg_source(name).replace(b"currentColor", colour.encode("ascii"))
    pixmap = QPixmap(side, side)
    pixmap.fill(QColor(0, 0, 0, 0))  # transparent
    painter = QPainter(pixmap)
    painter.setRenderHint(QPainter.RenderHint.Antialiasing)
    QSvgRenderer(QByteArray(svg)).render(painter, QRect(0, 0, side, side))
    painter.end()
    return pixmap


# One large drawing per mode; Qt scales it down smoothly to the size a widget asks for.
RENDER_SIDE = 48
_cache: dict[tuple[str, tuple[str, ...]], QIcon] = {}


def themed_icon(name: str, selectable: bool = False) -> QIcon:
    """The icon in the current palette's colours. Drawn once per theme, then cached.

    Plain pixmaps rather than an icon engine written in Python: the engine would run Python
    on every repaint, and icons repaint constantly. Qt greys the disabled look itself; list
    items (``selectable``) also get one in the selected-text colour, for the highlight."""
    modes = colours()
    wanted = [QIcon.Mode.Normal] + ([QIcon.Mode.Selected] if selectable else [])
    key = (name, tuple(modes[m] for m in wanted))
    if key not in _cache:
        icon = QIcon()
        for mode in wanted:
            icon.addPixmap(render(name, RENDER_SIDE, modes[mode]), mode)
        _cache[key] = icon
    return _cache[key]


ICON_PROPERTY = "cspIcon"
IconNameRole = USER_ROLE + 40


def set_icon(target: QObject, name: str) -> None:
    """Give a button or action an icon that is redrawn when the theme changes."""
    target.setProperty(ICON_PROPERTY, name)
    target.setIcon(themed_icon(name))


def set_item_icon(item: QListWidgetItem, name: str) -> None:
    item.setData(IconNameRole, name)
    item.setIcon(themed_icon(name, selectable=True))


def refresh_icons() -> None:
    """Redraw every themed icon in the new palette's colours (after a theme change)."""
    for widget in QApplication.allWidgets():
        name = widget.property(ICON_PROPERTY)
        if name:
            widget.setIcon(themed_icon(name))
        for action in QWidget.actions(widget):  # some widgets shadow actions() with a dict
            name = action.property(ICON_PROPERTY)
            if name:
                action.setIcon(themed_icon(name))
        if isinstance(widget, QListWidget):
            for row in range(widget.count()):
                item = widget.item(row)
                name = item.data(IconNameRole)
                if name:
                    item.setIcon(themed_icon(name, selectable=True))


def app_icon() -> QIcon:
    """The application's own icon, in its own colours (it is a picture, not a glyph): the
    256-pixel PNG made from the SVG by scripts/make_app_icon.py, which Qt scales down."""
    return QIcon(str(icon_dir() / "app" / "csp-desktop.png"))


def decorate_actions(owner: QWidget) -> None:
    """Give the window's menu actions their icons, found by object name ("action_undo")."""
    for action in owner.findChildren(QAction):
        name = action.objectName().removeprefix("action_")
        if name in ACTION_ICONS:
            set_icon(action, ACTION_ICONS[name])
