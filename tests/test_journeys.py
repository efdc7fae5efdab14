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


def read_to_the_end(qtbot, reader):
    """Page Down until the end of the section, as a reader does."""
    bar = reader.scroll.verticalScrollBar()
    QApplication.processEvents()  # the section is laid out (and its length known) on screen
    for _ in range(200):
        if bar.value() >= bar.maximum():
            break
        qtbot.keyClick(reader.scroll, Qt.Key.Key_PageDown)
        QApplication.processEvents()


def click_answer(qtbot, widget, right: bool):
    q = widget.question
    wanted = sorted(q.correct) if right else [next(i for i in range(len(q.options)) if i not in q.correct)]
    for i in wanted:
        qtbot.mouseClick(widget._options[i], Qt.MouseButton.LeftButton)
    qtbot.mouseClick(widget.check_button, Qt.MouseButton.LeftButton)


def quiz_on_screen(qtbot, reader):
    from csp_desktop.ui.learn.quiz import QuizPanel

    QApplication.processEvents()  # a new section's widgets are shown on the next event loop
    # The scrolling page grows to fit the new questions on a later pass of the event loop:
    # until then its buttons are squashed to no height, and a click there lands on nothing.
    page = reader.scroll.widget()
    qtbot.waitUntil(lambda: page.height() >= page.minimumSizeHint().height())
    for i in range(reader.interactive.count()):
        widget = reader.interactive.itemAt(i).widget()
        if isinstance(widget, QuizPanel):
            return widget
    return None


def test_learn_a_module_to_the_end_across_a_restart(qtbot, make_window, store):
    """Start from Home, read on with Next, answer half the check, close the app; start
    again: Home continues at the check with those answers kept; finish the module."""
    from csp_desktop.core.progress import Status

    window = shown(qtbot, make_window())
    home = window.pages["home"]
    assert home.continue_button.text().replace("&", "") == "Start the first module"
    assert home.next_title.text().startswith("1. ")
    qtbot.mouseClick(home.continue_button, Qt.MouseButton.LeftButton)
    reader = window.pages["learn"].reader
    module_id = reader.module.id
    sections = reader.module.sections
    check_index = next(i for i, s in enumerate(sections) if s.is_check)
    while reader.section_index < check_index:
        read_to_the_end(qtbot, reader)
        qtbot.mouseClick(reader.next_button, Qt.MouseButton.LeftButton)
    panel = quiz_on_screen(qtbot, reader)
    half = len(panel.questions) // 2 or 1
    for widget in panel.questions[:half]:
        click_answer(qtbot, widget, right=True)
    window.close()  # mid-check

    again = shown(qtbot, make_window())
    home = again.pages["home"]
    assert home.continue_button.text().replace("&", "") == "Continue where you left off"
    qtbot.mouseClick(home.continue_button, Qt.MouseButton.LeftButton)
    reader = again.pages["learn"].reader
    assert reader.module.id == module_id and reader.section_index == check_index
    panel = quiz_on_screen(qtbot, reader)
    assert [w.result for w in panel.questions[:half]] == [True] * half
    assert all(not w.feedback.isHidden() for w in panel.questions[:half])
    for widget in panel.questions[half:]:
        click_answer(qtbot, widget, right=True)
    assert "passed" in panel.score_label.text()
    while True:
        read_to_the_end(qtbot, reader)
        last = reader.section_index == len(sections) - 1
        qtbot.mouseClick(reader.next_button, Qt.MouseButton.LeftButton)
        if last:
            break
    learn = again.pages["learn"]
    assert learn.stack.currentIndex() == 0, reader.finish_notice.text()  # back at the list
    assert ProgressRepository(store).load(module_id).status is Status.COMPLETE
    assert learn.model.index(0, 2).data() == "✓ Complete"


def test_finish_on_an_unfinished_module_says_what_is_left(qtbot, make_window):
    """Jumping to the last section and pressing Finish names the unread sections and the questions."""
    window = shown(qtbot, make_window())
    window.show_area("learn")
    learn = window.pages["learn"]
    learn.table.setFocus()
    qtbot.keyClick(learn.table, Qt.Key.Key_Return)
    reader = learn.reader
    last = len(reader.module.sections) - 1
    reader.contents.setFocus()
    qtbot.keyClick(reader.contents, Qt.Key.Key_End)
    assert reader.section_index == last
    qtbot.mouseClick(reader.next_button, Qt.MouseButton.LeftButton)
    assert learn.stack.currentWidget() is reader  # not silently back to the list
    notice = reader.finish_notice
    assert notice.isVisible()
    text = notice.text()
    assert "Not finished yet" in text
    read = ProgressRepository(window.context.store).load(reader.module.id).sections_read
    unread = [s for s in reader.module.sections if s.id not in read]
    assert f"read “{unread[0].title}”" in text
    questions = len(reader.module.check.questions)
    assert f"answer {questions} more questions" in text
    notice.linkActivated.emit("#" + unread[0].id)
    assert reader.current_section() is unread[0] and not notice.isVisible()
