"""User-facing text for the error codes raised by the Qt-free layers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bygdeliv_desktop.errors import BygdelivError, FieldError


def _tr(text: str) -> str:
    return QCoreApplication.translate("messages", text)


def _templates() -> dict[str, str]:
    # Built on each call so a language switch takes effect without restarting.
    return {
        "required": _tr("Må fylles ut."),
        "orgnr.invalid": _tr("Ugyldig organisasjonsnummer: det skal være 9 siffer med riktig "
                             "kontrollsiffer (MOD11)."),
        "municipality.unknown": _tr("Ukjent kommune: {code}."),
        "postal_code.invalid": _tr("Postnummeret skal være 4 siffer."),
        "phone.invalid": _tr("Ugyldig telefonnummer: 8–15 siffer, gjerne med +47 foran."),
        "email.invalid": _tr("Ugyldig e-postadresse."),
        "centrality.range": _tr("Sentralitetsklassen må være fra 1 til 6."),
        "date.in_future": _tr("Datoen kan ikke være fram i tid."),
        "date.before_start": _tr("Sluttdatoen kan ikke være før startdatoen."),
        "text.too_long": _tr("For lang tekst: høyst {max} tegn."),
        "number.negative": _tr("Kan ikke være negativt."),
        "number.too_large": _tr("For stort tall: høyst {max}."),
        "number.not_integer": _tr("Skriv et helt tall, for eksempel 12."),
        "kind.unknown": _tr("Ukjent type: {code}."),
        "not_found": _tr("Posten finnes ikke lenger. Den kan være slettet."),
        "db.not_sqlite": _tr("Filen «{path}» er ikke en Bygdeliv-database. Filen er ikke endret."),
        "db.too_new": _tr("Databasen «{path}» er laget av en nyere versjon av Bygdeliv Desktop "
                          "(skjema {revision}). Oppdater programmet for å åpne den. Filen er ikke "
                          "endret."),
        "db.locked": _tr("Databasen «{path}» er låst av et annet program. Prøv igjen senere."),
        "catalog.invalid": _tr("En datafil i programmet er ugyldig: {detail}"),
    }


def _fill(template: str, params: dict) -> str:
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def field_message(error: FieldError) -> str:
    template = _templates().get(error.code, _tr("Ugyldig verdi."))
    return _fill(template, error.params)


def error_message(error: BygdelivError) -> str:
    template = _templates().get(error.code)
    if template is None:
        return _tr("Noe gikk galt: {detail}").format(detail=error.detail or error.code)
    return _fill(template, {"detail": error.detail, **error.params})
