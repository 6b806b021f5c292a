"""Entry point: ``bygdeliv`` starts the GUI; ``bygdeliv COMMAND`` runs a command-line tool."""

from __future__ import annotations

import argparse
import sys

import bygdeliv_desktop
from bygdeliv_desktop import commands


class _VersionAction(argparse.Action):
    """--version, reading the version only when asked (see bygdeliv_desktop.__getattr__)."""

    def __init__(self, option_strings, dest, **kwargs) -> None:
        super().__init__(option_strings, dest, nargs=0, help="vis versjonen og avslutt")

    def __call__(self, parser, namespace, values, option_string=None) -> None:
        print(f"{parser.prog} {bygdeliv_desktop.__version__}")
        parser.exit()


def gui_parser() -> argparse.ArgumentParser:
    parser = argparse.ArgumentParser(
        prog="bygdeliv",
        description="Bygdeliv Desktop – registrering for bygdelivsbutikker. "
                    f"Kommandoer: {', '.join(commands.COMMANDS)} (bygdeliv KOMMANDO --help).")
    parser.add_argument("--version", action=_VersionAction)
    parser.add_argument("--data-dir", help="mappe for databasen (standard: brukerens datamappe; "
                                           "eller miljøvariabelen BYGDELIV_DATA_DIR)")
    parser.add_argument("--demo", action="store_true",
                        help="åpne en oppdiktet demobutikk i en egen demodatabase")
    return parser


def run_command(argv: list[str]) -> int:
    name = argv[0]
    module = commands.load(name)
    parser = argparse.ArgumentParser(prog=f"bygdeliv {name}", description=module.HELP)
    module.add_arguments(parser)
    return module.run(parser.parse_args(argv[1:]))


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    if argv and argv[0] in commands.COMMANDS:
        return run_command(argv)
    args = gui_parser().parse_args(argv)
    from bygdeliv_desktop.ui.application import run_gui  # Qt is imported only for the GUI

    return run_gui(args)
