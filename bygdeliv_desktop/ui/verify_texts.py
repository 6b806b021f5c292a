"""Words for the checks of ``signing/verify.py``: what was checked and, when it failed, why."""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication

from bygdeliv_desktop.signing.verify import Check


# Spelled out so that pyside6-lupdate finds every text with its context.
translate = QCoreApplication.translate


def check_label(code: str) -> str:
    labels = {
        "readable": translate("verify", "Filen kan leses som PDF"),
        "signed": translate("verify", "Filen har en signatur"),
        "certification": translate("verify", "Signaturen er en sertifiseringssignatur"),
        "intact": translate("verify", "Innholdet er uendret siden signering"),
        "signature_valid": translate("verify", "Signaturen stemmer med sertifikatet"),
        "entire_file": translate("verify", "Hele filen er dekket av signaturen"),
        "no_disallowed_changes": translate("verify", "Ingen ulovlige endringer etter signering"),
        "certificate_current": translate("verify", "Sertifikatet er gyldig nå (ikke utløpt)"),
        "trusted": translate("verify", "Underskriveren er bekreftet av en betrodd CA"),
        "data_present": translate("verify", "data.json ligger i den signerte versjonen"),
        "data_valid": translate("verify", "data.json kan leses og har kjent format"),
        "org_number_valid": translate("verify", "data.json har et gyldig organisasjonsnummer"),
        "org_number_matches": translate("verify", "Organisasjonsnummeret i data.json er det samme som i sertifikatet"),
    }
    return labels.get(code, code)


def failure_reason(check: Check, trust_checked: bool) -> str:
    """Why a failed check failed, in words (the technical ``check.detail`` is for the tooltip)."""
    reasons = {
        "readable": translate("verify", "Filen er ikke en lesbar PDF."),
        "signed": translate("verify", "Filen er ikke signert."),
        "certification": translate("verify", "Signaturen er en vanlig signatur, ikke en sertifisering."),
        "intact": translate("verify", "Innholdet er endret etter at det ble signert."),
        "signature_valid": translate("verify", "Signaturen kan ikke bekreftes: filen er endret eller skadet."),
        "entire_file": translate("verify", "Noe er lagt til i filen etter signeringen."),
        "no_disallowed_changes": translate("verify", "Filen er endret etter signering på en måte som ikke er tillatt."),
        "trusted": (translate("verify", "Sertifikatet er ikke utstedt av CA-en du valgte.") if trust_checked else
                    translate("verify", "Ingen betrodd CA er valgt, så det er ikke bekreftet hvem som signerte.")),
        "data_present": translate("verify", "data.json mangler i den signerte versjonen."),
        "data_valid": translate("verify", "data.json kan ikke leses eller har ukjent format."),
        "certificate_current": (translate("verify", "Sertifikatet er ennå ikke gyldig.")
                                if "not_yet_valid" in check.detail else
                                translate("verify", "Sertifikatet er utløpt, så signaturen kan ikke bekreftes.")),
        "org_number_valid": translate("verify", "data.json mangler et gyldig organisasjonsnummer, så det er uklart hvem sammendraget gjelder."),
        "org_number_matches": translate("verify", "Organisasjonsnummeret i data.json er ikke signererens: sammendraget er signert av en annen virksomhet."),
    }
    return reasons.get(check.code, check.code)


def certificate_name(rfc4514: str) -> str:
    """"Kari Kjøpmann (Nærbutikken Eksempelbygd)" from a certificate subject, for people to read."""
    from cryptography import x509
    from cryptography.x509.oid import NameOID

    try:
        name = x509.Name.from_rfc4514_string(rfc4514)
    except ValueError:
        return rfc4514

    def value(oid) -> str:
        found = name.get_attributes_for_oid(oid)
        return str(found[0].value) if found else ""

    common, organisation = value(NameOID.COMMON_NAME), value(NameOID.ORGANIZATION_NAME)
    if common and organisation and organisation not in common:
        return f"{common} ({organisation})"
    return common or organisation or rfc4514
