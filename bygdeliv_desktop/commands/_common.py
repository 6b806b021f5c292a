"""Shared bits of the command-line tools: data dir, passphrases, trust roots, opening the
database, and turning every error into one plain line and a documented exit code.

Exit codes (``bygdeliv --help`` shows the same table)::

    0   done
    1   refused or failed a check: invalid input, missing store, signing identity or
        certificate problem, wrong passphrase, a file that fails ``verify``
    2   wrong use of the command (argparse), a file refused: an exchange file (import/export)
        or a backup (backup restore); ``verify``: intact but the signer is not trusted
    3   ``county import``: some files were refused
    4   the database cannot be used: damaged, not a Bygdeliv database, or from a newer version
    5   the data file is in use: Bygdeliv Desktop has it open (or another program locks it)
    6   disk or permission problem: disk full, read-only folder, no access, missing file or
        folder, I/O error, unsafe data folder (network drive, cloud-synced folder)
    70  unexpected internal error (one line on stderr; the details are in the log file)
    130 interrupted (Ctrl-C)
"""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

from bygdeliv_desktop import error_texts, paths
from bygdeliv_desktop import errors as E

PASSPHRASE_ENV = "BYGDELIV_PASSPHRASE"

EXIT_OK, EXIT_REFUSED, EXIT_USAGE, EXIT_PARTLY = 0, 1, 2, 3
EXIT_DATABASE, EXIT_IN_USE, EXIT_STORAGE = 4, 5, 6
EXIT_INTERNAL, EXIT_INTERRUPTED = 70, 130

EXIT_CODES_HELP = """avslutningskoder:
  0    utført
  1    avvist eller kontroll feilet (ugyldige data, ukjent butikk, signering, feil passord,
       en fil som ikke holder i verify)
  2    feil bruk av kommandoen, en fil avvist: utvekslingsfil (import/export) eller
       sikkerhetskopi (backup restore); verify: uendret men signereren er ikke bekreftet
  3    county import: noen filer ble avvist
  4    databasen kan ikke brukes: skadet, ikke en Bygdeliv-database, eller fra en nyere versjon
  5    datafilen er i bruk: Bygdeliv Desktop har den åpen (eller et annet program låser den)
  6    disk eller tilgang: full disk, skrivebeskyttet mappe, ingen tilgang, fil eller mappe
       mangler, I/O-feil, usikker datamappe (nettverksdisk, skysynkronisert mappe)
  70   uventet feil (én linje på skjermen, detaljene i loggfilen)
  130  avbrutt (Ctrl-C)"""

_EXIT_BY_TYPE: list[tuple[type[E.BygdelivError], int]] = [
    (E.DatabaseLocked, EXIT_IN_USE),
    (E.AnotherInstanceRunning, EXIT_IN_USE),
    (E.DatabaseError, EXIT_DATABASE),
    (E.StorageError, EXIT_STORAGE),
    (E.UnsafeLocation, EXIT_STORAGE),
    (E.InstanceLockFailed, EXIT_STORAGE),
    (E.FileUnreadable, EXIT_STORAGE),
    (E.FileUnwritable, EXIT_STORAGE),
    (E.ExchangeRefused, EXIT_USAGE),
    (E.BackupError, EXIT_USAGE),
]


def exit_code(error: E.BygdelivError) -> int:
    for kind, code in _EXIT_BY_TYPE:
        if isinstance(error, kind):
            return code
    return EXIT_REFUSED


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    # SUPPRESS: a sub-action's own --data-dir must not overwrite one given before the action
    parser.add_argument("--data-dir", default=argparse.SUPPRESS,
                        help="datamappe (standard: brukerens datamappe)")


def data_dir(args: argparse.Namespace) -> Path:
    return Path(args.data_dir) if getattr(args, "data_dir", None) else paths.default_data_dir()


def passphrase(prompt: str, env: str = PASSPHRASE_ENV) -> str:
    """From the environment variable (scripts, tests) or asked for without echo."""
    value = os.environ.get(env)
    return value if value is not None else getpass.getpass(prompt)


def message(error: E.BygdelivError) -> str:
    """The one plain text for ``error`` (the GUI's catalogue, command-line wording), with its
    code in brackets (for scripts and support); a damaged database adds what to do."""
    text = f"{error_texts.error_text(error, cli=True)} [{error.code}]"
    damaged = Path(str(error.params.get("path", "")))
    if isinstance(error, E.DatabaseDamaged) and damaged.name == paths.DATABASE_FILENAME:
        text += "\n" + restore_hint(damaged)  # (``backup restore`` restores the store database)
    return text


def restore_hint(database: Path) -> str:
    """Where the newest good backup is and the command that restores it."""
    from bygdeliv_desktop.db import backups

    try:
        good = backups.newest_good(database)
    except (OSError, E.BygdelivError):
        good = None
    if good is None:
        return error_texts.cli_text("db.damaged.no_backup", folder=backups.backup_dir(database))
    return error_texts.cli_text(
        "db.damaged.restore_hint", folder=good.folder, data_dir=database.parent,
        when=good.created_at.astimezone().strftime("%d.%m.%Y %H:%M"))


def fail(error: E.BygdelivError) -> int:
    """Print ``error`` as one plain message on stderr; return its exit code."""
    print(f"Feil: {message(error)}", file=sys.stderr)
    return exit_code(error)


def refuse(error: E.BygdelivError) -> int:
    """Exchange commands: print a refused file in one line (code and detail); exit code 2.
    Anything else (disk full, database damaged, ...) is told like every other error."""
    if not isinstance(error, E.ExchangeRefused):
        return fail(error)
    print(f"Avvist ({error.code}): {error.detail or error.code}", file=sys.stderr)
    return EXIT_USAGE


def quiet_libraries() -> None:
    # pyHanko logs expected path-building failures (untrusted signer) with tracebacks; the
    # verification result already says it in plain words.
    for name in ("pyhanko", "pyhanko_certvalidator", "fontTools"):
        logging.getLogger(name).setLevel(logging.CRITICAL)


def add_trust(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--trust", action="append", default=[], metavar="SERTIFIKAT",
                        help="rotsertifikat (PEM/DER) som signaturer skal kjedes til; kan gjentas")


def verifier(args: argparse.Namespace):
    from bygdeliv_desktop.exchange.signing import CmsManifestVerifier

    return CmsManifestVerifier([Path(p) for p in args.trust])


@contextmanager
def open_store_database(args: argparse.Namespace, write: bool = False) -> Iterator:
    """The data folder's database, checked the way the GUI checks it before opening.

    Safe folder, not damaged (``quick_check``), ours and not too new. ``write=True`` (and any
    open that must upgrade the schema) first takes the lock the GUI holds while it shows the file,
    so a command never changes a file under an open window; refused with exit code 5.
    """
    from bygdeliv_desktop.db import checks, location, migrate, open_database
    from bygdeliv_desktop.db.database import inspect_file
    from bygdeliv_desktop.db.file_lock import DataFileLock

    database_file = paths.database_path(data_dir(args))
    location.ensure_safe_location(database_file)
    revision = inspect_file(database_file)
    lock = None
    if write or (database_file.exists() and revision != migrate.HEAD_REVISION):
        lock = DataFileLock(database_file)
        lock.acquire()
    try:
        checks.ensure_intact(database_file)
        database = open_database(database_file)
        try:
            yield database
        finally:
            database.close()
    finally:
        if lock is not None:
            lock.release()
