"""``csp-desktop record --pdf FILE | --csv FILE``: export the induction record headless."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("record", help="export the induction record (PDF or CSV)")
    parser.add_argument("--pdf", type=Path, metavar="FILE", help="write the record as a PDF")
    parser.add_argument("--csv", type=Path, metavar="FILE", help="write the record as CSV for Excel")
    parser.set_defaults(handler=run)


def run(args: argparse.Namespace) -> int:
    if not args.pdf and not args.csv:
        print("record: say where to write it, with --pdf FILE and/or --csv FILE", file=sys.stderr)
        return 2
    from csp_desktop import settings as S
    from csp_desktop.core.content.catalogue import load_catalogue
    from csp_desktop.core.development import filled
    from csp_desktop.core.record import build_record, record_csv, record_html, without_reflections
    from csp_desktop.locations import data_location
    from csp_desktop.resources import activate_installed_content, content_dir
    from csp_desktop.storage.database import StorageError, open_store
    from csp_desktop.storage.development import DevelopmentRepository
    from csp_desktop.storage.progress import ProgressRepository

    location = data_location(args.data_dir)
    activate_installed_content(location.path)
    if not location.database.exists():
        print(
            f"record: no data yet in {location.path}: open CSP Desktop and start a module first",
            file=sys.stderr,
        )
        return 1
    os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
    from PySide6.QtWidgets import QApplication

    app = QApplication.instance() or QApplication([sys.argv[0]])
    from csp_desktop.settings import Settings

    settings = Settings(location.preferences_file, location.window_state_file)
    try:
        store = open_store(location.database, location.backups)
    except StorageError as exc:
        print(f"record: {exc}", file=sys.stderr)
        return 1
    try:
        from csp_desktop.core.geography import load_geography
        from csp_desktop.resources import data_file

        geography = load_geography(data_file("wales-geography.toml"))
        council = geography.find(settings.get(S.COUNCIL))
        record = build_record(
            load_catalogue(content_dir(), settings.get(S.LANGUAGE)),
            ProgressRepository(store).load_all(),
            settings.get(S.COUNCILLOR_NAME),
            council.display_name(settings.get(S.LANGUAGE)) if council else "",
            development=filled(DevelopmentRepository(store).load()),
        )
    finally:
        store.close()
    if not settings.get(S.INCLUDE_REFLECTIONS):  # as chosen on the Progress page
        record = without_reflections(record)
    try:
        if args.csv:
            args.csv.write_bytes(record_csv(record))
            print(f"wrote {args.csv}")
        if args.pdf:
            from csp_desktop.printing import write_pdf

            write_pdf(record_html(record), args.pdf, "Community safety induction record")
            print(f"wrote {args.pdf}")
    except OSError as exc:
        print(f"record: cannot write: {exc.strerror or exc} ({exc.filename or ''})", file=sys.stderr)
        return 1
    finally:
        del app
    return 0
