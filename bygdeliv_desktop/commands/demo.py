"""``bygdeliv demo``: put the fictional demo store into a data folder and print its id
(for trying the command-line tools, and for the packaging smoke test).

The store is made in one transaction (a full disk leaves no half-made store), and only while
Bygdeliv Desktop does not have the file open.
"""

from __future__ import annotations

import argparse

from bygdeliv_desktop.commands import _common

HELP = "legg den oppdiktede demobutikken i datamappen og skriv ut id-en"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    _common.add_data_dir(parser)


def run(args: argparse.Namespace) -> int:
    from bygdeliv_desktop.services import AppServices
    from bygdeliv_desktop.services.demo import DEMO_STORE_NAME, create_demo_store

    with _common.open_store_database(args, write=True) as database:
        services = AppServices.for_database(database)
        existing = [s for s in services.stores.list_stores() if s.name == DEMO_STORE_NAME]
        store = existing[0] if existing else create_demo_store(services)
    print(store.id)
    return 0
