"""``bygdeliv verify FIL.pdf [--trust CA.pem]``: check a signed summary offline.

Exit codes: 0 everything holds (intact, whole file signed, no disallowed changes, data.json,
signer trusted); 1 the file fails a check; 2 the file is intact but the signer is not trusted
(no --trust given, or the certificate does not chain to it).
"""

from __future__ import annotations

import argparse
import json
from pathlib import Path

from bygdeliv_desktop.commands import _common

HELP = "kontroller signaturen og dataene i et signert sammendrag"

CHECK_TEXT = {
    "readable": "Filen kan leses som PDF",
    "signed": "Filen har en signatur",
    "certification": "Signaturen er en sertifiseringssignatur",
    "intact": "Innholdet er uendret (sjekksum stemmer)",
    "signature_valid": "Signaturen stemmer med sertifikatet",
    "entire_file": "Hele filen er dekket av signaturene (bare arkiveringsdata lagt til etterpå)",
    "no_disallowed_changes": "Ingen ulovlige endringer etter signering",
    "certificate_current": "Sertifikatet er gyldig nå (ikke utløpt)",
    "trusted": "Sertifikatet er utstedt av en betrodd CA",
    "data_present": "data.json ligger i den signerte versjonen",
    "data_valid": "data.json kan leses og har kjent skjema",
    "org_number_valid": "data.json har et gyldig organisasjonsnummer",
    "org_number_matches": "Organisasjonsnummeret i data.json er det samme som i sertifikatet",
}


def add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument("file", type=Path)
    parser.add_argument("--trust", type=Path, action="append", default=[],
                        help="CA-sertifikat (PEM) som skal stoles på; kan gis flere ganger")
    parser.add_argument("--data", action="store_true", help="skriv ut hele data.json")


def run(args: argparse.Namespace) -> int:
    from bygdeliv_desktop.errors import BygdelivError
    from bygdeliv_desktop.signing.verify import load_trust_roots, verify_pdf

    _common.quiet_libraries()
    try:
        roots = load_trust_roots(args.trust)
        result = verify_pdf(args.file.read_bytes(), roots)
    except OSError as error:
        print(f"Feil: kan ikke lese {error.filename}: {error.strerror}")
        return 1
    except BygdelivError as error:
        return _common.fail(error)
    print(f"Fil: {args.file}")
    for number, info in enumerate(result.signatures, start=1):
        kind = "sertifisert" if info.certification else "godkjent"
        lead = "Signert av" if number == 1 else f"Signatur {number} ({kind})"
        when = f", {info.signing_time:%d.%m.%Y %H:%M %Z}" if info.signing_time else ""
        print(f"{lead}: {info.label}{when} – utstedt av {info.issuer}"
              + ("" if info.trusted or not result.trust_checked else " (ikke betrodd)"))
    if result.signing_time:
        print(f"Tidspunkt (oppgitt av signerer): {result.signing_time:%d.%m.%Y %H:%M %Z}")
    for check in result.checks:
        mark = "OK " if check.ok else "FEIL"
        print(f"  [{mark}] {CHECK_TEXT.get(check.code, check.code)}"
              + ("" if check.ok else f" – {check.code}: {check.detail}"))
    if result.data is not None:
        store = result.data.get("store", {})
        print(f"data.json: {store.get('name')} ({store.get('org_number')}), periode "
              f"{result.data.get('period_start')} – {result.data.get('period_end')}, "
              f"{result.data.get('activities', {}).get('total')} aktiviteter")
        if args.data:
            print(json.dumps(result.data, ensure_ascii=False, indent=1))
    if result.ok:
        print("Resultat: GYLDIG")
        return 0
    if result.integrity_ok:
        print(f"Resultat: uendret, men {_why_untrusted(result)}")
        return 2
    print(f"Resultat: UGYLDIG ({', '.join(result.reasons)})")
    return 1


def _why_untrusted(result) -> str:
    """Why an intact file is not GYLDIG, in words: expiry first, then the CA, then no --trust."""
    for info, state in result.not_current:
        if state == "expired":
            return (f"sertifikatet til {info.label} er utløpt "
                    f"(gyldig til {info.not_after:%d.%m.%Y}); signaturen kan ikke bekreftes")
        return (f"sertifikatet til {info.label} er ennå ikke gyldig "
                f"(gyldig fra {info.not_before:%d.%m.%Y}); signaturen kan ikke bekreftes")
    if not result.trust_checked:
        return "signereren er ikke bekreftet (bruk --trust fylkets ca.pem)"
    strangers = [info.label for info in result.signatures if not info.trusted]
    return (f"{' og '.join(strangers) or 'signereren'} er ikke utstedt av CA-en du oppga "
            "med --trust")
