"""Use cases for stores: list, create, edit the profile, rename, archive."""

from __future__ import annotations

from collections.abc import Mapping

from sqlmodel import col, select

from bygdeliv_desktop.db import Database
from bygdeliv_desktop.domain.models import Store
from bygdeliv_desktop.domain.validation import normalise_orgnr, validate_store
from bygdeliv_desktop.services.records import apply, check, clean, get_live, merged

PROFILE_FIELDS = (
    "name", "org_number", "municipality_code", "chain", "address", "postal_code", "postal_place",
    "contact_person", "phone", "email", "opening_hours", "centrality_class", "merkur_participant",
    "merkur_since", "notes",
)


def _normalised(values: Mapping) -> dict:
    result = clean(values, PROFILE_FIELDS)
    if "org_number" in result and result["org_number"]:
        result["org_number"] = normalise_orgnr(result["org_number"]) or result["org_number"]
    if result.get("merkur_participant") is False:
        result["merkur_since"] = None
    return result


class StoreService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def list_stores(self, include_archived: bool = False) -> list[Store]:
        with self._db.reader() as session:
            query = select(Store).where(col(Store.deleted_at).is_(None))
            if not include_archived:
                query = query.where(Store.archived == False)  # noqa: E712  (SQL comparison)
            return sorted(session.exec(query).all(), key=lambda s: s.name.casefold())

    def get(self, store_id: str) -> Store:
        with self._db.reader() as session:
            return get_live(session, Store, store_id)

    def create(self, values: Mapping) -> Store:
        data = _normalised(values)
        check(data, validate_store)
        store = Store(**data)
        with self._db.transaction() as session:
            session.add(store)
        return store

    def update(self, store_id: str, values: Mapping) -> Store:
        data = _normalised(values)
        with self._db.transaction() as session:
            store = get_live(session, Store, store_id)
            check(merged(store, data, PROFILE_FIELDS), validate_store)
            apply(store, data)
        return store

    def rename(self, store_id: str, name: str) -> Store:
        return self.update(store_id, {"name": name})

    def set_archived(self, store_id: str, archived: bool) -> Store:
        with self._db.transaction() as session:
            store = get_live(session, Store, store_id)
            store.archived = archived
        return store
