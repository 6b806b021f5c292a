"""``bygdeliv import FILE``: show what an exchange file would change, then import it."""

from __future__ import annotations

import argparse
from pathlib import Path

from bygdeliv_desktop.commands._common import add_data_dir, data_dir, quiet_libraries, refuse

HELP = "importer en utvekslingsfil (viser forhåndsvisning først)"
ACTION_LABELS = {"new": "nye", "changed": "endret", "deleted": "slettet",
                 "unchanged": "uendret", "conflict": "konflikter"}
SIGNATURE_LABELS = {"trusted": "gyldig og klarert", "valid": "gyldig, men ikke klarert"}
TRUST_HELP = ("rotsertifikat (PEM/DER) signaturen skal kjedes til; kan gjentas. Med --trust "
              "godtas bare filer signert av en klarert utsteder for butikkene i filen: usignerte "
              "filer og andre underskrivere avvises")


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", help="utvekslingsfilen (.bygdeliv)")
    parser.add_argument("--yes", action="store_true", help="importer uten å spørre")
    parser.add_argument("--trust", action="append", default=[], metavar="SERTIFIKAT",
                        help=TRUST_HELP)
    add_data_dir(parser)


def signer_lines(signer) -> list[str]:
    """Who signed, and whether the certificate may speak for the stores in the file."""
    from bygdeliv_desktop.exchange.signing import ADVISER, OTHER_ORG

    if signer is None:
        return ["Signatur: usignert"]
    org = f", org.nr. {signer.org_number}" if signer.org_number else ""
    lines = [f"Signatur: {SIGNATURE_LABELS[signer.status]} – {signer.subject}{org}"]
    if signer.stores == ADVISER:
        lines.append(f"  Underskriveren signerer som konsulent/fylke ({signer.role}), ikke som "
                     "butikkens egen.")
    elif signer.stores == OTHER_ORG:
        stores = ", ".join(org or "uten org.nr." for org in signer.store_orgs) or "–"
        lines.append(f"  Advarsel: sertifikatet tilhører org.nr. {signer.org_number or 'ukjent'}, "
                     f"ikke butikken(e) i filen ({stores}). Signaturen bekrefter ikke hvem "
                     "dataene kommer fra.")
    return lines


def describe(preview) -> list[str]:
    """The preview as lines of text (also used by tests)."""
    from bygdeliv_desktop.exchange.merge import ACTIONS

    package, plan = preview.package, preview.plan
    lines = [f"Fil: {package.path.name}  (eksport {plan.export_id}, laget "
             f"{package.manifest.created_at:%Y-%m-%d %H:%M})"]
    lines += signer_lines(package.signer)
    names = dict(plan.stores)
    lines += [f"Butikk: {names.get(store_id, store_id)}" for store_id in
              (package.store_ids or [store_id for store_id, _ in plan.stores])]
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
    from bygdeliv_desktop.exchange.signing import CmsManifestVerifier

    quiet_libraries()  # the preview already says "ikke klarert" in plain words
    database = open_database(paths.database_path(data_dir(args)))
    try:
        # --trust: only files signed by a certificate that chains to these roots (issue 13).
        verifier = CmsManifestVerifier([Path(p) for p in args.trust],
                                       require_trusted=bool(args.trust))
        preview = preview_import(database, Path(args.file), verifier)
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
