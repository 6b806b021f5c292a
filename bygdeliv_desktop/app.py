"""Entry point: ``bygdeliv`` starts the GUI; ``bygdeliv COMMAND`` runs a command-line tool.

A command never ends in a traceback: every error becomes one plain Norwegian line on stderr
(the GUI's texts, from ``error_texts``) and a documented exit code (``commands/_common.py``,
also shown by ``bygdeliv --help``). An error nobody expected is written to the log file with its
traceback (``crashlog``) and told in one line with exit code 70.
"""

from __future__ import annotations

import argparse
import sys

import bygdeliv_desktop
from bygdeliv_desktop import commands, paths

DATA_DIR = "--data-dir"


class _VersionAction(argparse.Action):
    """--version, reading the version only when asked (see bygdeliv_desktop.__getattr__)."""

    def __init__(self, option_strings, dest, **kwargs) -> None:
        super().__init__(option_strings, dest, nargs=0, help="vis versjonen og avslutt")

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        print(f"{parser.prog} {bygdeliv_desktop.__version__}")
        parser.exit()


def gui_parser() -> argparse.ArgumentParser:
    from bygdeliv_desktop.commands._common import EXIT_CODES_HELP

    parser = argparse.ArgumentParser(
        prog="bygdeliv",
        description="Bygdeliv Desktop – registrering for bygdelivsbutikker. "
                    f"Kommandoer: {', '.join(commands.COMMANDS)} (bygdeliv KOMMANDO --help).",
        epilog=EXIT_CODES_HELP, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument(DATA_DIR, help="mappe for databasen (standard: brukerens datamappe; "
                                       "eller miljøvariabelen BYGDELIV_DATA_DIR)")
    parser.add_argument("--demo", action="store_true",
                        help="åpne en oppdiktet demobutikk i en egen demodatabase")
    return parser


def _parsers(parser: argparse.ArgumentParser) -> list[argparse.ArgumentParser]:
    """``parser`` and every sub-action parser under it."""
    found = [parser]
    for action in parser._actions:  # noqa: SLF001 - argparse has no public walk
        if isinstance(action, argparse._SubParsersAction):  # noqa: SLF001
            for sub in dict.fromkeys(action.choices.values()):
                found += _parsers(sub)
    return found


def _data_dir_everywhere(parser: argparse.ArgumentParser) -> None:
    """A command that takes --data-dir takes it before and after its action alike."""
    tree = _parsers(parser)
    if not any(DATA_DIR in p._option_string_actions for p in tree):  # noqa: SLF001
        return
    for each in tree:
        action = each._option_string_actions.get(DATA_DIR)  # noqa: SLF001
        if action is None:
            each.add_argument(DATA_DIR, default=argparse.SUPPRESS,
                              help="datamappe (standard: brukerens datamappe)")
        else:  # an action's default must not overwrite a value given before the action
            action.default = argparse.SUPPRESS


def command_parser(name: str) -> argparse.ArgumentParser:
    from bygdeliv_desktop.commands._common import EXIT_CODES_HELP

    module = commands.load(name)
    parser = argparse.ArgumentParser(prog=f"bygdeliv {name}", description=module.HELP,
                                     epilog=EXIT_CODES_HELP,
                                     formatter_class=argparse.RawDescriptionHelpFormatter)
    module.add_arguments(parser)
    _data_dir_everywhere(parser)
    return parser


def cli_parser() -> argparse.ArgumentParser:
    """Every command in one parser (``bygdeliv COMMAND ...``): for help and for the tests that
    run every command."""
    parser = gui_parser()
    sub = parser.add_subparsers(dest="command", metavar="KOMMANDO")
    for name in commands.COMMANDS:
        command = command_parser(name)
        sub._name_parser_map[name] = command  # noqa: SLF001 - reuse the command's own parser
        sub.choices[name] = command
    return parser


def run_command(argv: list[str]) -> int:
    from bygdeliv_desktop.commands import _common
    from bygdeliv_desktop.commands import _errors as cli_errors

    cli_errors.safe_output()
    name, database = argv[0], None
    try:
        parser = command_parser(name)
        args = parser.parse_args(argv[1:])
        database = paths.database_path(_common.data_dir(args))
        if not commands.writes(name, getattr(args, "action", None)):
            return commands.load(name).run(args)
        from bygdeliv_desktop.db.file_lock import DataFileLock

        with DataFileLock(database):  # one writer per data file, the GUI included
            return commands.load(name).run(args)
    except SystemExit as stop:  # argparse, --help: their own message and code
        return stop.code if isinstance(stop.code, int) else (0 if stop.code is None else 2)
    except BaseException as exc:  # noqa: BLE001 - the last resort: never a traceback
        return cli_errors.report(exc, argv, database)


def _command_after_data_dir(argv: list[str]) -> list[str] | None:
    """``bygdeliv --data-dir X COMMAND ...`` is ``bygdeliv COMMAND ... --data-dir X``."""
    if argv and argv[0].startswith(DATA_DIR + "=") and len(argv) > 1 \
            and argv[1] in commands.COMMANDS:
        return [argv[1], *argv[2:], argv[0]]
    if len(argv) > 2 and argv[0] == DATA_DIR and argv[2] in commands.COMMANDS:
        return [argv[2], *argv[3:], DATA_DIR, argv[1]]
    return None


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    argv = _command_after_data_dir(argv) or argv
    if argv and argv[0] in commands.COMMANDS:
        return run_command(argv)
    args = gui_parser().parse_args(argv)
    from bygdeliv_desktop.ui.application import run_gui  # Qt is imported only for the GUI

    return run_gui(args)
