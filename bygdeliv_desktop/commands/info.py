"""``bygdeliv info``: where the data lives and what it holds.

The file is checked (``quick_check``) before anything is listed: a damaged database is an error
(exit code 4) that names the newest good backup and the command that restores it.
"""

from __future__ import annotations

import argparse
import sys

from bygdeliv_desktop import __version__, paths
from bygdeliv_desktop.commands import _common
from bygdeliv_desktop.domain.text import printable

HELP = "vis versjon, datamappe og butikker"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    _common.add_data_dir(parser)


def run(args: argparse.Namespace) -> int:
    from bygdeliv_desktop.services import AppServices

    # Names and paths as the terminal can show them: escapes for control characters (a name
    # with ESC [2J must not clear the screen), undecodable bytes and letters it cannot encode.
    def show(value: object) -> str:
        return printable(value, getattr(sys.stdout, "encoding", None) or "utf-8")

    print(f"Bygdeliv Desktop {__version__}")
    print(f"Database: {show(paths.database_path(_common.data_dir(args)))}")
    with _common.open_store_database(args) as database:
        services = AppServices.for_database(database)
        for store in services.stores.list_stores(include_archived=True):
            print(f"  {store.id}  {show(store.name)}{'  (arkivert)' if store.archived else ''}")
    return 0
