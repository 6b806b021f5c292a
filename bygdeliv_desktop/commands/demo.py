"""``bygdeliv demo``: put the fictional demo store into a data folder and print its id
(for trying the command-line tools, and for the packaging smoke test)."""

from __future__ import annotations

import argparse

from bygdeliv_desktop import paths

HELP = "legg den oppdiktede demobutikken i datamappen og skriv ut id-en"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", help="datamappe (standard: brukerens datamappe)")


def run(args: argparse.Namespace) -> int:
    from pathlib import Path

    from bygdeliv_desktop.db import open_database
    from bygdeliv_desktop.services import AppServices
    from bygdeliv_desktop.services.demo import DEMO_STORE_NAME, create_demo_store

    data_dir = Path(args.data_dir) if args.data_dir else paths.default_data_dir()
    services = AppServices.for_database(open_database(paths.database_path(data_dir)))
    try:
        existing = [s for s in services.stores.list_stores() if s.name == DEMO_STORE_NAME]
        store = existing[0] if existing else create_demo_store(services)
        print(store.id)
    finally:
        services.database.close()
    return 0
