"""One search over the records: stores, activities, services and actions, by any of their text.

SQLite's LIKE and lower() fold ASCII only (not Æ/Ø/Å), so rows are fetched with their text columns
and matched with Python's casefold: a plain scan, fast enough for a typed search even at 100 000
activities (see benchmarks/), and right for Norwegian.
"""

from __future__ import annotations

from dataclasses import dataclass

from sqlmodel import col, select

from bygdeliv_desktop.db import Database
from bygdeliv_desktop.domain import catalogs
from bygdeliv_desktop.domain.assessment_models import ActionItem
from bygdeliv_desktop.domain.models import Activity, ServiceOffering, Store

STORE, ACTIVITY, SERVICE, ACTION = "store", "activity", "service", "action"
KIND_ORDER = {STORE: 0, SERVICE: 1, ACTION: 2, ACTIVITY: 3}


@dataclass(frozen=True)
class SearchHit:
    kind: str
    record_id: str
    store_id: str
    title: str
    detail: str  # where the text was found, or the date


def _where(stores: dict, store_id: str, extra: str) -> str:
    """The store's name first: a consultant's laptop holds many stores."""
    return " · ".join(part for part in (stores[store_id].name, extra) if part)


def _matches(needle: str, *texts: object) -> bool:
    return any(needle in str(text).casefold() for text in texts if text)


def search(database: Database, text: str, limit: int = 50) -> list[SearchHit]:
    """Hits for ``text`` (at least two characters), stores first, newest activities first."""
    needle = text.strip().casefold()
    if len(needle) < 2:
        return []
    hits: list[SearchHit] = []
    kinds = catalogs.service_kinds()
    with database.reader() as session:
        stores = {s.id: s for s in session.exec(select(Store).where(col(Store.deleted_at).is_(None)))}
        for store in stores.values():
            if _matches(needle, store.name, store.org_number, store.chain, store.postal_place,
                        store.contact_person):
                hits.append(SearchHit(STORE, store.id, store.id, store.name, store.org_number))
        for offering in session.exec(select(ServiceOffering).where(
                col(ServiceOffering.deleted_at).is_(None))):
            name = offering.other_text or kinds.label(offering.kind_code)
            if offering.store_id in stores and _matches(needle, name, offering.partner,
                                                        offering.note, offering.hours):
                hits.append(SearchHit(SERVICE, offering.id, offering.store_id, name,
                                      _where(stores, offering.store_id, offering.partner)))
        for action in session.exec(select(ActionItem).where(col(ActionItem.deleted_at).is_(None))):
            if action.store_id in stores and _matches(needle, action.title, action.description,
                                                      action.responsible, action.criterion_ids):
                hits.append(SearchHit(ACTION, action.id, action.store_id, action.title,
                                      _where(stores, action.store_id, action.responsible)))
        query = (select(Activity.id, Activity.store_id, Activity.title, Activity.date,
                        Activity.partners, Activity.note)
                 .where(col(Activity.deleted_at).is_(None)).order_by(col(Activity.date).desc()))
        for row in session.execute(query):
            if row.store_id in stores and _matches(needle, row.title, row.partners, row.note):
                hits.append(SearchHit(ACTIVITY, row.id, row.store_id, row.title,
                                      _where(stores, row.store_id, f"{row.date:%d.%m.%Y}")))
                if len(hits) >= limit:
                    break
    hits.sort(key=lambda h: KIND_ORDER[h.kind])  # stable: activities stay newest first
    return hits[:limit]
