"""``bygdeliv signing new|request|import|p12|status``: the store's signing identity."""

from __future__ import annotations

import argparse
from pathlib import Path

from bygdeliv_desktop.commands import _common
from bygdeliv_desktop.errors import BygdelivError

HELP = "signeringsnøkkel: lag ny, skriv sertifikatforespørsel, importer sertifikat eller .p12"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    _common.add_data_dir(parser)
    sub = parser.add_subparsers(dest="action", required=True)
    new = sub.add_parser("new", help="lag RSA-3072-nøkkel og midlertidig selvutstedt sertifikat")
    for p in (new, sub.add_parser("p12", help="bruk et eksisterende virksomhetssertifikat (.p12)")):
        p.add_argument("--name", required=True, dest="name")
        p.add_argument("--role", required=True, dest="role")
        p.add_argument("--store", required=True, dest="store")
        p.add_argument("--orgnr", default="", dest="org_number")
    new.add_argument("--replace", action="store_true", dest="replace", help="erstatt eksisterende nøkkel")
    sub.choices["p12"].add_argument("file", type=Path)
    request = sub.add_parser("request", help="skriv sertifikatforespørsel (.csr) til fylket")
    request.add_argument("--out", type=Path, required=True, dest="out")
    imp = sub.add_parser("import", help="importer sertifikatet fra fylket")
    imp.add_argument("certificate", type=Path)
    imp.add_argument("--ca", type=Path, help="fylkets CA-sertifikat, om det ikke ligger i filen")
    sub.add_parser("status", help="vis hvilket sertifikat som brukes")


def run(args: argparse.Namespace) -> int:
    from bygdeliv_desktop.signing.certs import SignerProfile
    from bygdeliv_desktop.signing.identity import SOURCE_SELF_SIGNED, SigningIdentity

    identity = SigningIdentity.in_data_dir(_common.data_dir(args))
    try:
        if args.action == "new":
            profile = SignerProfile(args.name, args.role, args.store, args.org_number)
            identity.create(profile, _common.passphrase("Nytt passord for nøkkelen: "), args.replace)
        elif args.action == "p12":
            profile = SignerProfile(args.name, args.role, args.store, args.org_number)
            identity.import_p12(args.file, _common.passphrase("Passord for .p12-filen: ",
                                                             "BYGDELIV_P12_PASSPHRASE"),
                                profile, _common.passphrase("Passord for nøkkelen: "))
        elif args.action == "request":
            identity.write_request(args.out, _common.passphrase("Passord for nøkkelen: "))
            print(f"Sertifikatforespørsel skrevet til {args.out}. Send den til fylkeskommunen.")
        elif args.action == "import":
            identity.import_certificate(args.certificate, args.ca)
        status = identity.status()
    except BygdelivError as error:
        return _common.fail(error)
    print(f"Sertifikat: {status.subject}")
    print(f"Utsteder:   {status.issuer}")
    print(f"Gyldig til: {status.not_after:%d.%m.%Y}")
    print(f"Fingeravtrykk (SHA-256): {status.fingerprint}")
    if status.source == SOURCE_SELF_SIGNED:
        print("Merk: selvutstedt sertifikat – ikke bekreftet av fylkeskommunen ennå.")
    return 0
