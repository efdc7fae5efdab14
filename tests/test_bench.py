"""The benchmarks run (they are timed by hand, never asserted on: see docs/benchmarks.md)."""

import os
import subprocess
import sys
from pathlib import Path

import pytest

ROOT = Path(__file__).resolve().parents[1]


@pytest.mark.slow
def test_every_benchmark_runs_and_prints_one_table():
    """`python -m bench` completes on a small data set and reports every measure."""
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen", "CSP_BENCH_PEOPLE": "300"}
    result = subprocess.run(
        [sys.executable, "-m", "bench", "--rounds", "2"],
        cwd=ROOT,
        env=env,
        capture_output=True,
        text=True,
        timeout=600,
    )
    assert result.returncode == 0, result.stderr[-3000:]
    out = result.stdout
    for measure in (
        "start-up floor",
        "start-up, existing data",
        "peak memory",
        "open module in reader",
        "CSV import",
        "people filter per keystroke",
        "who represents",
        "search, 200 queries",
        "Ctrl+K",
        "induction record PDF",
        "export all three formats",
    ):
        assert measure in out, measure
