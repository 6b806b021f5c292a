"""Validation rules for user input. Pure functions: values in, a list of field errors out.

Each rule returns error *codes* (see ``errors.FieldError``); the UI owns the wording
(``domain/field_messages.py`` has a Qt-free bokmål wording for the CLI and imports).

The same rules serve every entry point: forms and the CLI go through the services, imports call
the ``validate_*`` functions (or ``text_field_errors`` / ``date_field_errors``) directly.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Mapping
from datetime import date

from bygdeliv_desktop.domain import catalogs, text
from bygdeliv_desktop.domain.dates import as_date, date_error
from bygdeliv_desktop.domain.assessment_models import ACTION_STATUSES, ASSESSOR_ROLES, PURPOSES
from bygdeliv_desktop.errors import FieldError

ORGNR_WEIGHTS = (3, 2, 7, 6, 5, 4, 3, 2)
EMAIL_RE = re.compile(r"^[^@\s]+@[^@\s]+\.[^@\s]{2,}$")
# ASCII digits only: str.isdigit() and \d also accept '²' and full-width digits, which int() chokes on
# or which would be stored as look-alikes.
PHONE_RE = re.compile(r"^\+?[0-9]{8,15}$")
ORGNR_RE = re.compile(r"[0-9]{9}")
POSTAL_CODE_RE = re.compile(r"[0-9]{4}")
# What people add around an org number: "NO 974 760 673 MVA" (the VAT register form).
ORGNR_DECORATION_RE = re.compile(r"^NO(?=[0-9])|MVA$", re.IGNORECASE)

# Longest text each field takes; the UI uses the same numbers for maxLength.
TEXT_LIMITS: dict[str, int] = {
    "name": 120,
    "chain": 60,
    "address": 200,
    "postal_place": 60,
    "contact_person": 120,
    "phone": 20,
    "email": 254,
    "opening_hours": 500,
    "notes": 4000,
    "other_text": 120,
    "partner": 200,
    "hours": 200,
    "note": 2000,
    "title": 200,
    "partners": 300,
    "funding": 200,
    "assessor_name": 120,
    "evidence": 4000,
    "comment": 2000,
    "description": 4000,
    "responsible": 200,
    "funding_note": 200,
    "criterion_ids": 300,
}
# Fields that may hold several lines (tab and newline allowed); every other text field is one line.
MULTILINE_FIELDS = frozenset({"opening_hours", "notes", "note", "evidence", "comment",
                              "description"})
# Date fields of the records: a date or ISO 'YYYY-MM-DD' text, 1900-01-01 to 2100-12-31.
DATE_FIELDS = frozenset({"merkur_since", "started_on", "ended_on", "date", "end_date", "deadline",
                         "assessed_on"})
MAX_PARTICIPANTS = 99_999  # fewer than 100 000
MAX_COST_NOK = 100_000_000


def orgnr_is_valid(value: str) -> bool:
    """Norwegian organisation number: nine digits, MOD11 check digit (weights 3,2,7,6,5,4,3,2)."""
    if not ORGNR_RE.fullmatch(value):
        return False
    remainder = sum(int(d) * w for d, w in zip(value, ORGNR_WEIGHTS)) % 11
    check = 0 if remainder == 0 else 11 - remainder
    return check != 10 and check == int(value[8])


def normalise_orgnr(value: str) -> str:
    """Users type '974 760 673' or 'NO 974760673 MVA': drop spaces and the VAT decoration.

    Anything else (a stray letter inside the number) is kept, so validation refuses it instead of
    quietly turning a typo into some other number.
    """
    compact = "".join(value.split())
    return ORGNR_DECORATION_RE.sub("", compact)


def text_field_errors(name: str, value: object, multiline: bool | None = None) -> list[FieldError]:
    """Problems with ``value`` as the text of field ``name`` (None and '' are fine here).

    Codes: text.invalid (not text), text.too_long {max}, text.single_line (tab or line break in
    a one-line field), text.control {chars} (control, bidi/format, surrogate, private-use
    characters), text.unprintable {chars} (the PDF font cannot draw them, e.g. CJK).
    ``multiline`` defaults to whether ``name`` is in MULTILINE_FIELDS.
    """
    if value is None or value == "":
        return []
    if not isinstance(value, str):
        return [FieldError(name, "text.invalid")]
    limit = TEXT_LIMITS.get(name)
    if limit is not None and len(value) > limit:
        return [FieldError(name, "text.too_long", {"max": limit})]
    refused = refused_character_errors(name, value, multiline)
    if refused:
        return refused
    unprintable = text.unprintable_characters(value)
    if unprintable:
        return [FieldError(name, "text.unprintable",
                           {"chars": text.code_points(unprintable, visible=True)})]
    return []


def refused_character_errors(name: str, value: str,
                             multiline: bool | None = None) -> list[FieldError]:
    """The character part of ``text_field_errors`` without the font check: text.single_line or
    text.control {chars} for characters no text may hold. For texts that are stored but never
    printed in the summary (ids, codes and file names in an exchange file)."""
    multiline = name in MULTILINE_FIELDS if multiline is None else multiline
    refused = text.refused_characters(value, multiline)
    if not refused:
        return []
    if not multiline and all(c in text.MULTILINE_CONTROLS for c in refused):
        return [FieldError(name, "text.single_line")]
    return [FieldError(name, "text.control", {"chars": text.code_points(refused)})]


def _text_errors(values: Mapping, fields: tuple[str, ...]) -> list[FieldError]:
    return [error for name in fields for error in text_field_errors(name, values.get(name))]


def _text(values: Mapping, name: str) -> str:
    """The field's text for a 'required' check; '' for a missing or non-text value."""
    value = values.get(name)
    return value if isinstance(value, str) else ""


def date_field_errors(name: str, value: object) -> list[FieldError]:
    """Problems with ``value`` as the date in field ``name``: date.invalid (not a date, or text
    not 'YYYY-MM-DD') or date.out_of_range {min, max} (before 1900 or after 2100). Empty is fine."""
    error = date_error(name, value)
    return [error] if error else []


def _dates(values: Mapping, fields: tuple[str, ...]) -> tuple[list[FieldError], dict]:
    """Errors for the date fields, and the valid ones as dates (for order and future checks)."""
    errors, parsed = [], {}
    for name in fields:
        found = date_field_errors(name, values.get(name))
        errors += found
        if not found:
            parsed[name] = as_date(values.get(name))
    return errors, parsed


def _date_order(parsed: Mapping, start: str, end: str) -> list[FieldError]:
    first, last = parsed.get(start), parsed.get(end)
    if first and last and last < first:
        return [FieldError(end, "date.before_start")]
    return []


def _non_negative_int(values: Mapping, name: str, maximum: int) -> list[FieldError]:
    value = values.get(name)
    if value is None:
        return []
    # bool is an int in Python (True == 1): a checkbox value is not a count.
    if type(value) is not int:
        return [FieldError(name, "number.not_integer")]
    if value < 0:
        return [FieldError(name, "number.negative")]
    if value > maximum:
        return [FieldError(name, "number.too_large", {"max": maximum})]
    return []


def validate_store(values: Mapping) -> list[FieldError]:
    errors = _text_errors(
        values,
        ("name", "chain", "address", "postal_place", "contact_person", "phone", "email",
         "opening_hours", "notes"),
    )
    if not _text(values, "name").strip():
        errors.append(FieldError("name", "required"))
    orgnr = values.get("org_number") or ""
    if orgnr and not orgnr_is_valid(orgnr):
        errors.append(FieldError("org_number", "orgnr.invalid"))
    code = values.get("municipality_code")
    if code and catalogs.municipality(code) is None:
        errors.append(FieldError("municipality_code", "municipality.unknown", {"code": code}))
    postal = values.get("postal_code") or ""
    if postal and not POSTAL_CODE_RE.fullmatch(postal):
        errors.append(FieldError("postal_code", "postal_code.invalid"))
    phone = (values.get("phone") or "").replace(" ", "")
    if phone and not PHONE_RE.match(phone):
        errors.append(FieldError("phone", "phone.invalid"))
    email = values.get("email") or ""
    if email and not EMAIL_RE.match(email):
        errors.append(FieldError("email", "email.invalid"))
    centrality = values.get("centrality_class")
    # bool is an int in Python (True == 1): a checkbox value must not pass as class 1.
    if centrality is not None and (type(centrality) is not int or centrality not in range(1, 7)):
        errors.append(FieldError("centrality_class", "centrality.range"))
    date_errors, parsed = _dates(values, ("merkur_since",))
    errors += date_errors
    since = parsed.get("merkur_since")
    if since and since > date.today():
        errors.append(FieldError("merkur_since", "date.in_future"))
    return errors


def validate_service(values: Mapping) -> list[FieldError]:
    errors = _text_errors(values, ("other_text", "partner", "hours", "note"))
    kind = values.get("kind_code")
    if kind not in catalogs.service_kinds().codes:
        errors.append(FieldError("kind_code", "kind.unknown", {"code": kind}))
    elif kind == catalogs.OTHER_CODE and not _text(values, "other_text").strip():
        errors.append(FieldError("other_text", "required"))
    date_errors, parsed = _dates(values, ("started_on", "ended_on"))
    errors += date_errors + _date_order(parsed, "started_on", "ended_on")
    return errors


def validate_activity(values: Mapping) -> list[FieldError]:
    errors = _text_errors(values, ("title", "partners", "funding", "note"))
    date_errors, parsed = _dates(values, ("date", "end_date"))
    if not values.get("date"):
        errors.append(FieldError("date", "required"))
    if not _text(values, "title").strip():
        errors.append(FieldError("title", "required"))
    if values.get("kind_code") not in catalogs.activity_kinds().codes:
        errors.append(FieldError("kind_code", "kind.unknown", {"code": values.get("kind_code")}))
    known_groups = catalogs.target_groups().codes
    groups = values.get("target_groups") or ()
    if isinstance(groups, str):  # as stored (comma separated), e.g. from an exchange file
        groups = [g for g in groups.split(",") if g]
    unknown = [str(g) for g in groups if g not in known_groups]
    if unknown:
        errors.append(FieldError("target_groups", "kind.unknown", {"code": ", ".join(unknown)}))
    errors += date_errors + _date_order(parsed, "date", "end_date")
    errors += _non_negative_int(values, "participants", MAX_PARTICIPANTS)
    errors += _non_negative_int(values, "cost_nok", MAX_COST_NOK)
    return errors


def validate_signer(values: Mapping, min_passphrase: int) -> list[FieldError]:
    """Who signs (name, role, store_name, org_number) and, when present, a new passphrase typed twice."""
    errors = _text_errors(values, ("name", "role", "store_name"))
    errors += [FieldError(name, "required") for name in ("name", "role", "store_name")
               if not _text(values, name).strip()]
    orgnr = normalise_orgnr(values.get("org_number") or "")
    if orgnr and not orgnr_is_valid(orgnr):
        errors.append(FieldError("org_number", "orgnr.invalid"))
    if "passphrase" in values:
        passphrase = values.get("passphrase") or ""
        if not isinstance(passphrase, str) or any(
                unicodedata.category(c) == "Cs" for c in passphrase):
            # A lone surrogate (undecodable bytes from a terminal) cannot be encoded to derive a
            # key. The message never repeats the passphrase.
            errors.append(FieldError("passphrase", "passphrase.invalid"))
        elif len(passphrase) < min_passphrase:
            errors.append(FieldError("passphrase", "passphrase.too_short", {"min": min_passphrase}))
        elif passphrase != values.get("passphrase_again"):
            errors.append(FieldError("passphrase_again", "passphrase.mismatch"))
    return errors


def validate_assessment(values: Mapping) -> list[FieldError]:
    """The header of an assessment: when, by whom, and why."""
    errors = _text_errors(values, ("assessor_name", "note"))
    date_errors, parsed = _dates(values, ("assessed_on",))
    assessed_on = parsed.get("assessed_on")
    if date_errors:
        errors += date_errors
    elif not assessed_on:
        errors.append(FieldError("assessed_on", "required"))
    elif assessed_on > date.today():
        errors.append(FieldError("assessed_on", "date.in_future"))
    if values.get("assessor_role") not in ASSESSOR_ROLES:
        errors.append(FieldError("assessor_role", "kind.unknown", {"code": values.get("assessor_role")}))
    if not _text(values, "assessor_name").strip():
        errors.append(FieldError("assessor_name", "required"))
    if values.get("purpose") not in PURPOSES:
        errors.append(FieldError("purpose", "kind.unknown", {"code": values.get("purpose")}))
    return errors


def validate_answer_texts(values: Mapping) -> list[FieldError]:
    return _text_errors(values, ("evidence", "comment"))


def validate_action(values: Mapping) -> list[FieldError]:
    """An action (tiltak): a title, a known status and funding source, a cost of 0 or more."""
    errors = _text_errors(values, ("title", "description", "responsible", "funding_note"))
    if not _text(values, "title").strip():
        errors.append(FieldError("title", "required"))
    if values.get("status") not in ACTION_STATUSES:
        errors.append(FieldError("status", "kind.unknown", {"code": values.get("status")}))
    funding = values.get("funding_code") or ""
    if funding and funding not in catalogs.funding_sources().codes:
        errors.append(FieldError("funding_code", "kind.unknown", {"code": funding}))
    elif funding == catalogs.OTHER_CODE and not _text(values, "funding_note").strip():
        errors.append(FieldError("funding_note", "required"))
    errors += _dates(values, ("deadline",))[0]
    errors += _non_negative_int(values, "estimated_cost_nok", MAX_COST_NOK)
    ids = values.get("criterion_ids") or ()
    if isinstance(ids, str):  # as stored (comma separated), e.g. from an exchange file
        errors += text_field_errors("criterion_ids", ids, multiline=False)
    elif not all(isinstance(i, str) for i in ids):
        errors.append(FieldError("criterion_ids", "text.invalid"))
    else:
        errors += text_field_errors("criterion_ids", ",".join(ids), multiline=False)
    return errors
