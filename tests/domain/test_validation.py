"""Validation rules: each case states the input and the field/code the user is shown."""

from __future__ import annotations

from datetime import date, timedelta

import pytest

from bygdeliv_desktop.domain import validation
from bygdeliv_desktop.domain.validation import (
    MAX_COST_NOK,
    MAX_PARTICIPANTS,
    TEXT_LIMITS,
    normalise_orgnr,
    orgnr_is_valid,
    validate_activity,
    validate_service,
    validate_store,
)


def codes(errors) -> dict[str, str]:
    return {e.field: e.code for e in errors}


# Check digits worked out by hand with the weights 3,2,7,6,5,4,3,2 (see domain/README.md).
VALID_ORGNRS = [
    "974760673",  # Brønnøysundregistrene, the example in the domain notes
    "923609016",
    "981276957",
    "812345672",
    "123456785",
    "800000130",  # remainder 0 -> check digit 0
]


@pytest.mark.parametrize("number", VALID_ORGNRS)
def test_valid_orgnr(number):
    assert orgnr_is_valid(number)


@pytest.mark.parametrize("number", [n[:8] + str((int(n[8]) + 1) % 10) for n in VALID_ORGNRS])
def test_wrong_check_digit_is_invalid(number):
    assert not orgnr_is_valid(number)


@pytest.mark.parametrize("last", "0123456789")
@pytest.mark.parametrize("prefix", ["91234567", "80000005"])
def test_check_digit_ten_is_never_valid(prefix, last):
    # These prefixes give 11 - r = 10: no ninth digit can make them valid.
    assert not orgnr_is_valid(prefix + last)


@pytest.mark.parametrize("number", ["97476067", "9747606730", "", "97476067a", "abcdefghi",
                                    "974 760 673", "-97476067", "９７４７６０６７３",
                                    "97476067²"])
def test_malformed_orgnr_is_invalid(number):
    assert not orgnr_is_valid(number)


@pytest.mark.parametrize("typed, expected", [
    ("974 760 673", "974760673"),
    (" 974760673 ", "974760673"),
    ("974760673 MVA", "974760673"),
    ("NO 974 760 673 MVA", "974760673"),
])
def test_normalise_orgnr(typed, expected):
    assert normalise_orgnr(typed) == expected


@pytest.mark.parametrize("typed", ["97476O673", "9747a60673", "974-760-673x"])
def test_normalise_keeps_stray_letters_so_validation_refuses_them(typed):
    # A letter typed inside the number is a typo, not decoration: silently dropping it could turn
    # a wrong number into a different, valid-looking one.
    assert not orgnr_is_valid(normalise_orgnr(typed))


STORE_OK = {"name": "Nærbutikken", "org_number": "974760673", "municipality_code": "3426",
            "postal_code": "2540", "phone": "+47 900 00 000", "email": "post@butikk.no",
            "centrality_class": 6, "merkur_since": date(2015, 3, 1)}


def test_complete_store_is_valid():
    assert validate_store(STORE_OK) == []


@pytest.mark.parametrize("field, value, code", [
    ("name", "", "required"),
    ("name", "   ", "required"),
    ("org_number", "974760674", "orgnr.invalid"),
    ("org_number", "12345678", "orgnr.invalid"),
    ("municipality_code", "9999", "municipality.unknown"),
    ("municipality_code", "0301", "municipality.unknown"),  # Oslo is not in the shipped list
    ("postal_code", "254", "postal_code.invalid"),
    ("postal_code", "25400", "postal_code.invalid"),
    ("postal_code", "25a0", "postal_code.invalid"),
    ("postal_code", "２５４０", "postal_code.invalid"),  # full-width digits look right, are not
    ("phone", "1234567", "phone.invalid"),
    ("phone", "telefon 900", "phone.invalid"),
    ("phone", "+47 900 00 000 000 000", "phone.invalid"),
    ("phone", "９００００００００", "phone.invalid"),
    ("email", "post", "email.invalid"),
    ("email", "post@butikk", "email.invalid"),
    ("email", "post @butikk.no", "email.invalid"),
    ("email", "a@b@c.no", "email.invalid"),
    ("centrality_class", 0, "centrality.range"),
    ("centrality_class", 7, "centrality.range"),
    ("centrality_class", -1, "centrality.range"),
    ("centrality_class", True, "centrality.range"),
    ("centrality_class", 3.5, "centrality.range"),
    ("merkur_since", date.today() + timedelta(days=1), "date.in_future"),
])
def test_invalid_store_field(field, value, code):
    errors = validate_store({**STORE_OK, field: value})
    assert codes(errors) == {field: code}


@pytest.mark.parametrize("field, value", [
    ("phone", "90000000"), ("phone", "+4790000000"), ("phone", "900 00 000"),
    ("email", "kari.nordmann+butikk@eksempel.example"),
    ("centrality_class", 1), ("centrality_class", 6), ("centrality_class", None),
    ("merkur_since", date.today()), ("merkur_since", None),
    ("postal_code", "0001"), ("postal_code", ""),
    ("municipality_code", "3401"), ("municipality_code", "3454"), ("municipality_code", ""),
    ("org_number", ""),
])
def test_valid_store_field(field, value):
    assert validate_store({**STORE_OK, field: value}) == []


STORE_TEXT = ("name", "chain", "address", "postal_place", "contact_person", "email",
              "opening_hours", "notes")


@pytest.mark.parametrize("field", STORE_TEXT)
def test_store_text_over_limit(field):
    limit = TEXT_LIMITS[field]
    at_limit = {**STORE_OK, field: "x" * limit}
    over = {**STORE_OK, field: "x" * (limit + 1)}
    assert "text.too_long" not in [e.code for e in validate_store(at_limit) if e.field == field]
    error = next(e for e in validate_store(over) if e.code == "text.too_long")
    assert (error.field, error.params) == (field, {"max": limit})


SERVICE_OK = {"kind_code": "post", "partner": "Posten", "started_on": date(2020, 1, 1)}


def test_service_valid():
    assert validate_service(SERVICE_OK) == []


@pytest.mark.parametrize("values, expected", [
    ({"kind_code": "teleport"}, {"kind_code": "kind.unknown"}),
    ({"kind_code": None}, {"kind_code": "kind.unknown"}),
    ({"kind_code": "other"}, {"other_text": "required"}),
    ({"kind_code": "other", "other_text": "  "}, {"other_text": "required"}),
    ({"started_on": date(2020, 1, 2), "ended_on": date(2020, 1, 1)},
     {"ended_on": "date.before_start"}),
])
def test_service_invalid(values, expected):
    assert codes(validate_service({**SERVICE_OK, **values})) == expected


def test_service_other_with_text_and_same_day_end_is_valid():
    assert validate_service({"kind_code": "other", "other_text": "Utleie av tilhenger",
                             "started_on": date(2020, 1, 1), "ended_on": date(2020, 1, 1)}) == []


@pytest.mark.parametrize("field", ["other_text", "partner", "hours", "note"])
def test_service_text_over_limit(field):
    values = {**SERVICE_OK, "kind_code": "other", "other_text": "x", field: "y" * (TEXT_LIMITS[field] + 1)}
    assert codes(validate_service(values)) == {field: "text.too_long"}


ACTIVITY_OK = {"date": date(2025, 3, 6), "kind_code": "quiz", "title": "Quiz",
               "participants": 12, "target_groups": ["everyone", "elderly"], "cost_nok": 500}


def test_activity_valid():
    assert validate_activity(ACTIVITY_OK) == []


@pytest.mark.parametrize("values, expected", [
    ({"date": None}, {"date": "required"}),
    ({"title": " "}, {"title": "required"}),
    ({"kind_code": "rave"}, {"kind_code": "kind.unknown"}),
    ({"target_groups": ["everyone", "martians"]}, {"target_groups": "kind.unknown"}),
    ({"end_date": date(2025, 3, 5)}, {"end_date": "date.before_start"}),
    ({"participants": -1}, {"participants": "number.negative"}),
    ({"participants": MAX_PARTICIPANTS + 1}, {"participants": "number.too_large"}),
    # Not a whole number: "Skriv et helt tall", not "Kan ikke være negativt" (the old, wrong text).
    ({"participants": "12"}, {"participants": "number.not_integer"}),
    ({"participants": True}, {"participants": "number.not_integer"}),
    ({"participants": 12.0}, {"participants": "number.not_integer"}),
    ({"participants": 100_000}, {"participants": "number.too_large"}),
    ({"cost_nok": -500}, {"cost_nok": "number.negative"}),
    ({"cost_nok": MAX_COST_NOK + 1}, {"cost_nok": "number.too_large"}),
])
def test_activity_invalid(values, expected):
    assert codes(validate_activity({**ACTIVITY_OK, **values})) == expected


@pytest.mark.parametrize("values", [
    {"participants": 0}, {"participants": MAX_PARTICIPANTS}, {"participants": 99_999},
    {"participants": None},
    {"cost_nok": 0}, {"cost_nok": MAX_COST_NOK}, {"end_date": date(2025, 3, 6)},
    {"target_groups": []},
])
def test_activity_edge_values_are_valid(values):
    assert validate_activity({**ACTIVITY_OK, **values}) == []


def test_unknown_target_group_is_named():
    error = validate_activity({**ACTIVITY_OK, "target_groups": ["martians", "everyone"]})[0]
    assert error.params == {"code": "martians"}


@pytest.mark.parametrize("field", ["title", "partners", "funding", "note"])
def test_activity_text_over_limit(field):
    values = {**ACTIVITY_OK, field: "z" * (TEXT_LIMITS[field] + 1)}
    assert codes(validate_activity(values)) == {field: "text.too_long"}


def test_every_text_limit_matches_the_column():
    # The UI and the validator use TEXT_LIMITS; the database columns must agree with them.
    from bygdeliv_desktop.domain.models import SYNCED_TABLES

    for table in SYNCED_TABLES:
        for name, column in table.__table__.columns.items():
            if name in TEXT_LIMITS:
                assert column.type.length == TEXT_LIMITS[name], (table.__name__, name)
    assert validation.ORGNR_WEIGHTS == (3, 2, 7, 6, 5, 4, 3, 2)
