"""The floor: a bare QApplication showing a QTextBrowser with a given HTML file.

Nothing a real Qt app can skip. CSP Desktop's start-up is measured against this in the
same run, so the ratio means something on a noisy shared machine.
"""

import sys
import time
from pathlib import Path

from PySide6.QtCore import QEvent, QObject, QTimer
from PySide6.QtWidgets import QApplication, QMainWindow, QTextBrowser


def frame_done() -> None:
    """The window's first paint event comes before its children's: a zero timer runs once
    the whole first frame has been painted."""
    print(f"frame-done {time.time():.6f}", flush=True)
    QApplication.quit()


class QuitOnPaint(QObject):
    def eventFilter(self, watched, event):
        if event.type() == QEvent.Type.Paint and not self.property("done"):
            self.setProperty("done", True)
            print(f"first-paint {time.time():.6f}", flush=True)
            QTimer.singleShot(0, frame_done)
        return False


def main() -> int:
    app = QApplication(sys.argv[:1])
    window = QMainWindow()
    browser = QTextBrowser()
    browser.setHtml(Path(sys.argv[1]).read_text(encoding="utf-8"))
    window.setCentralWidget(browser)
    window.resize(1100, 720)
    quitter = QuitOnPaint()
    window.installEventFilter(quitter)
    window.show()
    return app.exec()


if __name__ == "__main__":
    sys.exit(main())
