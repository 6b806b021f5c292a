"""``bygdeliv report --store ID --out FILE.pdf``: the signed PDF/A summary for the county."""

from __future__ import annotations

import argparse
import datetime as dt
import sys
from pathlib import Path

from bygdeliv_desktop.commands import _common
from bygdeliv_desktop.errors import BygdelivError

HELP = "lag signert sammendrag (PDF/A) til fylkeskommunen"


def add_arguments(parser: argparse.ArgumentParser) -> None:
    _common.add_data_dir(parser)
    parser.add_argument("--store", required=True, dest="store_id", help="butikkens id (se bygdeliv info)")
    parser.add_argument("--out", type=Path, required=True, dest="out")
    parser.add_argument("--from", type=dt.date.fromisoformat, dest="start", help="ÅÅÅÅ-MM-DD")
    parser.add_argument("--to", type=dt.date.fromisoformat, dest="end", help="ÅÅÅÅ-MM-DD")
    parser.add_argument("--language", choices=("nb", "nn"), default="nb",
                        help="målform i sammendraget: nb (bokmål, standard) eller nn (nynorsk)")


def run(args: argparse.Namespace) -> int:
    from bygdeliv_desktop.report.assessment_input import assessment_inputs
    from bygdeliv_desktop.report.produce import ReportRequest, produce_report
    from bygdeliv_desktop.services import AppServices
    from bygdeliv_desktop.signing.identity import SigningIdentity

    _common.quiet_libraries()
    folder = _common.data_dir(args)
    end = args.end or dt.date.today()
    period = (args.start, end) if args.start else None
    if args.start and args.start > end:
        print("Feil: --from er etter --to.", file=sys.stderr)
        return _common.EXIT_REFUSED
    try:
        with _common.open_store_database(args) as database:
            services = AppServices.for_database(database)
            request = ReportRequest(args.store_id, period,
                                    *assessment_inputs(services, args.store_id, args.language),
                                    language=args.language)
            produce_report(services, request, SigningIdentity.in_data_dir(folder),
                           _common.passphrase("Passord for signeringsnøkkelen: "), args.out)
    except BygdelivError as error:
        return _common.fail(error)
    print(f"Signert sammendrag skrevet til {args.out}")
    return 0
