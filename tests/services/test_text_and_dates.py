"""Every service entry point refuses bad text and dates with the typed ValidationError and
changes nothing (issues 13, 19): no untyped StatementError, no year 1 or 9999, no bidi tricks."""

from __future__ import annotations

import datetime as dt
import sqlite3

import pytest

from bygdeliv_desktop.errors import ValidationError

SAMI = "Áltá Čáhppes Ŋ ŧ đ"


def dump(db_path) -> list[str]:
    """The database's logical content (schema and rows) as SQL lines."""
    connection = sqlite3.connect(db_path)
    try:
        return list(connection.iterdump())
    finally:
        connection.close()


def refused(db_path, call, field: str) -> str:
    """Run ``call``; it must raise ValidationError for ``field`` and leave the database as it was."""
    before = dump(db_path)
    with pytest.raises(ValidationError) as caught:
        call()
    error = caught.value.for_field(field)
    assert error is not None, caught.value.errors
    assert dump(db_path) == before
    return error.code


BAD_TEXT = ["Butikk\x00", "Butikk\x1b[2J", "Butikk\x07", "But\x85ikk", "Butikk\ud800",
            "evil\u202ecod.exe", "A\u2066B\u2069", "Butikk 中文"]


@pytest.mark.parametrize("name", BAD_TEXT)
def test_store_name_with_bad_characters_is_refused(services, store, db_path, name):
    assert refused(db_path, lambda: services.stores.create({"name": name}), "name") in (
        "text.control", "text.unprintable")
    assert refused(db_path, lambda: services.stores.rename(store.id, name), "name") in (
        "text.control", "text.unprintable")


@pytest.mark.parametrize("title", BAD_TEXT)
def test_activity_title_with_bad_characters_is_refused(services, store, db_path, title):
    values = {"date": dt.date(2025, 3, 6), "kind_code": "quiz", "title": title}
    assert refused(db_path, lambda: services.activities.add(store.id, values), "title") in (
        "text.control", "text.unprintable")


def test_other_text_fields_are_checked_too(services, store, db_path):
    rlo = "A\u202eB"
    code = refused(db_path, lambda: services.offerings.add(store.id, {
        "kind_code": "post", "partner": rlo}), "partner")
    assert code == "text.control"
    assert refused(db_path, lambda: services.actions.add(store.id, {
        "title": "Skilt", "description": "ok\n" + rlo}), "description") == "text.control"
    assert refused(db_path, lambda: services.stores.update(store.id, {
        "address": "Gate 1\nGate 2"}), "address") == "text.single_line"


def test_sami_and_norwegian_names_are_stored_as_typed(services, store):
    created = services.stores.create({"name": SAMI, "postal_place": "Ørsta",
                                      "notes": "Åpent\r\nhver dag"})
    stored = services.stores.get(created.id)
    assert stored.name == SAMI
    assert stored.notes == "Åpent\nhver dag"  # Windows line breaks become one kind
    decomposed = services.stores.create({"name": "A\u0301ltá"})
    assert services.stores.get(decomposed.id).name == "Áltá"  # composed, so search finds it


# -- dates ---------------------------------------------------------------------------------------

BAD_DATES = [("2026-13-45", "date.invalid"), ("next week", "date.invalid"), (20260101, "date.invalid"),
             ("0001-01-01", "date.out_of_range"), ("9999-12-31", "date.out_of_range"),
             (dt.date(1, 1, 1), "date.out_of_range"), (dt.date(9999, 12, 31), "date.out_of_range")]


@pytest.mark.parametrize("value, code", BAD_DATES)
def test_activity_dates(services, store, db_path, value, code):
    base = {"date": dt.date(2025, 3, 6), "kind_code": "quiz", "title": "Quiz"}
    assert refused(db_path, lambda: services.activities.add(
        store.id, {**base, "date": value}), "date") == code
    assert refused(db_path, lambda: services.activities.add(
        store.id, {**base, "end_date": value}), "end_date") in (code, "date.before_start")
    activity = services.activities.add(store.id, base)
    assert refused(db_path, lambda: services.activities.update(
        activity.id, {"date": value}), "date") == code


@pytest.mark.parametrize("value, code", BAD_DATES)
def test_service_dates(services, store, db_path, value, code):
    assert refused(db_path, lambda: services.offerings.add(
        store.id, {"kind_code": "post", "started_on": value}), "started_on") == code
    offering = services.offerings.add(store.id, {"kind_code": "post",
                                                 "started_on": dt.date(2020, 1, 1)})
    assert refused(db_path, lambda: services.offerings.update(
        offering.id, {"ended_on": value}), "ended_on") in (code, "date.before_start")
    assert refused(db_path, lambda: services.offerings.end(offering.id, value), "ended_on") in (
        code, "date.before_start")


@pytest.mark.parametrize("value, code", BAD_DATES)
def test_action_deadline(services, store, db_path, value, code):
    assert refused(db_path, lambda: services.actions.add(
        store.id, {"title": "Skilt", "deadline": value}), "deadline") == code


@pytest.mark.parametrize("value, code", BAD_DATES)
def test_store_merkur_since(services, store, db_path, value, code):
    assert refused(db_path, lambda: services.stores.update(
        store.id, {"merkur_participant": True, "merkur_since": value}), "merkur_since") == code


@pytest.mark.parametrize("value, code", BAD_DATES)
def test_assessment_date(services, store, db_path, value, code):
    header = {"assessor_role": "consultant", "assessor_name": "Kari", "assessed_on": value}
    assert refused(db_path, lambda: services.assessments.create(store.id, header),
                   "assessed_on") == code
    good = services.assessments.create(store.id, {**header, "assessed_on": dt.date(2025, 3, 1)})
    assert refused(db_path, lambda: services.assessments.update_details(
        good.id, {"assessed_on": value}), "assessed_on") == code
    assert refused(db_path, lambda: services.assessments.copy_to_draft(
        good.id, {"assessed_on": value}), "assessed_on") == code


def test_iso_text_dates_are_stored_as_dates(services, store):
    activity = services.activities.add(store.id, {"date": "2025-03-06", "end_date": "2025-03-07",
                                                  "kind_code": "quiz", "title": "Quiz"})
    assert services.activities.get(activity.id).date == dt.date(2025, 3, 6)
    offering = services.offerings.add(store.id, {"kind_code": "post", "started_on": "1900-01-01",
                                                 "ended_on": "2100-12-31"})
    assert services.offerings.get(offering.id).ended_on == dt.date(2100, 12, 31)
    action = services.actions.add(store.id, {"title": "Skilt", "deadline": "2026-05-17"})
    assert services.actions.get(action.id).deadline == dt.date(2026, 5, 17)
    assessment = services.assessments.create(store.id, {
        "assessor_role": "consultant", "assessor_name": "Kari", "assessed_on": "2025-03-01"})
    assert assessment.assessed_on == dt.date(2025, 3, 1)


def test_end_before_start_is_refused(services, store, db_path):
    assert refused(db_path, lambda: services.activities.add(store.id, {
        "date": "2025-03-06", "end_date": dt.date(2025, 3, 5), "kind_code": "quiz",
        "title": "Quiz"}), "end_date") == "date.before_start"
    assert refused(db_path, lambda: services.offerings.add(store.id, {
        "kind_code": "post", "started_on": dt.date(2025, 3, 6), "ended_on": "2025-03-05"}),
        "ended_on") == "date.before_start"


def test_duplicate_past_the_last_date_is_refused_not_crashing(services, store, db_path):
    activity = services.activities.add(store.id, {"date": dt.date(2100, 12, 30), "kind_code": "quiz",
                                                  "title": "Quiz"})
    assert refused(db_path, lambda: services.activities.duplicate(activity.id),
                   "date") == "date.out_of_range"
    assert refused(db_path, lambda: services.activities.duplicate(activity.id, 10**9),
                   "date") == "date.out_of_range"


@pytest.mark.parametrize("value, code", [(100_000, "number.too_large"), (-1, "number.negative"),
                                         (True, "number.not_integer"), ("5", "number.not_integer")])
def test_participants(services, store, db_path, value, code):
    values = {"date": dt.date(2025, 3, 6), "kind_code": "quiz", "title": "Quiz",
              "participants": value}
    assert refused(db_path, lambda: services.activities.add(store.id, values),
                   "participants") == code
    assert services.activities.add(store.id, {**values, "participants": 99_999}).participants == 99_999
