"""Search over stores, services, actions and activities, with Norwegian letters."""

import datetime as dt

from bygdeliv_desktop.services.search import ACTION, ACTIVITY, SERVICE, STORE, search


def test_finds_each_kind_case_insensitively_with_aeoeaa(services, store):
    other = services.stores.create({"name": "Nærbutikken Øvre Åsen"})
    services.activities.add(other.id, {"date": dt.date(2025, 3, 1), "kind_code": "quiz",
                                       "title": "Strikkekafé på ØVRE loftet"})
    services.activities.add(store.id, {"date": dt.date(2025, 4, 1), "kind_code": "quiz",
                                       "title": "Quiz", "note": "Med kaffe"})
    services.offerings.add(other.id, {"kind_code": "post", "partner": "Posten Øvre"})
    services.actions.add(other.id, {"title": "Ny benk ved Øvre inngang"})

    hits = search(services.database, "øvre")
    kinds = [h.kind for h in hits]
    assert kinds == [STORE, SERVICE, ACTION, ACTIVITY]
    assert all(h.store_id == other.id for h in hits)
    assert hits[3].title == "Strikkekafé på ØVRE loftet" and "Nærbutikken Øvre Åsen" in hits[3].detail
    assert [h.title for h in search(services.database, "KAFFE")] == ["Quiz"]  # found in the note


def test_short_text_and_deleted_records_give_nothing(services, store):
    activity = services.activities.add(store.id, {"date": dt.date(2025, 3, 1),
                                                  "kind_code": "quiz", "title": "Bingo"})
    assert search(services.database, "b") == []
    assert len(search(services.database, "bingo")) == 1
    services.activities.delete(activity.id)
    assert search(services.database, "bingo") == []


def test_limit_keeps_the_newest_activities(services, store):
    for day in range(1, 31):
        services.activities.add(store.id, {"date": dt.date(2025, 1, day), "kind_code": "quiz",
                                           "title": "Kaffeprat"})
    hits = search(services.database, "kaffeprat", limit=5)
    assert [h.detail.split(" · ")[-1] for h in hits] == [f"{d:02d}.01.2025" for d in (30, 29, 28, 27, 26)]
