"""Validation rules for user input. Pure functions: values in, a list of field errors out.

Each rule returns error *codes* (see ``errors.FieldError``); the UI owns the wording.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from datetime import date

from bygdeliv_desktop.domain import catalogs
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
}
MAX_PARTICIPANTS = 100_000
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


def _text_errors(values: Mapping, fields: tuple[str, ...]) -> list[FieldError]:
    errors = []
    for name in fields:
        value = values.get(name) or ""
        if len(value) > TEXT_LIMITS[name]:
            errors.append(FieldError(name, "text.too_long", {"max": TEXT_LIMITS[name]}))
    return errors


def _date_order(values: Mapping, start: str, end: str) -> list[FieldError]:
    first, last = values.get(start), values.get(end)
    if first and last and last < first:
        return [FieldError(end, "date.before_start")]
    return []


def _non_negative_int(values: Mapping, name: str, maximum: int) -> list[FieldError]:
    value = values.get(name)
    if value is None:
        return []
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
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
    if not (values.get("name") or "").strip():
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
    since = values.get("merkur_since")
    if since and since > date.today():
        errors.append(FieldError("merkur_since", "date.in_future"))
    return errors


def validate_service(values: Mapping) -> list[FieldError]:
    errors = _text_errors(values, ("other_text", "partner", "hours", "note"))
    kind = values.get("kind_code")
    if kind not in catalogs.service_kinds().codes:
        errors.append(FieldError("kind_code", "kind.unknown", {"code": kind}))
    elif kind == catalogs.OTHER_CODE and not (values.get("other_text") or "").strip():
        errors.append(FieldError("other_text", "required"))
    errors += _date_order(values, "started_on", "ended_on")
    return errors


def validate_activity(values: Mapping) -> list[FieldError]:
    errors = _text_errors(values, ("title", "partners", "funding", "note"))
    if not values.get("date"):
        errors.append(FieldError("date", "required"))
    if not (values.get("title") or "").strip():
        errors.append(FieldError("title", "required"))
    if values.get("kind_code") not in catalogs.activity_kinds().codes:
        errors.append(FieldError("kind_code", "kind.unknown", {"code": values.get("kind_code")}))
    known_groups = catalogs.target_groups().codes
    unknown = [g for g in values.get("target_groups") or () if g not in known_groups]
    if unknown:
        errors.append(FieldError("target_groups", "kind.unknown", {"code": ", ".join(unknown)}))
    errors += _date_order(values, "date", "end_date")
    errors += _non_negative_int(values, "participants", MAX_PARTICIPANTS)
    errors += _non_negative_int(values, "cost_nok", MAX_COST_NOK)
    return errors


def validate_assessment(values: Mapping) -> list[FieldError]:
    """The header of an assessment: when, by whom, and why."""
    errors = _text_errors(values, ("assessor_name", "note"))
    assessed_on = values.get("assessed_on")
    if not assessed_on:
        errors.append(FieldError("assessed_on", "required"))
    elif assessed_on > date.today():
        errors.append(FieldError("assessed_on", "date.in_future"))
    if values.get("assessor_role") not in ASSESSOR_ROLES:
        errors.append(FieldError("assessor_role", "kind.unknown", {"code": values.get("assessor_role")}))
    if not (values.get("assessor_name") or "").strip():
        errors.append(FieldError("assessor_name", "required"))
    if values.get("purpose") not in PURPOSES:
        errors.append(FieldError("purpose", "kind.unknown", {"code": values.get("purpose")}))
    return errors


def validate_answer_texts(values: Mapping) -> list[FieldError]:
    return _text_errors(values, ("evidence", "comment"))


def validate_action(values: Mapping) -> list[FieldError]:
    """An action (tiltak): a title, a known status and funding source, a cost of 0 or more."""
    errors = _text_errors(values, ("title", "description", "responsible", "funding_note"))
    if not (values.get("title") or "").strip():
        errors.append(FieldError("title", "required"))
    if values.get("status") not in ACTION_STATUSES:
        errors.append(FieldError("status", "kind.unknown", {"code": values.get("status")}))
    funding = values.get("funding_code") or ""
    if funding and funding not in catalogs.funding_sources().codes:
        errors.append(FieldError("funding_code", "kind.unknown", {"code": funding}))
    elif funding == catalogs.OTHER_CODE and not (values.get("funding_note") or "").strip():
        errors.append(FieldError("funding_note", "required"))
    deadline = values.get("deadline")
    if deadline is not None and not isinstance(deadline, date):
        errors.append(FieldError("deadline", "date.invalid"))
    errors += _non_negative_int(values, "estimated_cost_nok", MAX_COST_NOK)
    if len(",".join(values.get("criterion_ids") or ())) > 300:
        errors.append(FieldError("criterion_ids", "text.too_long", {"max": 300}))
    return errors
