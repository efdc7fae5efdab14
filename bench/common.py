"""Helpers shared by the benchmarks: timing child processes and describing the machine."""

from __future__ import annotations

import os
import platform
import statistics
import subprocess
import time
from dataclasses import dataclass


@dataclass
class Run:
    seconds: float  # process start to first paint when the child reports it, else to exit
    peak_rss_mib: float
    # Process start to the end of that first frame (every child widget painted), if reported.
    frame_seconds: float | None = None


def run_process(cmd: list[str], env: dict[str, str]) -> Run:
    """Time to first paint (or to exit) and peak resident memory of one child process.

    A child that prints ``first-paint <unix time>`` is timed to that moment, so its
    teardown is not counted; wall-clock times compare across processes on one machine.
    """
    started_wall = time.time()
    started = time.perf_counter()
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.PIPE, stderr=subprocess.DEVNULL, text=True)
    out = proc.stdout.read() if proc.stdout else ""
    _, status, usage = os.wait4(proc.pid, 0)
    elapsed = time.perf_counter() - started
    if proc.stdout:
        proc.stdout.close()
    code = os.waitstatus_to_exitcode(status)
    if code != 0:
        raise RuntimeError(f"{' '.join(cmd)} exited {code}")
    frame = None
    for line in out.splitlines():
        if line.startswith("first-paint "):
            elapsed = float(line.split()[1]) - started_wall
        elif line.startswith("frame-done "):
            frame = float(line.split()[1]) - started_wall
    return Run(elapsed, usage.ru_maxrss / 1024, frame)  # ru_maxrss is KiB on Linux


def median_ms(runs: list[Run]) -> float:
    return statistics.median(r.seconds for r in runs) * 1000


def median_frame_ms(runs: list[Run]) -> float:
    return statistics.median(r.frame_seconds or r.seconds for r in runs) * 1000


def percentile(values: list[float], pct: float) -> float:
    ordered = sorted(values)
    index = min(len(ordered) - 1, max(0, round(pct / 100 * (len(ordered) - 1))))
    return ordered[index]


def machine() -> str:
    from PySide6 import __version__ as pyside

    return (
        f"{platform.node() and 'host'} {platform.machine()}, {os.cpu_count()} cores, "
        f"Python {platform.python_version()}, PySide6 {pyside}, {platform.platform(terse=True)}"
    )


def people_count() -> int:
    """10,000 people for real runs; a few hundred when the test suite checks the benches run."""
    return int(os.environ.get("CSP_BENCH_PEOPLE", "10000"))
