"""Slettede poster: a store's deleted records listed newest first, and restored as new versions."""

from __future__ import annotations

from datetime import date

import pytest

from bygdeliv_desktop.domain import catalogs
from bygdeliv_desktop.errors import RecordNotFound


def test_deleted_records_of_the_store_are_listed_newest_first_and_restored(services, store):
    other = services.stores.create({"name": "Nabobutikken"})
    quiz = services.activities.add(store.id, {"date": date(2025, 3, 6), "kind_code": "quiz",
                                              "title": "Quiz", "participants": 12})
    post = services.offerings.add(store.id, {"kind_code": "post"})
    cafe = services.offerings.add(store.id, {"kind_code": "other", "other_text": "Kafékrok"})
    action = services.actions.add(store.id, {"title": "Ny kaffimaskin", "status": "planned"})
    elsewhere = services.offerings.add(other.id, {"kind_code": "post"})
    kept = services.activities.add(store.id, {"date": date(2025, 4, 1), "kind_code": "quiz",
                                              "title": "Vårquiz", "participants": 5})
    for delete, record in ((services.activities.delete, quiz), (services.offerings.delete, post),
                           (services.offerings.delete, cafe), (services.actions.delete, action),
                           (services.offerings.delete, elsewhere)):
        delete(record.id)

    listed = services.trash.list_for_store(store.id)
    post_label = catalogs.service_kinds().label("post")
    assert [(r.kind, r.title) for r in listed] == [
        ("action", "Ny kaffimaskin"), ("service", "Kafékrok"), ("service", post_label),
        ("activity", "06.03.2025 Quiz")]
    assert kept.id not in {r.record_id for r in listed}

    services.trash.restore("activity", quiz.id)
    services.trash.restore("service", cafe.id)
    assert {r.record_id for r in services.trash.list_for_store(store.id)} == {post.id, action.id}
    assert {r.title for r in services.activities.list_rows(store.id)} == {"Quiz", "Vårquiz"}
    assert services.activities.get(quiz.id).version == 3
    assert [o.other_text for o in services.offerings.list_for_store(store.id)] == ["Kafékrok"]
    with pytest.raises(RecordNotFound):
        services.trash.restore("action", "no-such-id")
    assert len(services.trash.list_for_store(store.id, limit=1)) == 1
