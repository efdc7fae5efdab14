"""Command line: ``csp-desktop [--data-dir DIR] [COMMAND ...]``.

With no command the GUI starts. Subcommands live in ``csp_desktop.commands`` and never
import the widgets unless they need them, so they stay quick and work without a display.
The GUI's start-up, in turn, never imports the commands: their parsers are built only when
the command line names one of them (or asks for help).
"""

from __future__ import annotations

import argparse
import sys

from csp_desktop import APP_NAME, __version__
from csp_desktop.core.datadir import ENV_VAR

# Every command's name, so a GUI start can tell it needs none of them without importing them.
COMMAND_NAMES = frozenset({"self-test", "content", "record", "setup", "import", "export", "search"})


def build_parser(with_commands: bool = True) -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="csp-desktop",
        description=f"{APP_NAME}: community safety induction and CSP contacts for councillors in Wales.",
        epilog=f"The data folder can also be set with the {ENV_VAR} environment variable.",
    )
    parser.add_argument("--version", action="version", version=f"{APP_NAME} {__version__}")
    parser.add_argument("--data-dir", metavar="DIR", help="keep data in DIR instead of the usual folder")
    parser.add_argument("--quit-after-paint", action="store_true", help=argparse.SUPPRESS)
    if not with_commands:
        parser.set_defaults(command=None)
        return parser
    from csp_desktop.commands import COMMANDS

    commands = parser.add_subparsers(dest="command", metavar="COMMAND", title="commands")
    for command in COMMANDS:
        command.register(commands)
    return parser


def names_a_command(argv: list[str]) -> bool:
    """True when any argument could be a command or a request for help.

    A data folder that happens to be called "search" only costs the full parser here; the
    parse itself then decides exactly as it always did.
    """
    return any(arg in COMMAND_NAMES or arg in ("-h", "--help") for arg in argv)


def main(argv: list[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else argv
    parser = build_parser(with_commands=names_a_command(argv))
    args, rest = parser.parse_known_args(argv)
    if args.command:
        if rest:
            parser.error(f"unrecognised arguments: {' '.join(rest)}")
        return args.handler(args)
    from csp_desktop.app import run_gui  # the widgets load only when the GUI is wanted

    return run_gui(args, rest)
