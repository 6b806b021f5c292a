"""Service offerings: add, edit, end, soft delete."""

from __future__ import annotations

from datetime import date

import pytest
from sqlalchemy import text

from bygdeliv_desktop.errors import RecordNotFound, ValidationError


def test_add_and_list_sorted_by_start(services, store):
    later = services.offerings.add(store.id, {"kind_code": "post", "started_on": date(2022, 1, 1)})
    earlier = services.offerings.add(store.id, {"kind_code": "cash", "started_on": date(2019, 5, 1)})
    undated = services.offerings.add(store.id, {"kind_code": "fuel"})
    assert [o.id for o in services.offerings.list_for_store(store.id)] == [
        undated.id, earlier.id, later.id]


def test_other_needs_text_and_saves_nothing_without(services, store):
    with pytest.raises(ValidationError) as caught:
        services.offerings.add(store.id, {"kind_code": "other", "other_text": "  "})
    assert caught.value.for_field("other_text").code == "required"
    assert services.offerings.list_for_store(store.id) == []
    offering = services.offerings.add(store.id, {"kind_code": "other", "other_text": "Tilhenger"})
    assert services.offerings.get(offering.id).other_text == "Tilhenger"


def test_free_text_is_dropped_for_catalogue_kinds(services, store):
    offering = services.offerings.add(store.id, {"kind_code": "post", "other_text": "feil felt"})
    assert services.offerings.get(offering.id).other_text == ""


def test_end_and_active_only(services, store):
    offering = services.offerings.add(store.id, {"kind_code": "library",
                                                 "started_on": date(2024, 1, 1)})
    ended = services.offerings.end(offering.id, date(2025, 6, 30))
    assert (ended.ended_on, ended.version) == (date(2025, 6, 30), 2)
    assert services.offerings.list_for_store(store.id, active_only=True, on=date(2025, 6, 30))
    assert services.offerings.list_for_store(store.id, active_only=True, on=date(2025, 7, 1)) == []
    assert len(services.offerings.list_for_store(store.id, on=date(2025, 7, 1))) == 1


def test_end_before_start_is_refused(services, store):
    offering = services.offerings.add(store.id, {"kind_code": "post",
                                                 "started_on": date(2024, 1, 1)})
    with pytest.raises(ValidationError) as caught:
        services.offerings.end(offering.id, date(2023, 12, 31))
    assert caught.value.for_field("ended_on").code == "date.before_start"
    reread = services.offerings.get(offering.id)
    assert (reread.ended_on, reread.version) == (None, 1)


def test_update_bumps_version(services, store):
    offering = services.offerings.add(store.id, {"kind_code": "post"})
    first = services.offerings.update(offering.id, {"partner": "Posten"})
    second = services.offerings.update(offering.id, {"hours": "9–16"})
    assert (first.version, second.version) == (2, 3)
    assert offering.updated_at < first.updated_at < second.updated_at


def test_soft_delete_keeps_the_row(services, store):
    offering = services.offerings.add(store.id, {"kind_code": "post"})
    services.offerings.delete(offering.id)
    assert services.offerings.list_for_store(store.id) == []
    with pytest.raises(RecordNotFound):
        services.offerings.get(offering.id)
    with pytest.raises(RecordNotFound):
        services.offerings.delete(offering.id)
    with services.database.reader() as session:
        row = session.execute(text("SELECT deleted_at, version FROM service_offering WHERE id = :id"),
                              {"id": offering.id}).one()
    assert row.deleted_at is not None and row.version == 2
    services.trash.restore("service", offering.id)
    assert [o.id for o in services.offerings.list_for_store(store.id)] == [offering.id]
    assert services.offerings.get(offering.id).version == 3


def test_add_to_missing_store(services):
    with pytest.raises(RecordNotFound):
        services.offerings.add("no-such-store", {"kind_code": "post"})
