"""The main window as a user meets it: areas, keyboard navigation, menus, state restore."""

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialog, QLabel, QLineEdit

from csp_desktop import __version__
from csp_desktop import settings as S
from csp_desktop.ui.actions import SPECS, Action
from csp_desktop.ui.main_window import action_in_menus
from csp_desktop.ui.pages import AREA_IDS


def show(qtbot, window):
    window.show()
    qtbot.waitExposed(window)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    return window


def test_sidebar_lists_home_and_the_four_areas(make_window):
    """Home, then Learn, My CSP, Ward surgery and Progress in the sidebar; Home opens first."""
    window = make_window()
    names = [window.sidebar.item(i).text() for i in range(window.sidebar.count())]
    assert names == ["Home", "Learn", "My CSP", "Ward surgery", "Progress"]
    assert window.current_area() == "home"


def test_ctrl_number_switches_area(qtbot, make_window):
    """Ctrl+1..4 move between areas from anywhere in the window."""
    window = show(qtbot, make_window())
    window.search_box.setFocus()
    for number, area in zip("4231", ["progress", "my_csp", "surgery", "learn"], strict=True):
        qtbot.keyClick(
            window.search_box, getattr(Qt.Key, f"Key_{number}"), Qt.KeyboardModifier.ControlModifier
        )
        assert window.current_area() == area
        assert window.stack.currentWidget() is window.pages[area]


def test_arrow_keys_in_sidebar_change_the_page(qtbot, make_window):
    """The sidebar is keyboard-driven: Down moves to the next area."""
    window = show(qtbot, make_window())
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Down)
    assert window.current_area() == "learn"
    assert window.stack.currentWidget().accessibleName() == "Learn"


def test_ctrl_k_puts_the_cursor_in_search(qtbot, make_window):
    """Ctrl+K focuses the search box and selects what was there."""
    window = show(qtbot, make_window())
    window.search_box.setText("marac")
    window.sidebar.setFocus()
    qtbot.keyClick(window.sidebar, Qt.Key.Key_K, Qt.KeyboardModifier.ControlModifier)
    assert QApplication.focusWidget() is window.search_box
    assert window.search_box.selectedText() == "marac"


def test_every_action_is_in_a_menu_with_a_tip(make_window):
    """Each registered action can be found in a menu and explains itself in the status bar."""
    window = make_window()
    for name in Action:
        action = window.actions[name]
        assert action_in_menus(window, action), name
        assert action.statusTip(), name
        assert action.text(), name
    assert set(SPECS) == set(Action)


def test_menus_have_standard_titles(make_window):
    """File, Edit, View and Help menus exist."""
    window = make_window()
    titles = [a.text() for a in window.menuBar().actions()]
    assert titles == ["&File", "&Edit", "&View", "&Help"]


def test_window_state_is_restored_after_restart(qtbot, make_window):
    """Size comes back when the app is started again; it opens on Home, which says where to carry on."""
    window = show(qtbot, make_window())
    window.show_area("surgery")
    window.resize(780, 560)  # smaller than the test screen (1366x768)
    QApplication.processEvents()
    size = (window.width(), window.height())
    window.close()
    again = show(qtbot, make_window())
    assert again.current_area() == "home"
    assert (again.width(), again.height()) == size


def test_about_shows_version_and_data_folder(qtbot, make_window, location, monkeypatch):
    """Help > About names the version, the data folder and the licence."""
    window = make_window()
    seen = {}

    def fake_exec(dialog):
        seen["text"] = dialog.text_label.text()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("csp_desktop.ui.about.AboutDialog.exec", fake_exec)
    window.actions[Action.ABOUT].trigger()
    assert __version__ in seen["text"]
    assert str(location.path) in seen["text"]
    assert "MIT licence" in seen["text"]


def test_preferences_dialog_saves_name_and_council(qtbot, make_window, settings, monkeypatch):
    """The councillor's name and council chosen in Preferences are kept."""
    window = make_window()

    def fill_and_accept(dialog):
        dialog.name_edit.setText("  Cllr Rhiannon Ŵen ")
        dialog.council_combo.setCurrentIndex(dialog.council_combo.findData("caerphilly"))
        dialog.accept()
        return QDialog.DialogCode.Accepted

    monkeypatch.setattr("csp_desktop.ui.preferences_dialog.PreferencesDialog.exec", fill_and_accept)
    window.actions[Action.PREFERENCES].trigger()
    assert settings.get(S.COUNCILLOR_NAME) == "Cllr Rhiannon Ŵen"
    assert settings.get(S.COUNCIL) == "caerphilly"


def test_preferences_lists_councils_in_both_languages(qtbot, settings, store):
    """Councils show their English and Welsh names."""
    from csp_desktop.core.geography import load_geography
    from csp_desktop.resources import data_file
    from csp_desktop.ui.preferences_dialog import PreferencesDialog

    dialog = PreferencesDialog(settings, load_geography(data_file("wales-geography.toml")))
    qtbot.addWidget(dialog)
    labels = [dialog.council_combo.itemText(i) for i in range(dialog.council_combo.count())]
    assert "Isle of Anglesey / Ynys Môn" in labels
    assert len(labels) == 23  # "not chosen yet" + 22 councils


def test_zoom_keys_change_the_text_size(qtbot, make_window, settings):
    """Larger/Smaller/Normal text actions step through the text sizes and back."""
    window = make_window()
    window.actions[Action.ZOOM_IN].trigger()
    assert settings.get(S.TEXT_SCALE) == 110
    window.actions[Action.ZOOM_OUT].trigger()
    window.actions[Action.ZOOM_OUT].trigger()
    assert settings.get(S.TEXT_SCALE) == 90
    window.actions[Action.ZOOM_RESET].trigger()
    assert settings.get(S.TEXT_SCALE) == 100


def test_text_scale_changes_the_application_font(qapp, settings):
    """The chosen text size scales the interface font."""
    from csp_desktop.app import Appearance

    base = qapp.font().pointSizeF()
    appearance = Appearance(qapp, settings)
    try:
        settings.set(S.TEXT_SCALE, 200)
        assert abs(qapp.font().pointSizeF() - 2 * base) < 0.01
    finally:
        settings.set(S.TEXT_SCALE, 100)
        appearance.deleteLater()
    assert abs(qapp.font().pointSizeF() - base) < 0.01


def test_copy_acts_on_the_focused_text(qtbot, make_window):
    """Edit > Copy copies the selection of whichever text box has focus."""
    window = show(qtbot, make_window())
    window.search_box.setText("Area Planning Board")
    window.search_box.setFocus()
    window.search_box.selectAll()
    window.actions[Action.COPY].trigger()
    assert QApplication.clipboard().text() == "Area Planning Board"


def test_undo_is_disabled_until_there_is_something_to_undo(make_window):
    """Undo and Redo are greyed out on a fresh start."""
    window = make_window()
    assert not window.actions[Action.UNDO].isEnabled()
    assert not window.actions[Action.REDO].isEnabled()


def test_every_control_has_an_accessible_name(qtbot, make_window):
    """No interactive control in the shell is anonymous to a screen reader."""
    window = show(qtbot, make_window())
    for area in AREA_IDS:
        window.show_area(area)
        for widget in window.findChildren(QLineEdit):
            assert widget.accessibleName(), widget.objectName()
    assert window.sidebar.accessibleName() == "Areas"


def test_help_guide_opens_in_the_users_language(qtbot, make_window, settings, monkeypatch):
    """F1 opens 'How to use CSP Desktop', a short guide written as content, in English or Welsh."""
    seen = []
    monkeypatch.setattr(
        "csp_desktop.ui.guide.GuideDialog.exec", lambda dialog: seen.append(dialog.browser.toPlainText())
    )
    window = show(qtbot, make_window())
    qtbot.keyClick(window.sidebar, Qt.Key.Key_F1)
    assert seen and seen[0].startswith("How to use CSP Desktop") and "Ctrl+K" in seen[0]
    settings.set(S.LANGUAGE, "cy")
    window.actions[Action.HELP_GUIDE].trigger()
    assert seen[1].startswith("Sut i ddefnyddio CSP Desktop")
    settings.set(S.LANGUAGE, "en")


def test_data_folder_is_in_about_not_the_status_bar(qtbot, make_window, location):
    """The status bar does not show the data folder path permanently."""
    window = show(qtbot, make_window())
    labels = [w.text() for w in window.statusBar().findChildren(QLabel)]
    assert not any(str(location.path) in text for text in labels)


def test_undo_names_the_change_and_says_so(qtbot, make_window, store, monkeypatch):
    """After deleting Dr Siân Pritchard, Edit > Undo reads 'Undo: delete Dr Siân Pritchard';
    Ctrl+Z brings her back and the status bar says what was undone."""

    from csp_desktop.core.directory.model import Person
    from csp_desktop.storage.directory import DirectoryRepository

    window = show(qtbot, make_window())
    window.show_area("my_csp")
    page = window.pages["my_csp"]
    page.prefill("cardiff")
    DirectoryRepository(store).save([Person("Dr Siân Pritchard", "Consultant in public health")])
    page.reload()
    page.tabs.setCurrentIndex(1)
    view = page.people_view
    row = next(
        r for r in range(view.model().rowCount()) if view.model().index(r, 0).data() == "Dr Siân Pritchard"
    )
    view.setCurrentIndex(view.model().index(row, 0))
    monkeypatch.setattr("csp_desktop.ui.my_csp.page.confirm", lambda *a, **k: True)
    page.delete_selected(view)
    undo = window.actions[Action.UNDO]
    assert undo.text() == "&Undo: delete Dr Siân Pritchard"
    qtbot.keyClick(window.sidebar, Qt.Key.Key_Z, Qt.KeyboardModifier.ControlModifier)
    assert window.statusBar().currentMessage() == "Undone: delete Dr Siân Pritchard"
    assert any(p.name == "Dr Siân Pritchard" for p in DirectoryRepository(store).load().people)
    assert undo.text() == "&Undo" and window.actions[Action.REDO].text() == "&Redo: delete Dr Siân Pritchard"
