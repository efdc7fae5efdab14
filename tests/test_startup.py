"""Start-up does only what the first paint needs; the rest waits until the window is up.

No timings here (they live in bench/startup.py and docs/benchmarks.md): these tests check
the structure that keeps start-up quick, so a change that undoes it fails visibly.
"""

from __future__ import annotations

import logging
import logging.handlers
import os
import subprocess
import sys
import textwrap

from csp_desktop import cli
from csp_desktop.logging_setup import LOG_NAME, MAX_BYTES, configure_logging, enable_rotation

# Runs the real GUI start-up to the first paint, then reports what had been imported.
AT_FIRST_PAINT = textwrap.dedent(
    """
    import sys
    import PySide6.QtCore
    from PySide6.QtCore import QEvent
    import csp_desktop.app as app

    def built():  # PySide builds a class's enums on its first use; "Qt" alone costs ~15 ms
        names = {*vars(PySide6.QtCore), *vars(PySide6.QtWidgets)}
        return ",".join(n for n in ("Qt", "QMessageBox") if n in names)

    Quitter = app._QuitAfterFirstPaint

    class Report(Quitter):
        def eventFilter(self, watched, event):
            if event.type() == QEvent.Type.Paint and not self.property("done"):
                loaded = sorted(m for m in sys.modules if m.startswith(("csp_desktop.commands", "logging.")))
                print("loaded:" + ",".join(loaded), flush=True)
            return super().eventFilter(watched, event)

        @staticmethod
        def _frame_done():
            print("built:" + built(), flush=True)  # after every widget of the first frame painted
            Quitter._frame_done()

    app._QuitAfterFirstPaint = Report
    from csp_desktop.cli import main
    sys.exit(main(["--quit-after-paint", "--data-dir", sys.argv[1]]))
    """
)


def test_first_paint_needs_no_subcommands_and_no_rotating_log(tmp_path):
    result = subprocess.run(
        [sys.executable, "-c", AT_FIRST_PAINT, str(tmp_path / "data")],
        capture_output=True,
        text=True,
        timeout=120,
        env={**os.environ, "QT_QPA_PLATFORM": "offscreen"},
    )
    assert result.returncode == 0, result.stderr
    (line,) = [line for line in result.stdout.splitlines() if line.startswith("loaded:")]
    loaded = [name for name in line.removeprefix("loaded:").split(",") if name]
    assert loaded == [], f"imported before the first paint: {loaded}"
    # Neither the `Qt` enum namespace nor the message boxes are built for the first frame:
    # ui/qt_names.py says how the first screen does without them.
    (built,) = [line for line in result.stdout.splitlines() if line.startswith("built:")]
    assert built == "built:", f"built for the first frame: {built.removeprefix('built:')}"
    assert (tmp_path / "data" / "logs" / LOG_NAME).read_text(encoding="utf-8").count(
        "starting CSP Desktop"
    ) == 1


def test_every_command_is_known_without_importing_it():
    parser = cli.build_parser()
    (subparsers,) = [a for a in parser._actions if a.dest == "command"]
    assert set(subparsers.choices) == cli.COMMAND_NAMES


def test_a_command_anywhere_on_the_line_gets_the_full_parser():
    assert cli.names_a_command(["--data-dir", "x", "self-test"])
    assert cli.names_a_command(["--help"])
    assert not cli.names_a_command(["--data-dir", "x", "--quit-after-paint"])
    assert not cli.names_a_command(["-style", "fusion"])  # Qt's own options pass through


def test_gui_parser_still_takes_the_data_folder_and_leaves_qt_options(tmp_path):
    parser = cli.build_parser(with_commands=False)
    args, rest = parser.parse_known_args(["--data-dir", str(tmp_path), "-platform", "offscreen"])
    assert (args.data_dir, args.command, rest) == (str(tmp_path), None, ["-platform", "offscreen"])


def test_rotation_takes_over_the_same_file_after_the_first_paint(tmp_path):
    root = logging.getLogger()
    level = root.level
    try:
        log_file = configure_logging(tmp_path / "logs", rotate=False)
        logging.getLogger("csp_desktop.test").info("before the window")
        (plain,) = [h for h in root.handlers if getattr(h, "_csp_desktop", False)]
        # Owner-only subclasses are fine; anything from logging.handlers is not (its import cost).
        assert isinstance(plain, logging.FileHandler)
        assert all(cls.__module__ != "logging.handlers" for cls in type(plain).__mro__)
        enable_rotation(log_file)
        (rotating,) = [h for h in root.handlers if getattr(h, "_csp_desktop", False)]
        assert isinstance(rotating, logging.handlers.RotatingFileHandler) and plain.stream is None  # closed
        logging.getLogger("csp_desktop.test").info("x" * (MAX_BYTES // 2))
        logging.getLogger("csp_desktop.test").info("y" * (MAX_BYTES // 2))
        logging.getLogger("csp_desktop.test").info("after rolling over")
        assert (tmp_path / "logs" / f"{LOG_NAME}.1").is_file()
        older = (tmp_path / "logs" / f"{LOG_NAME}.1").read_text(encoding="utf-8")
        assert "before the window" in older or "before the window" in log_file.read_text(encoding="utf-8")
        assert "after rolling over" in log_file.read_text(encoding="utf-8")
    finally:
        for handler in [h for h in root.handlers if getattr(h, "_csp_desktop", False)]:
            root.removeHandler(handler)
            handler.close()
        root.setLevel(level)
