"""``csp-desktop import FILE [--dry-run]`` and ``csp-desktop export --format F FILE``."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path


def register(subparsers: argparse._SubParsersAction) -> None:
    importer = subparsers.add_parser("import", help="import contacts (CSV, Excel .xlsx, vCard) or a CSP pack")
    importer.add_argument("file", type=Path)
    importer.add_argument("--sheet", help="for an Excel workbook: the sheet to read (default: the first)")
    importer.add_argument("--dry-run", action="store_true", help="show what would change, change nothing")
    importer.add_argument(
        "--prefer",
        choices=("local", "pack"),
        help="for a CSP pack: which side wins where you and the pack both changed a record",
    )
    importer.set_defaults(handler=run_import)
    exporter = subparsers.add_parser("export", help="export the CSP record")
    exporter.add_argument("--format", required=True, choices=("csv", "vcard", "pack"))
    exporter.add_argument("file", type=Path)
    exporter.set_defaults(handler=run_export)


def run_import(args: argparse.Namespace) -> int:
    from csp_desktop.commands.common import open_user_store
    from csp_desktop.core.interchange import ImportProblem, ImportProblems
    from csp_desktop.storage.database import StorageError
    from csp_desktop.storage.directory import DirectoryRepository
    from csp_desktop.storage.interchange import apply_import, prepare_import

    opened = open_user_store(args, "import")
    if opened is None:
        return 1
    store = opened[1]
    repo = DirectoryRepository(store)
    try:
        try:
            prepared = prepare_import(args.file, repo, sheet=args.sheet)
        except ImportProblems as exc:
            for problem in exc.problems:
                print(f"import: {problem}", file=sys.stderr)
            print("import: nothing was changed", file=sys.stderr)
            return 1
        except ImportProblem as exc:
            print(f"import: {exc}\nimport: nothing was changed", file=sys.stderr)
            return 1
        print(f"{args.file.name}: {prepared.summary}")
        for warning in prepared.warnings:
            print(f"warning: {warning}")
        conflicts = prepared.conflicts
        for conflict in conflicts:
            print(
                f"conflict: {type(conflict.local).__name__.lower()} {getattr(conflict.local, 'name', '')!s}"
                " was changed both by you and in the pack"
            )
        if args.dry_run:
            print("dry run: nothing was changed")
            return 0
        if conflicts and not args.prefer:
            print(
                "import: decide the conflicts in the app, or pass --prefer local|pack; nothing was changed",
                file=sys.stderr,
            )
            return 1
        choices = {c.local.id: args.prefer for c in conflicts}
        try:
            saved = apply_import(prepared, repo, choices)
        except StorageError as exc:
            print(f"import: {exc}", file=sys.stderr)
            return 1
        print(f"imported: {saved} records saved")
        return 0
    finally:
        store.close()


def run_export(args: argparse.Namespace) -> int:
    from csp_desktop.commands.common import open_user_store
    from csp_desktop.storage.directory import DirectoryRepository
    from csp_desktop.storage.interchange import export_bytes, write_atomically

    opened = open_user_store(args, "export")
    if opened is None:
        return 1
    store = opened[1]
    repo = DirectoryRepository(store)
    from csp_desktop.storage.interchange import export_problems

    try:
        data = export_bytes(args.format, repo)
        for warning in export_problems(args.format, repo, data):
            print(f"export: warning: {warning} (this file may not import back)", file=sys.stderr)
        write_atomically(args.file, data)
    except OSError as exc:
        print(f"export: cannot write {args.file}: {exc.strerror or exc}", file=sys.stderr)
        return 1
    finally:
        store.close()
    print(f"wrote {args.file}")
    return 0
