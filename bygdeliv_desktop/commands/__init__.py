"""Command-line subcommands (``bygdeliv NAME ...``). No Qt here.

Each subcommand is a module with ``HELP`` (one line), ``add_arguments(parser)`` and
``run(args) -> int`` (the exit code). Register it in ``COMMANDS`` below.
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
    "ca": "bygdeliv_desktop.commands.ca",
    "backup": "bygdeliv_desktop.commands.backup",
    "criteria-check": "bygdeliv_desktop.commands.criteria_check",
    "export": "bygdeliv_desktop.commands.export_cmd",
    "import": "bygdeliv_desktop.commands.import_cmd",
    "county": "bygdeliv_desktop.commands.county",
}


def load(name: str) -> ModuleType:
    return importlib.import_module(COMMANDS[name])
