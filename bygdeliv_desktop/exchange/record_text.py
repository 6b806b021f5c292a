"""Norwegian (bokmål) words for refused records: which record, which field, what is wrong.

An exchange file is refused before anything is shown of it, so the message must let the user find
the record on the machine that made the file: its kind, its name or title, and its id. These texts
end up in the ``detail`` of the refusal, which the CLI prints and the import dialog shows inside its
own (translated) sentence. Qt-free on purpose (the exchange layer sits below the UI).
"""

from __future__ import annotations

from collections.abc import Mapping

from bygdeliv_desktop.domain import field_messages
from bygdeliv_desktop.domain.text import printable
from bygdeliv_desktop.errors import FieldError

KINDS = {
    "store": "butikk",
    "service_offering": "tjeneste",
    "activity": "aktivitet",
    "catalog_snapshot": "kriteriekatalog",
    "assessment": "egenvurdering",
    "answer": "svar",
    "attachment_file": "vedlegg",
    "action_item": "tiltak",
}

FIELDS = {
    "id": "id", "version": "versjon", "created_at": "opprettet", "updated_at": "endret",
    "deleted_at": "slettet", "name": "navn", "org_number": "organisasjonsnummer",
    "municipality_code": "kommune", "chain": "kjede", "address": "adresse",
    "postal_code": "postnummer", "postal_place": "poststed", "contact_person": "kontaktperson",
    "phone": "telefon", "email": "e-post", "opening_hours": "åpningstider",
    "centrality_class": "sentralitetsklasse", "merkur_participant": "Merkur-deltaker",
    "merkur_since": "Merkur-deltaker siden", "notes": "notater", "archived": "arkivert",
    "store_id": "butikk", "kind_code": "type", "other_text": "annen type", "partner": "partner",
    "started_on": "startdato", "ended_on": "sluttdato", "hours": "tider", "note": "merknad",
    "date": "dato", "end_date": "sluttdato", "title": "tittel", "participants": "deltakere",
    "target_groups": "målgrupper", "partners": "samarbeidspartnere", "cost_nok": "kostnad (kr)",
    "funding": "finansiering", "catalog_id": "katalog", "catalog_version": "katalogversjon",
    "sha256": "sjekksum", "content": "innhold", "file_name": "filnavn", "origin": "opphav",
    "imported_at": "importert", "assessed_on": "vurderingsdato", "assessor_role": "rolle",
    "assessor_name": "vurdert av", "purpose": "formål", "catalog_sha256": "katalog",
    "finalised_at": "låst", "copied_from_id": "kopiert fra", "assessment_id": "egenvurdering",
    "criterion_id": "kriterium", "level": "nivå", "not_applicable": "ikke relevant",
    "evidence": "dokumentasjon", "comment": "kommentar", "stored_name": "lagret navn",
    "original_name": "filnavn", "size_bytes": "størrelse", "description": "beskrivelse",
    "criterion_ids": "kriterier", "responsible": "ansvarlig", "deadline": "frist",
    "status": "status", "estimated_cost_nok": "anslått kostnad (kr)",
    "funding_code": "finansieringskilde", "funding_note": "finansiering, merknad",
    "clock": "versjonsvektor",
}

# Problems only the import finds. The forms' rules (domain/validation.py codes) are worded once,
# in domain/field_messages.py, and shown here the same way.
PROBLEMS = {
    "answer.invalid_level": "svaret passer ikke med skalaen for kriteriet {criterion} "
                            "(0 til {max})",
    "criterion.unknown": "kriteriet {code} finnes ikke i katalogen",
    "catalog.mismatch": "stemmer ikke med kriteriekatalogen egenvurderingen bygger på",
    "catalog.unknown": "kriteriekatalogen egenvurderingen bygger på finnes verken i filen eller her",
}


def kind(table: str) -> str:
    return KINDS.get(table, table)


def field(name: str) -> str:
    return FIELDS.get(name, name)


def record(table: str, values: Mapping, position: str = "") -> str:
    """``aktivitet «Quiz» (id 1b2c…)``: kind, then the name or title when there is one, then the id
    (or the position in the file when even the id is unusable)."""
    label = kind(table)
    for key in ("name", "title", "assessor_name", "original_name", "criterion_id", "catalog_id",
                "kind_code"):
        text = values.get(key)
        if isinstance(text, str) and text.strip():
            label += f" «{printable(text.strip())[:60]}»"
            break
    record_id = values.get("id")
    if isinstance(record_id, str) and record_id:
        label += f" (id {printable(record_id)[:40]})"
    elif position:
        label += f" ({position})"
    return label


def problem(error: FieldError) -> str:
    template = PROBLEMS.get(error.code)
    if template is None:
        return field_messages.message(error)
    try:
        return template.format(**error.params)
    except (KeyError, IndexError, ValueError):
        return template


def field_problem(error: FieldError) -> str:
    return f"{field(error.field)}: {problem(error)}"
