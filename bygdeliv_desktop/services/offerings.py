"""Use cases for the services a store offers beyond groceries (tilleggstenester)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date

from sqlmodel import col, select

from bygdeliv_desktop.db import Database
from bygdeliv_desktop.domain import catalogs
from bygdeliv_desktop.domain.models import ServiceOffering, Store
from bygdeliv_desktop.domain.validation import validate_service
from bygdeliv_desktop.services.records import (
    apply, check, clean, get_live, merged, soft_delete)

OFFERING_FIELDS = ("kind_code", "other_text", "partner", "started_on", "ended_on", "hours", "note")


def _normalised(values: Mapping) -> dict:
    data = clean(values, OFFERING_FIELDS)
    if data.get("kind_code") not in (None, catalogs.OTHER_CODE):
        data["other_text"] = ""  # free text belongs to "annan" only
    return data


class OfferingService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def list_for_store(self, store_id: str, active_only: bool = False,
                       on: date | None = None) -> list[ServiceOffering]:
        with self._db.reader() as session:
            query = select(ServiceOffering).where(
                ServiceOffering.store_id == store_id, col(ServiceOffering.deleted_at).is_(None))
            rows = list(session.exec(query).all())
        if active_only:
            rows = [row for row in rows if row.is_active(on)]
        return sorted(rows, key=lambda r: (r.started_on or date.min, r.kind_code))

    def get(self, offering_id: str) -> ServiceOffering:
        with self._db.reader() as session:
            return get_live(session, ServiceOffering, offering_id)

    def add(self, store_id: str, values: Mapping) -> ServiceOffering:
        data = _normalised(values)
        check(data, validate_service)
        offering = ServiceOffering(store_id=store_id, **data)
        with self._db.transaction() as session:
            get_live(session, Store, store_id)
            session.add(offering)
        return offering

    def update(self, offering_id: str, values: Mapping) -> ServiceOffering:
        data = _normalised(values)
        with self._db.transaction() as session:
            offering = get_live(session, ServiceOffering, offering_id)
            check(merged(offering, data, OFFERING_FIELDS), validate_service)
            apply(offering, data)
        return offering

    def end(self, offering_id: str, on: date | None = None) -> ServiceOffering:
        return self.update(offering_id, {"ended_on": on or date.today()})

    def delete(self, offering_id: str) -> None:
        with self._db.transaction() as session:
            soft_delete(session, ServiceOffering, offering_id)
