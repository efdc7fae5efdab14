"""Journeys through the real window, by keyboard and mouse, as a councillor takes them."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication

from csp_desktop.storage.progress import ProgressRepository


def shown(qtbot, window):
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    window.keep_search_current()  # the index is built a moment after the first paint
    return window


def search(qtbot, window, text):
    qtbot.keyClick(window.sidebar, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    qtbot.keyClicks(window.search_box, text)
    qtbot.waitUntil(lambda: window.search_popup.view.isVisible())
    qtbot.waitUntil(lambda: window.search_popup.model.rowCount() > 1)


def test_search_domestic_abuse_opens_the_surgery_topic(qtbot, make_window):
    """Ctrl+K, type "domestic abuse", Enter: the ward-surgery topic is on screen."""
    window = shown(qtbot, make_window())
    search(qtbot, window, "domestic abuse")
    first = window.search_popup.view.currentIndex().data()
    assert first.splitlines()[:2] == ["Domestic abuse", "Ward surgery"]
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    assert window.current_area() == "surgery"
    surgery = window.pages["surgery"]
    assert surgery.list.currentIndex().data() == "Domestic abuse"
    assert "Live Fear Free" in surgery.view.toPlainText()
    assert not window.search_popup.view.isVisible()


def test_enter_on_a_module_section_opens_it_without_starting_the_module(qtbot, make_window, store):
    """Looking something up in a module shows the section, and the module stays 'Not started'."""
    window = shown(qtbot, make_window())
    search(qtbot, window, "county lines")
    popup = window.search_popup
    while popup.view.currentIndex().data(Qt.ItemDataRole.UserRole + 1).kind != "module":
        qtbot.keyClick(window.search_box, Qt.Key.Key_Down)
    hit = popup.view.currentIndex().data(Qt.ItemDataRole.UserRole + 1)
    assert hit.where  # "Learn › Module 8. …"
    qtbot.keyClick(window.search_box, Qt.Key.Key_Return)
    reader = window.pages["learn"].reader
    assert window.current_area() == "learn" and reader.isVisible()
    assert f"{reader.module.id}#{reader.current_section().id}" == hit.ref
    QApplication.processEvents()
    window.close()  # leaving saves whatever is in flight
    assert ProgressRepository(store).load_all() == {}
