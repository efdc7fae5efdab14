"""Icons: a maintained set bundled with its licence, drawn in the theme's colours, and the
app's own name and icon in the title bar and task bar."""

from __future__ import annotations

import re

from PySide6.QtCore import QSize
from PySide6.QtGui import QFontMetrics, QIcon
from PySide6.QtWidgets import QApplication, QListWidget

from csp_desktop import APP_ID, APP_NAME
from csp_desktop.resources import resources_dir
from csp_desktop.ui.icons import ACTION_ICONS, ICONS, svg_source, themed_icon
from tests.conftest import ROOT

ICON_DIR = resources_dir() / "icons"


def test_every_icon_the_app_names_is_bundled_with_its_licence():
    missing = [name for name, file in ICONS.items() if not (ICON_DIR / "lucide" / f"{file}.svg").is_file()]
    assert missing == []
    assert set(ACTION_ICONS.values()) <= set(ICONS)
    licence = (ICON_DIR / "lucide" / "LICENSE").read_text()
    assert "ISC License" in licence
    readme = (ICON_DIR / "README.md").read_text()
    assert "lucide-static" in readme and re.search(r"\*\*version \d+\.\d+\.\d+\*\*", readme)
    # Unchanged copies: every file still carries the set's own licence header.
    assert all(b"@license lucide-static" in svg_source(name) for name in ICONS)


def test_the_bundle_carries_the_icons_and_the_svg_renderer():
    spec = (ROOT / "build.spec").read_text()
    assert '(str(ROOT / "resources" / "icons"), "resources/icons")' in spec
    assert '"PySide6.QtSvg",' not in spec  # QtSvg draws the icons: it must not be excluded
    assert "icon=APP_ICON" in spec and (ICON_DIR / "app" / "csp-desktop.ico").is_file()


def test_icons_take_the_theme_text_colour(qapp):
    """The same icon is drawn dark in the light theme and white in high contrast."""
    from csp_desktop.ui.themes import apply_appearance

    def brightest(icon: QIcon) -> int:
        image = icon.pixmap(QSize(32, 32)).toImage()
        pixels = [image.pixelColor(x, y) for x in range(32) for y in range(32)]
        return max(c.lightness() for c in pixels if c.alpha() > 200)

    try:
        apply_appearance(qapp, "light")
        assert brightest(themed_icon("search")) < 100
        apply_appearance(qapp, "high-contrast")
        assert brightest(themed_icon("search")) > 240
    finally:
        apply_appearance(qapp, "system")


def test_title_bar_and_task_bar_show_the_app_name_and_icon(qtbot, make_window):
    """The application has its own icon (not Qt's default), display name and desktop-file
    name, so the window and its task-bar entry read "CSP Desktop"."""
    from csp_desktop.app import create_application

    app = create_application([])
    assert not app.windowIcon().isNull()
    assert QSize(256, 256) in app.windowIcon().availableSizes()
    assert app.applicationDisplayName() == APP_NAME
    assert app.desktopFileName() == APP_ID
    window = make_window()
    assert window.windowTitle() == APP_NAME
    assert window.windowIcon().cacheKey() == app.windowIcon().cacheKey()


def test_each_area_in_the_sidebar_has_an_icon(make_window):
    window = make_window()
    sidebar: QListWidget = window.sidebar
    assert all(not sidebar.item(row).icon().isNull() for row in range(sidebar.count()))
    assert sidebar.iconSize().height() >= QFontMetrics(QApplication.font()).height()
