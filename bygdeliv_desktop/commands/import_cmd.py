"""``bygdeliv import FILE``: show what an exchange file would change, then import it."""

from __future__ import annotations

import argparse
from pathlib import Path

from bygdeliv_desktop.commands._common import add_data_dir, add_trust, data_dir, refuse, verifier

HELP = "importer en utvekslingsfil (viser forhåndsvisning først)"
ACTION_LABELS = {"new": "nye", "changed": "endret", "deleted": "slettet",
                 "unchanged": "uendret", "conflict": "konflikter"}
SIGNATURE_LABELS = {"trusted": "gyldig og klarert", "valid": "gyldig, men ikke klarert"}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="utvekslingsfilen (.bygdeliv)")
    parser.add_argument("--yes", action="store_true", help="importer uten å spørre")
    add_trust(parser)
    add_data_dir(parser)


def describe(preview) -> list[str]:
    """The preview as lines of text (also used by tests)."""
    from bygdeliv_desktop.exchange.merge import ACTIONS

    package, plan = preview.package, preview.plan
    signer = package.signer
    lines = [f"Fil: {package.path.name}  (eksport {plan.export_id}, laget "
             f"{package.manifest.created_at:%Y-%m-%d %H:%M})",
             "Signatur: " + (f"{SIGNATURE_LABELS[signer.status]} – {signer.subject} "
                             f"{signer.organization_id}".rstrip() if signer else "usignert")]
    lines += [f"Butikk: {name}" for _, name in plan.stores]
    for table, counter in plan.counts.items():
        parts = [f"{counter[a]} {ACTION_LABELS[a]}" for a in ACTIONS if counter[a]]
        if parts:
            lines.append(f"  {table}: " + ", ".join(parts))
    for conflict in plan.conflicts:
        side = "denne maskinen" if conflict.winner == "local" else "filen"
        lines.append(f"  Konflikt i {conflict.table} {conflict.record_id}: versjonen fra {side} "
                     "vinner; den andre tas vare på i konfliktlisten")
    if plan.already_imported:
        lines.append("Denne filen er allerede importert – ingenting endres.")
    return lines


def run(args: argparse.Namespace) -> int:
    from bygdeliv_desktop import paths
    from bygdeliv_desktop.db import open_database
    from bygdeliv_desktop.errors import BygdelivError
    from bygdeliv_desktop.exchange.importer import apply_import, preview_import

    database = open_database(paths.database_path(data_dir(args)))
    try:
        preview = preview_import(database, Path(args.file), verifier(args))
        print("\n".join(describe(preview)))
        if preview.plan.already_imported:
            return 0
        if not args.yes and input("Importere? [j/N] ").strip().lower() not in ("j", "ja", "y"):
            print("Avbrutt – ingenting er endret.")
            return 1
        result = apply_import(database, preview)
    except BygdelivError as error:
        return refuse(error)
    finally:
        database.close()
    print(f"Importert. Sikkerhetskopi: {result.backup}")
    return 0
