"""200 % text on a 1366x768 laptop: the window stays on the screen, every button can be
reached, button rows wrap, headings grow and tables keep the columns that matter."""

from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QRect, Qt
from PySide6.QtWidgets import QAbstractButton, QApplication, QPushButton, QScrollArea, QTabBar, QWidget

from csp_desktop import settings as S
from csp_desktop.ui.pages import WORK_AREAS
from csp_desktop.ui.widgets import FlowLayout, keep_on_screen

CTRL, ALT = Qt.KeyboardModifier.ControlModifier, Qt.KeyboardModifier.AltModifier
# Home by Alt+Home, then the four work areas by Ctrl+1..4 (Ctrl+0 is the normal text size).
AREA_KEYS = {
    "home": (Qt.Key.Key_Home, ALT),
    **{area.id: (getattr(Qt.Key, f"Key_{n}"), CTRL) for n, area in enumerate(WORK_AREAS, start=1)},
}


@pytest.fixture
def big_text(qapp, settings, make_window):
    """200 % text (and a language), applied the way the app applies the preferences.

    Asks for make_window so that it is undone while the windows and their database are
    still open (they reload in the restored language)."""
    from csp_desktop.app import Appearance
    from csp_desktop.i18n import install_translators

    appearance = Appearance(qapp, settings)

    def apply(language: str = "en", theme: str = "light", scale: int = 200) -> None:
        settings.set(S.LANGUAGE, language)
        settings.set(S.APPEARANCE, theme)
        appearance.apply_all()
        settings.set(S.TEXT_SCALE, scale)

    yield apply
    settings.set(S.TEXT_SCALE, 100)
    settings.set(S.APPEARANCE, "system")
    settings.set(S.LANGUAGE, "en")
    install_translators(qapp, "en")
    appearance.deleteLater()


def screen_rect() -> QRect:
    return QApplication.primaryScreen().availableGeometry()


def scroll_area_of(widget: QWidget) -> QScrollArea | None:
    parent = widget.parentWidget()
    while parent is not None:
        if (
            isinstance(parent, QScrollArea)
            and parent.widget() is not None
            and parent.widget().isAncestorOf(widget)
        ):
            return parent
        parent = parent.parentWidget()
    return None


def off_screen_buttons(root: QWidget) -> list[str]:
    """Visible buttons that cannot be brought onto the screen. A button in a scroll area
    counts as reachable when scrolling to it (as Tab does) puts all of it inside the area's
    viewport, on the screen, without a horizontal scroll bar the page has turned off."""
    screen = screen_rect()
    out = []
    for button in root.findChildren(QAbstractButton):
        if not button.isVisible() or isinstance(button.parent(), QTabBar):
            continue
        area = scroll_area_of(button)
        if area is not None:
            area.ensureWidgetVisible(button, 0, 0)
            QApplication.processEvents()
        rect = QRect(button.mapToGlobal(QPoint(0, 0)), button.size())
        reachable = screen.contains(rect)
        if area is not None:
            viewport = area.viewport()
            reachable &= QRect(viewport.mapToGlobal(QPoint(0, 0)), viewport.size()).contains(rect)
            if area.horizontalScrollBarPolicy() == Qt.ScrollBarPolicy.ScrollBarAlwaysOff:
                reachable &= area.horizontalScrollBar().value() == 0
        if not reachable:
            out.append(f"{button.text() or button.accessibleName()!r} at {rect.getRect()}")
    return out


def maximised_laptop_window(qtbot, make_window):
    window = make_window()
    free = screen_rect()
    window.move(free.left(), free.top() + 30)  # as maximised under a 30-pixel title bar
    window.resize(free.width(), free.height() - 30)
    window.show()
    qtbot.waitExposed(window)
    keep_on_screen(window)  # what the window does when it starts
    return window


def test_the_test_screen_is_a_laptop_screen(qapp):
    assert QApplication.primaryScreen().geometry().size().toTuple() == (1366, 768)


@pytest.mark.parametrize(
    ("language", "scale", "theme"),
    [("en", 200, "light"), ("cy", 200, "high-contrast"), ("en", 150, "dark"), ("cy", 150, "light")],
)
def test_large_text_leaves_every_button_on_a_1366_screen(
    qtbot, make_window, big_text, language, scale, theme
):
    """Alt+Home and Ctrl+1..4 to every area and a click on every My CSP tab, at 150 % and
    200 % text, in English and Welsh: the window is no wider than the screen and every
    visible button is on it, or scrolls onto it."""
    big_text(language, theme, scale)
    window = maximised_laptop_window(qtbot, make_window)
    window.pages["my_csp"].prefill("cardiff")
    QApplication.processEvents()
    # With room to spare: a Windows laptop's fonts run wider than the test machine's.
    assert window.minimumSizeHint().width() <= screen_rect().width() * 0.75
    for area, (key, modifier) in AREA_KEYS.items():
        qtbot.keyClick(window, key, modifier)
        assert window.current_area() == area
        page = window.pages[area]
        tabs = getattr(page, "tabs", None)
        for index in range(tabs.count() if tabs else 1):
            if tabs:
                bar = tabs.tabBar()
                bar.setCurrentIndex(index)  # scrolled into view, as the arrow buttons would
                qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(index).center())
                assert tabs.currentIndex() == index
            QApplication.processEvents()
            assert window.frameGeometry().width() <= screen_rect().width(), (area, index)
            assert off_screen_buttons(window) == [], (area, index)
    # The reader: open the first module from the catalogue with Enter.
    qtbot.keyClick(window, *AREA_KEYS["learn"])
    learn = window.pages["learn"]
    learn.table.setFocus()
    qtbot.keyClick(learn.table, Qt.Key.Key_Return)
    assert learn.stack.currentWidget() is learn.reader
    QApplication.processEvents()
    assert off_screen_buttons(window) == []
    assert learn.reader.next_button.isVisible()


def test_200_percent_text_keeps_the_main_dialogs_on_screen(qtbot, make_window, big_text, settings):
    """Preferences, About, the glossary and every record editor fit the screen at 200 %."""
    from csp_desktop.core.content.glossary import load_glossary
    from csp_desktop.resources import content_dir
    from csp_desktop.ui.about import AboutDialog
    from csp_desktop.ui.learn.glossary_dialog import GlossaryDialog
    from csp_desktop.ui.my_csp import editors
    from csp_desktop.ui.preferences_dialog import PreferencesDialog

    big_text("cy")
    window = maximised_laptop_window(qtbot, make_window)
    window.pages["my_csp"].prefill("cardiff")
    directory = window.pages["my_csp"].directory
    dialogs = [
        PreferencesDialog(settings, window.context.geography, window),
        AboutDialog(str(window.context.location.path), "default", "csp.log", window),
        GlossaryDialog(load_glossary(content_dir()), {}, window),
        editors.PersonDialog(directory.people[0] if directory.people else None, directory, window),
        editors.OrganisationDialog(directory.organisations[0], window),
        editors.GroupDialog(directory.groups[0], directory, window),
        editors.MembershipDialog(None, directory, directory.groups[0].id, window),
        editors.ProcedureDialog(None, window),
    ]
    for dialog in dialogs:
        dialog.show()
        qtbot.waitExposed(dialog)
        keep_on_screen(dialog)
        QApplication.processEvents()
        name = type(dialog).__name__
        assert screen_rect().contains(dialog.frameGeometry()), name
        assert off_screen_buttons(dialog) == [], name
        dialog.close()


def test_headings_grow_with_the_text_size(qtbot, make_window, big_text, settings):
    """A page heading is bigger than the body text at 100 % and twice as big at 200 %."""
    window = maximised_laptop_window(qtbot, make_window)
    window.show_area("progress")
    heading = window.pages["progress"].heading
    before = heading.font().pointSizeF()
    assert before > QApplication.font().pointSizeF() * 1.3
    big_text("en")
    QApplication.processEvents()
    assert heading.font().pointSizeF() == pytest.approx(before * 2, rel=0.05)


def test_a_button_row_wraps_instead_of_widening_the_window(qtbot):
    """Five buttons that do not fit on one line go onto two, all inside the row."""
    holder = QWidget()
    row = FlowLayout(holder)
    buttons = [QPushButton(f"A rather long button label {n}") for n in range(5)]
    for b in buttons[:-1]:
        row.addWidget(b)
    row.addStretch()
    row.addWidget(buttons[-1])
    qtbot.addWidget(holder)
    one_line = row.sizeHint()
    holder.resize(one_line.width() // 2, row.heightForWidth(one_line.width() // 2))
    holder.show()
    QApplication.processEvents()
    assert holder.minimumSizeHint().width() < one_line.width() // 2
    tops = {b.geometry().top() for b in buttons}
    assert len(tops) >= 2  # wrapped
    assert all(holder.rect().contains(b.geometry()) for b in buttons)
    # Wide enough for all: one line, and the stretch pushes the last button to the right edge.
    holder.resize(one_line.width() + 200, one_line.height())
    QApplication.processEvents()
    assert len({b.geometry().top() for b in buttons}) == 1
    assert buttons[-1].geometry().right() == holder.rect().right()


def test_tables_keep_name_organisation_and_phone_readable(qtbot, make_window, big_text):
    """At 200 % the People table shows the whole of every phone number and name, and hides
    the less important columns instead of squeezing everything to three letters."""
    from csp_desktop.core.directory.model import Person

    big_text("en")
    window = maximised_laptop_window(qtbot, make_window)
    page = window.pages["my_csp"]
    page.prefill("cardiff")
    org = page.directory.organisations[0]
    page.repo.save([Person("Dr Siân Pritchard", "Community safety manager", org.id,
                           ["sian.pritchard@example.org"], ["029 2087 2087"])])  # fmt: skip
    page.reload()
    window.show_area("my_csp")
    bar = page.tabs.tabBar()
    qtbot.mouseClick(bar, Qt.MouseButton.LeftButton, pos=bar.tabRect(1).center())
    QApplication.processEvents()
    view, model = page.people_view, page.people_model
    qtbot.waitUntil(lambda: any(view.isColumnHidden(c) for c in range(model.columnCount())))
    header = view.horizontalHeader()
    columns = list(model.columns)
    shown = [columns[c] for c in range(len(columns)) if not view.isColumnHidden(c)]
    assert {"Name", "Organisation", "Phone"} <= set(shown)
    metrics = view.fontMetrics()
    name, phone = columns.index("Name"), columns.index("Phone")
    assert header.sectionSize(name) >= metrics.horizontalAdvance("Dr Siân Pritchard")
    assert header.sectionSize(phone) >= metrics.horizontalAdvance("029 2087 2087")
    assert sum(header.sectionSize(c) for c in range(len(columns)) if not view.isColumnHidden(c)) <= (
        view.viewport().width() + 2
    )
