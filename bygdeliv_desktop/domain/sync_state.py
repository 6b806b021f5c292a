"""Local bookkeeping for exchange between machines. These tables are never exported themselves.

- ``SyncDevice``: this database's own device id (one row, made on first export or import).
- ``SyncClock``: the version vector of a record, once it has been through an import
  (see ``exchange/clock.py`` for how the local part of the vector is derived).
- ``SyncConflict``: the losing side of a concurrent edit, kept for the user to look at and resolve.
- ``SyncImport``: every exchange file that was imported, so a second import of it is a no-op and the
  county table can show who signed the data.
"""

from __future__ import annotations

import datetime as dt

from sqlmodel import Field, SQLModel

from bygdeliv_desktop.domain.models import new_id, utc_now


class SyncDevice(SQLModel, table=True):
    __tablename__ = "sync_device"

    device_id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    created_at: dt.datetime = Field(default_factory=utc_now)


class SyncClock(SQLModel, table=True):
    __tablename__ = "sync_clock"

    table_name: str = Field(primary_key=True, max_length=60)
    record_id: str = Field(primary_key=True, max_length=36)
    # JSON object device_id -> counter; small (one entry per device that ever edited the record).
    clock: str = Field(default="{}")
    # The record's ``version`` when ``clock`` was written: later local edits are counted from here.
    seen_version: int = Field(default=0)


class SyncConflict(SQLModel, table=True):
    __tablename__ = "sync_conflict"

    id: str = Field(default_factory=new_id, primary_key=True, max_length=36)
    table_name: str = Field(max_length=60, index=True)
    record_id: str = Field(max_length=36, index=True)
    detected_at: dt.datetime = Field(default_factory=utc_now)
    export_id: str = Field(default="", max_length=36)
    peer_device_id: str = Field(default="", max_length=36)
    winning_version: int = Field(default=0)
    losing_version: int = Field(default=0)
    # The losing record exactly as it was, as exchange JSON, so nothing the user typed is lost.
    losing_data: str = Field(default="{}")
    resolved_at: dt.datetime | None = Field(default=None)


class SyncImport(SQLModel, table=True):
    __tablename__ = "sync_import"

    export_id: str = Field(primary_key=True, max_length=36)
    producer_device_id: str = Field(default="", max_length=36)
    imported_at: dt.datetime = Field(default_factory=utc_now)
    file_name: str = Field(default="", max_length=255)
    file_sha256: str = Field(default="", max_length=64)
    # "unsigned", "valid" (intact, signer not trusted here) or "trusted".
    signature_status: str = Field(default="unsigned", max_length=20)
    signer: str = Field(default="", max_length=300)
    # JSON list of the store ids the file carried: the county table's "signed by" column.
    store_ids: str = Field(default="[]")
