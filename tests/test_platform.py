"""The Qt binding itself must be safe to run a long session on."""

import sys

from PySide6.QtWidgets import QWidget


def test_qt_calls_do_not_leak_references_to_none(qapp):
    """PySide6 6.12.0 on Python 3.11 dropped a reference to None on every call of a method
    that returns nothing; a few hundred window resizes later the interpreter aborted
    ("deallocating None"). On Python 3.12+ None is immortal and the count never moves."""
    widget = QWidget()
    widget.setObjectName("probe")
    before = sys.getrefcount(None)
    for _ in range(2000):
        widget.setObjectName("probe")
        widget.setEnabled(True)
        widget.update()
    assert sys.getrefcount(None) >= before - 50
