"""Bokmål wording for field errors where there is no Qt (command line, import reports, logs).

The window uses ``ui/messages.py`` (translated, shown under the field). Here each message also
names the field, since nothing else on a terminal line does: 'Navn: Teksten har usynlige …'.
"""

from __future__ import annotations

from collections.abc import Iterable

from bygdeliv_desktop.domain.text import printable
from bygdeliv_desktop.errors import FieldError

FIELD_LABELS = {
    "name": "Navn", "org_number": "Organisasjonsnummer", "municipality_code": "Kommune",
    "chain": "Kjede", "address": "Adresse", "postal_code": "Postnummer",
    "postal_place": "Poststed", "contact_person": "Kontaktperson", "phone": "Telefon",
    "email": "E-post", "opening_hours": "Åpningstider", "notes": "Notater",
    "centrality_class": "Sentralitetsklasse", "merkur_since": "Merkur-butikk siden",
    "kind_code": "Type", "other_text": "Annen tjeneste", "partner": "Samarbeidspartner",
    "started_on": "Startdato", "ended_on": "Sluttdato", "hours": "Tidspunkt", "note": "Merknad",
    "date": "Dato", "end_date": "Sluttdato", "title": "Tittel", "participants": "Deltakere",
    "target_groups": "Målgrupper", "partners": "Samarbeidspartnere", "cost_nok": "Kostnad",
    "funding": "Finansiering", "assessed_on": "Vurderingsdato", "assessor_role": "Rolle",
    "assessor_name": "Vurdert av", "purpose": "Formål", "evidence": "Dokumentasjon",
    "comment": "Kommentar", "description": "Beskrivelse", "responsible": "Ansvarlig",
    "deadline": "Frist", "status": "Status", "estimated_cost_nok": "Anslått kostnad",
    "funding_code": "Finansieringskilde", "funding_note": "Finansiering, annen",
    "criterion_ids": "Kriterier", "role": "Rolle", "store_name": "Butikknavn",
    "passphrase": "Passord", "passphrase_again": "Passord (gjenta)",
}

TEMPLATES = {
    "required": "Må fylles ut.",
    "text.invalid": "Ugyldig tekst.",
    "text.too_long": "For lang tekst: høyst {max} tegn.",
    "text.single_line": "Feltet kan bare ha én linje: fjern linjeskift og tabulatorer.",
    "text.control": "Teksten har usynlige styretegn eller retningstegn ({chars}), ofte med fra "
                    "kopiering. Fjern dem og prøv igjen.",
    "text.unprintable": "Teksten har tegn som ikke kan skrives ut i PDF-rapporten: {chars}. "
                        "Bruk andre tegn.",
    "date.invalid": "Ugyldig dato. Skriv datoen som ÅÅÅÅ-MM-DD, for eksempel 2026-05-17.",
    "date.out_of_range": "Datoen må være mellom {min} og {max}.",
    "date.in_future": "Datoen kan ikke være fram i tid.",
    "date.before_start": "Sluttdatoen kan ikke være før startdatoen.",
    "timestamp.invalid": "Ugyldig tidspunkt.",
    "number.negative": "Kan ikke være negativt.",
    "number.too_large": "For stort tall: høyst {max}.",
    "number.not_integer": "Skriv et helt tall, for eksempel 12.",
    "kind.unknown": "Ukjent type: {code}.",
    "orgnr.invalid": "Ugyldig organisasjonsnummer: det skal være 9 siffer med riktig "
                     "kontrollsiffer (MOD11).",
    "municipality.unknown": "Ukjent kommune: {code}.",
    "postal_code.invalid": "Postnummeret skal være 4 siffer.",
    "phone.invalid": "Ugyldig telefonnummer: 8–15 siffer, gjerne med +47 foran.",
    "email.invalid": "Ugyldig e-postadresse.",
    "centrality.range": "Sentralitetsklassen må være fra 1 til 6.",
    "passphrase.too_short": "Passordet må ha minst {min} tegn.",
    "passphrase.mismatch": "Passordene er ikke like.",
    "passphrase.invalid": "Passordet har tegn som ikke kan brukes. Skriv det på nytt.",
}


def message(error: FieldError) -> str:
    """'Teksten har usynlige styretegn …' without the field's name, for callers that name the
    field their own way (an import report: 'aktivitet «Quiz»: tittel: …'). Not escaped."""
    template = TEMPLATES.get(error.code, "Ugyldig verdi.")
    try:
        return template.format(**error.params)
    except (KeyError, IndexError, ValueError):
        return template


def describe(error: FieldError) -> str:
    """'Navn: Teksten har usynlige styretegn …' — safe to print (no control characters)."""
    label = FIELD_LABELS.get(error.field, error.field)
    return printable(f"{label}: {message(error)}")


def describe_all(errors: Iterable[FieldError]) -> str:
    """One line per error, for a terminal or an import report."""
    return "\n".join(describe(error) for error in errors)
