"""Database tables (SQLModel). Every record carries what a later merge between machines needs:
a UUID primary key, created/updated timestamps, a per-record version counter and a soft-delete marker.
"""

from __future__ import annotations

import uuid
import datetime as dt

from sqlalchemy import Index, text
from sqlmodel import Field, SQLModel

from bygdeliv_desktop.domain.text import norwegian_key_sql


def utc_now() -> dt.datetime:
    """Aware UTC; sqlmodel stores it as UTC and hands it back aware."""
    return dt.datetime.now(dt.timezone.utc)


def new_id() -> str:
    return str(uuid.uuid4())


class SyncedRecord(SQLModel):
    """Columns shared by every table that takes part in exchange between machines."""

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    created_at: dt.datetime = Field(default_factory=utc_now)
    updated_at: dt.datetime = Field(default_factory=utc_now)
    version: int = Field(default=1)
    deleted_at: dt.datetime | None = Field(default=None, index=True)

    @property
    def is_deleted(self) -> bool:
        return self.deleted_at is not None


class Store(SyncedRecord, table=True):
    name: str = Field(max_length=120)
    org_number: str = Field(default="", max_length=9)
    municipality_code: str = Field(default="", max_length=4)
    chain: str = Field(default="", max_length=60)
    address: str = Field(default="", max_length=200)
    postal_code: str = Field(default="", max_length=4)
    postal_place: str = Field(default="", max_length=60)
    contact_person: str = Field(default="", max_length=120)
    phone: str = Field(default="", max_length=20)
    email: str = Field(default="", max_length=254)
    opening_hours: str = Field(default="", max_length=500)
    centrality_class: int | None = Field(default=None)
    merkur_participant: bool = Field(default=False)
    merkur_since: dt.date | None = Field(default=None)
    notes: str = Field(default="", max_length=4000)
    archived: bool = Field(default=False)


class ServiceOffering(SyncedRecord, table=True):
    __tablename__ = "service_offering"

    store_id: str = Field(foreign_key="store.id", index=True, max_length=36)
    kind_code: str = Field(max_length=40)
    other_text: str = Field(default="", max_length=120)
    partner: str = Field(default="", max_length=200)
    started_on: dt.date | None = Field(default=None)
    ended_on: dt.date | None = Field(default=None)
    hours: str = Field(default="", max_length=200)
    note: str = Field(default="", max_length=2000)

    def is_active(self, on: dt.date | None = None) -> bool:
        on = on or dt.date.today()
        return self.deleted_at is None and (self.ended_on is None or self.ended_on >= on)


class Activity(SyncedRecord, table=True):
    # The activity list asks for one store's live activities in one of several orders: an index
    # answers each (migration 0006, services/activity_listing.py).
    __table_args__ = (
        Index("ix_activity_live_date", "store_id", "deleted_at", "date", "kind_code"),
        Index("ix_activity_live_kind", "store_id", "deleted_at", "kind_code", "date"),
        Index("ix_activity_live_groups", "store_id", "deleted_at", "target_groups", "date"),
        Index("ix_activity_live_participants", "store_id", "deleted_at", "participants", "date"),
        Index("ix_activity_live_title", "store_id", "deleted_at", text(norwegian_key_sql("title")),
              "date"),
        Index("ix_activity_live_partners", "store_id", "deleted_at",
              text(norwegian_key_sql("partners")), "date"),
    )

    store_id: str = Field(foreign_key="store.id", index=True, max_length=36)
    date: dt.date = Field(index=True)
    end_date: dt.date | None = Field(default=None)
    kind_code: str = Field(max_length=40)
    title: str = Field(max_length=200)
    participants: int | None = Field(default=None)
    # Codes from the target-group catalogue, comma separated: cheap to load 100 000 rows.
    target_groups: str = Field(default="", max_length=200)
    partners: str = Field(default="", max_length=300)
    cost_nok: int | None = Field(default=None)
    funding: str = Field(default="", max_length=200)
    note: str = Field(default="", max_length=2000)

    @property
    def target_group_codes(self) -> list[str]:
        return [code for code in self.target_groups.split(",") if code]


SYNCED_TABLES: tuple[type[SyncedRecord], ...] = (Store, ServiceOffering, Activity)
