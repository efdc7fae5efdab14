"""High contrast, dark and light: every input has a visible border, focus is clearly shown,
and switching theme repaints everything already on screen (links, icons, the diagram)."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, Qt
from PySide6.QtGui import QColor, QImage, QTextCursor
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QDialogButtonBox,
    QGraphicsTextItem,
    QLineEdit,
    QListWidget,
    QPlainTextEdit,
    QPushButton,
    QSpinBox,
    QTableWidget,
    QTextEdit,
    QTreeView,
    QVBoxLayout,
    QWidget,
)

from csp_desktop import settings as S
from csp_desktop.ui.themes import BORDERS, FOCUS, PALETTES, Role
from tests.test_accessibility import contrast

THEMES = sorted(PALETTES)
INPUT_KINDS = (
    QLineEdit,
    QComboBox,
    QPlainTextEdit,
    QTextEdit,
    QSpinBox,
    QListWidget,
    QTableWidget,
    QTreeView,
)


@pytest.fixture
def appearance(qapp, settings, make_window):
    """Themes applied as the app applies the preference (undone before windows close)."""
    from csp_desktop.app import Appearance

    applied = Appearance(qapp, settings)
    applied.apply_all()

    def choose(theme: str) -> None:
        settings.set(S.APPEARANCE, theme)
        QApplication.processEvents()

    yield choose
    settings.set(S.APPEARANCE, "system")
    applied.deleteLater()


def edge_colour(image: QImage, x: int, window: str) -> QColor:
    """Of the pixels on the left edge at mid-height up to x, the one most unlike the window."""
    y = image.height() // 2
    pixels = [image.pixelColor(i, y) for i in range(x + 1)]
    return max(pixels, key=lambda c: contrast(c.name(), window))


@pytest.mark.parametrize("theme", THEMES)
def test_border_and_focus_colours_stand_out_from_both_backgrounds(theme):
    """Borders and the focus outline: at least 3:1 against the window and text backgrounds
    (WCAG 1.4.11)."""
    palette = PALETTES[theme]
    for colour in (BORDERS[theme], FOCUS[theme]):
        for background in (palette[Role.Window], palette[Role.Base]):
            assert contrast(colour, background) >= 3, (colour, background)


@pytest.mark.parametrize("theme", THEMES)
def test_every_input_draws_a_visible_border(qtbot, appearance, theme):
    """Each kind of input, as drawn on screen, has an edge of at least 3:1 against the
    window colour round it (in high contrast Qt's own style draws black on black)."""
    appearance(theme)
    holder = QWidget()
    layout = QVBoxLayout(holder)
    inputs = [kind() for kind in INPUT_KINDS] + [QPushButton("Save")]
    for widget in inputs:
        layout.addWidget(widget)
    qtbot.addWidget(holder)
    holder.show()
    qtbot.waitExposed(holder)
    window = PALETTES[theme][Role.Window]
    faint = {}
    for widget in inputs:
        edge = edge_colour(widget.grab().toImage(), 3, window)
        if contrast(edge.name(), window) < 3:
            faint[type(widget).__name__] = edge.name()
    assert faint == {}


@pytest.mark.parametrize("theme", THEMES)
def test_keyboard_focus_shows_a_strong_outline(qtbot, appearance, theme):
    """Tab to a text box and a button: each is outlined in the theme's focus colour."""
    appearance(theme)
    holder = QWidget()
    layout = QVBoxLayout(holder)
    first, box, button = QLineEdit(), QLineEdit(), QPushButton("Save")
    for widget in (first, box, button):
        layout.addWidget(widget)
    qtbot.addWidget(holder)
    with qtbot.waitActive(holder):
        holder.show()
        holder.activateWindow()
    first.setFocus()
    current = first
    for widget in (box, button):
        qtbot.keyClick(current, Qt.Key.Key_Tab)
        assert widget.hasFocus()
        current = widget
        image = widget.grab().toImage()
        y = image.height() // 2
        left = [image.pixelColor(x, y).name() for x in range(2)]
        assert left == [FOCUS[theme]] * 2, type(widget).__name__


def anchor_colours(document) -> set[str]:
    colours = set()
    block = document.begin()
    while block.isValid():
        iterator = block.begin()
        while not iterator.atEnd():
            form = iterator.fragment().charFormat()
            if form.isAnchor() and form.anchorHref():
                colours.add(form.foreground().color().name())
            iterator += 1
        block = block.next()
    return colours


def choose_in_preferences(qtbot, window, settings, label: str) -> None:
    """Preferences: pick an appearance in its combo box by typing, then click OK."""
    from csp_desktop.ui.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(settings, window.context.geography, window)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    combo = dialog.appearance_combo
    combo.setFocus()
    qtbot.keyClicks(combo, label)
    assert combo.currentText() == label
    ok = dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Ok)
    qtbot.mouseClick(ok, Qt.MouseButton.LeftButton)
    QApplication.processEvents()


def test_switching_theme_repaints_every_open_screen(qtbot, make_window, appearance, settings):
    """High contrast, then back to light, through Preferences: the ward-surgery topic on
    screen has light links again (no yellow left), the diagram is redrawn in the theme's
    colours, and the sidebar icons change colour with the text."""
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.pages["my_csp"].prefill("cardiff")
    window.show_area("my_csp")
    window.show_area("surgery")
    surgery = window.pages["surgery"]
    surgery.show_topic("domestic-abuse")
    light_link, hc_link = PALETTES["light"][Role.Link], PALETTES["high-contrast"][Role.Link]
    diagram = window.pages["my_csp"].structure.diagram

    appearance("light")
    assert anchor_colours(surgery.view.document()) == {light_link}

    choose_in_preferences(qtbot, window, settings, "High contrast")
    assert settings.get(S.APPEARANCE) == "high-contrast"
    assert anchor_colours(surgery.view.document()) == {hc_link}
    assert diagram.scene().backgroundBrush().color().name() == PALETTES["high-contrast"][Role.Base]
    texts = [i for i in diagram.scene().items() if isinstance(i, QGraphicsTextItem)]
    assert texts and {t.defaultTextColor().name() for t in texts} == {PALETTES["high-contrast"][Role.Text]}
    icon = window.sidebar.item(0).icon().pixmap(32, 32).toImage()
    assert max(icon.pixelColor(x, y).lightness() for x in range(32) for y in range(32)) > 200

    choose_in_preferences(qtbot, window, settings, "Light")
    assert anchor_colours(surgery.view.document()) == {light_link}
    assert diagram.scene().backgroundBrush().color().name() == PALETTES["light"][Role.Base]
    icon = window.sidebar.item(0).icon().pixmap(32, 32).toImage()
    opaque = [
        icon.pixelColor(x, y) for x in range(32) for y in range(32) if icon.pixelColor(x, y).alpha() > 200
    ]
    assert opaque and max(c.lightness() for c in opaque) < 100


def test_the_diagram_follows_the_text_size(qtbot, make_window, appearance, settings):
    """At 200 % text the diagram's text is drawn twice as large (and stays readable: the view
    pans rather than shrinking it back to a speck)."""
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.pages["my_csp"].prefill("cardiff")
    window.show_area("my_csp")
    diagram = window.pages["my_csp"].structure.diagram

    def text_size() -> float:
        items = [i for i in diagram.scene().items() if isinstance(i, QGraphicsTextItem)]
        return items[0].font().pointSizeF() * diagram.transform().m11()

    before = text_size()
    settings.set(S.TEXT_SCALE, 200)
    try:
        QApplication.processEvents()
        assert text_size() > before * 1.4
    finally:
        settings.set(S.TEXT_SCALE, 100)


def test_exported_diagram_is_dark_on_white_whatever_the_theme(qtbot, make_window, appearance, tmp_path):
    """The PNG for a briefing pack is printed on paper: white background in any theme."""
    from csp_desktop.ui.my_csp.diagram import build_scene, export_png

    appearance("high-contrast")
    window = make_window()
    window.pages["my_csp"].prefill("cardiff")
    path = tmp_path / "structure.png"
    export_png(build_scene(window.pages["my_csp"].directory), path)
    image = QImage(str(path))
    assert image.pixelColor(QPoint(2, 2)).name() == "#ffffff"


def test_links_keep_their_place_when_recoloured(qtbot, make_window, appearance):
    """Recolouring links does not scroll the topic back to the top or change its text."""
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.show_area("surgery")
    view = window.pages["surgery"].view
    window.pages["surgery"].show_topic("domestic-abuse")
    text = view.toPlainText()
    cursor = view.textCursor()
    cursor.movePosition(QTextCursor.MoveOperation.End)
    view.setTextCursor(cursor)
    view.ensureCursorVisible()
    position = view.verticalScrollBar().value()
    appearance("high-contrast")
    assert view.toPlainText() == text
    assert view.verticalScrollBar().value() == position
    assert not view.document().isUndoAvailable()
