"""``bygdeliv info``: where the data lives and what it holds."""

from __future__ import annotations

import argparse
import sys

from bygdeliv_desktop import __version__, paths
from bygdeliv_desktop.domain.text import printable

HELP = "vis versjon, datamappe og butikker"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", help="datamappe (standard: brukerens datamappe)")


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from bygdeliv_desktop.db import open_database
    from bygdeliv_desktop.services import AppServices

    # Names and paths as the terminal can show them: escapes for control characters (a name
    # with ESC [2J must not clear the screen), undecodable bytes and letters it cannot encode.
    def show(value: object) -> str:
        return printable(value, getattr(sys.stdout, "encoding", None) or "utf-8")

    data_dir = Path(args.data_dir) if args.data_dir else paths.default_data_dir()
    database_file = paths.database_path(data_dir)
    print(f"Bygdeliv Desktop {__version__}")
    print(f"Database: {show(database_file)}")
    services = AppServices.for_database(open_database(database_file))
    try:
        for store in services.stores.list_stores(include_archived=True):
            print(f"  {store.id}  {show(store.name)}{'  (arkivert)' if store.archived else ''}")
    finally:
        services.database.close()
    return 0
