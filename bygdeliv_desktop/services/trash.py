"""Slettede poster: a store's deleted activities, services and actions, and taking a delete back.

Deletes are soft (the row stays, marked), so nothing a user deletes is lost: this lists them,
newest delete first, and restores any of them as a new version (which travels in exchange files
like any edit).
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass

from sqlmodel import col, select

from bygdeliv_desktop.db import Database
from bygdeliv_desktop.domain import catalogs
from bygdeliv_desktop.domain.assessment_models import ActionItem
from bygdeliv_desktop.domain.models import Activity, ServiceOffering
from bygdeliv_desktop.services.records import soft_delete, undelete

KINDS = {"activity": Activity, "service": ServiceOffering, "action": ActionItem}


@dataclass(frozen=True)
class DeletedRecord:
    kind: str  # a key of KINDS
    record_id: str
    title: str  # what the list shows for it
    deleted_at: dt.datetime


def _title(kind: str, record) -> str:
    if kind == "activity":
        return f"{record.date.strftime('%d.%m.%Y')} {record.title}"
    if kind == "service":
        return catalogs.service_label(record.kind_code, record.other_text)
    return record.title


class TrashService:
    def __init__(self, database: Database) -> None:
        self._db = database

    def list_for_store(self, store_id: str, limit: int = 500) -> list[DeletedRecord]:
        """The store's deleted records, newest delete first (at most ``limit``)."""
        found: list[DeletedRecord] = []
        with self._db.reader() as session:
            for kind, model in KINDS.items():
                query = (select(model).where(model.store_id == store_id,
                                             col(model.deleted_at).is_not(None))
                         .order_by(col(model.deleted_at).desc()).limit(limit))
                found += [DeletedRecord(kind, r.id, _title(kind, r), r.deleted_at)
                          for r in session.exec(query).all()]
        found.sort(key=lambda record: record.deleted_at, reverse=True)
        return found[:limit]

    def delete(self, kind: str, record_id: str) -> None:
        """Delete again (Rediger → Gjør om after an Angre)."""
        with self._db.transaction() as session:
            soft_delete(session, KINDS[kind], record_id)

    def restore(self, kind: str, record_id: str) -> None:
        """Take a delete back (from this list, or Rediger → Angre right after the delete)."""
        with self._db.transaction() as session:
            undelete(session, KINDS[kind], record_id)
