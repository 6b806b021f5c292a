"""``bygdeliv backup list|create|restore FILE``: backups from the command line."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bygdeliv_desktop import paths
from bygdeliv_desktop.commands import _common

HELP = "vis, lag eller gjenopprett sikkerhetskopier"

_REASONS = {"daily": "daglig", "manual": "manuell", "before-import": "før import",
            "before-restore": "før gjenoppretting"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    _common.add_data_dir(parser)
    actions = parser.add_subparsers(dest="action", required=True, metavar="HANDLING")
    actions.add_parser("list", help="vis sikkerhetskopiene, nyeste først")
    actions.add_parser("create", help="lag en sikkerhetskopi nå")
    restore = actions.add_parser("restore", help="gjenopprett fra en sikkerhetskopi")
    restore.add_argument("file", metavar="FIL",
                         help="sikkerhetskopimappe, dens manifest.json eller en .sqlite3-fil")


def _describe_reason(reason: str) -> str:
    if reason.startswith("before-migration"):
        return "før oppgradering " + reason.removeprefix("before-migration").strip("-")
    return _REASONS.get(reason, reason)


def _list(database: Path) -> int:
    from bygdeliv_desktop.db import backups
    from bygdeliv_desktop.errors import FileNotFolder

    folder = backups.backup_dir(database)
    if folder.exists() and not folder.is_dir():
        raise FileNotFolder(str(folder), path=str(folder), reason="")
    found = backups.list_backups(database)
    print(f"Sikkerhetskopier i {backups.backup_dir(database)}:")
    if not found:
        print("  (ingen)")
    for info in found:
        when = info.created_at.astimezone().strftime("%Y-%m-%d %H:%M")
        state = "" if info.integrity_ok else "  SKADET"
        print(f"  {when}  {_describe_reason(info.reason):<24} {info.size / 1e6:7.1f} MB  "
              f"{len(info.attachments):4d} vedlegg  {info.folder.name}{state}")
    return 0


def _create(database: Path) -> int:
    from bygdeliv_desktop.db import backups
    from bygdeliv_desktop.db.database import inspect_file

    if not database.is_file():
        print(f"Fant ingen database i {database.parent}.", file=sys.stderr)
        return _common.EXIT_STORAGE
    inspect_file(database)  # ours and not too new (a damaged one is backed up as it is)
    info = backups.create_backup(database, backups.REASON_MANUAL)
    print(f"Sikkerhetskopi laget: {info.folder}")
    return 0


def _restore(database: Path, source: Path) -> int:
    from bygdeliv_desktop.db import location
    from bygdeliv_desktop.db.file_lock import DataFileLock
    from bygdeliv_desktop.db.restore import restore_backup

    location.ensure_safe_location(database)
    with DataFileLock(database):  # never under an open Bygdeliv Desktop window
        result = restore_backup(database, source)
    print(f"Gjenopprettet fra {result.restored_from}.")
    if result.previous is not None:
        print(f"Databasen slik den var, er tatt vare på i {result.previous.folder}.")
    if result.attachments_copied:
        print(f"{result.attachments_copied} vedlegg ble lagt tilbake.")
    return 0


def run(args: argparse.Namespace) -> int:
    from bygdeliv_desktop.errors import BygdelivError

    database = paths.database_path(_common.data_dir(args))
    try:
        if args.action == "list":
            return _list(database)
        if args.action == "create":
            return _create(database)
        return _restore(database, Path(args.file))
    except BygdelivError as error:
        return _common.fail(error)
