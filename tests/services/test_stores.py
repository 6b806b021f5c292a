"""Store use cases: create, edit, rename, archive; invalid input saves nothing."""

from __future__ import annotations

from datetime import date, timedelta

import pytest
from sqlalchemy import text

from bygdeliv_desktop.errors import RecordNotFound, ValidationError


def count(services, table: str) -> int:
    with services.database.reader() as session:
        return session.execute(text(f"SELECT count(*) FROM {table}")).scalar()


def test_create_normalises_and_stores(services):
    store = services.stores.create({"name": "  Coop Marked Vingelen ", "org_number": "974 760 673",
                                    "municipality_code": "3426", "centrality_class": 6})
    again = services.stores.get(store.id)
    assert (again.name, again.org_number, again.municipality_code, again.centrality_class) == (
        "Coop Marked Vingelen", "974760673", "3426", 6)
    assert again.version == 1
    assert again.created_at.tzinfo is not None


@pytest.mark.parametrize("values, field", [
    ({"name": ""}, "name"),
    ({"name": "Butikk", "org_number": "974760674"}, "org_number"),
    ({"name": "Butikk", "municipality_code": "9999"}, "municipality_code"),
    ({"name": "Butikk", "email": "ikke-epost"}, "email"),
    ({"name": "Butikk", "notes": "x" * 4001}, "notes"),
])
def test_invalid_create_saves_nothing(services, values, field):
    with pytest.raises(ValidationError) as caught:
        services.stores.create(values)
    assert caught.value.for_field(field) is not None
    assert count(services, "store") == 0


def test_update_bumps_version_by_one_each_time(services, store):
    seen = [(store.version, store.updated_at)]
    for phone in ("90000001", "90000002", "90000003"):
        updated = services.stores.update(store.id, {"phone": phone})
        seen.append((updated.version, updated.updated_at))
    versions = [v for v, _ in seen]
    stamps = [t for _, t in seen]
    assert versions == [1, 2, 3, 4]
    assert stamps == sorted(stamps) and len(set(stamps)) == 4
    reread = services.stores.get(store.id)
    assert (reread.phone, reread.version, reread.updated_at) == ("90000003", 4, stamps[-1])
    assert reread.created_at == store.created_at


def test_update_without_change_keeps_version(services, store):
    services.stores.update(store.id, {"name": store.name})
    assert services.stores.get(store.id).version == 1


def test_invalid_update_saves_nothing(services, store):
    services.stores.update(store.id, {"phone": "90000000"})
    with pytest.raises(ValidationError) as caught:
        services.stores.update(store.id, {"phone": "91111111", "postal_code": "12"})
    assert [e.field for e in caught.value.errors] == ["postal_code"]
    reread = services.stores.get(store.id)
    assert (reread.phone, reread.postal_code, reread.version) == ("90000000", "", 2)


def test_update_validates_the_whole_record(services, store):
    # Only merkur_since is sent, but the check still sees the stored fields around it.
    with pytest.raises(ValidationError):
        services.stores.update(store.id, {"merkur_participant": True,
                                          "merkur_since": date.today() + timedelta(days=3)})
    assert services.stores.get(store.id).merkur_since is None


def test_leaving_merkur_clears_the_date(services, store):
    services.stores.update(store.id, {"merkur_participant": True, "merkur_since": date(2015, 3, 1)})
    services.stores.update(store.id, {"merkur_participant": False})
    reread = services.stores.get(store.id)
    assert (reread.merkur_participant, reread.merkur_since) == (False, None)


def test_rename(services, store):
    renamed = services.stores.rename(store.id, "Nærbutikken Svatsum")
    assert renamed.version == 2
    assert services.stores.get(store.id).name == "Nærbutikken Svatsum"
    with pytest.raises(ValidationError):
        services.stores.rename(store.id, "   ")
    assert services.stores.get(store.id).name == "Nærbutikken Svatsum"


def test_archived_stores_are_hidden_by_default(services, store):
    other = services.stores.create({"name": "Annen butikk"})
    archived = services.stores.set_archived(store.id, True)
    assert archived.version == 2
    assert [s.id for s in services.stores.list_stores()] == [other.id]
    assert {s.id for s in services.stores.list_stores(include_archived=True)} == {store.id, other.id}
    services.stores.set_archived(store.id, False)
    assert {s.id for s in services.stores.list_stores()} == {store.id, other.id}
    assert services.stores.get(store.id).version == 3


def test_list_is_sorted_by_name_ignoring_case(services):
    for name in ("bakeriet", "Coop", "Anna sin butikk"):
        services.stores.create({"name": name})
    assert [s.name for s in services.stores.list_stores()] == ["Anna sin butikk", "bakeriet", "Coop"]


def test_missing_store(services):
    with pytest.raises(RecordNotFound):
        services.stores.get("no-such-id")
    with pytest.raises(RecordNotFound):
        services.stores.update("no-such-id", {"name": "x"})
