"""Everyone can use it: names for screen readers, keyboard reach, contrast, text size."""

import pytest
from PySide6.QtGui import QColor
from PySide6.QtWidgets import (
    QAbstractButton,
    QAbstractItemView,
    QAbstractSpinBox,
    QApplication,
    QComboBox,
    QHeaderView,
    QLineEdit,
    QPlainTextEdit,
    QTabBar,
    QTextEdit,
    QWidget,
)

from csp_desktop.ui.pages import AREA_IDS
from csp_desktop.ui.themes import PALETTES, Role

INTERACTIVE = (
    QAbstractButton,
    QLineEdit,
    QComboBox,
    QAbstractItemView,
    QTextEdit,
    QPlainTextEdit,
    QAbstractSpinBox,
)


def spoken_name(widget: QWidget) -> str:
    name = widget.accessibleName()
    if not name and isinstance(widget, QAbstractButton):
        name = widget.text().replace("&", "")
    return name


def controls(root: QWidget):
    for widget in root.findChildren(QWidget):
        if not isinstance(widget, INTERACTIVE) or not widget.isVisibleTo(root):
            continue
        if widget.objectName().startswith("qt_") or isinstance(widget.parent(), QTabBar):
            continue  # Qt's own internals (scroll-area buttons, tab scrollers)
        if isinstance(widget, QHeaderView):
            continue  # column headers are announced through their table
        if isinstance(widget, QLineEdit) and isinstance(widget.parent(), QAbstractSpinBox):
            continue  # a spin box's editor is named through the spin box
        yield widget


@pytest.fixture
def full_window(qtbot, make_window):
    """A window with every area built out: a prefilled CSP, a module open in the reader."""
    window = make_window()
    window.show()
    qtbot.waitExposed(window)
    window.pages["my_csp"].prefill("cardiff")
    window.pages["learn"].open_module("csp-basics")
    QApplication.processEvents()
    return window


def test_no_interactive_control_is_nameless(full_window):
    """A walk over every widget of every page finds no control without an accessible name."""
    missing = []
    for area in AREA_IDS:
        full_window.show_area(area)
        QApplication.processEvents()
        page = full_window.pages[area]
        tabs = getattr(page, "tabs", None)
        for index in range(tabs.count() if tabs else 1):
            if tabs:
                tabs.setCurrentIndex(index)
                QApplication.processEvents()
            missing += [
                f"{area}: {type(w).__name__} {w.objectName()!r}" for w in controls(page) if not spoken_name(w)
            ]
    assert missing == []


def test_every_control_is_in_the_tab_order(full_window):
    """Following the focus chain from the sidebar reaches every visible control of each page."""
    for area in AREA_IDS:
        full_window.show_area(area)
        QApplication.processEvents()
        chain, widget = set(), full_window.sidebar
        for _ in range(2000):
            widget = widget.nextInFocusChain()
            if widget is full_window.sidebar:
                break
            chain.add(widget)
        page = full_window.pages[area]
        unreachable = [
            f"{type(w).__name__} {spoken_name(w)!r}"
            for w in controls(page)
            if w.focusPolicy() != w.focusPolicy().NoFocus and w.isEnabled() and w not in chain
        ]
        assert unreachable == [], area


def luminance(colour: str) -> float:
    def channel(value: int) -> float:
        c = value / 255
        return c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4

    q = QColor(colour)
    return 0.2126 * channel(q.red()) + 0.7152 * channel(q.green()) + 0.0722 * channel(q.blue())


def contrast(a: str, b: str) -> float:
    la, lb = sorted((luminance(a), luminance(b)), reverse=True)
    return (la + 0.05) / (lb + 0.05)


PAIRS = [
    (Role.Text, Role.Base),
    (Role.WindowText, Role.Window),
    (Role.ButtonText, Role.Button),
    (Role.HighlightedText, Role.Highlight),
    (Role.Link, Role.Base),
    (Role.ToolTipText, Role.ToolTipBase),
    (Role.PlaceholderText, Role.Base),
    (Role.Text, Role.AlternateBase),
]


@pytest.mark.parametrize("theme", sorted(PALETTES))
def test_text_contrast_is_at_least_4_5_to_1(theme):
    """Every text/background pair in every bundled theme meets WCAG AA (4.5:1)."""
    palette = PALETTES[theme]
    low = {
        f"{fg.name}/{bg.name}": round(contrast(palette[fg], palette[bg]), 2)
        for fg, bg in PAIRS
        if contrast(palette[fg], palette[bg]) < 4.5
    }
    assert low == {}


def test_high_contrast_theme_applies(qapp, settings):
    """Choosing high contrast changes the application palette to it."""
    from csp_desktop import settings as S
    from csp_desktop.app import Appearance

    appearance = Appearance(qapp, settings)
    try:
        settings.set(S.APPEARANCE, "high-contrast")
        assert qapp.palette().color(Role.Window).name() == "#000000"
        assert qapp.palette().color(Role.WindowText).name() == "#ffffff"
    finally:
        settings.set(S.APPEARANCE, "system")
        appearance.deleteLater()


def test_statuses_are_not_conveyed_by_colour_alone(full_window):
    """Catalogue statuses and stale contacts are words and symbols, not just colours."""
    model = full_window.pages["learn"].model
    statuses = {model.index(r, 2).data() for r in range(model.rowCount())}
    assert statuses <= {"Not started", "In progress", "✓ Complete"}


def test_dialogs_name_their_controls(qtbot, store, settings):
    """Preferences, the record editors, the glossary and an import preview name every control."""
    from csp_desktop.core.content.glossary import load_glossary
    from csp_desktop.core.directory.model import Directory, Group, Organisation, Person, Sector
    from csp_desktop.core.geography import load_geography
    from csp_desktop.resources import content_dir, data_file
    from csp_desktop.ui.first_run import FirstRunDialog
    from csp_desktop.ui.guide import GuideDialog
    from csp_desktop.ui.learn.glossary_dialog import GlossaryDialog
    from csp_desktop.ui.my_csp import editors
    from csp_desktop.ui.preferences_dialog import PreferencesDialog

    directory = Directory(
        [Organisation("Heddlu Gwent", Sector.POLICE)], [Person("Nia")], [Group("CSP board")]
    )
    dialogs = [
        PreferencesDialog(settings, load_geography(data_file("wales-geography.toml"))),
        editors.PersonDialog(None, directory),
        editors.OrganisationDialog(None),
        editors.GroupDialog(None, directory),
        editors.MembershipDialog(None, directory),
        editors.ProcedureDialog(None),
        GlossaryDialog(load_glossary(content_dir()), {}),
        GuideDialog("en"),
    ]
    first_run = FirstRunDialog(settings, load_geography(data_file("wales-geography.toml")))
    dialogs.append(first_run)
    missing = []
    for dialog in dialogs:
        qtbot.addWidget(dialog)
        dialog.show()
        steps = range(len(dialog.steps)) if dialog is first_run else [None]
        for step in steps:
            if step is not None:
                dialog.go(step)
            missing += [
                f"{type(dialog).__name__}: {type(w).__name__}" for w in controls(dialog) if not spoken_name(w)
            ]
    assert missing == []


@pytest.mark.parametrize("appearance", ["light", "high-contrast", "system"])
def test_focus_outline_is_drawn_in_the_highlight_colour(qapp, qtbot, appearance):
    """The control with the keyboard gets one 2 px outline in the theme's highlight colour:
    drawn by the stylesheet in the bundled themes and by FocusStyle in the system's look
    (Qt wraps the application style in its stylesheet style, so the pixels are what count),
    and never a second ring inside the first."""
    from PySide6.QtGui import QImage
    from PySide6.QtWidgets import QPushButton, QVBoxLayout

    from csp_desktop.ui.themes import apply_appearance

    apply_appearance(qapp, appearance)
    try:
        host = QWidget()
        layout = QVBoxLayout(host)
        button, other = QPushButton("Print sheet"), QPushButton("Other")
        layout.addWidget(button)
        layout.addWidget(other)
        qtbot.addWidget(host)
        host.show()
        qtbot.waitExposed(host)
        highlight = button.palette().color(Role.Highlight)

        def edge_colours(widget) -> set[str]:
            image: QImage = widget.grab().toImage()
            y = image.height() // 2
            return {image.pixelColor(x, y).name() for x in (1, 2, image.width() - 2, image.width() - 3)}

        other.setFocus()
        QApplication.processEvents()
        without = edge_colours(button)
        button.setFocus()
        QApplication.processEvents()
        assert highlight.name() in edge_colours(button)
        assert highlight.name() not in without
        image = button.grab().toImage()
        y = image.height() // 2
        inside = {image.pixelColor(x, y).name() for x in range(4, image.width() - 4)}
        assert highlight.name() not in inside  # one outline, not a ring round the label too
    finally:
        apply_appearance(qapp, "system")
