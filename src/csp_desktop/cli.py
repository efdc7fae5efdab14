"""Command line: ``csp-desktop [--data-dir DIR] [COMMAND ...]``.

With no command the GUI starts. Subcommands live in ``csp_desktop.commands`` and never
import the widgets unless they need them, so they stay quick and work without a display.
"""

from __future__ import annotations

import argparse
import sys

from csp_desktop import APP_NAME, __version__
from csp_desktop.commands import COMMANDS
from csp_desktop.core.datadir import ENV_VAR


def build_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="csp-desktop",
        description=f"{APP_NAME}: community safety induction and CSP contacts for councillors in Wales.",
        epilog=f"The data folder can also be set with the {ENV_VAR} environment variable.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="keep data in DIR instead of the usual folder")
    parser.add_argument("--quit-after-paint", action="store_true", help=argparse.SUPPRESS)
    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for command in COMMANDS:
        command.register(commands)
    return parser


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser()
    args, rest = parser.parse_known_args(argv)
    if args.command:
        if rest:
            parser.error(f"unrecognised arguments: {' '.join(rest)}")
        return args.handler(args)
    from csp_desktop.app import run_gui  # the widgets load only when the GUI is wanted

    return run_gui(args, rest)
