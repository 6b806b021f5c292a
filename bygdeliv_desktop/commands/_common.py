"""Shared bits of the command-line tools: data dir, passphrases, trust roots, error text."""

from __future__ import annotations

import argparse
import getpass
import logging
import os
import sys
from pathlib import Path

from bygdeliv_desktop import paths
from bygdeliv_desktop.errors import BygdelivError

PASSPHRASE_ENV = "BYGDELIV_PASSPHRASE"

MESSAGES = {
    "signing.no_identity": "Ingen signeringsidentitet finnes ennå. Lag en med «bygdeliv signing new».",
    "signing.identity_exists": "Det finnes allerede en nøkkel her; den blir ikke overskrevet.",
    "signing.wrong_passphrase": "Feil passord (eller passordet er kortere enn 8 tegn).",
    "signing.certificate_mismatch": "Sertifikatet hører ikke til denne nøkkelen.",
    "signing.certificate_expired": "Sertifikatet er utløpt eller ennå ikke gyldig.",
    "signing.certificate_invalid": "Sertifikatet eller forespørselen kan ikke brukes.",
    "report.error": "Rapporten kunne ikke lages.",
    "not_found": "Fant ikke butikken.",
    "validation": "Ugyldige data.",
}


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", help="datamappe (standard: brukerens datamappe)")


def data_dir(args: argparse.Namespace) -> Path:
    return Path(args.data_dir) if getattr(args, "data_dir", None) else paths.default_data_dir()


def passphrase(prompt: str, env: str = PASSPHRASE_ENV) -> str:
    """From the environment variable (scripts, tests) or asked for without echo."""
    value = os.environ.get(env)
    return value if value is not None else getpass.getpass(prompt)


def fail(error: BygdelivError) -> int:
    text = MESSAGES.get(error.code, error.code)
    print(f"Feil: {text}" + (f" ({error.detail})" if error.detail else ""), file=sys.stderr)
    return 1


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


def refuse(error: BygdelivError) -> int:
    """Exchange commands: print a refused file in one line (code and detail); exit code 2."""
    print(f"Avvist ({error.code}): {error.detail or error.code}", file=sys.stderr)
    return 2
