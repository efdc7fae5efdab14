"""Long work off the window's thread, behind a progress dialog that can be cancelled.

Reading a 10,000-row workbook takes a second or two; on the window's thread that froze the
window and could not be stopped. ``run_with_progress`` runs a plain function on a pool
thread, keeps the window's event loop turning until it ends (so the caller still gets a
plain answer back, as before), and shows a window-modal "Reading…" dialog with a Cancel
button if the work takes more than a moment. The function must not touch Qt widgets or the
database connection: hand it what it needs (see storage.interchange.RecordSnapshot).
"""

from __future__ import annotations

import threading
from collections.abc import Callable
from dataclasses import dataclass
from typing import Any

from PySide6.QtCore import QCoreApplication, QEventLoop, Qt, QThreadPool, QTimer
from PySide6.QtWidgets import QProgressDialog, QWidget

SHOW_AFTER_MS = 300  # a quick file never flashes a dialog
POLL_MS = 25


@dataclass
class Outcome:
    """How work on the worker thread ended: cancelled, a result, or an error."""

    cancelled: bool = False
    result: Any = None
    error: BaseException | None = None


def run_with_progress(parent: QWidget | None, label: str, work: Callable[[], Any]) -> Outcome:
    """Run ``work()`` on a worker thread; return when it ends or the user cancels.

    An exception raised by ``work`` comes back in ``Outcome.error`` for the caller to show.
    A cancelled run returns at once; the worker finishes on its own and its result is dropped.
    """
    outcome = Outcome()
    finished = threading.Event()
    answer: list = []  # filled by the worker, read here only after ``finished`` is set

    def job() -> None:
        try:
            answer.append((work(), None))
        except Exception as exc:  # shown to the user by the caller, as a plain message
            answer.append((None, exc))
        finally:
            finished.set()

    loop = QEventLoop()
    dialog = QProgressDialog(label, QCoreApplication.translate("Background", "Cancel"), 0, 0, parent)
    dialog.setObjectName("workProgress")
    dialog.setWindowTitle(QCoreApplication.translate("Background", "Please wait"))
    dialog.setAccessibleName(label)
    dialog.setWindowModality(Qt.WindowModality.WindowModal)
    dialog.setAutoClose(False)
    dialog.setAutoReset(False)
    # QProgressDialog starts its own 4-second "show anyway" timer when it is made, and
    # setMinimumDuration does not stop it: reset() does. Without this a quick read left the
    # dialog to pop up over the import preview four seconds later. Our timer decides instead.
    dialog.reset()
    dialog.hide()

    def cancel() -> None:
        outcome.cancelled = True
        loop.quit()

    dialog.canceled.connect(cancel)
    dialog.rejected.connect(cancel)  # Escape closes the dialog without a canceled() signal
    show_later = QTimer()
    show_later.setSingleShot(True)
    show_later.timeout.connect(lambda: None if finished.is_set() else dialog.show())
    # The worker hands back nothing Qt: this timer, on the window's thread, notices the end.
    # (No QObject crosses threads, so none can be deleted from the wrong one after a cancel.)
    poll = QTimer()
    poll.setInterval(POLL_MS)
    poll.timeout.connect(lambda: loop.quit() if finished.is_set() else None)

    QThreadPool.globalInstance().start(job)
    show_later.start(SHOW_AFTER_MS)
    poll.start()
    loop.exec()  # keeps the window painting and answering, and the dialog's Cancel working
    poll.stop()
    show_later.stop()
    dialog.canceled.disconnect(cancel)
    dialog.rejected.disconnect(cancel)
    dialog.reset()  # stops its own show timer, should it have been restarted
    dialog.hide()
    dialog.deleteLater()
    if not outcome.cancelled:
        outcome.result, outcome.error = answer[0]
    return outcome
