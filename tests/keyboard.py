"""Typing text the way a keyboard does, Welsh letters included.

QTest.keyClicks only knows ASCII (it asserts on "â"), so letters outside ASCII are sent as
the key events a keyboard layout or input method delivers: a key press carrying the text.
"""

from __future__ import annotations

from PySide6.QtCore import QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QWidget


def type_text(qtbot, widget: QWidget, text: str) -> None:
    for char in text:
        if char.isascii():
            qtbot.keyClicks(widget, char)
            continue
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, 0, Qt.KeyboardModifier.NoModifier, char))


def choose(qtbot, combo, text: str) -> None:
    """Pick an item of a combo box with the arrow keys, as a keyboard user does."""
    combo.setFocus()
    for _ in range(combo.count()):  # to the top of the list (Home moves the cursor when editable)
        qtbot.keyClick(combo, Qt.Key.Key_Up)
    for _ in range(combo.count()):
        if combo.currentText() == text:
            return
        qtbot.keyClick(combo, Qt.Key.Key_Down)
    raise AssertionError(f"{text!r} is not in the list: {[combo.itemText(i) for i in range(combo.count())]}")
