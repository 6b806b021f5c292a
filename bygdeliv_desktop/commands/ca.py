"""``bygdeliv ca init|issue``: the county's small offline CA for the pilot (files only)."""

from __future__ import annotations

import argparse
from pathlib import Path

from bygdeliv_desktop.commands import _common
from bygdeliv_desktop.errors import BygdelivError

HELP = "fylkets signerings-CA: lag CA (init) eller utsted sertifikat fra en forespørsel (issue)"
CA_PASSPHRASE_ENV = "BYGDELIV_CA_PASSPHRASE"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--dir", type=Path, required=True, dest="folder", help="CA-mappen")
    sub = parser.add_subparsers(dest="action", required=True)
    init = sub.add_parser("init", help="lag CA-nøkkel og rotsertifikat (ca.pem)")
    init.add_argument("--name", default="Innlandet fylkeskommune", dest="name")
    issue = sub.add_parser("issue", help="utsted sertifikat for en butikks forespørsel")
    issue.add_argument("request", type=Path, help="forespørselen (.csr) fra butikken")
    issue.add_argument("--out", type=Path, required=True, dest="out",
                       help="fil som sendes tilbake (sertifikat + CA-sertifikat)")
    issue.add_argument("--days", type=int, default=3 * 365, dest="days")


def run(args: argparse.Namespace) -> int:
    from bygdeliv_desktop.signing import certs
    from bygdeliv_desktop.signing.ca import CountyCA

    ca = CountyCA(args.folder)
    secret = _common.passphrase("Passord for CA-nøkkelen: ", CA_PASSPHRASE_ENV)
    try:
        if args.action == "init":
            cert = ca.init(args.name, secret)
            print(f"CA laget i {args.folder}. Del {ca.cert_file} med dem som skal kontrollere PDF-er.")
        else:
            cert = ca.issue(args.request, args.out, secret, args.days)
            print(f"Sertifikat utstedt til {cert.subject.rfc4514_string()}; skrevet til {args.out}.")
    except BygdelivError as error:
        return _common.fail(error)
    print(f"Fingeravtrykk (SHA-256): {certs.fingerprint(cert)}")
    return 0
