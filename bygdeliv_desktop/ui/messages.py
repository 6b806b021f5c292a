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
        "db.damaged": _tr("Databasen «{path}» er skadet. Ingenting er endret eller slettet."),
        "storage.full": _tr("Disken er full. Endringen ble ikke lagret, men den står fortsatt i "
                            "skjemaet. Frigjør plass og prøv igjen."),
        "storage.read_only": _tr("Databasen kan ikke skrives til (skrivebeskyttet). Endringen "
                                 "ble ikke lagret, men den står fortsatt i skjemaet."),
        "storage.write_failed": _tr("Kunne ikke skrive til disken ({detail}). Endringen ble ikke "
                                    "lagret, men den står fortsatt i skjemaet."),
        "backup.failed": _tr("Kunne ikke ta sikkerhetskopi: {detail}"),
        "backup.damaged": _tr("Sikkerhetskopien er skadet og kan ikke brukes. Databasen er ikke "
                              "endret."),
        "backup.incomplete": _tr("Sikkerhetskopien mangler vedlegg ({detail}). Databasen er ikke "
                                 "endret."),
        "location.network": _tr("Databasen kan ikke ligge på en nettverksdisk ({kind}): «{path}». "
                                "Velg en mappe på denne maskinen med --data-dir."),
        "location.cloud_synced": _tr("Databasen kan ikke ligge i en mappe som synkroniseres av "
                                     "{provider}: «{path}». Synkronisering kan ødelegge filen. "
                                     "Velg en annen mappe med --data-dir."),
        "location.read_only": _tr("Mappen «{path}» er skrivebeskyttet. Velg en mappe du kan "
                                  "skrive i med --data-dir."),
        "instance.running": _tr("Bygdeliv Desktop er allerede åpen med denne databasen. Bruk "
                                "vinduet som er åpent."),
        "instance.lock_failed": _tr("Kunne ikke låse databasen for bruk ({detail})."),
        "passphrase.too_short": _tr("Passordet må ha minst {min} tegn."),
        "passphrase.mismatch": _tr("Passordene er ikke like. Skriv det samme passordet to ganger."),
        "cancelled": _tr("Avbrutt. Ingenting er skrevet."),
        "file.unreadable": _tr("Kan ikke lese filen «{path}»: {reason}"),
        "file.unwritable": _tr("Kan ikke skrive filen «{path}»: {reason}. Velg en annen mappe."),
        "signing.error": _tr("Signeringen kunne ikke gjennomføres: {detail}"),
        "signing.no_identity": _tr("Det finnes ingen signeringsidentitet ennå. Opprett en først."),
        "signing.identity_exists": _tr("Det finnes allerede en signeringsidentitet. Den blir ikke "
                                       "overskrevet."),
        "signing.wrong_passphrase": _tr("Feil passord. Ingenting er skrevet eller endret."),
        "signing.wrong_passphrase.too_short": _tr("Passordet er for kort: det må ha minst 8 tegn."),
        "signing.certificate_mismatch": _tr("Sertifikatet hører ikke til denne signeringsnøkkelen. "
                                            "Kontroller at fylket har laget det fra din "
                                            "sertifikatforespørsel."),
        "signing.certificate_expired": _tr("Sertifikatet er utløpt eller ennå ikke gyldig "
                                           "(gyldig til {not_after}). Be om et nytt."),
        "signing.certificate_invalid": _tr("Sertifikatfilen kan ikke brukes: {detail}"),
        "signing.certificate_invalid.unreadable": _tr("Filen er ikke et sertifikat programmet kan "
                                                      "lese (PEM eller DER)."),
        "signing.certificate_invalid.no_issuer": _tr("Filen mangler fylkets CA-sertifikat, som "
                                                     "sertifikatet er utstedt av."),
        "signing.certificate_invalid.not_rsa": _tr("Sertifikatet bruker ikke en RSA-nøkkel og kan "
                                                   "ikke brukes til PDF/A-signering."),
        "signing.certificate_invalid.weak_key": _tr("Nøkkelen i sertifikatet er for svak."),
        "signing.certificate_invalid.incomplete": _tr("Filen mangler nøkkel eller sertifikat."),
        "report.error": _tr("Sammendraget kunne ikke lages: {detail}. Ingen fil er skrevet."),
        "date.invalid": _tr("Ugyldig dato."),
        "answer.invalid_level": _tr("Svaret passer ikke med skalaen for kriteriet {criterion} "
                                    "(0 til {max})."),
        "catalog.version_conflict": _tr("Kriteriekatalogen «{file}» har versjon {version}, men en "
                                        "annen katalog med samme versjon er importert fra før. "
                                        "Ingenting er endret."),
        "catalog.outdated": _tr("Kriteriekatalogen «{file}» (versjon {version}) er eldre enn den "
                                "som er i bruk (versjon {stored_version}). Ingenting er endret."),
        "assessment.finalised": _tr("Egenvurderingen er låst og kan ikke endres. Lag et nytt "
                                    "utkast med «Kopier til nytt utkast»."),
        "assessment.incomplete": _tr("Egenvurderingen kan ikke låses ennå: {count} kriterier er "
                                     "ikke besvart ({detail})."),
        "attachment.error": _tr("Kunne ikke legge ved filen: {detail}"),
        "attachment.too_large": _tr("Filen er for stor til å legges ved ({size} byte; høyst {max} "
                                    "byte)."),
        "attachment.missing": _tr("Vedlegget «{name}» mangler eller er endret etter at det ble "
                                  "lagt ved."),
        "exchange.refused": _tr("Filen kan ikke importeres: {detail}. Ingenting er endret."),
        "exchange.not_zip": _tr("Filen er ikke en utvekslingsfil fra Bygdeliv, eller den er "
                                "skadet (avkuttet eller ødelagt). Ingenting er endret."),
        "exchange.too_large": _tr("Filen er større enn det en utvekslingsfil kan være, eller "
                                  "pakker ut til alt for mye data. Den er avvist; ingenting er "
                                  "endret."),
        "exchange.bad_member": _tr("Filen inneholder noe en utvekslingsfil ikke skal inneholde "
                                   "({detail}). Den er avvist; ingenting er endret."),
        "exchange.hash_mismatch": _tr("Innholdet i filen stemmer ikke med innholdslisten: den er "
                                      "endret eller skadet underveis. Ingenting er endret."),
        "exchange.bad_signature": _tr("Signaturen på filen holder ikke: filen er endret etter at "
                                      "den ble signert. Ingenting er endret."),
        "exchange.malformed": _tr("Dataene i filen er ikke i orden ({detail}). Ingenting er "
                                  "endret."),
        "exchange.too_new": _tr("Filen er laget av en nyere versjon av Bygdeliv Desktop. Oppdater "
                                "programmet og prøv igjen. Ingenting er endret."),
        "exchange.missing_parent": _tr("Filen viser til data som verken finnes i filen eller her "
                                       "({detail}). Ingenting er endret."),
        "county.summary_refused": _tr("Sammendraget kan ikke brukes: signaturkontrollen feilet "
                                      "({reason})."),
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
    """The user's text for ``error``; a ``reason`` param picks a more precise text when there is one."""
    templates = _templates()
    reason = error.params.get("reason")
    template = templates.get(f"{error.code}.{reason}") or templates.get(error.code)
    if template is None:
        return _tr("Noe gikk galt: {detail}").format(detail=error.detail or error.code)
    return _fill(template, {"detail": error.detail, **error.params})


def catalogue_import_message(error: BygdelivError, file_name: str) -> str:
    """An imported catalogue file was refused; the shipped-file wording would mislead here."""
    if error.code == "catalog.invalid":
        return _tr("Kriteriekatalogen «{file}» kan ikke brukes: {detail}. Ingenting er endret."
                   ).replace("{file}", file_name).replace("{detail}", error.detail or error.code)
    return error_message(error)
