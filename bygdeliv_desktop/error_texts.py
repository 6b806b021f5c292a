"""The one catalogue of user-facing error texts (bokmål), for the GUI and the command line.

No Qt here: the command line prints these texts as they are; the GUI passes them through
``QCoreApplication.translate("messages", ...)`` (see ``ui/messages.py``), so nynorsk and English
come from the same source strings. ``QT_TRANSLATE_NOOP`` below only marks the texts for
``pyside6-lupdate`` (tools/update_translations scans this file too).

Texts are looked up by the error's ``code``; a ``reason`` param picks a more precise text
(``code.reason``) when there is one, and ``{name}`` placeholders are filled from the error's
params. ``CLI_TEXTS`` holds the few texts that only the command line shows, or that must be
worded differently there (the GUI's storage texts talk about "the form").
"""

from __future__ import annotations

from collections.abc import Callable

from bygdeliv_desktop.errors import BygdelivError, FieldError

Translate = Callable[[str, str], str]


def QT_TRANSLATE_NOOP(context: str, text: str) -> str:  # noqa: N802 - the name lupdate looks for
    return text


def _untranslated(_context: str, text: str) -> str:
    return text


TEXTS: dict[str, str] = {
    "required": QT_TRANSLATE_NOOP("messages", "Må fylles ut."),
    "orgnr.invalid": QT_TRANSLATE_NOOP("messages", "Ugyldig organisasjonsnummer: det skal være 9 siffer med riktig "
                         "kontrollsiffer (MOD11)."),
    "municipality.unknown": QT_TRANSLATE_NOOP("messages", "Ukjent kommune: {code}."),
    "postal_code.invalid": QT_TRANSLATE_NOOP("messages", "Postnummeret skal være 4 siffer."),
    "phone.invalid": QT_TRANSLATE_NOOP("messages", "Ugyldig telefonnummer: 8–15 siffer, gjerne med +47 foran."),
    "email.invalid": QT_TRANSLATE_NOOP("messages", "Ugyldig e-postadresse."),
    "centrality.range": QT_TRANSLATE_NOOP("messages", "Sentralitetsklassen må være fra 1 til 6."),
    "date.in_future": QT_TRANSLATE_NOOP("messages", "Datoen kan ikke være fram i tid."),
    "date.before_start": QT_TRANSLATE_NOOP("messages", "Sluttdatoen kan ikke være før startdatoen."),
    "text.too_long": QT_TRANSLATE_NOOP("messages", "For lang tekst: høyst {max} tegn."),
    "number.negative": QT_TRANSLATE_NOOP("messages", "Kan ikke være negativt."),
    "number.too_large": QT_TRANSLATE_NOOP("messages", "For stort tall: høyst {max}."),
    "number.not_integer": QT_TRANSLATE_NOOP("messages", "Skriv et helt tall, for eksempel 12."),
    "kind.unknown": QT_TRANSLATE_NOOP("messages", "Ukjent type: {code}."),
    "not_found": QT_TRANSLATE_NOOP("messages", "Posten finnes ikke lenger. Den kan være slettet."),
    "db.not_sqlite": QT_TRANSLATE_NOOP("messages", "Filen «{path}» er ikke en Bygdeliv-database. Filen er ikke endret."),
    "db.too_new": QT_TRANSLATE_NOOP("messages", "Databasen «{path}» er laget av en nyere versjon av Bygdeliv Desktop "
                      "(skjema {revision}). Oppdater programmet for å åpne den. Filen er ikke "
                      "endret."),
    "db.locked": QT_TRANSLATE_NOOP("messages", "Databasen «{path}» er låst av et annet program. Prøv igjen senere."),
    "catalog.invalid": QT_TRANSLATE_NOOP("messages", "En datafil i programmet er ugyldig: {detail}"),
    "db.damaged": QT_TRANSLATE_NOOP("messages", "Databasen «{path}» er skadet. Ingenting er endret eller slettet."),
    "storage.full": QT_TRANSLATE_NOOP("messages", "Disken er full. Endringen ble ikke lagret, men den står fortsatt i "
                        "skjemaet. Frigjør plass og prøv igjen."),
    "storage.read_only": QT_TRANSLATE_NOOP("messages", "Databasen kan ikke skrives til (skrivebeskyttet). Endringen "
                             "ble ikke lagret, men den står fortsatt i skjemaet."),
    "storage.write_failed": QT_TRANSLATE_NOOP("messages", "Kunne ikke skrive til disken ({detail}). Endringen ble ikke "
                                "lagret, men den står fortsatt i skjemaet."),
    "backup.failed": QT_TRANSLATE_NOOP("messages", "Kunne ikke ta sikkerhetskopi: {detail}"),
    "backup.damaged": QT_TRANSLATE_NOOP("messages", "Sikkerhetskopien er skadet og kan ikke brukes. Databasen er ikke "
                          "endret."),
    "backup.incomplete": QT_TRANSLATE_NOOP("messages", "Sikkerhetskopien mangler vedlegg ({detail}). Databasen er ikke "
                             "endret."),
    "location.network": QT_TRANSLATE_NOOP("messages", "Databasen kan ikke ligge på en nettverksdisk ({kind}): «{path}». "
                            "Velg en mappe på denne maskinen med --data-dir."),
    "location.cloud_synced": QT_TRANSLATE_NOOP("messages", "Databasen kan ikke ligge i en mappe som synkroniseres av "
                                 "{provider}: «{path}». Synkronisering kan ødelegge filen. "
                                 "Velg en annen mappe med --data-dir."),
    "location.read_only": QT_TRANSLATE_NOOP("messages", "Mappen «{path}» er skrivebeskyttet. Velg en mappe du kan "
                              "skrive i med --data-dir."),
    "signing.no_identity": "Det finnes ingen signeringsidentitet ennå. Lag en med «bygdeliv "
                           "signing new».",
    "instance.running": QT_TRANSLATE_NOOP("messages", "Bygdeliv Desktop er allerede åpen med denne databasen. Bruk "
                            "vinduet som er åpent."),
    "instance.lock_failed": QT_TRANSLATE_NOOP("messages", "Kunne ikke låse databasen for bruk ({detail})."),
    "passphrase.too_short": QT_TRANSLATE_NOOP("messages", "Passordet må ha minst {min} tegn."),
    "passphrase.mismatch": QT_TRANSLATE_NOOP("messages", "Passordene er ikke like. Skriv det samme passordet to ganger."),
    "cancelled": QT_TRANSLATE_NOOP("messages", "Avbrutt. Ingenting er skrevet."),
    "file.unreadable": QT_TRANSLATE_NOOP("messages", "Kan ikke lese filen «{path}»: {reason}"),
    "file.unwritable": QT_TRANSLATE_NOOP("messages", "Kan ikke skrive filen «{path}»: {reason}. Velg en annen mappe."),
    "signing.error": QT_TRANSLATE_NOOP("messages", "Signeringen kunne ikke gjennomføres: {detail}"),
    "signing.no_identity": QT_TRANSLATE_NOOP("messages", "Det finnes ingen signeringsidentitet ennå. Opprett en først."),
    "signing.identity_exists": QT_TRANSLATE_NOOP("messages", "Det finnes allerede en signeringsidentitet. Den blir ikke "
                                   "overskrevet."),
    "signing.wrong_passphrase": QT_TRANSLATE_NOOP("messages", "Feil passord. Ingenting er skrevet eller endret."),
    "signing.wrong_passphrase.too_short": QT_TRANSLATE_NOOP("messages", "Passordet er for kort: det må ha minst 8 tegn."),
    "signing.certificate_mismatch": QT_TRANSLATE_NOOP("messages", "Sertifikatet hører ikke til denne signeringsnøkkelen. "
                                        "Kontroller at fylket har laget det fra din "
                                        "sertifikatforespørsel."),
    "signing.certificate_expired": QT_TRANSLATE_NOOP("messages", "Sertifikatet er utløpt eller ennå ikke gyldig "
                                       "(gyldig til {not_after}). Be om et nytt."),
    "signing.certificate_invalid": QT_TRANSLATE_NOOP("messages", "Sertifikatfilen kan ikke brukes: {detail}"),
    "signing.certificate_invalid.unreadable": QT_TRANSLATE_NOOP("messages", "Filen er ikke et sertifikat programmet kan "
                                                  "lese (PEM eller DER)."),
    "signing.certificate_invalid.no_issuer": QT_TRANSLATE_NOOP("messages", "Filen mangler fylkets CA-sertifikat, som "
                                                 "sertifikatet er utstedt av."),
    "signing.certificate_invalid.not_rsa": QT_TRANSLATE_NOOP("messages", "Sertifikatet bruker ikke en RSA-nøkkel og kan "
                                               "ikke brukes til PDF/A-signering."),
    "signing.certificate_invalid.weak_key": QT_TRANSLATE_NOOP("messages", "Nøkkelen i sertifikatet er for svak."),
    "signing.certificate_invalid.incomplete": QT_TRANSLATE_NOOP("messages", "Filen mangler nøkkel eller sertifikat."),
    "report.error": QT_TRANSLATE_NOOP("messages", "Sammendraget kunne ikke lages: {detail}. Ingen fil er skrevet."),
    "date.invalid": QT_TRANSLATE_NOOP("messages", "Ugyldig dato."),
    "answer.invalid_level": QT_TRANSLATE_NOOP("messages", "Svaret passer ikke med skalaen for kriteriet {criterion} "
                                "(0 til {max})."),
    "catalog.version_conflict": QT_TRANSLATE_NOOP("messages", "Kriteriekatalogen «{file}» har versjon {version}, men en "
                                    "annen katalog med samme versjon er importert fra før. "
                                    "Ingenting er endret."),
    "catalog.outdated": QT_TRANSLATE_NOOP("messages", "Kriteriekatalogen «{file}» (versjon {version}) er eldre enn den "
                            "som er i bruk (versjon {stored_version}). Ingenting er endret."),
    "assessment.finalised": QT_TRANSLATE_NOOP("messages", "Egenvurderingen er låst og kan ikke endres. Lag et nytt "
                                "utkast med «Kopier til nytt utkast»."),
    "assessment.incomplete": QT_TRANSLATE_NOOP("messages", "Egenvurderingen kan ikke låses ennå: {count} kriterier er "
                                 "ikke besvart ({detail})."),
    "attachment.error": QT_TRANSLATE_NOOP("messages", "Kunne ikke legge ved filen: {detail}"),
    "attachment.too_large": QT_TRANSLATE_NOOP("messages", "Filen er for stor til å legges ved ({size} byte; høyst {max} "
                                "byte)."),
    "attachment.missing": QT_TRANSLATE_NOOP("messages", "Vedlegget «{name}» mangler eller er endret etter at det ble "
                              "lagt ved."),
    "exchange.refused": QT_TRANSLATE_NOOP("messages", "Filen kan ikke importeres: {detail}. Ingenting er endret."),
    "exchange.not_zip": QT_TRANSLATE_NOOP("messages", "Filen er ikke en utvekslingsfil fra Bygdeliv, eller den er "
                            "skadet (avkuttet eller ødelagt). Ingenting er endret."),
    "exchange.too_large": QT_TRANSLATE_NOOP("messages", "Filen er større enn det en utvekslingsfil kan være, eller "
                              "pakker ut til alt for mye data. Den er avvist; ingenting er "
                              "endret."),
    "exchange.bad_member": QT_TRANSLATE_NOOP("messages", "Filen inneholder noe en utvekslingsfil ikke skal inneholde "
                               "({detail}). Den er avvist; ingenting er endret."),
    "exchange.hash_mismatch": QT_TRANSLATE_NOOP("messages", "Innholdet i filen stemmer ikke med innholdslisten: den er "
                                  "endret eller skadet underveis. Ingenting er endret."),
    "exchange.bad_signature": QT_TRANSLATE_NOOP("messages", "Signaturen på filen holder ikke: filen er endret etter at "
                                  "den ble signert. Ingenting er endret."),
    "exchange.malformed": QT_TRANSLATE_NOOP("messages", "Dataene i filen er ikke i orden ({detail}). Ingenting er "
                              "endret."),
    "exchange.too_new": QT_TRANSLATE_NOOP("messages", "Filen er laget av en nyere versjon av Bygdeliv Desktop. Oppdater "
                            "programmet og prøv igjen. Ingenting er endret."),
    "exchange.missing_parent": QT_TRANSLATE_NOOP("messages", "Filen viser til data som verken finnes i filen eller her "
                                   "({detail}). Ingenting er endret."),
    # Text and date rules (domain/text.py, domain/dates.py).
    "text.invalid": QT_TRANSLATE_NOOP("messages", "Ugyldig tekst."),
    "text.single_line": QT_TRANSLATE_NOOP("messages", "Feltet kan bare ha én linje: fjern linjeskift og "
                                  "tabulatorer."),
    "text.control": QT_TRANSLATE_NOOP("messages", "Teksten har usynlige styretegn eller retningstegn "
                              "({chars}), ofte med fra kopiering. Fjern dem og prøv igjen."),
    "text.unprintable": QT_TRANSLATE_NOOP("messages", "Teksten har tegn som ikke kan skrives ut i "
                                  "PDF-rapporten: {chars}. Bruk andre tegn."),
    "date.out_of_range": QT_TRANSLATE_NOOP("messages", "Datoen må være mellom {min} og {max}."),
    "timestamp.invalid": QT_TRANSLATE_NOOP("messages", "Ugyldig tidspunkt."),
    "passphrase.invalid": QT_TRANSLATE_NOOP("messages", "Passordet har tegn som ikke kan brukes. Skriv "
                                    "det på nytt."),
    # A reason picks these over the code's own text (error_text).
    "exchange.too_large.data": QT_TRANSLATE_NOOP("messages", "Dataene i filen (data.json) er større enn grensen på "
                                   "{limit_mb} MB for en utvekslingsfil. Den er avvist; ingenting "
                                   "er endret."),
    "exchange.not_zip.polyglot": QT_TRANSLATE_NOOP("messages", "Filen har andre data foran eller bak "
                                     "utvekslingsfilen (for eksempel en PDF eller et program med en "
                                     "zip-fil inni). Den er avvist; ingenting er endret."),
    "exchange.malformed.manifest_record_counts": QT_TRANSLATE_NOOP("messages", "Innholdslisten i filen "
                                                     "(manifest.json) stemmer ikke med dataene "
                                                     "({detail}). Den er avvist; ingenting er endret."),
    "exchange.malformed.manifest_stores": QT_TRANSLATE_NOOP("messages", "Innholdslisten i filen "
                                              "(manifest.json) stemmer ikke med dataene "
                                              "({detail}). Den er avvist; ingenting er endret."),
    "exchange.missing_parent.outside_file": QT_TRANSLATE_NOOP("messages", "Filen har poster som hører til en "
                                                "butikk som ikke er med i filen ({detail}). Den "
                                                "er avvist; ingenting er endret."),
    "county.summary_refused": QT_TRANSLATE_NOOP("messages", "Sammendraget kan ikke brukes: signaturkontrollen feilet "
                                  "({reason})."),
}
FALLBACK = QT_TRANSLATE_NOOP("messages", "Noe gikk galt: {detail}")
INVALID_FIELD = QT_TRANSLATE_NOOP("messages", "Ugyldig verdi.")

# Shown only by the command line (bokmål only, like the rest of its output).
CLI_TEXTS: dict[str, str] = {
    "storage.full": "Disken er full. Ingenting ble lagret. Frigjør plass og prøv igjen.",
    "storage.read_only": "Kan ikke skrive til «{path}» (skrivebeskyttet). Ingenting ble lagret.",
    "storage.write_failed": "Kunne ikke lese eller skrive på disken ({detail}). Ingenting ble "
                            "lagret.",
    "signing.no_identity": "Det finnes ingen signeringsidentitet ennå. Lag en med «bygdeliv "
                           "signing new».",
    "instance.running": "Bygdeliv Desktop er åpen med denne databasen — lukk programmet først. "
                        "Ingenting er endret.",
    "db.damaged.restore_hint": "Den nyeste hele sikkerhetskopien er fra {when}. Gjenopprett den "
                               "med:\n  bygdeliv backup restore \"{folder}\" --data-dir "
                               "\"{data_dir}\"\nDen skadede filen blir tatt vare på som "
                               "sikkerhetskopi.",
    "db.damaged.no_backup": "Det finnes ingen hel sikkerhetskopi i «{folder}». Kontakt "
                            "brukerstøtte før du gjør noe med filen.",
    "signing.error.not_intact": "Sammendraget kan ikke kontrasigneres: filen holder ikke i "
                                "kontrollen ({detail}). Ingen fil er skrevet.",
    "signing.error.no_field": "Sammendraget har ikke det tomme signaturfeltet «{field}» for "
                              "konsulenten. Ingen fil er skrevet.",
    "signing.error.already_signed": "Signaturfeltet «{field}» er allerede signert. Ingen fil "
                                    "er skrevet.",
    "file.missing": "Fant ikke «{path}».",
    "file.no_access": "Ingen tilgang til «{path}» ({reason}). Ingenting er endret.",
    "file.is_folder": "«{path}» er en mappe; her trengs en fil.",
    "file.not_folder": "«{path}» er ikke en mappe (en del av stien er en fil).",
    "input.bad_text": "Inndataene inneholder tegn som ikke er gyldig tekst (ugyldig "
                      "tegnkoding). Ingenting er endret.",
    "input.out_of_range": "Et tidspunkt eller tall er utenfor det gyldige området ({detail}). "
                          "Ingenting er endret.",
    "interrupted": "Avbrutt. Ingenting mer ble gjort.",
    "internal": "Uventet feil ({detail}). Ingenting mer ble gjort. Detaljene er skrevet i "
                "loggen: {log}",
}


def fill(template: str, params: dict) -> str:
    try:
        return template.format(**params)
    except (KeyError, IndexError, ValueError):
        return template


def _template(code: str, reason: object, cli: bool) -> str | None:
    keys = (f"{code}.{reason}", code) if reason else (code,)
    for key in keys:
        if cli and key in CLI_TEXTS:
            return CLI_TEXTS[key]
        if key in TEXTS:
            return TEXTS[key]
    return None


def error_text(error: BygdelivError, translate: Translate = _untranslated, cli: bool = False) -> str:
    """The user's text for ``error``; ``translate`` is the GUI's Qt translate, ``cli`` picks the
    command line's wording where it differs."""
    template = _template(error.code, error.params.get("reason"), cli)
    params = {"detail": error.detail, **error.params}
    if template is None:
        return fill(translate("messages", FALLBACK), {"detail": error.detail or error.code})
    return fill(translate("messages", template), params)


def field_text(error: FieldError, translate: Translate = _untranslated) -> str:
    template = TEXTS.get(error.code, INVALID_FIELD)
    return fill(translate("messages", template), error.params)


def cli_text(key: str, **params: object) -> str:
    """A command-line-only text (``CLI_TEXTS``)."""
    return fill(CLI_TEXTS[key], params)
