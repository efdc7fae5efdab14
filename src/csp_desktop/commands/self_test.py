"""``csp-desktop self-test``: prove an installation works, without touching the user's data.

It loads every bundled module, opens and migrates a *copy* of the user's database (or a new
one) in a temporary folder, and starts Qt offscreen with the real main window. IT can run
it after deploying the bundle. Exit code 0 means every check passed.
"""

from __future__ import annotations

import argparse
import os
from collections.abc import Callable
from pathlib import Path

from csp_desktop import APP_NAME, __version__

Check = Callable[[Path, argparse.Namespace], str]


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("self-test", help="check this installation works (headless)")
    parser.set_defaults(handler=run)


def check_content(_: Path, __: argparse.Namespace) -> str:
    from csp_desktop.core.content.check import check_content as validate
    from csp_desktop.resources import content_dir

    modules, errors = validate(content_dir())
    if errors:
        raise RuntimeError("; ".join(str(e) for e in errors[:5]))
    return f"{len(modules)} modules parsed and rendered from {content_dir()}"


def check_geography(_: Path, __: argparse.Namespace) -> str:
    from csp_desktop.core.geography import load_geography
    from csp_desktop.resources import data_file

    geography = load_geography(data_file("wales-geography.toml"))
    if len(geography.councils) != 22:
        raise RuntimeError(f"expected 22 councils, found {len(geography.councils)}")
    return "22 councils with their partners"


def check_database(tmp: Path, args: argparse.Namespace) -> str:
    import sqlite3

    from csp_desktop.locations import data_location
    from csp_desktop.storage.database import open_readonly, open_store

    source = data_location(args.data_dir).database
    copy = tmp / "data" / "csp-desktop.db"
    copy.parent.mkdir(parents=True)
    origin = "a new database"
    if source.is_file():
        src = open_readonly(source)  # escaped: '#', '?' or '%' in the path
        try:
            with sqlite3.connect(copy) as dst:
                src.backup(dst)
        finally:
            src.close()
        origin = f"a copy of {source}"
    store = open_store(copy, tmp / "backups")
    try:
        applied = store.applied_migrations()
        return f"{origin}: {len(applied)} migrations in place, {len(store.report.migrated)} applied now"
    finally:
        store.close()


def check_gui(tmp: Path, _: argparse.Namespace) -> str:
    if not os.environ.get("QT_QPA_PLATFORM", "").startswith("offscreen"):
        # Offscreen, but keep a screen given as "offscreen:configfile=..." (the window fits
        # itself to the screen, so the size painted depends on it).
        os.environ["QT_QPA_PLATFORM"] = "offscreen"
    from PySide6.QtWidgets import QApplication

    from csp_desktop.app import Appearance, build_context, create_application
    from csp_desktop.core.datadir import resolve_data_dir
    from csp_desktop.settings import Settings
    from csp_desktop.storage.database import open_store
    from csp_desktop.ui.main_window import MainWindow

    app = create_application([])
    location = resolve_data_dir(str(tmp / "gui"), {}, tmp, lambda: tmp)
    location.path.mkdir()
    settings = Settings(location.preferences_file, location.window_state_file)
    Appearance(app, settings).apply_all()
    store = open_store(location.database, location.backups)
    try:
        window = MainWindow(build_context(location, settings, store, tmp / "log.txt"))
        window.show()
        QApplication.processEvents()
        image = window.grab().toImage()
        if image.isNull() or image.width() < 200:
            raise RuntimeError("the main window did not paint")
        areas = window.sidebar.count()
        window.close()
        size = f"{image.width()}x{image.height()}"
        return f"Qt {app.platformName()} started; main window painted {size} with {areas} areas"
    finally:
        store.close()


def check_translations(_: Path, __: argparse.Namespace) -> str:
    from PySide6.QtCore import QTranslator

    from csp_desktop.resources import translations_dir

    translator = QTranslator()
    if not translator.load("csp_desktop_cy", str(translations_dir())):
        raise RuntimeError(f"the Welsh catalogue (csp_desktop_cy.qm) is missing from {translations_dir()}")
    return f"Cymraeg catalogue loads ({translator.translate('MainWindow', '&File')})"


def check_workbooks(_: Path, __: argparse.Namespace) -> str:
    """Excel import needs openpyxl inside the bundle: PyInstaller finds it only by its import."""
    import io

    import openpyxl

    from csp_desktop.core.interchange import read_xlsx

    book = openpyxl.Workbook()
    book.active.append(["Name", "Organisation"])
    book.active.append(["Siân Ŵyn", "Gwent Police"])
    out = io.BytesIO()
    book.save(out)
    table = read_xlsx(out.getvalue(), "self-test.xlsx")
    if table.rows[0].cells != ["Siân Ŵyn", "Gwent Police"]:
        raise RuntimeError(f"a workbook read back wrongly: {table.rows[0].cells}")
    return f"Excel workbooks read (openpyxl {openpyxl.__version__})"


CHECKS: tuple[tuple[str, Check], ...] = (
    ("content", check_content),
    ("geography", check_geography),
    ("database", check_database),
    ("interface", check_gui),
    ("cymraeg", check_translations),
    ("workbooks", check_workbooks),
)


PREFIX = "csp-self-test-"
OWNER_FILE = "owner.pid"
ABANDONED_AFTER = 24 * 3600  # where we cannot ask whether the owner still runs (Windows)


def _owner_gone(folder: Path, now: float) -> bool:
    try:
        pid = int((folder / OWNER_FILE).read_text())
    except (OSError, ValueError):
        return now - folder.stat().st_mtime > 60  # no owner file yet: only if not brand new
    if os.name != "posix":
        return now - folder.stat().st_mtime > ABANDONED_AFTER
    try:
        os.kill(pid, 0)
    except ProcessLookupError:
        return True
    except PermissionError:
        return False  # someone else's running process
    return False


def remove_stale_copies(temp_root: Path | None = None, now: float | None = None) -> list[Path]:
    """Delete the folders (each holding a copy of the user's database) that a self-test
    killed part-way left behind: the copy is personal data and must not linger."""
    import shutil
    import tempfile
    import time

    root = Path(temp_root or tempfile.gettempdir())
    now = time.time() if now is None else now
    removed = []
    me = os.geteuid() if hasattr(os, "geteuid") else None
    for folder in root.glob(PREFIX + "*"):
        try:
            ours = folder.is_dir() and (me is None or folder.stat().st_uid == me)
            if ours and _owner_gone(folder, now):
                shutil.rmtree(folder, ignore_errors=True)
                removed.append(folder)
        except OSError:
            continue
    return removed


def run(args: argparse.Namespace) -> int:
    import tempfile  # imported here: the GUI's start-up never needs them
    import time
    import traceback

    print(f"{APP_NAME} {__version__} self-test")
    for stale in remove_stale_copies():
        print(f"  removed a copy left by an interrupted self-test: {stale}")
    failures = 0
    with tempfile.TemporaryDirectory(prefix=PREFIX) as folder:
        (Path(folder) / OWNER_FILE).write_text(str(os.getpid()))
        for name, check in CHECKS:
            started = time.perf_counter()
            work = Path(folder) / name
            work.mkdir()
            try:
                detail = check(work, args)
                print(f"  ok    {name:<10} {detail} ({(time.perf_counter() - started) * 1000:.0f} ms)")
            except Exception as exc:
                failures += 1
                print(f"  FAIL  {name:<10} {type(exc).__name__}: {exc}")
                if os.environ.get("CSP_DESKTOP_DEBUG"):
                    traceback.print_exc()
    print("self-test passed" if not failures else f"self-test FAILED: {failures} check(s)")
    return 1 if failures else 0
