"""``csp-desktop content check [DIR]``: validate a content folder for authors."""

from __future__ import annotations

import argparse
from pathlib import Path

from csp_desktop.commands import content_pack
from csp_desktop.resources import content_dir

MAX_WORDS = 2200  # keep in step with core.content.check.MAX_WORDS (a test checks)


def register(subparsers: argparse._SubParsersAction) -> None:
    parser = subparsers.add_parser("content", help="work with learning content")
    actions = parser.add_subparsers(dest="content_command", metavar="ACTION", required=True)
    check = actions.add_parser("check", help="validate a content folder (the bundled one by default)")
    check.add_argument("folder", nargs="?", type=Path, help="content folder to check")
    check.add_argument("--max-words", type=int, default=MAX_WORDS, help="word limit per module")
    check.set_defaults(handler=run)
    content_pack.register(actions)


def run(args: argparse.Namespace) -> int:
    from csp_desktop.core.content.check import check_content  # renders Markdown: load on demand
    from csp_desktop.core.content.sources import source_warnings

    folder = args.folder or content_dir()
    modules, errors = check_content(folder, args.max_words)
    warnings = source_warnings(folder)
    for error in errors:
        print(f"error: {error}")
    for warning in warnings:
        print(f"warning: {warning}")
    english = [m for m in modules if m.meta.language == "en"]
    questions = sum(len(s.questions) for m in english for s in m.sections)
    translations = [m for m in modules if m.meta.language != "en"]
    for module in translations:
        print(f"translation: {module.meta.path.name}: {module.meta.translation or 'no state'}")
    drafts = sum(1 for m in translations if m.meta.is_draft_translation)
    print(
        f"{len(english)} module(s), {questions} question(s), {len(translations)} translation(s) "
        f"({drafts} draft), {len(errors)} problem(s), {len(warnings)} warning(s) in {folder}"
    )
    return 1 if errors else 0
