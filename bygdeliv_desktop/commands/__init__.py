"""Command-line subcommands (``bygdeliv NAME ...``). No Qt here.

Each subcommand is a module with ``HELP`` (one line), ``add_arguments(parser)`` and
``run(args) -> int`` (the exit code). Register it in ``COMMANDS`` below, and in ``WRITERS`` if
it changes the store's database (the entry point then takes the data file's lock for it).
"""

from __future__ import annotations

import importlib
from types import ModuleType

# name -> module path; imported only when that command runs, so the GUI starts fast.
COMMANDS: dict[str, str] = {
    "info": "bygdeliv_desktop.commands.info",
    "demo": "bygdeliv_desktop.commands.demo",
    "signing": "bygdeliv_desktop.commands.signing",
    "report": "bygdeliv_desktop.commands.report",
    "verify": "bygdeliv_desktop.commands.verify",
    "countersign": "bygdeliv_desktop.commands.countersign",
    "ca": "bygdeliv_desktop.commands.ca",
    "backup": "bygdeliv_desktop.commands.backup",
    "criteria-check": "bygdeliv_desktop.commands.criteria_check",
    "export": "bygdeliv_desktop.commands.export_cmd",
    "import": "bygdeliv_desktop.commands.import_cmd",
    "county": "bygdeliv_desktop.commands.county",
}


# Commands (or their actions) that change the store's database. They run only while nobody else
# holds the data file's lock: never under an open Bygdeliv Desktop window (exit code 5).
# None = every action of the command.
WRITERS: dict[str, frozenset[str] | None] = {
    "demo": None,
    "import": None,
    "backup": frozenset({"restore"}),
}


def writes(name: str, action: str | None) -> bool:
    if name not in WRITERS:
        return False
    actions = WRITERS[name]
    return actions is None or action in actions


def load(name: str) -> ModuleType:
    return importlib.import_module(COMMANDS[name])
