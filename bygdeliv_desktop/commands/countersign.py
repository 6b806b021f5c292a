"""``bygdeliv countersign IN.pdf --out OUT.pdf``: the consultant countersigns a signed summary.

The consultant's own signing identity (``bygdeliv signing new --role Konsulent`` in the
consultant's data folder, certificate from the county CA) signs the summary's empty field
"Bekreftet av konsulent" incrementally; the store's certification signature stays valid.
Exit code 1 (nothing written) when the file does not hold, has no empty field or is already
countersigned, or on a wrong passphrase.
"""

from __future__ import annotations

import argparse
from pathlib import Path

from bygdeliv_desktop.commands import _common

HELP = "kontrasigner et signert sammendrag som konsulent"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    _common.add_data_dir(parser)
    parser.add_argument("file", type=Path, help="det signerte sammendraget (PDF)")
    parser.add_argument("--out", type=Path, required=True, dest="out",
                        help="hvor det kontrasignerte sammendraget skrives")


def run(args: argparse.Namespace) -> int:
    from bygdeliv_desktop.atomic import write_atomic
    from bygdeliv_desktop.errors import BygdelivError
    from bygdeliv_desktop.signing.countersign import countersign_pdf
    from bygdeliv_desktop.signing.identity import SigningIdentity

    _common.quiet_libraries()
    try:
        data = args.file.read_bytes()
    except OSError as error:
        print(f"Feil: kan ikke lese {args.file}: {error.strerror}")
        return _common.EXIT_STORAGE
    try:
        identity = SigningIdentity.in_data_dir(_common.data_dir(args))
        loaded = identity.load(_common.passphrase("Passord for signeringsnøkkelen: "))
        signed = countersign_pdf(data, loaded)
        write_atomic(args.out, signed)
    except BygdelivError as error:
        return _common.fail(error)
    print(f"Kontrasignert av {loaded.profile.name} ({loaded.profile.role}); skrevet til {args.out}")
    return _common.EXIT_OK
