"""User-facing text for the error codes raised by the Qt-free layers."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bygdeliv_desktop.errors import BygdelivError, FieldError


# Spelled out so that pyside6-lupdate finds every text with its context.
translate = QCoreApplication.translate


def _templates() -> dict[str, str]:
    # Built on each call so a language switch takes effect without restarting.
    return {
        "required": translate("messages", "Må fylles ut."),
        "orgnr.invalid": translate("messages", "Ugyldig organisasjonsnummer: det skal være 9 siffer med riktig "
                             "kontrollsiffer (MOD11)."),
        "municipality.unknown": translate("messages", "Ukjent kommune: {code}."),
        "postal_code.invalid": translate("messages", "Postnummeret skal være 4 siffer."),
        "phone.invalid": translate("messages", "Ugyldig telefonnummer: 8–15 siffer, gjerne med +47 foran."),
        "email.invalid": translate("messages", "Ugyldig e-postadresse."),
        "centrality.range": translate("messages", "Sentralitetsklassen må være fra 1 til 6."),
        "date.in_future": translate("messages", "Datoen kan ikke være fram i tid."),
        "date.before_start": translate("messages", "Sluttdatoen kan ikke være før startdatoen."),
        "text.too_long": translate("messages", "For lang tekst: høyst {max} tegn."),
        "number.negative": translate("messages", "Kan ikke være negativt."),
        "number.too_large": translate("messages", "For stort tall: høyst {max}."),
        "number.not_integer": translate("messages", "Skriv et helt tall, for eksempel 12."),
        "kind.unknown": translate("messages", "Ukjent type: {code}."),
        "text.invalid": translate("messages", "Ugyldig tekst."),
        "text.single_line": translate("messages", "Feltet kan bare ha én linje: fjern linjeskift og "
                                      "tabulatorer."),
        "text.control": translate("messages", "Teksten har usynlige styretegn eller retningstegn "
                                  "({chars}), ofte med fra kopiering. Fjern dem og prøv igjen."),
        "text.unprintable": translate("messages", "Teksten har tegn som ikke kan skrives ut i "
                                      "PDF-rapporten: {chars}. Bruk andre tegn."),
        "date.out_of_range": translate("messages", "Datoen må være mellom {min} og {max}."),
        "timestamp.invalid": translate("messages", "Ugyldig tidspunkt."),
        "passphrase.invalid": translate("messages", "Passordet har tegn som ikke kan brukes. Skriv "
                                        "det på nytt."),
        "not_found": translate("messages", "Posten finnes ikke lenger. Den kan være slettet."),
        "db.not_sqlite": translate("messages", "Filen «{path}» er ikke en Bygdeliv-database. Filen er ikke endret."),
        "db.too_new": translate("messages", "Databasen «{path}» er laget av en nyere versjon av Bygdeliv Desktop "
                          "(skjema {revision}). Oppdater programmet for å åpne den. Filen er ikke "
                          "endret."),
        "db.locked": translate("messages", "Databasen «{path}» er låst av et annet program. Prøv igjen senere."),
        "catalog.invalid": translate("messages", "En datafil i programmet er ugyldig: {detail}"),
        "db.damaged": translate("messages", "Databasen «{path}» er skadet. Ingenting er endret eller slettet."),
        "storage.full": translate("messages", "Disken er full. Endringen ble ikke lagret, men den står fortsatt i "
                            "skjemaet. Frigjør plass og prøv igjen."),
        "storage.read_only": translate("messages", "Databasen kan ikke skrives til (skrivebeskyttet). Endringen "
                                 "ble ikke lagret, men den står fortsatt i skjemaet."),
        "storage.write_failed": translate("messages", "Kunne ikke skrive til disken ({detail}). Endringen ble ikke "
                                    "lagret, men den står fortsatt i skjemaet."),
        "backup.failed": translate("messages", "Kunne ikke ta sikkerhetskopi: {detail}"),
        "backup.damaged": translate("messages", "Sikkerhetskopien er skadet og kan ikke brukes. Databasen er ikke "
                              "endret."),
        "backup.incomplete": translate("messages", "Sikkerhetskopien mangler vedlegg ({detail}). Databasen er ikke "
                                 "endret."),
        "location.network": translate("messages", "Databasen kan ikke ligge på en nettverksdisk ({kind}): «{path}». "
                                "Velg en mappe på denne maskinen med --data-dir."),
        "location.cloud_synced": translate("messages", "Databasen kan ikke ligge i en mappe som synkroniseres av "
                                     "{provider}: «{path}». Synkronisering kan ødelegge filen. "
                                     "Velg en annen mappe med --data-dir."),
        "location.read_only": translate("messages", "Mappen «{path}» er skrivebeskyttet. Velg en mappe du kan "
                                  "skrive i med --data-dir."),
        "instance.running": translate("messages", "Bygdeliv Desktop er allerede åpen med denne databasen. Bruk "
                                "vinduet som er åpent."),
        "instance.lock_failed": translate("messages", "Kunne ikke låse databasen for bruk ({detail})."),
        "passphrase.too_short": translate("messages", "Passordet må ha minst {min} tegn."),
        "passphrase.mismatch": translate("messages", "Passordene er ikke like. Skriv det samme passordet to ganger."),
        "cancelled": translate("messages", "Avbrutt. Ingenting er skrevet."),
        "file.unreadable": translate("messages", "Kan ikke lese filen «{path}»: {reason}"),
        "file.unwritable": translate("messages", "Kan ikke skrive filen «{path}»: {reason}. Velg en annen mappe."),
        "signing.error": translate("messages", "Signeringen kunne ikke gjennomføres: {detail}"),
        "signing.no_identity": translate("messages", "Det finnes ingen signeringsidentitet ennå. Opprett en først."),
        "signing.identity_exists": translate("messages", "Det finnes allerede en signeringsidentitet. Den blir ikke "
                                       "overskrevet."),
        "signing.wrong_passphrase": translate("messages", "Feil passord. Ingenting er skrevet eller endret."),
        "signing.wrong_passphrase.too_short": translate("messages", "Passordet er for kort: det må ha minst 8 tegn."),
        "signing.certificate_mismatch": translate("messages", "Sertifikatet hører ikke til denne signeringsnøkkelen. "
                                            "Kontroller at fylket har laget det fra din "
                                            "sertifikatforespørsel."),
        "signing.certificate_expired": translate("messages", "Sertifikatet er utløpt eller ennå ikke gyldig "
                                           "(gyldig til {not_after}). Be om et nytt."),
        "signing.certificate_invalid": translate("messages", "Sertifikatfilen kan ikke brukes: {detail}"),
        "signing.certificate_invalid.unreadable": translate("messages", "Filen er ikke et sertifikat programmet kan "
                                                      "lese (PEM eller DER)."),
        "signing.certificate_invalid.no_issuer": translate("messages", "Filen mangler fylkets CA-sertifikat, som "
                                                     "sertifikatet er utstedt av."),
        "signing.certificate_invalid.not_rsa": translate("messages", "Sertifikatet bruker ikke en RSA-nøkkel og kan "
                                                   "ikke brukes til PDF/A-signering."),
        "signing.certificate_invalid.weak_key": translate("messages", "Nøkkelen i sertifikatet er for svak."),
        "signing.certificate_invalid.incomplete": translate("messages", "Filen mangler nøkkel eller sertifikat."),
        "report.error": translate("messages", "Sammendraget kunne ikke lages: {detail}. Ingen fil er skrevet."),
        "date.invalid": translate("messages", "Ugyldig dato."),
        "answer.invalid_level": translate("messages", "Svaret passer ikke med skalaen for kriteriet {criterion} "
                                    "(0 til {max})."),
        "catalog.version_conflict": translate("messages", "Kriteriekatalogen «{file}» har versjon {version}, men en "
                                        "annen katalog med samme versjon er importert fra før. "
                                        "Ingenting er endret."),
        "catalog.outdated": translate("messages", "Kriteriekatalogen «{file}» (versjon {version}) er eldre enn den "
                                "som er i bruk (versjon {stored_version}). Ingenting er endret."),
        "assessment.finalised": translate("messages", "Egenvurderingen er låst og kan ikke endres. Lag et nytt "
                                    "utkast med «Kopier til nytt utkast»."),
        "assessment.incomplete": translate("messages", "Egenvurderingen kan ikke låses ennå: {count} kriterier er "
                                     "ikke besvart ({detail})."),
        "attachment.error": translate("messages", "Kunne ikke legge ved filen: {detail}"),
        "attachment.too_large": translate("messages", "Filen er for stor til å legges ved ({size} byte; høyst {max} "
                                    "byte)."),
        "attachment.missing": translate("messages", "Vedlegget «{name}» mangler eller er endret etter at det ble "
                                  "lagt ved."),
        "exchange.refused": translate("messages", "Filen kan ikke importeres: {detail}. Ingenting er endret."),
        "exchange.not_zip": translate("messages", "Filen er ikke en utvekslingsfil fra Bygdeliv, eller den er "
                                "skadet (avkuttet eller ødelagt). Ingenting er endret."),
        "exchange.too_large": translate("messages", "Filen er større enn det en utvekslingsfil kan være, eller "
                                  "pakker ut til alt for mye data. Den er avvist; ingenting er "
                                  "endret."),
        "exchange.bad_member": translate("messages", "Filen inneholder noe en utvekslingsfil ikke skal inneholde "
                                   "({detail}). Den er avvist; ingenting er endret."),
        "exchange.hash_mismatch": translate("messages", "Innholdet i filen stemmer ikke med innholdslisten: den er "
                                      "endret eller skadet underveis. Ingenting er endret."),
        "exchange.bad_signature": translate("messages", "Signaturen på filen holder ikke: filen er endret etter at "
                                      "den ble signert. Ingenting er endret."),
        "exchange.malformed": translate("messages", "Dataene i filen er ikke i orden ({detail}). Ingenting er "
                                  "endret."),
        "exchange.too_new": translate("messages", "Filen er laget av en nyere versjon av Bygdeliv Desktop. Oppdater "
                                "programmet og prøv igjen. Ingenting er endret."),
        "exchange.missing_parent": translate("messages", "Filen viser til data som verken finnes i filen eller her "
                                       "({detail}). Ingenting er endret."),
        # A reason picks these over the code's own text (error_message).
        "exchange.too_large.data": translate("messages", "Dataene i filen (data.json) er større enn grensen på "
                                       "{limit_mb} MB for en utvekslingsfil. Den er avvist; ingenting "
                                       "er endret."),
        "exchange.not_zip.polyglot": translate("messages", "Filen har andre data foran eller bak "
                                         "utvekslingsfilen (for eksempel en PDF eller et program med en "
                                         "zip-fil inni). Den er avvist; ingenting er endret."),
        "exchange.malformed.manifest_record_counts": translate("messages", "Innholdslisten i filen "
                                                         "(manifest.json) stemmer ikke med dataene "
                                                         "({detail}). Den er avvist; ingenting er endret."),
        "exchange.malformed.manifest_stores": translate("messages", "Innholdslisten i filen "
                                                  "(manifest.json) stemmer ikke med dataene "
                                                  "({detail}). Den er avvist; ingenting er endret."),
        "exchange.missing_parent.outside_file": translate("messages", "Filen har poster som hører til en "
                                                    "butikk som ikke er med i filen ({detail}). Den "
                                                    "er avvist; ingenting er endret."),
        "county.summary_refused": translate("messages", "Sammendraget kan ikke brukes: signaturkontrollen feilet "
                                      "({reason})."),
    }


def _fill(template: str, params: dict) -> str:
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def field_message(error: FieldError) -> str:
    template = _templates().get(error.code, translate("messages", "Ugyldig verdi."))
    return _fill(template, error.params)


def error_message(error: BygdelivError) -> str:
    """The user's text for ``error``; a ``reason`` param picks a more precise text when there is one."""
    templates = _templates()
    reason = error.params.get("reason")
    template = templates.get(f"{error.code}.{reason}") or templates.get(error.code)
    if template is None:
        return translate("messages", "Noe gikk galt: {detail}").format(detail=error.detail or error.code)
    return _fill(template, {"detail": error.detail, **error.params})


def catalogue_import_message(error: BygdelivError, file_name: str) -> str:
    """An imported catalogue file was refused; the shipped-file wording would mislead here."""
    if error.code == "catalog.invalid":
        return translate("messages", "Kriteriekatalogen «{file}» kan ikke brukes: {detail}. Ingenting er endret."
                   ).replace("{file}", file_name).replace("{detail}", error.detail or error.code)
    return error_message(error)
