"""Dates and timestamps the domain takes (issues 19 and 14): typed errors, never a crash."""

from __future__ import annotations

import datetime as dt

import pytest

from bygdeliv_desktop.domain import dates
from bygdeliv_desktop.domain.validation import (
    date_field_errors, validate_action, validate_activity, validate_assessment, validate_service,
    validate_store)
from bygdeliv_desktop.errors import ValidationError


def codes(errors) -> dict[str, str]:
    return {e.field: e.code for e in errors}


@pytest.mark.parametrize("value", ["2026-13-45", "2026-02-30", "next week", "20260101",
                                   "2026-W01-1", "2026-01-01T00:00", "２０２６-01-01", 20260101,
                                   True, 3.5, "2026-01-01\ud800", b"2026-01-01", ["2026-01-01"]])
def test_bad_date_is_invalid(value):
    assert codes(date_field_errors("date", value)) == {"date": "date.invalid"}
    with pytest.raises(ValidationError) as caught:
        dates.parse_date(value, "date")
    assert caught.value.for_field("date").code == "date.invalid"


@pytest.mark.parametrize("value", [dt.date(1, 1, 1), dt.date(9999, 12, 31), "0001-01-01",
                                   "9999-12-31", dt.date(1899, 12, 31), dt.date(2101, 1, 1)])
def test_date_out_of_range(value):
    error = date_field_errors("date", value)[0]
    assert (error.field, error.code) == ("date", "date.out_of_range")
    assert error.params == {"min": "01.01.1900", "max": "31.12.2100"}


@pytest.mark.parametrize("value, expected", [
    ("2026-05-17", dt.date(2026, 5, 17)), (dt.date(1900, 1, 1), dt.date(1900, 1, 1)),
    ("2100-12-31", dt.date(2100, 12, 31)), (None, None), ("", None),
    (dt.datetime(2026, 5, 17, 13, 0), dt.date(2026, 5, 17)),
])
def test_good_date(value, expected):
    assert dates.parse_date(value, "date") == expected
    assert date_field_errors("date", value) == []


def test_parse_error_is_also_a_value_error_for_old_callers():
    with pytest.raises(ValueError):
        dates.parse_date("2026-13-45", "date")


@pytest.mark.parametrize("validator, values, field", [
    (validate_store, {"name": "B", "merkur_since": "0001-01-01"}, "merkur_since"),
    (validate_service, {"kind_code": "post", "started_on": dt.date(9999, 12, 31)}, "started_on"),
    (validate_service, {"kind_code": "post", "ended_on": "2026-13-45"}, "ended_on"),
    (validate_activity, {"date": "1066-10-14", "kind_code": "quiz", "title": "T"}, "date"),
    (validate_activity, {"date": dt.date(2025, 1, 1), "end_date": "9999-12-31",
                         "kind_code": "quiz", "title": "T"}, "end_date"),
    (validate_action, {"title": "T", "status": "planned", "deadline": dt.date(1, 1, 1)}, "deadline"),
    (validate_assessment, {"assessed_on": "1800-01-01", "assessor_role": "consultant",
                           "assessor_name": "K", "purpose": "baseline"}, "assessed_on"),
])
def test_every_validator_checks_date_ranges(validator, values, field):
    assert codes(validator(values)) in ({field: "date.out_of_range"}, {field: "date.invalid"})


def test_end_before_start_with_iso_strings():
    assert codes(validate_activity({"date": "2025-03-06", "end_date": "2025-03-05",
                                    "kind_code": "quiz", "title": "T"})) == {
        "end_date": "date.before_start"}
    assert codes(validate_service({"kind_code": "post", "started_on": dt.date(2025, 3, 6),
                                   "ended_on": "2025-03-05"})) == {"ended_on": "date.before_start"}


def test_in_future_check_with_iso_string_does_not_crash():
    tomorrow = (dt.date.today() + dt.timedelta(days=1)).isoformat()
    assert codes(validate_store({"name": "B", "merkur_since": tomorrow})) == {
        "merkur_since": "date.in_future"}


@pytest.mark.parametrize("value", [
    "0001-01-01T00:00:00+23:59",    # astimezone(UTC) overflows below year 1
    "9999-12-31T23:59:59-23:59",    # ... and above year 9999
    "2026-01-01T00:00:00",          # no time zone
    "2026-13-01T00:00:00+00:00", "not a time", "2026-01-01T00:00:00+00:00\ud800", "", 12, None,
    "1000-01-01T00:00:00+00:00", "x" * 100,
])
def test_bad_timestamp_raises_the_typed_error(value):
    with pytest.raises(ValidationError) as caught:
        dates.parse_timestamp(value, "created_at")
    assert caught.value.for_field("created_at").code == "timestamp.invalid"


def test_good_timestamp_is_aware_utc():
    moment = dates.parse_timestamp("2026-05-17T14:00:00+02:00", "created_at")
    assert moment == dt.datetime(2026, 5, 17, 12, 0, tzinfo=dt.timezone.utc)
    assert moment.utcoffset() == dt.timedelta(0)
