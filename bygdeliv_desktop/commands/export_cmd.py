"""``bygdeliv export``: write one, several or all stores to an exchange file."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bygdeliv_desktop.commands._common import add_data_dir, data_dir, fail, passphrase, refuse

HELP = "eksporter butikker til en utvekslingsfil (.bygdeliv)"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--store", action="append", metavar="ID",
                        help="butikkens id (se «bygdeliv info»); kan gjentas; utelatt = alle")
    parser.add_argument("--out", required=True, help="filen som skal skrives")
    parser.add_argument("--sign-key", help="privat nøkkel (PEM) for signering; er den kryptert "
                        "(som programmets egen signing/key.pem), spørres det etter passordet, "
                        "eller det leses fra BYGDELIV_PASSPHRASE")
    parser.add_argument("--sign-cert", help="sertifikatet som hører til nøkkelen")
    add_data_dir(parser)


def run(args: argparse.Namespace) -> int:
    from bygdeliv_desktop import paths
    from bygdeliv_desktop.db import open_database
    from bygdeliv_desktop.errors import BygdelivError
    from bygdeliv_desktop.exchange.signing import CmsManifestSigner
    from bygdeliv_desktop.exchange.writer import export_file

    if bool(args.sign_key) != bool(args.sign_cert):
        print("Både --sign-key og --sign-cert må oppgis for å signere.")
        return 2
    signer = None
    if args.sign_key:
        try:
            signer = CmsManifestSigner.from_files(
                Path(args.sign_key), Path(args.sign_cert),
                lambda: passphrase("Passord for signeringsnøkkelen: "))
        except (EOFError, KeyboardInterrupt):
            print("Avbrutt – ingen fil er skrevet.", file=sys.stderr)
            return 1
        except BygdelivError as error:
            fail(error)
            print("Ingen fil er skrevet.", file=sys.stderr)
            return 1
    database = open_database(paths.database_path(data_dir(args)))
    try:
        result = export_file(database, Path(args.out), args.store, signer)
    except BygdelivError as error:
        return refuse(error)
    finally:
        database.close()
    counts = ", ".join(f"{name}: {count}" for name, count in result.record_counts.items())
    print(f"Skrev {result.path} ({counts}){' – signert' if result.signed else ''}")
    return 0
