"""Small helpers the exchange commands share: open the database, build a verifier, show errors."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from bygdeliv_desktop import paths
from bygdeliv_desktop.errors import BygdelivError


def add_data_dir(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--data-dir", help="datamappe (standard: brukerens datamappe)")


def data_dir(args: argparse.Namespace) -> Path:
    return Path(args.data_dir) if args.data_dir else paths.default_data_dir()


def add_trust(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("--trust", action="append", default=[], metavar="SERTIFIKAT",
                        help="rotsertifikat (PEM/DER) som signaturer skal kjedes til; kan gjentas")


def verifier(args: argparse.Namespace):
    from bygdeliv_desktop.exchange.signing import CmsManifestVerifier

    return CmsManifestVerifier([Path(p) for p in args.trust])


def fail(error: BygdelivError) -> int:
    """Print a refusal in one line (code and detail) and return the exit code."""
    print(f"Avvist ({error.code}): {error.detail or error.code}", file=sys.stderr)
    return 2
