"""The window while a 10,000-row workbook is read on the worker: how long the window's own
thread is busy before the worker starts (the record snapshot), the whole wait, and the
longest gap between ticks of a 10 ms timer meanwhile (how "responsive" feels: the worker
and the window share Python's interpreter lock). ``python -m bench.import_progress``."""

from __future__ import annotations

import itertools
import os
import statistics
import tempfile
import time
from pathlib import Path

from bench.common import people_count
from bench.import_xlsx import _fresh, workbook


def run(rounds: int = 5) -> list[tuple[str, str, str]]:
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtCore import QTimer
    from PySide6.QtWidgets import QApplication, QWidget

    from csp_desktop.storage.interchange import RecordSnapshot, prepare_import
    from csp_desktop.ui.background import run_with_progress

    QApplication.instance() or QApplication([])
    rows = people_count()
    snapshots, waits, gaps = [], [], []
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        source = folder / "partners.xlsx"
        source.write_bytes(workbook(rows))
        store, repo = _fresh(folder)
        window = QWidget()
        window.show()
        for _ in range(max(1, min(rounds, 5))):
            ticks: list[float] = []
            timer = QTimer()
            timer.setInterval(10)
            timer.timeout.connect(lambda ticks=ticks: ticks.append(time.perf_counter()))
            t0 = time.perf_counter()
            snapshot = RecordSnapshot.of(repo)
            t1 = time.perf_counter()
            timer.start()
            outcome = run_with_progress(window, "Reading…", lambda s=snapshot: prepare_import(source, s))
            t2 = time.perf_counter()
            timer.stop()
            assert outcome.error is None and outcome.result.plan is not None
            marks = [t1, *ticks, t2]
            snapshots.append(t1 - t0)
            waits.append(t2 - t1)
            gaps.append(max(b - a for a, b in itertools.pairwise(marks)))
        window.close()
        store.close()
    return [
        ("record snapshot on the window's thread", f"{statistics.median(snapshots) * 1000:.1f} ms", ""),
        (f".xlsx of {rows:,} rows read on the worker", f"{statistics.median(waits):.2f} s", ""),
        ("longest gap between 10 ms timer ticks meanwhile", f"{statistics.median(gaps) * 1000:.0f} ms", ""),
    ]


if __name__ == "__main__":
    for name, value, note in run():
        print(f"{name:<48} {value:>10}  {note}")
