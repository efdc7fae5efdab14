"""Cold start: process start to the main window's first paint, against the floor program.

Both programs are run alternately in the same session, offscreen. "Existing data" is a
councillor's profile (the CSP record prefilled for Caerphilly, six contacts imported); the
first-run figure uses a fresh data folder each time (a first start creates and migrates the
database).
Target: the app within 1.3x of the floor.

To compare with an earlier version in the same run, unpack its tree and point
``BENCH_BASELINE_TREE`` at it (``git archive REV src content resources | tar -x -C DIR``):
its app then runs third in each round, on the same warm data.
"""

from __future__ import annotations

import os
import sys
import tempfile
from pathlib import Path

from bench.common import Run, median_frame_ms, median_ms, run_process

ROOT = Path(__file__).resolve().parents[1]
TARGET_RATIO = 1.3
CONTACTS = ROOT / "tests" / "data" / "outlook-contacts.csv"


def floor_html(folder: Path) -> Path:
    """The same amount of HTML the app could show first: the longest bundled module."""
    sys.path.insert(0, str(ROOT / "src"))
    from csp_desktop.core.content.parser import read_module
    from csp_desktop.core.content.render import markdown_to_html

    modules = sorted((ROOT / "content" / "modules").glob("*.md"), key=lambda p: p.stat().st_size)
    module = read_module(modules[-1])
    html = "".join(markdown_to_html(s.markdown) for s in module.sections)
    path = folder / "floor.html"
    path.write_text(html, encoding="utf-8")
    return path


def councillor_profile(data_dir: Path, env: dict[str, str]) -> None:
    """A councillor's data folder: made by a first start, the CSP record prefilled for a
    council and a few contacts imported, so Home reads and shows real partners."""
    cli = [sys.executable, "-m", "csp_desktop", "--data-dir", str(data_dir)]
    run_process([*cli, "--quit-after-paint"], env)
    run_process([*cli, "setup", "--council", "caerphilly"], env)
    run_process([*cli, "import", str(CONTACTS)], env)


def run(rounds: int = 15) -> list[tuple[str, str, str]]:
    env = {**os.environ, "QT_QPA_PLATFORM": "offscreen"}
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        html = floor_html(folder)
        html_kb = html.stat().st_size / 1024
        floor_cmd = [sys.executable, str(ROOT / "bench" / "floor_app.py"), str(html)]
        floor: list[Run] = []
        cold: list[Run] = []
        warm: list[Run] = []
        warm_dir = folder / "warm"
        app = [sys.executable, "-m", "csp_desktop", "--quit-after-paint", "--data-dir"]
        councillor_profile(warm_dir, env)
        for _ in range(2):  # warm the page cache
            run_process(floor_cmd, env)
        frozen_exe = ROOT / "dist" / "csp-desktop" / "csp-desktop"
        frozen: list[Run] = []
        baseline_tree = os.environ.get("BENCH_BASELINE_TREE")
        baseline_env = {**env, "PYTHONPATH": str(Path(baseline_tree or ".") / "src")}
        baseline: list[Run] = []
        baseline_dir = folder / "baseline"
        if baseline_tree:
            councillor_profile(baseline_dir, baseline_env)
        for _ in range(rounds):
            floor.append(run_process(floor_cmd, env))
            warm.append(run_process([*app, str(warm_dir)], env))
            if baseline_tree:
                baseline.append(run_process([*app, str(baseline_dir)], baseline_env))
            if frozen_exe.exists():
                frozen.append(
                    run_process([str(frozen_exe), "--quit-after-paint", "--data-dir", str(warm_dir)], env)
                )
        # First starts in a loop of their own: creating a database ends in fsyncs, and the
        # disk writing them back slowed whichever program ran next by 10-30%.
        cold_floor: list[Run] = []
        for i in range(rounds):
            cold_floor.append(run_process(floor_cmd, env))
            cold.append(run_process([*app, str(folder / f"cold{i}")], env))
    f, c, w = median_ms(floor), median_ms(cold), median_ms(warm)
    cf = median_ms(cold_floor)
    rss = max(r.peak_rss_mib for r in warm)
    extra = []
    if baseline:
        b = median_ms(baseline)
        extra.append(("start-up, baseline tree, existing data", f"{b:.0f} ms", f"ratio {b / f:.2f}"))
    if frozen:
        fz = median_ms(frozen)
        size = (
            sum(p.stat().st_size for p in frozen_exe.parent.rglob("*") if p.is_file() and not p.is_symlink())
            / 1e6
        )
        extra += [
            ("start-up, frozen bundle (dist/), existing data", f"{fz:.0f} ms", f"ratio {fz / f:.2f}"),
            (
                "frozen bundle size on disk",
                f"{size:.0f} MB",
                f"{sum(1 for _ in frozen_exe.parent.rglob('*'))} files",
            ),
        ]
    ff, wf = median_frame_ms(floor), median_frame_ms(warm)
    extra.append(
        (
            "first frame complete (every child painted), existing data",
            f"{wf:.0f} ms",
            f"floor {ff:.0f} ms, ratio {wf / ff:.2f}",
        )
    )
    return [
        (f"start-up floor (bare QTextBrowser, {html_kb:.0f} KB HTML)", f"{f:.0f} ms", ""),
        ("start-up, existing data (median)", f"{w:.0f} ms", f"ratio {w / f:.2f} (target <= {TARGET_RATIO})"),
        ("start-up, first run creating the database", f"{c:.0f} ms", f"ratio {c / cf:.2f}, floor {cf:.0f}"),
        (
            "peak memory at first paint",
            f"{rss:.0f} MiB",
            f"floor {max(r.peak_rss_mib for r in floor):.0f} MiB",
        ),
        *extra,
    ]
