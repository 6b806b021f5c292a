"""Helpers for the tests that run every command: the leaves of the real parser, an argument list
for each, data folders in the states that used to end in tracebacks."""

from __future__ import annotations

import argparse
import os
import sqlite3
import subprocess
from dataclasses import dataclass, field
from pathlib import Path

from bygdeliv_desktop import app, paths
from bygdeliv_desktop.db import backups, migrate, open_database
from bygdeliv_desktop.services import AppServices

TRACEBACK = "Traceback (most recent call last)"
ENV_PASSPHRASES = ("BYGDELIV_PASSPHRASE", "BYGDELIV_CA_PASSPHRASE", "BYGDELIV_P12_PASSPHRASE")


Chain = list[argparse.ArgumentParser]


def leaves(parser: argparse.ArgumentParser | None = None, path: tuple[str, ...] = (),
           chain: Chain | None = None) -> list[tuple[tuple[str, ...], Chain]]:
    """Every runnable command line (``("backup", "restore")``...) with the parsers from the
    command down to the action, taken from the entry point's parser so a new command or action
    is covered without touching the tests."""
    if parser is None:
        top = app.cli_parser()
        subs = [a for a in top._actions if isinstance(a, argparse._SubParsersAction)]
        return [found for name, sub in subs[0].choices.items()
                for found in leaves(sub, (name,), [sub])]
    subs = [a for a in parser._actions if isinstance(a, argparse._SubParsersAction)]
    if not subs:
        return [(path, chain)]
    return [found for name, sub in subs[0].choices.items()
            for found in leaves(sub, (*path, name), [*chain, sub])]


def takes_data_dir(parser: argparse.ArgumentParser) -> bool:
    return "--data-dir" in parser._option_string_actions


@dataclass
class Place:
    """What one run gets: the data folder, a file to read, where to write, the CA folder."""

    data_dir: Path
    input_file: Path
    out: Path
    ca_dir: Path
    store_id: str = "00000000-0000-0000-0000-000000000000"
    env: dict = field(default_factory=dict)


def argv_for(path: tuple[str, ...], chain: Chain, place: Place) -> list[str]:
    """The command line with every required argument filled in from ``place``, each level's
    options after its own name."""
    argv = []
    for name, parser in zip(path, chain):
        argv.append(name)
        for action in parser._actions:
            if isinstance(action, (argparse._HelpAction, argparse._SubParsersAction)):
                continue
            if not action.option_strings:
                argv.append(str(place.input_file))
            elif action.required:
                value = {"out": place.out, "store_id": place.store_id,
                         "folder": place.ca_dir}.get(action.dest, "Test")
                argv += [action.option_strings[0], str(value)]
    if takes_data_dir(chain[-1]):
        argv += ["--data-dir", str(place.data_dir)]
    return argv


COUNTY_FILE = "fylke.sqlite3"


def database_files(data_dir: Path) -> list[Path]:
    """The store's database and the county's: a broken situation applies to both."""
    return [paths.database_path(data_dir), data_dir / COUNTY_FILE]


def healthy_data(data_dir: Path) -> str:
    """A data folder with one store and one backup (and a county database); returns the store
    id."""
    database = open_database(paths.database_path(data_dir))
    try:
        store = AppServices.for_database(database).stores.create(
            {"name": "Feiltestbutikken", "municipality_code": "3426"})
    finally:
        database.close()
    open_database(data_dir / COUNTY_FILE).close()
    for path in database_files(data_dir):
        sqlite3.connect(path).close()  # WAL folded into the file
        backups.create_backup(path, backups.REASON_MANUAL)
    return store.id


def damage_first_page(database: Path) -> None:
    raw = bytearray(database.read_bytes())
    raw[0:4096] = b"\x00\x13" * 2048
    database.write_bytes(bytes(raw))


def damage_later_pages(database: Path) -> None:
    raw = bytearray(database.read_bytes())
    raw[4096:8192] = b"\x00\x13" * 2048
    database.write_bytes(bytes(raw))


def from_the_future(database: Path) -> None:
    connection = sqlite3.connect(database)
    with connection:
        connection.execute("UPDATE alembic_version SET version_num = '9999_future'")
    connection.close()
    assert "9999_future" not in migrate.KNOWN_REVISIONS


def mount_tmpfs(folder: Path, size: str) -> bool:
    folder.mkdir(parents=True, exist_ok=True)
    if os.geteuid() != 0:
        return False
    return subprocess.run(["mount", "-t", "tmpfs", "-o", f"size={size}", "tmpfs", str(folder)],
                          capture_output=True).returncode == 0


def remount_read_only(folder: Path) -> None:
    subprocess.run(["mount", "-o", "remount,ro", str(folder)], check=True)


def unmount(folder: Path) -> None:
    subprocess.run(["umount", "-l", str(folder)], capture_output=True)


def fill_disk(folder: Path) -> None:
    """Write until the file system has no byte left."""
    fd = os.open(folder / "filler", os.O_WRONLY | os.O_CREAT)
    try:
        for size in (1 << 20, 4096, 1):
            try:
                while True:
                    os.write(fd, b"\x00" * size)
            except OSError:
                continue
    finally:
        os.close(fd)
