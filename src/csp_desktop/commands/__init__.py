"""Headless subcommands. Each module has ``register(subparsers)`` which adds its parser and
sets ``handler`` to a function taking the parsed args and returning an exit code."""

from __future__ import annotations

from csp_desktop.commands import content_check, interchange, record, search, self_test, setup

COMMANDS = (self_test, content_check, record, setup, interchange, search)
